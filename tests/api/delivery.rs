//! Delivery under strain: a slow mail server, several workers at once for
//! longer than a lease, a database that stops taking writes mid-run, and a
//! worker that crashed and comes back. Every email must leave once, dated
//! when the mail server took it.

use std::collections::HashMap;
use std::time::{Duration as StdDuration, Instant, SystemTime};

use answerable::config::MailTransport;
use answerable::db::schema::outbox;
use answerable::domain::time;
use chrono::NaiveDateTime;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use url::Url;

use crate::helpers::{TestApp, TestDb};
use crate::scenarios::{campaign, in_days, outbox_count, send};

use crate::smtp_server::{Behaviour, Received, SmtpServer};

async fn spawn(smtp: &SmtpServer, lease_seconds: i64) -> TestApp {
    let url = smtp.url();
    TestApp::spawn_with(move |c| {
        c.mail = MailTransport::Smtp(Url::parse(&url).unwrap());
        c.outbox_lease_seconds = lease_seconds;
    })
    .await
}

/// `campaign` with `companies` companies of two contacts each, sent.
async fn queue(app: &TestApp, slug: &str, companies: usize) -> usize {
    campaign(app, slug, companies, 2, in_days(30));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, slug).await;
    let queued = outbox_count(app, Some("queued")) as usize;
    assert_eq!(queued, companies * 2);
    queued
}

/// The outbox id in a received message's Message-ID, `<ID@domain>`.
fn outbox_id(message: &Received) -> String {
    let value = message
        .data
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(": ")?;
            k.eq_ignore_ascii_case("Message-ID").then_some(v.trim())
        })
        .expect("every message has a Message-ID");
    value
        .trim_start_matches('<')
        .split('@')
        .next()
        .unwrap()
        .to_string()
}

/// How many times each email arrived, by outbox id.
fn arrivals(messages: &[Received]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for m in messages {
        *counts.entry(outbox_id(m)).or_default() += 1;
    }
    counts
}

fn utc(t: SystemTime) -> NaiveDateTime {
    chrono::DateTime::<chrono::Utc>::from(t).naive_utc()
}

/// Runs `answerable jobs run-once` as cron would, on the app's database and
/// data folder.
async fn run_once_from_the_command_line(
    app: &TestApp,
    smtp: &SmtpServer,
    lease_seconds: i64,
) -> std::process::Output {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_answerable"))
        .args(["jobs", "run-once"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_clear()
        .env("ANSWERABLE_DATABASE_URL", app.db.url())
        .env("ANSWERABLE_DATA_DIR", &app.config.data_dir)
        .env("ANSWERABLE_BASE_URL", &app.address)
        .env("ANSWERABLE_SMTP_URL", smtp.url())
        .env("ANSWERABLE_OUTBOX_LEASE_SECONDS", lease_seconds.to_string())
        .output()
        .await
        .unwrap()
}

#[tokio::test]
async fn two_workers_and_a_cron_run_against_a_slow_server_send_each_email_once_with_its_real_time()
{
    // Each message takes the server longer than a whole lease.
    const LEASE: i64 = 2;
    let smtp = SmtpServer::start_slow(Behaviour::Accept, StdDuration::from_secs(3));
    let app = spawn(&smtp, LEASE).await;
    let queued = queue(&app, "slow", 30).await;

    let (a, b) = (app.jobs(), app.jobs());
    let started = Instant::now();
    let cron = async {
        // Starts once the first leases would have run out had they not
        // been renewed.
        tokio::time::sleep(StdDuration::from_millis(LEASE as u64 * 1000 + 500)).await;
        run_once_from_the_command_line(&app, &smtp, LEASE).await
    };
    let (ra, rb, rc) = tokio::join!(a.run_once(time::now()), b.run_once(time::now()), cron);
    let elapsed = started.elapsed();
    let (ra, rb) = (ra.unwrap(), rb.unwrap());
    assert!(
        rc.status.success(),
        "{}",
        String::from_utf8_lossy(&rc.stderr)
    );
    assert!(
        elapsed > StdDuration::from_secs(LEASE as u64),
        "the run lasted longer than a lease ({elapsed:?})"
    );

    let messages = smtp.wait_for(queued, StdDuration::from_secs(10));
    let counts = arrivals(&messages);
    let twice = counts.values().filter(|n| **n > 1).count();
    eprintln!(
        "slow server: {} accepted, {} distinct, {twice} delivered more than once, in {elapsed:?}; \
         workers: {ra} / {rb} / {}",
        smtp.accepted(),
        counts.len(),
        String::from_utf8_lossy(&rc.stdout).trim()
    );
    assert_eq!(twice, 0, "no email was delivered twice");
    assert_eq!(counts.len(), queued, "every email was delivered");
    assert_eq!(smtp.accepted(), queued);
    assert_eq!(outbox_count(&app, Some("sent")) as usize, queued);

    // Each email is dated when the mail server took it.
    let sent: HashMap<String, Option<NaiveDateTime>> = outbox::table
        .select((outbox::id, outbox::sent_at))
        .load::<(String, Option<NaiveDateTime>)>(&mut app.conn())
        .unwrap()
        .into_iter()
        .collect();
    for m in &messages {
        let sent_at = sent[&outbox_id(m)].expect("a sent email has its time");
        let gap = (sent_at - utc(m.replied_at)).abs();
        assert!(
            gap < chrono::Duration::seconds(1),
            "sent_at {sent_at} is {gap} away from the server's answer at {}",
            utc(m.replied_at)
        );
    }
    app.assert_outbox_settled(0);
}

/// Takes the test's database away from writers until [`Outage::end`]: on
/// SQLite another connection holds the write lock (writers wait, then fail
/// with "database is locked"); on PostgreSQL the database refuses
/// connections and those open are cut.
enum Outage {
    Sqlite(answerable::db::DbConnection),
    Postgres { server_url: String, name: String },
}

impl Outage {
    fn begin(app: &TestApp) -> Outage {
        match &app.db {
            TestDb::Sqlite(_) => {
                let mut conn = app.conn();
                conn.batch_execute("BEGIN IMMEDIATE").unwrap();
                Outage::Sqlite(conn)
            }
            TestDb::Postgres {
                server_url, name, ..
            } => {
                let mut conn = diesel::PgConnection::establish(server_url).unwrap();
                conn.batch_execute(&format!(
                    "ALTER DATABASE {name} ALLOW_CONNECTIONS false;
                     SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                      WHERE datname = '{name}' AND pid <> pg_backend_pid();"
                ))
                .unwrap();
                Outage::Postgres {
                    server_url: server_url.clone(),
                    name: name.clone(),
                }
            }
        }
    }

    fn end(self) {
        match self {
            Outage::Sqlite(mut conn) => conn.batch_execute("ROLLBACK").unwrap(),
            Outage::Postgres { server_url, name } => {
                let mut conn = diesel::PgConnection::establish(&server_url).unwrap();
                conn.batch_execute(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
                    .unwrap();
            }
        }
    }
}

#[tokio::test]
async fn a_worker_that_cannot_record_stops_sending_and_nothing_goes_twice() {
    let smtp = SmtpServer::start_slow(Behaviour::Accept, StdDuration::from_secs(2));
    let app = spawn(&smtp, 60).await;
    let queued = queue(&app, "outage", 20).await;

    let jobs = app.jobs();
    let run = tokio::spawn({
        let jobs = jobs.clone();
        async move { jobs.run_once(time::now()).await }
    });
    // The first emails are with the mail server: the database goes away.
    let deadline = Instant::now() + StdDuration::from_secs(10);
    while smtp.began() == 0 && Instant::now() < deadline {
        tokio::time::sleep(StdDuration::from_millis(10)).await;
    }
    let outage = Outage::begin(&app);
    // What had begun just before the database went away may still begin.
    tokio::time::sleep(StdDuration::from_millis(500)).await;
    let in_flight = smtp.began();
    // Longer than SQLite's busy timeout, so that writes really fail.
    tokio::time::sleep(StdDuration::from_secs(7)).await;
    let began_during_outage = smtp.began() - in_flight;
    outage.end();

    let result = tokio::time::timeout(StdDuration::from_secs(60), run)
        .await
        .expect("the run ends")
        .unwrap();
    assert_eq!(
        began_during_outage, 0,
        "no email is begun while nothing can be recorded"
    );
    let message = format!("{:#}", result.expect_err("the run says that it stopped"));
    assert!(message.contains("paused"), "{message}");
    let recorded = outbox_count(&app, Some("sent")) as usize;
    assert_eq!(
        recorded,
        smtp.accepted(),
        "what went out while the database was away is recorded once it is back"
    );
    assert!(recorded < queued, "the run stopped before the end");

    // The next run delivers the rest, and nothing twice.
    let report = app.jobs().run_once(time::now()).await.unwrap();
    assert_eq!(report.delivered.sent, queued - recorded, "{report}");
    let counts = arrivals(&smtp.wait_for(queued, StdDuration::from_secs(10)));
    assert_eq!(counts.len(), queued);
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
    assert_eq!(outbox_count(&app, Some("sent")) as usize, queued);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_restarted_worker_takes_back_its_own_leases_at_once_and_no_one_elses() {
    let smtp = SmtpServer::start_slow(Behaviour::Accept, StdDuration::from_secs(2));
    // The default lease: ten minutes.
    let app = spawn(&smtp, 600).await;
    let queued = queue(&app, "crash", 3).await;

    let crashing = app.jobs();
    let other = app.jobs();
    let run = tokio::spawn({
        let jobs = crashing.clone();
        async move { jobs.run_once(time::now()).await }
    });
    let deadline = Instant::now() + StdDuration::from_secs(10);
    while smtp.began() == 0 && Instant::now() < deadline {
        tokio::time::sleep(StdDuration::from_millis(10)).await;
    }
    // The worker dies mid-delivery, its leases still running.
    run.abort();
    let _ = run.await;
    drop(crashing);
    let leased: i64 = outbox::table
        .filter(outbox::lease_until.is_not_null())
        .filter(outbox::status.eq("queued"))
        .count()
        .get_result(&mut app.conn())
        .unwrap();
    assert_eq!(leased as usize, queued, "the dead worker left its leases");

    // Another live worker leaves them alone: they are not its own.
    let report = other.run_once(time::now()).await.unwrap();
    assert_eq!(report.delivered.sent, 0, "{report}");

    // The worker starts again and takes them back without waiting.
    let restarted = app.jobs();
    let report = restarted.run_once(time::now()).await.unwrap();
    assert_eq!(report.delivered.sent, queued, "{report}");
    assert_eq!(outbox_count(&app, Some("sent")) as usize, queued);
    let counts = arrivals(&smtp.wait_for(queued, StdDuration::from_secs(10)));
    assert_eq!(counts.len(), queued, "every email arrived");
    app.assert_outbox_settled(0);
}
