//! `/metrics` for operators, request ids, and JSON log lines.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use answerable::config::{AddressRange, Config};
use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp, TestDb};
use crate::scenarios::{full_answers, invited_with, questionnaire, save, sign_in_with};

const TOKEN: &str = "metrics-token-0123456789abcdef";

fn open_to_loopback_one(config: &mut Config) {
    config.metrics_allow = vec![AddressRange::parse("127.0.0.1/32").unwrap()];
    config.metrics_token = Some(TOKEN.to_string());
}

async fn scrape(who: &Browser, token: Option<&str>) -> (StatusCode, String) {
    let mut request = who.client.get(format!("{}/metrics", who.base));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

/// The distinct `route` label values in a scrape.
fn routes(text: &str) -> std::collections::BTreeSet<String> {
    text.lines()
        .filter(|l| l.starts_with("answerable_http_requests_total{"))
        .filter_map(|l| {
            let at = l.find("route=\"")? + 7;
            Some(l[at..at + l[at..].find('"')?].to_string())
        })
        .collect()
}

#[tokio::test]
async fn metrics_are_not_found_without_an_allowed_address_or_the_token() {
    let app = TestApp::spawn_with(open_to_loopback_one).await;
    let elsewhere = app.browser_from("127.0.0.2");
    let (status, body) = scrape(&elsewhere, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Page not found"), "the ordinary 404 page");
    assert!(!body.contains("answerable_"));
    let (status, _) = scrape(&elsewhere, Some("metrics-token-0123456789abcdeX")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a wrong token");
    let (status, body) = scrape(&elsewhere, Some(TOKEN)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("# TYPE answerable_http_requests_total counter"),
        "{body}"
    );
    let (status, _) = scrape(&app.browser(), None).await;
    assert_eq!(status, StatusCode::OK, "from an allowed address");
    // Other methods do not tell that the address exists either: the
    // same answer as at an address that does not.
    let mut answers = Vec::new();
    for path in ["/metrics", "/made-up"] {
        let response = elsewhere
            .client
            .delete(format!("{}{path}", elsewhere.base))
            .send()
            .await
            .unwrap();
        assert!(response.headers().get("allow").is_none(), "DELETE {path}");
        answers.push(response.status());
    }
    assert_eq!(answers[0], answers[1]);

    // With nothing configured, nobody.
    let closed = TestApp::spawn().await;
    assert_eq!(
        scrape(&closed.browser(), None).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        scrape(&closed.browser(), Some(TOKEN)).await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn requests_saves_and_the_outbox_are_counted_by_route_pattern() {
    let (app, _mail, _editor, links) = invited_with("metered", 1, 1, open_to_loopback_one).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    let q = questionnaire();
    for section in &q.sections {
        let page = save(&rep, section.key.as_str(), &full_answers(section)).await;
        assert!(page.status.is_redirection(), "{}", page.body);
    }
    assert_eq!(
        rep.submit("/respond/submit", &[]).await.location(),
        Some("/respond/receipt/1")
    );
    assert_eq!(rep.get("/no/such/page").await.status, StatusCode::NOT_FOUND);

    let (status, text) = scrape(&app.browser(), None).await;
    assert_eq!(status, StatusCode::OK);
    let sections = q.sections.len();
    assert!(
        text.contains(&format!("answerable_answer_saves_total {sections}")),
        "{text}"
    );
    assert!(text.contains("answerable_submissions_total 1"), "{text}");
    assert!(
        text.contains("answerable_sign_in_failures_total 0"),
        "{text}"
    );
    let seen = routes(&text);
    assert!(seen.contains("/respond/sections/{key}"), "{seen:?}");
    assert!(seen.contains("unmatched"), "{seen:?}");
    for raw in q
        .sections
        .iter()
        .map(|s| format!("/respond/sections/{}", s.key))
    {
        assert!(
            !text.contains(&format!("route=\"{raw}\"")),
            "no raw path: {raw}"
        );
    }
    assert!(
        text.lines().any(|l| l.starts_with(
            "answerable_http_requests_total{method=\"POST\",route=\"/respond/sections/{"
        ) && l.contains("status=\"3xx\"")),
        "{text}"
    );
    assert!(
        text.lines().any(|l| l.starts_with(
            "answerable_http_request_duration_seconds_bucket{method=\"POST\",route=\"/respond/sections/{"
        )),
        "{text}"
    );
    // The invitation went out; the submission queued its emails.
    let queued = crate::scenarios::outbox_count(&app, Some("queued"));
    assert!(queued > 0);
    for line in [
        "answerable_outbox_emails{state=\"sent\"} 1".to_string(),
        format!("answerable_outbox_emails{{state=\"queued\"}} {queued}"),
        "answerable_outbox_emails{state=\"retrying\"} 0".to_string(),
        "answerable_outbox_emails{state=\"failed\"} 0".to_string(),
    ] {
        assert!(text.lines().any(|l| l == line), "{line} in {text}");
    }
    let age: f64 = text
        .lines()
        .find_map(|l| l.strip_prefix("answerable_outbox_oldest_queued_age_seconds "))
        .expect("the age of the oldest queued email")
        .parse()
        .unwrap();
    assert!(age > 0.0 && age < 60.0, "{age}");
    assert!(text.contains("answerable_db_pool_connections{state=\"idle\"}"));
    assert!(text.contains("answerable_db_pool_connections{state=\"in_use\"}"));

    // Made-up addresses add no label value.
    for path in ["/made-up-1", "/campaigns/x/y/z", "/static/../../etc"] {
        rep.get(path).await;
    }
    let (_, again) = scrape(&app.browser(), None).await;
    let mut expected = seen.clone();
    expected.insert("/metrics".to_string());
    assert_eq!(routes(&again), expected);
    assert!(!again.contains("made-up"));

    // A wrong password counts; delivered emails leave the queue.
    app.browser()
        .login("nobody@example.org", "wrong password")
        .await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let (_, after) = scrape(&app.browser(), None).await;
    assert!(
        after.contains("answerable_sign_in_failures_total 1"),
        "{after}"
    );
    for line in [
        format!("answerable_outbox_emails{{state=\"sent\"}} {}", queued + 1),
        "answerable_outbox_emails{state=\"queued\"} 0".to_string(),
        "answerable_outbox_oldest_queued_age_seconds 0".to_string(),
    ] {
        assert!(after.lines().any(|l| l == line), "{line} in {after}");
    }
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn every_answer_carries_a_request_id_and_error_pages_quote_it() {
    let app = TestApp::spawn().await;
    let page = app.browser().get("/no/such/page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let id = page
        .header("x-request-id")
        .expect("an X-Request-Id")
        .to_string();
    assert!(!id.is_empty() && id.len() <= 64, "{id}");
    assert!(
        page.body
            .contains(&format!("quote this reference: <code>{id}</code>")),
        "{}",
        page.body
    );
    let other = app.browser().get("/no/such/page").await;
    assert_ne!(
        other.header("x-request-id"),
        Some(id.as_str()),
        "one per request"
    );
    assert!(app
        .browser()
        .get("/healthz")
        .await
        .header("x-request-id")
        .is_some());

    // A proxy's id is kept when short and plain, replaced otherwise.
    let sent = |value: &'static str| {
        let browser = app.browser();
        async move {
            let response = browser
                .client
                .get(format!("{}/no/such/page", browser.base))
                .header("x-request-id", value)
                .send()
                .await
                .unwrap();
            let id = response.headers()["x-request-id"]
                .to_str()
                .unwrap()
                .to_string();
            (id, response.text().await.unwrap())
        }
    };
    let (kept, body) = sent("edge-4f2a.9_b").await;
    assert_eq!(kept, "edge-4f2a.9_b");
    assert!(body.contains("<code>edge-4f2a.9_b</code>"));
    let (replaced, body) = sent("<script>alert(1)</script>").await;
    assert_ne!(replaced, "<script>alert(1)</script>");
    assert!(!body.contains("<script>alert"));
}

#[tokio::test]
async fn json_logs_are_one_object_per_line_with_the_request_id() {
    let dir = tempfile::tempdir().unwrap();
    let db = TestDb::create(&dir);
    let port = crate::smtp_server::free_port();
    let log_path = dir.path().join("server.log");
    let log = std::fs::File::create(&log_path).unwrap();
    let binary = std::env::var("ANSWERABLE_TEST_BINARY")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_answerable").to_string());
    let mut child = Command::new(binary)
        .arg("serve")
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("ANSWERABLE_DATABASE_URL", db.url())
        .env("ANSWERABLE_BIND", format!("127.0.0.1:{port}"))
        .env("ANSWERABLE_DATA_DIR", dir.path().join("data"))
        .env(
            "ANSWERABLE_QUESTIONNAIRES_DIR",
            concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires"),
        )
        .env("ANSWERABLE_JOBS_INTERVAL_SECONDS", "0")
        .env("ANSWERABLE_LOG", "info")
        .env("ANSWERABLE_LOG_FORMAT", "json")
        .stdout(Stdio::null())
        .stderr(Stdio::from(log))
        .spawn()
        .expect("the answerable binary starts");
    let client = reqwest::Client::new();
    let address = format!("http://127.0.0.1:{port}");
    let start = Instant::now();
    loop {
        let answer = client
            .get(format!("{address}/no/such/page"))
            .header("x-request-id", "json-log-test-1")
            .send()
            .await;
        if let Ok(answer) = answer {
            assert_eq!(answer.status(), StatusCode::NOT_FOUND);
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the server did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The line is written as the answer leaves; give it a moment.
    let mut text = String::new();
    for _ in 0..50 {
        text = std::fs::read_to_string(&log_path).unwrap();
        if text.contains("json-log-test-1") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty());
    for line in &lines {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(value.is_object(), "{line}");
    }
    let request = lines
        .iter()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["fields"]["request_id"] == "json-log-test-1")
        .unwrap_or_else(|| panic!("the request's line in {text}"));
    assert_eq!(request["fields"]["status"], 404);
    assert_eq!(request["fields"]["route"], "unmatched");
}

#[tokio::test]
async fn behind_a_proxy_the_allowed_address_is_the_client_the_proxy_saw() {
    let app = TestApp::spawn_with(|config| {
        config.trusted_proxy_hops = 1;
        config.metrics_allow = vec![AddressRange::parse("203.0.113.0/24").unwrap()];
    })
    .await;
    let through_proxy = |forwarded: &'static str| {
        let browser = app.browser();
        async move {
            browser
                .client
                .get(format!("{}/metrics", browser.base))
                .header("x-forwarded-for", forwarded)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(through_proxy("203.0.113.7").await, StatusCode::OK);
    assert_eq!(through_proxy("6.6.6.6").await, StatusCode::NOT_FOUND);
    assert_eq!(
        through_proxy("203.0.113.7, 6.6.6.6").await,
        StatusCode::NOT_FOUND,
        "a forged entry left of the proxy's does not count"
    );
}
