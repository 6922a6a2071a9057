//! Careless deployments: what the service does by itself so that an https
//! address, a loose umask, a slow client or a forwarded header cannot be
//! turned against the people who use it.

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use answerable::db::schema::{audit_log, respondent_sessions};
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::TestApp;
use crate::scenarios::{campaign, in_days, invited, send, sign_in_with};

#[tokio::test]
async fn with_an_https_address_cookies_are_host_only_and_browsers_stay_on_https() {
    let app = TestApp::spawn_with(|c| {
        c.base_url = Some("https://answerable.example.org".parse().unwrap());
    })
    .await;
    let page = app.browser().get("/admin/login").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.header("strict-transport-security"),
        Some("max-age=31536000; includeSubDomains")
    );
    assert_eq!(
        page.header("cross-origin-resource-policy"),
        Some("same-origin")
    );
    let cookies = page.set_cookies();
    let csrf = cookies
        .iter()
        .find(|c| c.starts_with("__Host-answerable_csrf="))
        .unwrap_or_else(|| panic!("{cookies:?}"));
    assert!(csrf.contains("Secure"), "{csrf}");
    assert!(csrf.contains("Path=/"), "{csrf}");
    assert!(!csrf.contains("Domain"), "{csrf}");

    // On plain http (a laptop), no HSTS and the plain names.
    let local = TestApp::spawn().await;
    let page = local.browser().get("/admin/login").await;
    assert_eq!(page.header("strict-transport-security"), None);
    assert!(page
        .set_cookies()
        .iter()
        .any(|c| c.starts_with("answerable_csrf=")));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        }
        out.push(path);
    }
    out
}

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[tokio::test]
async fn the_data_folder_and_the_emails_in_it_are_for_the_service_alone() {
    let app = TestApp::spawn().await;
    campaign(&app, "perm", 1, 1, in_days(20));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "perm").await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let data = app.config.data_dir.clone();
    assert_eq!(mode(&data), 0o700, "{}", data.display());
    let mail = data.join("mail");
    let listing: Vec<_> = walk(&data);
    assert!(mail.exists(), "{listing:?}");
    assert_eq!(mode(&mail), 0o700);
    let emails: Vec<_> = std::fs::read_dir(&mail)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(!emails.is_empty(), "the invitation was written");
    for email in emails {
        assert_eq!(mode(&email), 0o600, "{}", email.display());
    }
    if let crate::helpers::TestDb::Sqlite(file) = &app.db {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_representatives_session_has_its_own_idle_time_and_an_absolute_end() {
    let (app, _mail, _editor, links) = invited("life", 1, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    assert_eq!(rep.get("/respond").await.status, StatusCode::OK);

    // Busy all day (autosave every few seconds), but signed in 25 hours ago.
    let now = answerable::domain::time::now();
    diesel::update(respondent_sessions::table)
        .set((
            respondent_sessions::created_at.eq(now - chrono::Duration::hours(25)),
            respondent_sessions::last_seen_at.eq(now),
        ))
        .execute(&mut app.conn())
        .unwrap();
    let ended = rep.get("/respond").await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER);
    assert_eq!(ended.location(), Some("/respond/link?ended=1"));

    // The link still works: a new session, which idles out on its own
    // setting, not the staff's.
    let again = sign_in_with(&app, &links[0][0]).await;
    assert_eq!(app.config.respondent_idle_minutes, 120);
    diesel::update(respondent_sessions::table)
        .set(respondent_sessions::last_seen_at.eq(now - chrono::Duration::minutes(121)))
        .execute(&mut app.conn())
        .unwrap();
    assert_eq!(again.get("/respond").await.status, StatusCode::SEE_OTHER);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_body_that_trickles_in_is_cut_off() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::spawn_with(|c| c.request_body_timeout_seconds = 1).await;
    let address = app.address.trim_start_matches("http://").to_string();
    let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    let started = Instant::now();
    let head = format!(
        "POST /respond/link HTTP/1.1\r\nHost: {address}\r\nOrigin: {}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=",
        app.address
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    // Then nothing more: the server answers by itself.
    let mut buf = [0u8; 512];
    let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut buf))
        .await
        .expect("the server answered within 10 s")
        .unwrap();
    let answer = String::from_utf8_lossy(&buf[..n]);
    assert!(
        answer.starts_with("HTTP/1.1 4"),
        "after {:?}: {answer:?}",
        started.elapsed()
    );
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn names_and_titles_with_line_breaks_are_refused_beside_the_field() {
    let app = TestApp::spawn().await;
    let (editor, _) = app.login_as("editor").await;
    let page = editor
        .submit(
            "/admin/organisations",
            &[
                ("name", "Coalition\r\nBcc: everyone@example.org"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    assert!(page.body.contains("Keep this on one line"), "{}", page.body);
    let page = editor
        .submit(
            "/admin/companies",
            &[
                ("name", "Golden\nNet"),
                ("slug", "golden-net"),
                ("sector", "telecom-operator"),
                ("hq_country", "SG"),
            ],
        )
        .await;
    assert!(page.body.contains("Keep this on one line"), "{}", page.body);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn behind_one_proxy_the_client_is_the_address_the_proxy_saw() {
    let app = TestApp::spawn_with(|c| c.trusted_proxy_hops = 1).await;
    let script = app.browser();
    let token = script.csrf_token().await;
    let ask = |forged: String| {
        let script = &script;
        let token = token.clone();
        async move {
            // nginx: what the client sent, then the address it saw.
            let header = format!("{forged}, 203.0.113.7");
            script
                .post_raw(
                    "/respond/link",
                    &[("email", "someone@example.org"), ("csrf_token", &token)],
                    &[("origin", &script.base), ("x-forwarded-for", &header)],
                )
                .await
        }
    };
    for n in 0..10 {
        let page = ask(format!("198.51.100.{n}")).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    }
    let refused = ask("198.51.100.99".to_string()).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    let recorded: Vec<Option<String>> = audit_log::table
        .filter(audit_log::action.eq("link.requested"))
        .select(audit_log::client_ip)
        .load(&mut app.conn())
        .unwrap();
    assert_eq!(recorded.len(), 10);
    assert!(recorded
        .iter()
        .all(|ip| ip.as_deref() == Some("203.0.113.7")));
    app.assert_outbox_settled(0);
}
