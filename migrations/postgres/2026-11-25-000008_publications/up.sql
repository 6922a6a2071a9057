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

CREATE FUNCTION publications_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'publications are immutable';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER publications_immutable
BEFORE UPDATE OR DELETE ON publications
FOR EACH ROW EXECUTE FUNCTION publications_immutable();
