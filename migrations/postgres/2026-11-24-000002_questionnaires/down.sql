DROP TRIGGER questionnaire_versions_immutable ON questionnaire_versions;
DROP FUNCTION questionnaire_versions_immutable();
DROP TABLE questionnaire_versions;
