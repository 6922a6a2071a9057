use crate::helpers::{TestApp, PASSWORD};
use reqwest::StatusCode;

#[tokio::test]
async fn staff_sign_in_and_see_who_is_signed_in() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("editor");
    let browser = app.browser();

    let form = browser.get("/admin/login").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form
        .body
        .contains("<label for=\"email\">Email address</label>"));
    assert!(form
        .body
        .contains("<label for=\"password\">Password</label>"));

    let response = browser.login(&staff.email, PASSWORD).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), Some("/admin"));

    let dashboard = browser.get("/admin").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(dashboard.body.contains(&staff.name));
    assert!(dashboard.body.contains("editor"));

    let entries = app.audit_entries("login.succeeded");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].0, staff.email);
}

#[tokio::test]
async fn email_is_matched_whatever_its_case() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("reviewer");
    let response = app
        .browser()
        .login(&staff.email.to_uppercase(), PASSWORD)
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn wrong_password_unknown_email_and_disabled_account_get_the_same_answer() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("editor");
    let disabled = app.create_staff("reviewer");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_answerable"))
        .args(["admin", "disable", "--email", &disabled.email])
        .env("ANSWERABLE_DATABASE_URL", app.db.url())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let browser = app.browser();
    let wrong = browser.login(&staff.email, "not the password at all").await;
    let unknown = browser.login("nobody@example.org", PASSWORD).await;
    let off = browser.login(&disabled.email, PASSWORD).await;
    for page in [&wrong, &unknown, &off] {
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
        assert!(page
            .body
            .contains("The email address or the password is not right."));
        // The typed address is kept, the password is not.
        assert!(!page.body.contains("not the password at all"));
    }
    assert!(wrong.body.contains(&format!("value=\"{}\"", staff.email)));

    // Still not signed in.
    assert_eq!(browser.get("/admin").await.status, StatusCode::SEE_OTHER);
    let failures = app.audit_entries("login.failed");
    let subjects: Vec<_> = failures.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        subjects,
        [
            staff.email.as_str(),
            "nobody@example.org",
            disabled.email.as_str()
        ]
    );
    assert!(failures[2].1.contains("disabled"));
}

#[tokio::test]
async fn a_malformed_email_is_shown_beside_the_field() {
    let app = TestApp::spawn().await;
    let page = app.browser().login("not an address", PASSWORD).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("id=\"email-error\""));
    assert!(page.body.contains("aria-invalid=\"true\""));
    assert!(app.audit_entries("login.failed").is_empty());
}

#[tokio::test]
async fn session_cookie_is_http_only_and_lax_and_secure_only_over_https() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("reviewer");
    let page = app.browser().login(&staff.email, PASSWORD).await;
    let cookie = page
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("answerable_session="))
        .expect("a session cookie");
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"));

    let https = TestApp::spawn_with(|c| {
        c.base_url = Some("https://answerable.example.org".parse().unwrap())
    })
    .await;
    let staff = https.create_staff("reviewer");
    let page = https.browser().login(&staff.email, PASSWORD).await;
    let cookies = page.set_cookies();
    let session = cookies
        .iter()
        .find(|c| c.starts_with("__Host-answerable_session="))
        .expect("a session cookie, named for this host alone");
    assert!(session.contains("Secure"), "{session}");
}

#[tokio::test]
async fn sign_in_returns_to_the_page_asked_for_but_never_off_site() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("admin");
    let browser = app.browser();
    let first = browser.get("/admin/audit").await;
    assert_eq!(first.location(), Some("/admin/login?next=%2Fadmin%2Faudit"));
    let page = browser
        .submit(
            "/admin/login",
            &[
                ("email", &staff.email),
                ("password", PASSWORD),
                ("next", "/admin/audit"),
            ],
        )
        .await;
    assert_eq!(page.location(), Some("/admin/audit"));

    let other = app.browser();
    let page = other
        .submit(
            "/admin/login",
            &[
                ("email", &staff.email),
                ("password", PASSWORD),
                ("next", "//evil.example.org/"),
            ],
        )
        .await;
    assert_eq!(page.location(), Some("/admin"));
}

#[tokio::test]
async fn next_that_a_browser_would_read_as_another_site_is_refused() {
    let app = TestApp::spawn().await;
    let staff = app.create_staff("admin");
    let browser = app.browser();
    let first = browser.login(&staff.email, PASSWORD).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    // Already signed in: the form sends the person on at once.
    for next in [
        "/%09/evil.example",
        "%2F%2Fevil.example",
        "/%5Cevil.example",
        "/%0A/evil.example",
        "/%0D%0ASet-Cookie:%20x=1",
        "https://evil.example/",
    ] {
        let page = browser.get(&format!("/admin/login?next={next}")).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{next}: {}", page.body);
        assert_eq!(page.location(), Some("/admin"), "{next}");
    }
    let page = browser.get("/admin/login?next=%2Fadmin%2Faudit").await;
    assert_eq!(page.location(), Some("/admin/audit"));

    // The same when the address comes with the sign-in form.
    for next in ["/\t/evil.example", "/\n/evil.example", "/\\evil.example"] {
        let page = app
            .browser()
            .submit(
                "/admin/login",
                &[
                    ("email", &staff.email),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "{next:?}: {}",
            page.body
        );
        assert_eq!(page.location(), Some("/admin"), "{next:?}");
    }
}
