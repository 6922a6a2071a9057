-- Staff notifications: which emails each staff member wants (a row per
-- kind they chose; without one, their role's default), and whether staff
-- have read a company's reply to its findings (the dashboard lists the
-- unread ones).
CREATE TABLE staff_notification_choices (
    user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    wanted BOOLEAN NOT NULL,
    PRIMARY KEY (user_id, kind)
);

ALTER TABLE replies ADD COLUMN read_at TIMESTAMP;
ALTER TABLE replies ADD COLUMN read_by TEXT; -- a staff_users id (SQLite cannot drop a column with a foreign key)
CREATE INDEX replies_unread ON replies (read_at);
