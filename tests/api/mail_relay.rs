//! The mail relay as deployed: a setting that cannot work (a refused
//! password) stops delivery at the first email, is shown to staff on the
//! dashboard and the campaign page and makes `jobs run-once` fail, and
//! clears itself once email goes out again; a relay without SMTPUTF8
//! refuses a non-ASCII address at once; sessions end with QUIT;
//! `answerable mail test` prints the relay's answers.

use std::time::Duration as StdDuration;

use answerable::app::schedule::Jobs;
use answerable::config::MailTransport;
use answerable::db::schema::{contacts, outbox};
use answerable::domain::time;
use answerable::email::Mailer;
use diesel::prelude::*;
use url::Url;

use crate::helpers::TestApp;
use crate::scenarios::{campaign, in_days, outbox_count, send};
use crate::smtp_server::{Behaviour, SmtpServer};

const WAIT: StdDuration = StdDuration::from_secs(10);

/// `smtp://user:secret@127.0.0.1:PORT`: a relay that asks for a password.
fn with_password(smtp: &SmtpServer) -> String {
    format!("smtp://user:secret@127.0.0.1:{}", smtp.port())
}

async fn spawn(url: String) -> TestApp {
    TestApp::spawn_with(move |c| c.mail = MailTransport::Smtp(Url::parse(&url).unwrap())).await
}

/// A job loop on the app's database that sends through `url` instead.
fn jobs_through(app: &TestApp, url: &str) -> Jobs {
    let mut config = app.config.clone();
    config.mail = MailTransport::Smtp(Url::parse(url).unwrap());
    let pool = answerable::db::connect(&app.db.target()).unwrap();
    let base_url = Url::parse(&app.address).unwrap();
    Jobs::for_config(
        pool,
        &config,
        &base_url,
        Mailer::from_config(&config).unwrap(),
    )
}

async fn command(app: &TestApp, smtp_url: &str, args: &[&str]) -> std::process::Output {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_answerable"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_clear()
        .env("ANSWERABLE_DATABASE_URL", app.db.url())
        .env("ANSWERABLE_DATA_DIR", &app.config.data_dir)
        .env("ANSWERABLE_BASE_URL", &app.address)
        .env("ANSWERABLE_SMTP_URL", smtp_url)
        .output()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_refused_password_stops_delivery_at_once_is_shown_to_staff_and_clears_when_fixed() {
    let refusing = SmtpServer::start(Behaviour::RefuseAuthentication);
    let app = spawn(with_password(&refusing)).await;
    campaign(&app, "relay", 3, 2, in_days(30));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "relay").await;
    assert_eq!(outbox_count(&app, Some("queued")), 6);

    let report = app.jobs().run_once(time::now()).await.unwrap();
    let why = report
        .delivered
        .configuration_error
        .clone()
        .unwrap_or_else(|| panic!("a configuration error, not {report}"));
    assert!(why.contains("refused the user name and password"), "{why}");
    assert!(why.contains("535"), "the relay's answer is kept: {why}");
    assert_eq!(report.delivered.sent, 0, "{report}");
    assert_eq!(refusing.began(), 0, "no message was begun");
    // Nothing is lost or given up: every email waits for the fix.
    assert_eq!(outbox_count(&app, Some("queued")), 6);
    assert_eq!(outbox_count(&app, Some("failed")), 0);

    for page in ["/admin", "/admin/campaigns/relay"] {
        let body = editor.get(page).await.body;
        assert!(
            body.contains("Email cannot be sent: the mail relay cannot be used as configured")
                && body.contains("refused the user name and password"),
            "{page}: {body}"
        );
    }

    // Cron sees it too: the command fails and says why.
    let out = command(&app, &with_password(&refusing), &["jobs", "run-once"]).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "jobs run-once must fail: {stderr}");
    assert!(
        stderr.contains("the mail relay cannot be used as configured")
            && stderr.contains("refused the user name and password"),
        "{stderr}"
    );

    // The password is fixed: every email leaves once, and the warning goes.
    let accepting = SmtpServer::start(Behaviour::Accept);
    let report = jobs_through(&app, &with_password(&accepting))
        .run_once(time::now())
        .await
        .unwrap();
    assert_eq!(report.delivered.sent, 6, "{report}");
    assert_eq!(report.delivered.configuration_error, None);
    assert_eq!(accepting.wait_for(6, WAIT).len(), 6);
    // Every session was closed with QUIT at the end of the run.
    assert_eq!(
        accepting.quits(),
        accepting.connections(),
        "QUIT on every session"
    );
    for page in ["/admin", "/admin/campaigns/relay"] {
        let body = editor.get(page).await.body;
        assert!(!body.contains("mail-relay-problem"), "{page}: {body}");
    }
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_non_ascii_address_to_a_relay_without_smtputf8_fails_at_once_and_the_others_go() {
    let smtp = SmtpServer::start(Behaviour::NoSmtpUtf8);
    let app = spawn(smtp.url()).await;
    campaign(&app, "utf", 2, 1, in_days(30));
    diesel::update(contacts::table.filter(contacts::email.eq("p0@utf-c0.example.org")))
        .set(contacts::email.eq("jürgen@utf-c0.example.org"))
        .execute(&mut app.conn())
        .unwrap();
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "utf").await;

    let report = app.jobs().run_once(time::now()).await.unwrap();
    assert_eq!(
        (report.delivered.sent, report.delivered.failed),
        (1, 1),
        "{report}"
    );
    assert_eq!(report.delivered.configuration_error, None);
    let answer: Option<String> = outbox::table
        .filter(outbox::status.eq("failed"))
        .select(outbox::last_answer)
        .first(&mut app.conn())
        .unwrap();
    assert!(answer.unwrap_or_default().contains("SMTPUTF8"));
    // Invitations are letters from the coalition, not automatic mail.
    let messages = smtp.wait_for(1, WAIT);
    assert!(
        !messages[0].data.contains("Auto-Submitted"),
        "{}",
        messages[0].data
    );
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn mail_test_prints_the_dialogue_and_fails_on_a_refused_password() {
    let app = TestApp::spawn().await;
    let smtp = SmtpServer::start(Behaviour::Accept);
    let out = command(
        &app,
        &with_password(&smtp),
        &["mail", "test", "ops@example.org"],
    )
    .await;
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for step in [
        "TCP_NODELAY",
        "EHLO",
        "AUTH: 235",
        "RCPT TO:<ops@example.org>: 250",
        "DATA",
        "QUIT: 221",
    ] {
        assert!(stdout.contains(step), "{step} in {stdout}");
    }
    assert_eq!(smtp.wait_for(1, WAIT)[0].to, vec!["ops@example.org"]);

    let refusing = SmtpServer::start(Behaviour::RefuseAuthentication);
    let out = command(
        &app,
        &with_password(&refusing),
        &["mail", "test", "ops@example.org"],
    )
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("configuration error") && stderr.contains("535"),
        "{stderr}"
    );
    app.assert_outbox_settled(0);
}
