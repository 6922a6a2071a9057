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

#[tokio::test]
async fn forty_wrong_passwords_at_once_are_checked_no_more_than_the_limit() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("editor");
    let browsers: Vec<_> = (0..40).map(|_| app.browser()).collect();
    for b in &browsers {
        b.csrf_token().await;
    }
    let pages = futures_util::future::join_all(
        browsers
            .iter()
            .map(|b| b.login(&staff.email, "wrong wrong wrong")),
    )
    .await;
    let checked = pages
        .iter()
        .filter(|p| p.status == StatusCode::UNAUTHORIZED)
        .count();
    let refused = pages
        .iter()
        .filter(|p| p.status == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!((checked, refused), (5, 35));
    // Every check left its audit entry: five passwords were hashed, no more.
    assert_eq!(app.audit_entries("login.failed").len(), 5);
}

#[tokio::test]
async fn someone_guessing_elsewhere_does_not_lock_the_owner_out() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("admin");
    let attacker = app.browser_from("127.0.0.2");
    for attempt in 1..=5 {
        let page = attacker.login(&staff.email, "wrong wrong wrong").await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
    }
    // The guesser is stopped, even with the right password...
    let page = attacker.login(&staff.email, PASSWORD).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    // ...the owner, at their own address, is not.
    let page = app.browser().login(&staff.email, PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
}

#[tokio::test]
async fn guessing_from_many_addresses_meets_a_ceiling_that_spares_the_owners_address() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("admin");
    // The owner signed in from here before.
    let owner = app.browser();
    assert_eq!(
        owner.login(&staff.email, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    // Twenty addresses, five guesses each: the per-account ceiling of 100.
    let guessers: Vec<_> = (1..=20)
        .map(|n| app.browser_from(&format!("127.0.1.{n}")))
        .collect();
    futures_util::future::join_all(guessers.iter().map(|g| async {
        for _ in 0..5 {
            let page = g.login(&staff.email, "wrong wrong wrong").await;
            assert_eq!(page.status, StatusCode::UNAUTHORIZED);
        }
    }))
    .await;
    assert_eq!(app.audit_entries("login.failed").len(), 100);
    // A new address is refused, whatever the password...
    let elsewhere = app.browser_from("127.0.1.99");
    let page = elsewhere.login(&staff.email, PASSWORD).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    // ...but the owner's address still signs in.
    let page = app.browser().login(&staff.email, PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
}
