-- Outreach: secret links, the email outbox, reminders, deadlines and
-- extensions. Every date here is part of the record a public "did not
-- respond" listing cites.

-- Days before the deadline at which reminders go out; a negative number
-- is a day after it.
ALTER TABLE campaigns ADD COLUMN reminder_days TEXT NOT NULL DEFAULT '14,7,2,-1';

ALTER TABLE campaign_targets ADD COLUMN invited_at TIMESTAMP;
ALTER TABLE campaign_targets ADD COLUMN first_opened_at TIMESTAMP;
-- When the job loop saw the deadline pass without a submission.
ALTER TABLE campaign_targets ADD COLUMN overdue_at TIMESTAMP;

-- A permanent delivery failure (5xx), recorded against the address.
ALTER TABLE contacts ADD COLUMN bounced_at TIMESTAMP;
ALTER TABLE contacts ADD COLUMN bounce_reason TEXT;

-- One live link per contact and target; only the SHA-256 of its token.
CREATE TABLE access_links (
    id TEXT PRIMARY KEY NOT NULL,
    target_id TEXT NOT NULL REFERENCES campaign_targets (id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    token_digest TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    first_used_at TIMESTAMP,
    last_used_at TIMESTAMP
);
CREATE INDEX access_links_target ON access_links (target_id, contact_id);

CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,
    -- One row per contact, target, kind and round: nothing is sent twice
    -- for the same reason.
    dedupe_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    campaign_id TEXT REFERENCES campaigns (id) ON DELETE CASCADE,
    target_id TEXT REFERENCES campaign_targets (id) ON DELETE CASCADE,
    contact_id TEXT REFERENCES contacts (id),
    to_address TEXT NOT NULL,
    reply_to TEXT,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    -- The secret link while the email waits; erased once it is sent or
    -- has failed, so the database keeps no usable token.
    secret_link TEXT,
    status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    lease_until TIMESTAMP,
    lease_owner TEXT,
    -- The mail server's last answer ("250 Ok: queued as …", "550 No such user")
    -- or why it could not be reached.
    last_answer TEXT,
    created_at TIMESTAMP NOT NULL,
    -- When the current round of attempts began: created_at, or a retry by staff.
    -- Temporary failures are retried for two days from here.
    queued_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    failed_at TIMESTAMP
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_target ON outbox (target_id);

CREATE TABLE extension_requests (
    id TEXT PRIMARY KEY NOT NULL,
    target_id TEXT NOT NULL REFERENCES campaign_targets (id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    reason TEXT NOT NULL,
    requested_until TIMESTAMP,
    requested_at TIMESTAMP NOT NULL,
    decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'granted', 'refused')),
    granted_until TIMESTAMP,
    decided_at TIMESTAMP,
    decided_by TEXT REFERENCES staff_users (id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX extension_requests_target ON extension_requests (target_id);

-- A representative signed in through a link; the cookie holds a secret,
-- this table its digest.
CREATE TABLE respondent_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    link_id TEXT NOT NULL REFERENCES access_links (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL
);
