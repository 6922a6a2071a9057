use reqwest::StatusCode;

use crate::helpers::TestApp;

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
    let crate::helpers::TestDb::Postgres { server_url, name } = &app.db else {
        return;
    };
    use diesel::connection::SimpleConnection;
    use diesel::Connection;
    let mut conn = diesel::PgConnection::establish(server_url).unwrap();
    conn.batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .unwrap();
    let page = app.browser().get("/healthz").await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    let body: serde_json::Value = serde_json::from_str(&page.body).unwrap();
    assert_eq!(body["status"], "unavailable");
}
