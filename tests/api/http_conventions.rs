//! HTTP and open-data conventions that tools and people already expect:
//! 405 with `Allow` for a known path asked with another method, a favicon,
//! an ETag per representation of the gzipped public page, one rounding
//! rule for published scores, and CSV lines ending with CRLF.

use reqwest::{Method, StatusCode};

use crate::helpers::{Browser, Page, TestApp};
use crate::scenarios::{close, full_answers, invited, publish, questionnaire, save, sign_in_with};

/// Sends `method` to `path` as a well-behaved client of our own pages
/// would (CSRF token and same origin), so that only routing decides.
async fn ask(browser: &Browser, method: Method, path: &str) -> Page {
    let token = browser.csrf_token().await;
    let response = browser
        .client
        .request(method, format!("{}{}", browser.base, path))
        .header("x-csrf-token", token)
        .header("origin", browser.base.clone())
        .send()
        .await
        .unwrap();
    Page {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

#[tokio::test]
async fn a_known_path_asked_with_another_method_gets_405_with_allow() {
    let app = TestApp::spawn().await;
    let visitor = app.browser();
    let cases = [
        (Method::OPTIONS, "/healthz", "GET, HEAD"),
        (Method::POST, "/healthz", "GET, HEAD"),
        (Method::DELETE, "/", "GET, HEAD"),
        (Method::POST, "/campaigns/demo", "GET, HEAD"),
        (Method::PUT, "/campaigns/demo/scorecard.csv", "GET, HEAD"),
        (Method::GET, "/admin/logout", "POST"),
        (Method::GET, "/respond/submit", "POST"),
        (Method::PUT, "/admin/login", "GET, HEAD, POST"),
        (
            Method::DELETE,
            "/respond/sections/due-diligence",
            "GET, HEAD, POST",
        ),
    ];
    for (method, path, allow) in cases {
        let page = ask(&visitor, method.clone(), path).await;
        assert_eq!(
            page.status,
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}: {}",
            page.body
        );
        assert_eq!(page.header("allow"), Some(allow), "{method} {path}");
        if method != Method::HEAD {
            assert!(page.body.contains("Not allowed here"), "{method} {path}");
            assert!(page.body.contains("class=\"brand\""), "{method} {path}");
        }
    }
    // A path that is not there is not there whatever the method.
    for method in [Method::GET, Method::POST, Method::PUT, Method::OPTIONS] {
        let page = ask(&visitor, method.clone(), "/no/such/page").await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{method}");
        assert!(page.header("allow").is_none(), "{method}");
    }
    // The right method still reaches its page.
    assert_eq!(visitor.get("/healthz").await.status, StatusCode::OK);
    assert_eq!(visitor.get("/admin/login").await.status, StatusCode::OK);
}

#[tokio::test]
async fn there_is_a_favicon_and_every_layout_points_at_an_icon() {
    let app = TestApp::spawn().await;
    let visitor = app.browser();
    let icon = visitor
        .client
        .get(format!("{}/favicon.ico", visitor.base))
        .send()
        .await
        .unwrap();
    assert_eq!(icon.status(), StatusCode::OK);
    assert_eq!(icon.headers()["content-type"], "image/x-icon");
    let cache = icon.headers()["cache-control"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(cache.contains("max-age=31536000"), "{cache}");
    let bytes = icon.bytes().await.unwrap();
    assert_eq!(&bytes[..4], &[0, 0, 1, 0], "an ICO file");
    assert_eq!(visitor.head("/favicon.ico").await.status, StatusCode::OK);

    let svg = visitor.get("/static/icon.svg").await;
    assert_eq!(svg.status, StatusCode::OK);
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));
    assert!(svg.body.starts_with("<svg"));

    for path in ["/", "/admin/login", "/respond/link"] {
        let page = visitor.get(path).await;
        assert!(
            page.body
                .contains("<link rel=\"icon\" href=\"/favicon.ico\""),
            "{path}"
        );
        assert!(page.body.contains("href=\"/static/icon.svg\""), "{path}");
    }
}

/// A campaign `slug` of two companies, published: company 0 answered
/// everything and its written answers were judged "partial"; company 1
/// did not respond.
async fn published(slug: &str) -> TestApp {
    let (app, _mailbox, editor, links) = invited(slug, 2, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    for section in &questionnaire().sections {
        save(&rep, section.key.as_str(), &full_answers(section)).await;
    }
    assert_eq!(
        rep.submit("/respond/submit", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let (reviewer, _) = app.login_as("reviewer").await;
    let queue = reviewer
        .get(&format!("/admin/campaigns/{slug}/review"))
        .await;
    let prefix = format!("/admin/campaigns/{slug}/review/");
    let target = queue
        .body
        .match_indices(&prefix)
        .map(|(at, _)| {
            let rest = &queue.body[at + prefix.len()..];
            rest[..rest.find(['"', '/']).unwrap()].to_string()
        })
        .next()
        .expect("a submission to review");
    let marker = format!("{prefix}{target}/");
    let page = reviewer.get(&format!("{prefix}{target}")).await;
    let written: Vec<String> = page
        .body
        .match_indices(&marker)
        .map(|(at, _)| {
            let rest = &page.body[at + marker.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect();
    for key in &written {
        reviewer
            .submit(
                &format!("{marker}{key}"),
                &[
                    ("level", "partial"),
                    ("rationale", "A policy, no assessment."),
                ],
            )
            .await;
    }
    assert_eq!(close(&editor, slug).await.status, StatusCode::SEE_OTHER);
    let done = publish(&editor, slug, "Results.").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app
}

#[tokio::test]
async fn the_gzipped_and_the_plain_page_have_etags_of_their_own() {
    let app = published("etag").await;
    let client = reqwest::Client::builder().no_gzip().build().unwrap();
    let url = format!("{}/campaigns/etag", app.browser().base);
    let get = |encoding: &'static str, held: Option<String>| {
        let mut request = client.get(&url).header("accept-encoding", encoding);
        if let Some(tag) = held {
            request = request.header("if-none-match", tag);
        }
        request.send()
    };
    let gzip = get("gzip, deflate", None).await.unwrap();
    assert_eq!(gzip.status(), StatusCode::OK);
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    assert_eq!(gzip.headers()["vary"], "Accept-Encoding");
    let gzip_tag = gzip.headers()["etag"].to_str().unwrap().to_string();
    let plain = get("identity", None).await.unwrap();
    assert_eq!(plain.status(), StatusCode::OK);
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.headers()["vary"], "Accept-Encoding");
    let plain_tag = plain.headers()["etag"].to_str().unwrap().to_string();
    assert_ne!(gzip_tag, plain_tag, "two representations, two tags");
    assert!(
        gzip_tag.starts_with('"') && gzip_tag.ends_with("-gz\""),
        "{gzip_tag}"
    );
    assert!(plain.text().await.unwrap().contains("Campaign etag"));

    // Each tag revalidates its own representation, not the other one.
    for (encoding, held, status) in [
        ("gzip", &gzip_tag, StatusCode::NOT_MODIFIED),
        ("identity", &plain_tag, StatusCode::NOT_MODIFIED),
        ("gzip", &plain_tag, StatusCode::OK),
        ("identity", &gzip_tag, StatusCode::OK),
    ] {
        let answer = get(encoding, Some(held.clone())).await.unwrap();
        assert_eq!(answer.status(), status, "{encoding} holding {held}");
        if status == StatusCode::NOT_MODIFIED {
            assert_eq!(&answer.headers()["etag"], held.as_str());
            assert_eq!(answer.headers()["vary"], "Accept-Encoding");
        }
    }
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn page_csv_and_json_show_the_same_rounded_scores_and_csv_lines_end_with_crlf() {
    let app = published("round").await;
    let visitor = app.browser();
    let json = visitor.get("/campaigns/round/scorecard.json").await;
    let doc: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let company = &doc["companies"].as_array().unwrap()[0];
    assert_eq!(company["slug"], "round-c0");
    let total = company["total"].as_f64().unwrap();
    // 88.888… (eight of nine) unrounded: published as 88.9 everywhere.
    assert_eq!(total, 88.9, "{}", company["demand_scores"]);
    // Published to one decimal: the JSON carries no more digits.
    let total_json = company["total"].to_string();
    assert!(
        total_json.split('.').nth(1).is_none_or(|d| d.len() <= 1),
        "{total_json}"
    );
    let shown = format!("{total:.1}");

    let csv = visitor.get("/campaigns/round/scorecard.csv").await;
    assert!(csv.body.ends_with("\r\n"), "{:?}", csv.body);
    assert_eq!(
        csv.body.matches("\r\n").count(),
        csv.body.matches('\n').count(),
        "every line ends with CRLF: {:?}",
        csv.body
    );
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let header = reader.headers().unwrap().clone();
    let at = header.iter().position(|h| h == "total").unwrap();
    let row = reader
        .records()
        .map(Result::unwrap)
        .find(|r| &r[1] == "round-c0")
        .unwrap();
    assert_eq!(&row[at], shown);

    let page = visitor.get("/campaigns/round").await;
    assert!(
        page.body.contains(&format!("<strong>{shown}</strong>")),
        "{shown} on the page"
    );
    let company_page = visitor.get("/campaigns/round/companies/round-c0").await;
    assert!(company_page
        .body
        .contains(&format!("<strong>{shown}</strong> of 100")));
    for d in company["demand_scores"].as_array().unwrap() {
        if let Some(score) = d["score"].as_f64() {
            let text = d["score"].to_string();
            assert!(
                text.split('.').nth(1).is_none_or(|d| d.len() <= 1),
                "{text}"
            );
            let column = header
                .iter()
                .position(|h| h == format!("demand:{}", d["demand"].as_str().unwrap()))
                .unwrap();
            assert_eq!(&row[column], format!("{score:.1}"));
        }
    }
    let method = visitor.get("/campaigns/round/methodology").await;
    assert!(
        method.body.contains("to one decimal, half away from zero"),
        "the rule is stated"
    );
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn staff_csv_exports_end_their_lines_with_crlf() {
    let app = TestApp::spawn().await;
    crate::scenarios::campaign(&app, "crlf", 2, 1, crate::scenarios::in_days(20));
    let (admin, _) = app.login_as_admin().await;
    for path in [
        "/admin/companies/export.csv",
        "/admin/campaigns/crlf/targets.csv",
    ] {
        let page = admin.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(page.body.lines().count() >= 3, "{path}: {}", page.body);
        assert!(page.body.ends_with("\r\n"), "{path}: {:?}", page.body);
        assert_eq!(
            page.body.matches("\r\n").count(),
            page.body.matches('\n').count(),
            "{path}: {:?}",
            page.body
        );
    }
}
