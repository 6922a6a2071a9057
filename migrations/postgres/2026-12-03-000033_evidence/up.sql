-- Evidence documents a company attaches to its answers. Each distinct
-- content is kept once, by its SHA-256, in the database on both backends
-- (like letters): written in the transaction that attaches it, in every
-- backup, served by every instance behind a load balancer.
CREATE TABLE documents (
    sha256 TEXT PRIMARY KEY NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    content BYTEA NOT NULL,
    stored_at TIMESTAMP NOT NULL
);

-- A document attached to one question's answer, until removed. A
-- submission's snapshot lists those attached when it was made.
CREATE TABLE evidence (
    id TEXT PRIMARY KEY NOT NULL,
    target_id TEXT NOT NULL REFERENCES campaign_targets (id),
    question_key TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES documents (sha256),
    file_name TEXT NOT NULL,
    attached_by TEXT NOT NULL REFERENCES contacts (id),
    attached_at TIMESTAMP NOT NULL
);

CREATE INDEX evidence_by_target ON evidence (target_id, question_key);

-- A campaign's limits on evidence; a campaign without a row has the
-- defaults (10 MB each, 5 per question).
CREATE TABLE campaign_evidence_rules (
    campaign_id TEXT PRIMARY KEY NOT NULL REFERENCES campaigns (id),
    max_bytes INTEGER NOT NULL,
    max_per_question INTEGER NOT NULL
);

-- Whether evidence documents are published with the answers (a response
-- rule, told to companies before they write).
ALTER TABLE campaigns ADD COLUMN publish_evidence BOOLEAN NOT NULL DEFAULT TRUE;
