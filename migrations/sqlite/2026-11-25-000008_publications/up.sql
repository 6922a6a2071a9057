-- Published versions of a campaign's results: the canonical JSON document
-- that public pages and open data are read from, and its SHA-256. Never
-- changed, never deleted; publishing again makes a new version.
CREATE TABLE publications (
    id TEXT PRIMARY KEY NOT NULL,
    campaign_id TEXT NOT NULL REFERENCES campaigns (id),
    version INTEGER NOT NULL,
    document TEXT NOT NULL,
    digest TEXT NOT NULL,
    published_at TIMESTAMP NOT NULL,
    published_by TEXT REFERENCES staff_users (id),
    UNIQUE (campaign_id, version)
);

CREATE TRIGGER publications_immutable_update
BEFORE UPDATE ON publications
BEGIN
    SELECT RAISE(ABORT, 'publications are immutable');
END;

CREATE TRIGGER publications_immutable_delete
BEFORE DELETE ON publications
BEGIN
    SELECT RAISE(ABORT, 'publications are immutable');
END;
