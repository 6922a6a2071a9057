DROP TABLE replies;
DROP TABLE findings;
ALTER TABLE campaigns DROP COLUMN publish_replies;
ALTER TABLE campaigns DROP COLUMN reply_window_days;
