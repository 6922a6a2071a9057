-- One row that /healthz rewrites, at most every few seconds, to learn that
-- the database still takes writes: a full disk, a read-only file or a
-- read-only replica still answer reads.
CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY NOT NULL,
    checked_at TIMESTAMP NOT NULL
);
INSERT INTO health_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
