DROP TABLE staff_pending_sign_ins;
DROP TABLE staff_recovery_codes;
ALTER TABLE staff_users DROP COLUMN totp_last_step;
ALTER TABLE staff_users DROP COLUMN totp_enabled_at;
ALTER TABLE staff_users DROP COLUMN totp_secret;
