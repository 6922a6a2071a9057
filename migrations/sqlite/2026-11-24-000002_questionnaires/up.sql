-- Questionnaire versions: the exact text of a questionnaire file, named by
-- the SHA-256 of its bytes. A version is never changed or deleted once
-- stored (campaigns and published results point at it); the triggers make
-- that a property of the database, not only of the code.
CREATE TABLE questionnaire_versions (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL,
    version_label TEXT NOT NULL,
    title TEXT NOT NULL,
    digest TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    -- The parsed questionnaire as JSON: what the service reads, so that a
    -- stricter checker later never makes an old version unreadable.
    model TEXT NOT NULL,
    file_name TEXT NOT NULL,
    demands INTEGER NOT NULL,
    sections INTEGER NOT NULL,
    questions INTEGER NOT NULL,
    scored_questions INTEGER NOT NULL,
    loaded_at TIMESTAMP NOT NULL,
    loaded_by TEXT NOT NULL
);
CREATE INDEX questionnaire_versions_slug ON questionnaire_versions (slug, loaded_at);

CREATE TRIGGER questionnaire_versions_immutable_update
BEFORE UPDATE ON questionnaire_versions
BEGIN
    SELECT RAISE(ABORT, 'questionnaire versions are immutable');
END;

CREATE TRIGGER questionnaire_versions_immutable_delete
BEFORE DELETE ON questionnaire_versions
BEGIN
    SELECT RAISE(ABORT, 'questionnaire versions are immutable');
END;
