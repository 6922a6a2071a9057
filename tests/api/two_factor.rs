use answerable::domain::totp::Secret;
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{hidden_field, Browser, TestApp, PASSWORD};

fn secret_of(app: &TestApp, email: &str) -> Secret {
    use answerable::db::schema::staff_users::dsl;
    let hex: Option<String> = dsl::staff_users
        .filter(dsl::email.eq(email))
        .select(dsl::totp_secret)
        .first(&mut app.conn())
        .unwrap();
    Secret::from_hex(&hex.expect("a secret")).unwrap()
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Sets up the second factor; returns the recovery codes shown.
async fn set_up(app: &TestApp, browser: &Browser, email: &str) -> Vec<String> {
    let page = browser.submit("/admin/account/two-factor", &[]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("otpauth://totp/"));
    let secret = secret_of(app, email);
    let wrong = browser
        .submit("/admin/account/two-factor/confirm", &[("code", "000000")])
        .await;
    assert!(wrong.body.contains("This code is not right"));
    let page = browser
        .submit(
            "/admin/account/two-factor/confirm",
            &[("code", &secret.code_now(now()))],
        )
        .await;
    assert!(page.body.contains("recovery codes"), "{}", page.body);
    page.body
        .split("<code>")
        .skip(1)
        .map(|s| s.split("</code>").next().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn with_two_factor_sign_in_needs_a_code_used_once_or_a_recovery_code() {
    let app = TestApp::spawn().await;
    let (browser, staff) = app.login_as("editor").await;
    let codes = set_up(&app, &browser, &staff.email).await;
    assert_eq!(codes.len(), 10);
    assert_eq!(app.audit_entries("staff.two_factor_enabled").len(), 1);
    let secret = secret_of(&app, &staff.email);

    // The password alone makes no session.
    let other = app.browser();
    let page = other.login(&staff.email, PASSWORD).await;
    assert_eq!(page.location(), Some("/admin/login/code"));
    assert_eq!(other.get("/admin").await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        other.get("/admin").await.location(),
        Some("/admin/login?next=%2Fadmin")
    );
    // The code of the step already used at setup is refused (replay).
    let code = secret.code_now(now());
    let page = other.submit("/admin/login/code", &[("code", &code)]).await;
    if page.status == StatusCode::UNAUTHORIZED {
        assert!(page.body.contains("already used"));
    }
    // A recovery code works once.
    let page = other
        .submit("/admin/login/code", &[("code", &codes[0])])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.location(), Some("/admin"));
    assert_eq!(other.get("/admin").await.status, StatusCode::OK);
    let third = app.browser();
    third.login(&staff.email, PASSWORD).await;
    let page = third
        .submit("/admin/login/code", &[("code", &codes[0])])
        .await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);

    // An admin resets it from the account's page, with an audit entry; the
    // password alone then works.
    let (admin, _) = app.login_as_admin().await;
    let id = app.staff_id(&staff.email);
    let account = admin.get(&format!("/admin/users/{id}")).await;
    let reset = format!("/admin/users/{id}/two-factor/reset");
    assert!(account.body.contains(&reset), "{}", account.body);
    let page = admin.submit(&reset, &[]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let done = admin.get(page.location().unwrap()).await;
    assert!(
        done.body.contains("Two-factor sign-in was reset"),
        "{}",
        done.body
    );
    let resets = app.audit_entries("staff.two_factor_reset");
    assert_eq!(resets.len(), 1);
    assert_eq!(resets[0].0, staff.email);
    let page = app.browser().login(&staff.email, PASSWORD).await;
    assert_eq!(page.location(), Some("/admin"));
}

#[tokio::test]
async fn wrong_codes_are_throttled_like_passwords() {
    let app = TestApp::spawn().await;
    let (browser, staff) = app.login_as("editor").await;
    set_up(&app, &browser, &staff.email).await;
    let other = app.browser_from("127.0.0.3");
    assert_eq!(
        other.login(&staff.email, PASSWORD).await.location(),
        Some("/admin/login/code")
    );
    let mut statuses = Vec::new();
    for _ in 0..6 {
        statuses.push(
            other
                .submit("/admin/login/code", &[("code", "123456")])
                .await
                .status,
        );
    }
    // One attempt went to the password: four wrong codes, then refusal.
    assert_eq!(statuses[..4], [StatusCode::UNAUTHORIZED; 4]);
    assert_eq!(statuses[5], StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn when_required_staff_set_up_a_second_factor_before_anything_else() {
    let app = TestApp::spawn_with(|c| c.require_two_factor = true).await;
    let (browser, staff) = app.login_as("admin").await;
    let page = browser.get("/admin/users").await;
    assert_eq!(page.location(), Some("/admin/account?setup=required"));
    let page = browser.get("/admin/account?setup=required").await;
    assert!(page.body.contains("asks every staff member"));
    set_up(&app, &browser, &staff.email).await;
    assert_eq!(browser.get("/admin/users").await.status, StatusCode::OK);
}

#[tokio::test]
async fn staff_change_their_password_with_the_current_one_ending_other_sessions() {
    let app = TestApp::spawn().await;
    let (browser, staff) = app.login_as("reviewer").await;
    let elsewhere = app.browser();
    elsewhere.login(&staff.email, PASSWORD).await;
    assert_eq!(elsewhere.get("/admin").await.status, StatusCode::OK);

    let wrong = browser
        .submit(
            "/admin/account/password",
            &[
                ("current_password", "not my password"),
                ("new_password", "lantern orbit mango quietly"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("This is not your current password."));
    for weak in ["password1234", "iloveyou12345", "answerable2026!"] {
        let page = browser
            .submit(
                "/admin/account/password",
                &[("current_password", PASSWORD), ("new_password", weak)],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{weak}");
        assert!(page.body.contains("id=\"new_password-error\""), "{weak}");
    }
    let page = browser
        .submit(
            "/admin/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "lantern orbit mango quietly"),
            ],
        )
        .await;
    assert_eq!(page.location(), Some("/admin/account?done=password"));
    assert_eq!(browser.get("/admin").await.status, StatusCode::OK);
    assert_eq!(elsewhere.get("/admin").await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.audit_entries("staff.password_changed").len(), 1);
    let page = app
        .browser()
        .login(&staff.email, "lantern orbit mango quietly")
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let _ = hidden_field;
}
