ALTER TABLE organisations DROP COLUMN archived_at;
ALTER TABLE outbox DROP COLUMN from_name;
DROP TABLE campaign_emails;
