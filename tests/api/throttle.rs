use crate::helpers::{TestApp, PASSWORD};
use reqwest::StatusCode;

#[tokio::test]
async fn repeated_wrong_passwords_lock_the_account_for_a_while() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("editor");
    let browser = app.browser();
    for attempt in 1..=5 {
        let page = browser.login(&staff.email, "wrong wrong wrong").await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
    }
    // Even the right password is refused now, without being checked.
    let page = browser.login(&staff.email, PASSWORD).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = page
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .unwrap();
    assert!(wait > 0 && wait <= 15 * 60, "{wait}");
    assert!(page.body.contains("Too many failed attempts"));
    assert_eq!(app.audit_entries("login.failed").len(), 5);
    assert!(app.audit_entries("login.succeeded").is_empty());

    // Another account is not locked by it.
    let other = app.create_staff("editor");
    let page = app.browser().login(&other.email, PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn guessing_across_many_accounts_from_one_address_is_throttled() {
    let app = TestApp::spawn().await;
    let browser = app.browser();
    for n in 0..20 {
        let page = browser
            .login(&format!("guess{n}@example.org"), "some guess or other")
            .await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED, "guess {n}");
    }
    let staff = app.create_staff("reviewer");
    let page = browser.login(&staff.email, PASSWORD).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.header("retry-after").is_some());
}

#[tokio::test]
async fn a_successful_sign_in_clears_the_account_count() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("editor");
    let browser = app.browser();
    for _ in 0..4 {
        browser.login(&staff.email, "wrong wrong wrong").await;
    }
    assert_eq!(
        browser.login(&staff.email, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let again = app.browser();
    for _ in 0..4 {
        assert_eq!(
            again.login(&staff.email, "wrong wrong wrong").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
}
