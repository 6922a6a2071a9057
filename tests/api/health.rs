use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::Connection;
use reqwest::StatusCode;

use crate::helpers::{Page, TestApp, TestDb};

/// `/healthz`, and how long it took to answer.
async fn health(app: &TestApp) -> (Page, Duration) {
    let started = Instant::now();
    let page = app.browser().get("/healthz").await;
    (page, started.elapsed())
}

#[tokio::test]
async fn health_answers_when_the_database_does() {
    let app = TestApp::spawn().await;
    let page = app.browser().get("/healthz").await;
    assert_eq!(page.status, StatusCode::OK);
    let body: serde_json::Value = serde_json::from_str(&page.body).unwrap();
    assert_eq!(body["status"], "ok");
    let expected = if app.db.is_postgres() {
        "postgres"
    } else {
        "sqlite"
    };
    assert_eq!(body["database"], expected);
}

/// Runs on the PostgreSQL pass of the suite: there the database can be
/// taken away from under the running server. (An open SQLite file cannot
/// be: the connections keep it.)
#[tokio::test]
async fn health_answers_503_when_postgres_is_gone() {
    let app = TestApp::spawn().await;
    let crate::helpers::TestDb::Postgres {
        server_url, name, ..
    } = &app.db
    else {
        return;
    };
    let mut conn = diesel::PgConnection::establish(server_url).unwrap();
    conn.batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .unwrap();
    let (page, took) = health(&app).await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(took < Duration::from_secs(1), "answered in {took:?}");
    let body: serde_json::Value = serde_json::from_str(&page.body).unwrap();
    assert_eq!(body["status"], "unavailable");
    assert!(body["problem"].is_string(), "{body}");
}

/// A database that answers reads but takes no writes (on SQLite another
/// connection holds the write lock, as a stuck writer would; on PostgreSQL
/// the database becomes read-only) is reported within a second, and so is
/// its recovery.
#[tokio::test]
async fn health_answers_503_within_a_second_when_the_database_takes_no_writes() {
    let app = TestApp::spawn().await;
    assert_eq!(health(&app).await.0.status, StatusCode::OK);
    let read_only = |on: bool| {
        let TestDb::Postgres {
            server_url, name, ..
        } = &app.db
        else {
            unreachable!()
        };
        let setting = if on {
            "SET default_transaction_read_only = on"
        } else {
            "RESET default_transaction_read_only"
        };
        let mut conn = diesel::PgConnection::establish(server_url).unwrap();
        conn.batch_execute(&format!(
            "ALTER DATABASE {name} {setting};
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE datname = '{name}' AND pid <> pg_backend_pid();"
        ))
        .unwrap();
    };
    let mut locked = None;
    if app.db.is_postgres() {
        read_only(true);
    } else {
        let mut conn = app.conn();
        conn.batch_execute("BEGIN IMMEDIATE").unwrap();
        locked = Some(conn);
    }
    // The last good result is kept a few seconds: wait them out.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let (page, took) = health(&app).await;
    assert_eq!(
        page.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        page.body
    );
    assert!(took < Duration::from_secs(1), "answered in {took:?}");
    let body: serde_json::Value = serde_json::from_str(&page.body).unwrap();
    assert_eq!(body["status"], "unavailable");
    let problem = body["problem"].as_str().unwrap().to_string();
    assert!(problem.contains("write"), "{problem}");
    if app.db.is_postgres() {
        // A pooled connection may first be found cut; then the database
        // says why it refuses.
        tokio::time::sleep(Duration::from_millis(1100)).await;
        let (page, _) = health(&app).await;
        assert!(page.body.contains("read-only"), "{}", page.body);
    }
    // Reads still work: this is what the old check could not see.
    assert_eq!(app.browser().get("/").await.status, StatusCode::OK);

    match locked {
        Some(mut conn) => conn.batch_execute("ROLLBACK").unwrap(),
        None => read_only(false),
    }
    // A failure is kept one second only.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let mut page = health(&app).await.0;
    if page.status != StatusCode::OK && app.db.is_postgres() {
        // The connections cut by the reset are found broken and replaced.
        tokio::time::sleep(Duration::from_millis(1100)).await;
        page = health(&app).await.0;
    }
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
}
