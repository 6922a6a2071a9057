use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test]
async fn an_admin_creates_an_account_that_can_sign_in() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.login_as_admin().await;
    let page = admin
        .submit(
            "/admin/users",
            &[
                ("email", "Thida@Example.org"),
                ("name", "Thida Win"),
                ("role", "reviewer"),
                ("password", "twelve chars or more"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let list = admin.get("/admin/users?done=created").await;
    assert!(list.body.contains("The account was created."));
    assert!(list.body.contains("thida@example.org"));
    assert_eq!(
        app.audit_entries("staff.created")
            .iter()
            .filter(|(s, _)| s == "thida@example.org")
            .count(),
        1
    );
    let page = app
        .browser()
        .login("thida@example.org", "twelve chars or more")
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_bad_account_form_comes_back_with_each_problem_beside_its_field() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.login_as_admin().await;
    let page = admin
        .submit(
            "/admin/users",
            &[
                ("email", "not-an-address"),
                ("name", "  "),
                ("role", "owner"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in ["email-error", "name-error", "role-error", "password-error"] {
        assert!(page.body.contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(page.body.contains("at least 12 characters"));
    assert!(
        page.body.contains("value=\"not-an-address\""),
        "typed values are kept"
    );
    assert!(
        !page.body.contains("value=\"short\""),
        "the password is not echoed"
    );
    assert_eq!(
        app.audit_entries("staff.created").len(),
        1,
        "only the test's own admin"
    );
}

#[tokio::test]
async fn the_same_email_cannot_have_two_accounts() {
    let app = TestApp::spawn().await;
    let (admin, me) = app.login_as_admin().await;
    let page = admin
        .submit(
            "/admin/users",
            &[
                ("email", &me.email.to_uppercase()),
                ("name", "Someone"),
                ("role", "editor"),
                ("password", "twelve chars or more"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("already an account"));
}

#[tokio::test]
async fn admins_cannot_disable_themselves() {
    let app = TestApp::spawn().await;
    let (admin, me) = app.login_as_admin().await;
    let id = app.staff_id(&me.email);
    let page = admin
        .submit(&format!("/admin/users/{id}/disable"), &[])
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert_eq!(admin.get("/admin").await.status, StatusCode::OK);
}
