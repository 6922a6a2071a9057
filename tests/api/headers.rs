use reqwest::StatusCode;

use crate::helpers::{Page, TestApp};

fn assert_security_headers(page: &Page, what: &str) {
    let csp = page
        .header("content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no CSP"));
    assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
    assert!(csp.contains("script-src 'self'"), "{what}: {csp}");
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
    assert_eq!(
        page.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert!(page.header("referrer-policy").is_some(), "{what}");
}

#[tokio::test]
async fn every_kind_of_response_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    let browser = app.browser();
    let (admin, _) = app.login_as_admin().await;
    let (reviewer, _) = app.login_as("reviewer").await;

    let cases = [
        (
            "login page",
            browser.get("/admin/login").await,
            StatusCode::OK,
        ),
        (
            "redirect",
            browser.get("/admin").await,
            StatusCode::SEE_OTHER,
        ),
        (
            "not found",
            browser.get("/no/such/page").await,
            StatusCode::NOT_FOUND,
        ),
        (
            "forbidden",
            reviewer.get("/admin/users").await,
            StatusCode::FORBIDDEN,
        ),
        ("dashboard", admin.get("/admin").await, StatusCode::OK),
        ("health", browser.get("/healthz").await, StatusCode::OK),
        (
            "style sheet",
            browser.get("/static/app.css").await,
            StatusCode::OK,
        ),
        (
            "refused form",
            browser.post_raw("/admin/logout", &[], &[]).await,
            StatusCode::FORBIDDEN,
        ),
    ];
    for (what, page, status) in &cases {
        assert_eq!(page.status, *status, "{what}");
        assert_security_headers(page, what);
    }
}

#[tokio::test]
async fn pages_are_usable_without_javascript_and_in_a_screen_reader() {
    let app = TestApp::spawn().await;
    let page = app.browser().get("/admin/login").await;
    assert!(page.body.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(page.body.contains("name=\"viewport\""));
    assert!(page.body.contains("href=\"#main\""), "a skip link");
    assert!(
        !page.body.contains("<script"),
        "no script needed to sign in"
    );
    assert_eq!(page.body.matches("<h1").count(), 1);
    let css = app.browser().get("/static/app.css").await;
    assert!(css.body.contains(":focus-visible"), "visible focus");
}

#[tokio::test]
async fn errors_are_pages_in_the_site_layout() {
    let app = TestApp::spawn().await;
    let page = app.browser().get("/no/such/page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    assert!(page.body.contains("Page not found"));
    assert!(page.body.contains("class=\"brand\""));
}

#[tokio::test]
async fn oversized_and_malformed_posts_get_a_clear_page_not_a_crash() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.login_as_admin().await;
    let huge = "x".repeat(300 * 1024);
    let page = admin.submit("/admin/users", &[("name", &huge)]).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(page.body.contains("Too much data"));

    let token = admin.cookie("answerable_csrf").unwrap();
    let page = admin
        .client
        .post(format!("{}/admin/users", admin.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("x-csrf-token", token)
        .body("email=%ZZ%&name")
        .send()
        .await
        .unwrap();
    assert!(page.status().is_client_error(), "{}", page.status());
    assert!(page.text().await.unwrap().contains("class=\"brand\""));
}

/// Uptime monitors and link checkers ask with HEAD: every page that
/// answers GET answers HEAD with the same status and headers and no body.
#[tokio::test]
async fn every_page_that_answers_get_answers_head_without_a_body() {
    let app = TestApp::spawn().await;
    let visitor = app.browser();
    for path in [
        "/",
        "/healthz",
        "/static/respond.js",
        "/admin/login",
        "/respond/link",
    ] {
        let get = visitor.get(path).await;
        let head = visitor.head(path).await;
        assert_eq!(head.status, get.status, "HEAD {path}");
        assert_eq!(head.status, StatusCode::OK, "HEAD {path}");
        assert!(head.body.is_empty(), "HEAD {path} sent a body");
        assert_eq!(
            head.header("content-type"),
            get.header("content-type"),
            "HEAD {path}"
        );
        assert_security_headers(&head, path);
    }
    // A page that is not there is not there for HEAD either.
    assert_eq!(
        visitor.head("/campaigns/no-such-campaign").await.status,
        StatusCode::NOT_FOUND
    );
    // HEAD does not reach a handler that only takes POST: it is no way
    // around the CSRF check.
    let logout = visitor.head("/admin/logout").await.status;
    assert!(
        logout.is_client_error(),
        "HEAD /admin/logout answered {logout}"
    );
}
