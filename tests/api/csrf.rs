use reqwest::StatusCode;

use crate::helpers::{hidden_field, TestApp};

#[tokio::test]
async fn every_form_carries_the_token_of_the_cookie() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.login_as_admin().await;
    let token = admin.cookie("answerable_csrf").unwrap();
    for path in ["/admin", "/admin/users"] {
        let page = admin.get(path).await;
        assert_eq!(
            hidden_field(&page.body, "csrf_token"),
            Some(token.clone()),
            "{path}"
        );
        let forms = page.body.matches("method=\"post\"").count();
        let tokens = page.body.matches("name=\"csrf_token\"").count();
        assert_eq!(forms, tokens, "{path}: every POST form has a token");
    }
}

#[tokio::test]
async fn a_post_without_the_token_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.login_as_admin().await;
    let editor = app.create_staff("editor");
    let id = app.staff_id(&editor.email);
    let path = format!("/admin/users/{id}/role");
    let origin = admin.base.clone();

    let missing = admin
        .post_raw(&path, &[("role", "admin")], &[("origin", &origin)])
        .await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert!(missing.body.contains("This form has expired"));

    let wrong = admin
        .post_raw(
            &path,
            &[("role", "admin"), ("csrf_token", "x".repeat(43).as_str())],
            &[("origin", &origin)],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    assert!(app.audit_entries("staff.role_changed").is_empty());

    let right = admin.submit(&path, &[("role", "admin")]).await;
    assert_eq!(right.status, StatusCode::SEE_OTHER);
    assert_eq!(app.audit_entries("staff.role_changed").len(), 1);
}

#[tokio::test]
async fn a_form_sent_from_another_site_is_refused_even_with_the_token() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.login_as_admin().await;
    let token = admin.cookie("answerable_csrf").unwrap();
    let editor = app.create_staff("editor");
    let path = format!("/admin/users/{}/disable", app.staff_id(&editor.email));

    let cross_site = admin
        .post_raw(
            &path,
            &[("csrf_token", &token)],
            &[("sec-fetch-site", "cross-site")],
        )
        .await;
    assert_eq!(cross_site.status, StatusCode::FORBIDDEN);
    assert!(cross_site.body.contains("from another site"));

    let other_origin = admin
        .post_raw(
            &path,
            &[("csrf_token", &token)],
            &[("origin", "https://evil.example.org")],
        )
        .await;
    assert_eq!(other_origin.status, StatusCode::FORBIDDEN);
    // Our own origin with its port cut short, or with more after it, is
    // another site too.
    let ours = admin.base.trim_end_matches('/').to_string();
    for near in [
        &ours[..ours.len() - 1],
        &format!("{ours}0"),
        &format!("{ours}.evil.example.org"),
    ] {
        let near_origin = admin
            .post_raw(&path, &[("csrf_token", &token)], &[("origin", near)])
            .await;
        assert_eq!(near_origin.status, StatusCode::FORBIDDEN, "{near}");
    }
    assert!(app.audit_entries("staff.disabled").is_empty());
}

#[tokio::test]
async fn sign_in_itself_needs_the_token() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("editor");
    let browser = app.browser();
    let page = browser
        .post_raw(
            "/admin/login",
            &[("email", &staff.email), ("password", &staff.password)],
            &[],
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(browser.cookie("answerable_session").is_none());
}

#[tokio::test]
async fn get_requests_change_nothing() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.login_as_admin().await;
    // Signing out is a POST; a link or an image pointing at it does nothing.
    let page = admin.get("/admin/logout").await;
    assert!(page.status.is_client_error(), "{}", page.status);
    let editor = app.create_staff("editor");
    let id = app.staff_id(&editor.email);
    admin.get(&format!("/admin/users/{id}/disable")).await;
    assert_eq!(admin.get("/admin").await.status, StatusCode::OK);
    assert!(app.audit_entries("staff.disabled").is_empty());
    assert!(app.audit_entries("logout").is_empty());
}
