use reqwest::StatusCode;

use crate::helpers::TestApp;

const ADMIN_ONLY_PAGES: [&str; 2] = ["/admin/users", "/admin/audit"];

#[tokio::test]
async fn signed_out_visitors_are_sent_to_sign_in_from_every_staff_page() {
    let app = TestApp::spawn().await;
    let someone = app.create_staff("editor");
    let id = app.staff_id(&someone.email);
    let browser = app.browser();
    for path in [
        "/admin".to_string(),
        "/admin/users".into(),
        "/admin/audit".into(),
        format!("/admin/users/{id}"),
    ] {
        let page = browser.get(&path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert!(
            page.location().unwrap().starts_with("/admin/login?next="),
            "{path}"
        );
    }
    for path in [
        format!("/admin/users/{id}/role"),
        format!("/admin/users/{id}/disable"),
        format!("/admin/users/{id}/sessions/end"),
        "/admin/users".into(),
    ] {
        let page = browser.submit(&path, &[("role", "admin")]).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
    }
    assert!(app.audit_entries("staff.role_changed").is_empty());
}

#[tokio::test]
async fn reviewers_and_editors_cannot_manage_accounts() {
    let app = TestApp::spawn().await;
    for role in ["reviewer", "editor"] {
        let (browser, me) = app.login_as(role).await;
        assert_eq!(browser.get("/admin").await.status, StatusCode::OK);
        for path in ADMIN_ONLY_PAGES {
            let page = browser.get(path).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN, "{role} {path}");
            assert!(page.body.contains("admin role"), "{role} {path}");
        }
        // Not even to promote themselves.
        let id = app.staff_id(&me.email);
        let page = browser
            .submit(&format!("/admin/users/{id}/role"), &[("role", "admin")])
            .await;
        assert_eq!(page.status, StatusCode::FORBIDDEN);
        // The menu does not offer what they cannot open.
        assert!(!browser.get("/admin").await.body.contains("/admin/users"));
    }
    assert!(app.audit_entries("staff.role_changed").is_empty());
}

#[tokio::test]
async fn admins_change_roles_and_the_change_is_audited_and_effective() {
    let app = TestApp::spawn().await;
    let (admin, admin_staff) = app.login_as_admin().await;
    let (browser, reviewer) = app.login_as("reviewer").await;
    let id = app.staff_id(&reviewer.email);
    assert_eq!(
        browser.get("/admin/users").await.status,
        StatusCode::FORBIDDEN
    );

    let page = admin
        .submit(&format!("/admin/users/{id}/role"), &[("role", "admin")])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(admin
        .get(page.location().unwrap())
        .await
        .body
        .contains("The role was changed."));
    // Takes effect on the next request of the running session.
    assert_eq!(browser.get("/admin/users").await.status, StatusCode::OK);

    let changes = app.audit_entries("staff.role_changed");
    assert_eq!(
        changes,
        vec![(reviewer.email.clone(), "reviewer → admin".to_string())]
    );
    let audit = admin.get("/admin/audit?action=staff.role_changed").await;
    assert!(audit.body.contains(&admin_staff.email));
    assert!(audit.body.contains("reviewer → admin"));
}

#[tokio::test]
async fn the_last_admin_cannot_be_demoted() {
    let app = TestApp::spawn().await;
    let (admin, me) = app.login_as_admin().await;
    let id = app.staff_id(&me.email);
    let page = admin
        .submit(&format!("/admin/users/{id}/role"), &[("role", "editor")])
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.body.contains("last active admin"));
    assert_eq!(admin.get("/admin/users").await.status, StatusCode::OK);
}
