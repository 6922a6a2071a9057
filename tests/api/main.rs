//! Black-box tests: each starts the real server on a free port with its
//! own fresh database (a temporary SQLite file, or a PostgreSQL database
//! made for the test when ANSWERABLE_TEST_POSTGRES_URL is set) and talks
//! HTTP to it like a browser would.

mod helpers;
mod http_conventions;

mod acknowledgements;
mod answering;
mod answers_kept;
mod backup;
mod batched_sends;
mod big_scorecards;
mod browser;
mod campaign_emails;
mod campaigns;
mod cheap_requests;
mod cli;
mod closing;
mod companies;
mod csrf;
mod dashboard;
mod delivery;
mod deployment;
mod directory;
mod disclosure;
mod email_burmese;
mod evidence;
mod headers;
mod health;
mod hostile;
mod json_api;
mod languages;
mod letters;
mod login;
mod login_flood;
mod mail_relay;
mod mailbox;
mod metrics;
mod outreach;
mod outreach_cli;
mod public_burmese;
mod publication;
mod questionnaires;
mod respond_burmese;
mod review;
mod review_ready;
mod roles;
mod rounds;
mod saves_at_once;
mod scenarios;
mod served;
mod sessions;
mod smtp_server;
mod staff_accounts;
mod staff_notices;
mod throttle;
mod two_factor;
mod zawgyi;
