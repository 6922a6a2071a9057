-- Answers by letter: a company's signed letter or email, recorded by staff
-- as its response. The document itself is kept here, in the database, on
-- both backends: it is written in the same transaction as the revision it
-- becomes, travels with every backup, and every instance behind a load
-- balancer can serve it. The service never changes or deletes one.
CREATE TABLE letters (
    id TEXT PRIMARY KEY NOT NULL,
    target_id TEXT NOT NULL REFERENCES campaign_targets (id),
    submission_id TEXT NOT NULL UNIQUE REFERENCES submissions (id),
    sha256 TEXT NOT NULL,
    content_type TEXT NOT NULL,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    received_on TEXT NOT NULL,
    received_by TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    document BLOB NOT NULL
);

CREATE INDEX letters_by_sha256 ON letters (sha256);

