ALTER TABLE campaigns DROP COLUMN publish_evidence;
DROP TABLE campaign_evidence_rules;
DROP TABLE evidence;
DROP TABLE documents;
