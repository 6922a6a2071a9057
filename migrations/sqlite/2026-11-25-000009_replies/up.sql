-- The right of reply: staff send a company its preliminary findings, and
-- the company may answer within the campaign's window; replies are shown
-- to reviewers and published beside the findings unless the campaign says
-- otherwise.
ALTER TABLE campaigns ADD COLUMN reply_window_days INTEGER NOT NULL DEFAULT 14;
ALTER TABLE campaigns ADD COLUMN publish_replies BOOLEAN NOT NULL DEFAULT 1;

CREATE TABLE findings (
    target_id TEXT PRIMARY KEY NOT NULL REFERENCES campaign_targets (id) ON DELETE CASCADE,
    sent_at TIMESTAMP NOT NULL,
    reply_until TIMESTAMP NOT NULL,
    -- The findings as sent: each scored question with its score and reason.
    body TEXT NOT NULL
);

CREATE TABLE replies (
    id TEXT PRIMARY KEY NOT NULL,
    target_id TEXT NOT NULL REFERENCES campaign_targets (id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    body TEXT NOT NULL,
    replied_at TIMESTAMP NOT NULL
);
CREATE INDEX replies_target ON replies (target_id);
