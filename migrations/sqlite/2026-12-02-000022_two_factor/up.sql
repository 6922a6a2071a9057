-- A second factor for staff: a TOTP secret (RFC 6238, hex; set but not
-- yet enabled while the person confirms their first code), the last time
-- step a code was accepted for (a code is used once), recovery codes
-- stored as SHA-256 digests, and the short-lived state between the
-- password step and the code step of a sign-in.
ALTER TABLE staff_users ADD COLUMN totp_secret TEXT;
ALTER TABLE staff_users ADD COLUMN totp_enabled_at TIMESTAMP;
ALTER TABLE staff_users ADD COLUMN totp_last_step BIGINT;

CREATE TABLE staff_recovery_codes (
    user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    code_digest TEXT NOT NULL,
    used_at TIMESTAMP,
    PRIMARY KEY (user_id, code_digest)
);

CREATE TABLE staff_pending_sign_ins (
    -- SHA-256 of the cookie's secret, as for sessions.
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    next TEXT NOT NULL
);
CREATE INDEX staff_pending_sign_ins_user ON staff_pending_sign_ins (user_id);
