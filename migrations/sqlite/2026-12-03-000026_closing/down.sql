ALTER TABLE campaigns DROP COLUMN cut_short_reason;
ALTER TABLE campaigns DROP COLUMN closed_at;
