ALTER TABLE campaigns DROP COLUMN previous_campaign_id;
