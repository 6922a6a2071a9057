-- Every sign-in attempt (a password or a second-factor code), written
-- before the password is hashed, so that parallel attempts are counted
-- before any of them is checked. A successful sign-in removes the rows of
-- its account and address; the others age out of the throttle's window.
CREATE TABLE sign_in_attempts (
    id TEXT PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    -- The address as typed (normalised), whether or not an account has it.
    email TEXT NOT NULL,
    client_ip TEXT NOT NULL,
    -- 'password' or 'code'.
    step TEXT NOT NULL CHECK (step IN ('password', 'code'))
);
CREATE INDEX sign_in_attempts_email ON sign_in_attempts (email, at);
CREATE INDEX sign_in_attempts_ip ON sign_in_attempts (client_ip, at);
CREATE INDEX sign_in_attempts_at ON sign_in_attempts (at);
