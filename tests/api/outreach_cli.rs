//! The done-when of invitations, from the command line: on a fresh install
//! with `seed demo`, `campaign send demo` and `jobs run-once` put one
//! invitation per contact into the data directory, each with a link that
//! signs that company's representative in.

use std::path::Path;
use std::process::{Command, Output};

use reqwest::StatusCode;

use crate::helpers::TestApp;

fn run(app: &TestApp, data_dir: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_answerable"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_clear()
        .env("ANSWERABLE_DATABASE_URL", app.db.url())
        .env("ANSWERABLE_DATA_DIR", data_dir)
        .env("ANSWERABLE_BASE_URL", &app.address)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[tokio::test]
async fn seed_send_and_run_once_write_one_invitation_per_contact_with_a_working_link() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    run(&app, dir.path(), &["seed", "demo"]);
    let sent = run(&app, dir.path(), &["campaign", "send", "demo"]);
    let said = String::from_utf8_lossy(&sent.stdout).to_string();
    assert!(said.contains("target(s) invited"), "{said}");

    // One invitation per contact of every target, counted in the database.
    let contacts: i64 = {
        use answerable::db::schema::{campaign_targets, contacts};
        use diesel::prelude::*;
        campaign_targets::table
            .inner_join(contacts::table.on(contacts::company_id.eq(campaign_targets::company_id)))
            .filter(contacts::archived_at.is_null())
            .count()
            .get_result(&mut app.conn())
            .unwrap()
    };
    assert!(
        said.contains(&format!("{contacts} invitation(s) queued")),
        "{said}"
    );

    let ran = run(&app, dir.path(), &["jobs", "run-once"]);
    let report = String::from_utf8_lossy(&ran.stdout).to_string();
    assert!(report.contains(&format!("{contacts} sent")), "{report}");
    let files: Vec<_> = std::fs::read_dir(dir.path().join("mail"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .collect();
    assert_eq!(files.len() as i64, contacts);

    // A link from one file signs its representative in.
    let eml = std::fs::read_to_string(files[0].path()).unwrap();
    let joined = eml.replace("=\r\n", "").replace("=3D", "=");
    let at = joined.find("/respond/open/").expect("a link in the email");
    let link: String = joined[at..]
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '"' && *c != '<')
        .collect();
    let rep = app.browser();
    assert_eq!(rep.get(&link).await.status, StatusCode::OK);
    let pressed = rep.submit(&link, &[]).await;
    assert_eq!(pressed.location(), Some("/respond"), "{}", pressed.body);
    assert_eq!(rep.get("/respond").await.status, StatusCode::OK);

    // Sending again invites nobody twice; running again sends nothing.
    let again = run(&app, dir.path(), &["campaign", "send", "demo"]);
    assert!(String::from_utf8_lossy(&again.stdout)
        .contains("0 target(s) invited; 0 invitation(s) queued"));
    let ran = run(&app, dir.path(), &["jobs", "run-once"]);
    assert!(String::from_utf8_lossy(&ran.stdout).contains("0 sent"));
    app.assert_outbox_settled(0);
}
