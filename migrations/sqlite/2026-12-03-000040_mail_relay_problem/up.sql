-- Why the SMTP relay cannot be used as configured (certificate not
-- trusted, authentication refused, sender refused), from the first failed
-- delivery until one succeeds: shown on the dashboard and campaign pages
-- by every instance, whichever worker met it. At most one row ('smtp').
CREATE TABLE mail_relay_problem (
    id TEXT PRIMARY KEY NOT NULL,
    problem TEXT NOT NULL,
    since TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL
);
