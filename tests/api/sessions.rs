use answerable::db::schema::staff_sessions::dsl;
use chrono::Duration;
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{TestApp, PASSWORD};

fn session_count(app: &TestApp) -> i64 {
    dsl::staff_sessions
        .count()
        .get_result(&mut app.conn())
        .unwrap()
}

#[tokio::test]
async fn sign_out_ends_the_session_on_the_server() {
    let app = TestApp::spawn().await;
    let (browser, _) = app.login_as("editor").await;
    let stolen = browser.cookie("answerable_session").unwrap();
    assert_eq!(session_count(&app), 1);

    let page = browser.submit("/admin/logout", &[]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), Some("/admin/login?signed_out=1"));
    assert_eq!(session_count(&app), 0);
    assert!(browser
        .get("/admin/login?signed_out=1")
        .await
        .body
        .contains("You are signed out."));

    // A copy of the old cookie is worth nothing now.
    let thief = app.browser();
    thief.set_cookie("answerable_session", &stolen);
    let page = thief.get("/admin").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(page.location().unwrap().starts_with("/admin/login"));
    assert_eq!(app.audit_entries("logout").len(), 1);
}

#[tokio::test]
async fn sign_in_makes_a_new_session_and_forgets_the_old_one() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("editor");
    let browser = app.browser();
    browser.login(&staff.email, PASSWORD).await;
    let first = browser.cookie("answerable_session").unwrap();
    let csrf_before = browser.cookie("answerable_csrf").unwrap();
    browser.login(&staff.email, PASSWORD).await;
    let second = browser.cookie("answerable_session").unwrap();
    assert_ne!(first, second);
    assert_ne!(csrf_before, browser.cookie("answerable_csrf").unwrap());
    assert_eq!(session_count(&app), 1);

    let old = app.browser();
    old.set_cookie("answerable_session", &first);
    assert_eq!(old.get("/admin").await.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.get("/admin").await.status, StatusCode::OK);
}

#[tokio::test]
async fn disabling_an_account_ends_its_sessions_at_once() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.login_as_admin().await;
    let (reviewer_browser, reviewer) = app.login_as("reviewer").await;
    assert_eq!(reviewer_browser.get("/admin").await.status, StatusCode::OK);

    let id = app.staff_id(&reviewer.email);
    let page = admin
        .submit(&format!("/admin/users/{id}/disable"), &[])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);

    let page = reviewer_browser.get("/admin").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(page.location().unwrap().starts_with("/admin/login"));
    assert_eq!(app.audit_entries("staff.disabled").len(), 1);
    // And cannot come back.
    let again = app.browser().login(&reviewer.email, PASSWORD).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_admin_can_end_someone_elses_sessions() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.login_as_admin().await;
    let (editor_browser, editor) = app.login_as("editor").await;
    let id = app.staff_id(&editor.email);

    let page = admin.get(&format!("/admin/users/{id}")).await;
    assert!(page.body.contains("End all sessions"));
    let page = admin
        .submit(&format!("/admin/users/{id}/sessions/end"), &[])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(
        editor_browser.get("/admin").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(admin.get("/admin").await.status, StatusCode::OK);
    assert_eq!(app.audit_entries("staff.sessions_ended").len(), 1);
}

/// Moves every session's clock back, as if time had passed.
fn age_sessions(app: &TestApp, since_sign_in: Duration, since_last_seen: Duration) {
    let now = answerable::domain::time::now();
    diesel::update(dsl::staff_sessions)
        .set((
            dsl::created_at.eq(now - since_sign_in),
            dsl::last_seen_at.eq(now - since_last_seen),
        ))
        .execute(&mut app.conn())
        .unwrap();
}

#[tokio::test]
async fn sessions_expire_after_inactivity() {
    let app = TestApp::spawn().await;
    let (browser, _) = app.login_as("editor").await;
    let idle = app.config.session_idle_minutes;

    age_sessions(
        &app,
        Duration::minutes(idle - 1),
        Duration::minutes(idle - 1),
    );
    assert_eq!(browser.get("/admin").await.status, StatusCode::OK);

    age_sessions(
        &app,
        Duration::minutes(idle + 1),
        Duration::minutes(idle + 1),
    );
    assert_eq!(browser.get("/admin").await.status, StatusCode::SEE_OTHER);
    assert_eq!(session_count(&app), 0);
}

#[tokio::test]
async fn sessions_expire_after_their_lifetime_however_active() {
    let app = TestApp::spawn().await;
    let (browser, _) = app.login_as("editor").await;
    let lifetime = app.config.session_lifetime_hours;
    age_sessions(
        &app,
        Duration::hours(lifetime) + Duration::minutes(1),
        Duration::seconds(5),
    );
    assert_eq!(browser.get("/admin").await.status, StatusCode::SEE_OTHER);
}
