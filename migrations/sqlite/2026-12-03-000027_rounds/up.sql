-- Rounds: a campaign started as the next round of another (duplicated
-- from it) names it, so that its publications can show each company's
-- change since the previous round.
ALTER TABLE campaigns ADD COLUMN previous_campaign_id TEXT;
-- (No foreign key on SQLite: it could not drop a column that has one.)
