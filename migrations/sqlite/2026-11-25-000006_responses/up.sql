-- Answers as representatives write them, and what they submit.

-- The campaign decides whether a submission may be amended until the
-- deadline, and whether reasons for declining are published.
ALTER TABLE campaigns ADD COLUMN allow_amendments BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE campaigns ADD COLUMN publish_decline_reasons BOOLEAN NOT NULL DEFAULT 1;

ALTER TABLE campaign_targets ADD COLUMN submitted_at TIMESTAMP;
ALTER TABLE campaign_targets ADD COLUMN declined_at TIMESTAMP;
ALTER TABLE campaign_targets ADD COLUMN decline_reason TEXT;
ALTER TABLE campaign_targets ADD COLUMN declined_by TEXT REFERENCES contacts (id);

-- The working copy of a company's answers: one row per question, kept as
-- typed (choices and links one per line). `version` counts saves, so a save
-- based on an older version does not silently overwrite a colleague.
CREATE TABLE answers (
    target_id TEXT NOT NULL REFERENCES campaign_targets (id) ON DELETE CASCADE,
    question_key TEXT NOT NULL,
    value TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    updated_by TEXT NOT NULL REFERENCES contacts (id),
    PRIMARY KEY (target_id, question_key)
);

-- What was submitted: the answers and the questionnaire version as one
-- canonical JSON document and its SHA-256. Never changed, never deleted;
-- an amendment is a new revision.
CREATE TABLE submissions (
    id TEXT PRIMARY KEY NOT NULL,
    target_id TEXT NOT NULL REFERENCES campaign_targets (id),
    revision INTEGER NOT NULL,
    questionnaire_version_id TEXT NOT NULL REFERENCES questionnaire_versions (id),
    snapshot TEXT NOT NULL,
    digest TEXT NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    submitted_by TEXT NOT NULL REFERENCES contacts (id),
    UNIQUE (target_id, revision)
);

CREATE TRIGGER submissions_immutable_update
BEFORE UPDATE ON submissions
BEGIN
    SELECT RAISE(ABORT, 'submissions are immutable');
END;

CREATE TRIGGER submissions_immutable_delete
BEFORE DELETE ON submissions
BEGIN
    SELECT RAISE(ABORT, 'submissions are immutable');
END;
