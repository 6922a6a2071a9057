-- Tokens for the JSON API under /api, made by admins. The token itself is
-- shown once; only its SHA-256 is kept, with its first characters so that
-- people can tell their tokens apart. A revoked token stays listed.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
    token_sha256 TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    created_by TEXT REFERENCES staff_users (id),
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
