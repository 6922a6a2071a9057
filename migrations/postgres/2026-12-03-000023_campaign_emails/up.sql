-- Who a campaign's emails come from and what they say: the name they are
-- sent as (empty: the co-signers' names) and the opening and closing
-- paragraphs of invitations and reminders (plain text with {company} and
-- {deadline}; empty: none). One row per campaign, made when first saved.
CREATE TABLE campaign_emails (
    campaign_id TEXT PRIMARY KEY NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    send_as TEXT NOT NULL DEFAULT '',
    invitation_opening TEXT NOT NULL DEFAULT '',
    invitation_closing TEXT NOT NULL DEFAULT '',
    reminder_opening TEXT NOT NULL DEFAULT '',
    reminder_closing TEXT NOT NULL DEFAULT '',
    updated_at TIMESTAMP NOT NULL
);

-- The display name an email goes out under (the mail_from address is
-- kept); NULL: the configured name.
ALTER TABLE outbox ADD COLUMN from_name TEXT;

-- An archived organisation is no longer offered for new campaigns; the
-- campaigns that have it keep it.
ALTER TABLE organisations ADD COLUMN archived_at TIMESTAMP;
