//! The JSON API under /api, as a coalition's data person's script uses it:
//! a token made by an admin on the page, the company directory, campaign
//! targets, outreach logs, submitted snapshots and publishing; refusals
//! in one JSON shape; every write audited under the token's name.

use answerable::db::schema::{api_tokens, audit_log, submissions};
use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::helpers::{Browser, TestApp};
use crate::scenarios::{answer_everything_and_submit, close, invited, sign_in_with};

/// Makes a token on the admin page and returns it as the page shows it.
async fn make_token(admin: &Browser, name: &str, scope: &str) -> String {
    let page = admin
        .submit("/admin/api-tokens", &[("name", name), ("scope", scope)])
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.header("cache-control"), Some("no-store"));
    let start = page
        .body
        .find("<code id=\"new-token\">")
        .expect("the new token is shown")
        + "<code id=\"new-token\">".len();
    let end = page.body[start..].find("</code>").unwrap();
    page.body[start..start + end].to_string()
}

/// A script's answer: status, headers and JSON body.
struct Answer {
    status: StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Value,
}

struct Script {
    base: String,
    token: Option<String>,
    client: reqwest::Client,
}

impl Script {
    fn new(app: &TestApp, token: Option<&str>) -> Script {
        Script {
            base: app.address.clone(),
            token: token.map(str::to_string),
            client: reqwest::Client::new(),
        }
    }

    async fn send(&self, method: reqwest::Method, path: &str, body: Option<String>) -> Answer {
        let mut request = self
            .client
            .request(method, format!("{}{}", self.base, path));
        if let Some(t) = &self.token {
            request = request.bearer_auth(t);
        }
        if let Some(b) = body {
            request = request.header("content-type", "application/json").body(b);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap();
        let body =
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("{status} is not JSON: {text}"));
        Answer {
            status,
            headers,
            body,
        }
    }

    async fn get(&self, path: &str) -> Answer {
        self.send(reqwest::Method::GET, path, None).await
    }

    async fn post(&self, path: &str, body: &Value) -> Answer {
        self.send(reqwest::Method::POST, path, Some(body.to_string()))
            .await
    }

    async fn patch(&self, path: &str, body: &Value) -> Answer {
        self.send(reqwest::Method::PATCH, path, Some(body.to_string()))
            .await
    }
}

fn actor_labels(app: &TestApp, action: &str) -> Vec<String> {
    audit_log::table
        .filter(audit_log::action.eq(action))
        .order(audit_log::at.asc())
        .select(audit_log::actor_label)
        .load(&mut app.conn())
        .unwrap()
}

fn company_count(app: &TestApp) -> i64 {
    answerable::db::schema::companies::table
        .count()
        .get_result(&mut app.conn())
        .unwrap()
}

#[tokio::test]
async fn a_script_with_an_admins_token_keeps_the_company_directory() {
    let app = TestApp::spawn().await;
    let (admin, admin_account) = app.login_as_admin().await;
    let token = make_token(&admin, "directory sync", "write").await;
    // Only the digest is kept; the list shows the token's start and who made it.
    let stored: Vec<String> = api_tokens::table
        .select(api_tokens::token_sha256)
        .load(&mut app.conn())
        .unwrap();
    assert_eq!(stored, vec![hex::encode(Sha256::digest(token.as_bytes()))]);
    let listed = admin.get("/admin/api-tokens").await;
    assert!(listed.body.contains("directory sync"));
    assert!(listed.body.contains(&token[..11]));
    assert!(!listed.body.contains(&token));
    assert_eq!(
        actor_labels(&app, "api_token.created"),
        vec![admin_account.email.clone()]
    );

    let script = Script::new(&app, Some(&token));
    let created = script
        .post(
            "/api/companies",
            &json!({
                "slug": "golden-net",
                "name": "Golden Net Telecom",
                "sector": "telecom-operator",
                "hq_country": "SG",
                "website": "https://golden.example.org",
                "operates_in": ["TH", "MM"],
            }),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    assert_eq!(created.body["slug"], "golden-net");
    assert_eq!(created.body["operates_in"], json!(["MM", "TH"]));
    for n in 0..3 {
        let more = script
            .post(
                "/api/companies",
                &json!({"slug": format!("other-{n}"), "name": format!("Other {n}"),
                        "sector": "other", "hq_country": "DE"}),
            )
            .await;
        assert_eq!(more.status, StatusCode::CREATED, "{}", more.body);
    }

    let changed = script
        .patch(
            "/api/companies/golden-net",
            &json!({"name": "Golden Net Telecom Pte", "parent": "other-0"}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    let shown = script.get("/api/companies/golden-net").await;
    assert_eq!(shown.body["name"], "Golden Net Telecom Pte");
    assert_eq!(shown.body["parent"], "other-0");
    assert_eq!(shown.body["website"], "https://golden.example.org");
    assert_eq!(shown.body["sector"], "telecom-operator");
    // The admin page shows what the script changed.
    let page = admin.get("/admin/companies/golden-net").await;
    assert!(page.body.contains("Golden Net Telecom Pte"));

    // Pages of two, in slug order, without gaps or repeats.
    let mut seen = Vec::new();
    let mut path = "/api/companies?limit=2".to_string();
    loop {
        let page = script.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        for item in page.body["items"].as_array().unwrap() {
            seen.push(item["slug"].as_str().unwrap().to_string());
        }
        match page.body["next_after"].as_str() {
            Some(after) => path = format!("/api/companies?limit=2&after={after}"),
            None => break,
        }
    }
    assert_eq!(seen, ["golden-net", "other-0", "other-1", "other-2"]);

    // Every write is audited under the token's name.
    assert_eq!(
        actor_labels(&app, "company.created"),
        vec!["API token “directory sync”"; 4]
    );
    assert_eq!(
        actor_labels(&app, "company.updated"),
        vec!["API token “directory sync”"]
    );

    // Bad input: the field named, nothing changed, never a 500.
    let before = company_count(&app);
    let unknown_country = script
        .post(
            "/api/companies",
            &json!({"slug": "x-corp", "name": "X", "sector": "other", "hq_country": "ZZ"}),
        )
        .await;
    assert_eq!(unknown_country.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown_country.body["error"]["field"], "hq_country");
    // The document's exact forms: a country code in capitals.
    let lower = script
        .patch("/api/companies/golden-net", &json!({"operates_in": ["th"]}))
        .await;
    assert_eq!(lower.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(lower.body["error"]["field"], "operates_in");
    let missing = script
        .post(
            "/api/companies",
            &json!({"slug": "x-corp", "sector": "other", "hq_country": "DE"}),
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(missing.body["error"]["field"], "name");
    let malformed = script
        .send(
            reqwest::Method::POST,
            "/api/companies",
            Some("{\"slug\": ".into()),
        )
        .await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    assert_eq!(malformed.body["error"]["code"], "bad_request");
    assert!(malformed.body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("line 1"));
    let taken = script
        .post(
            "/api/companies",
            &json!({"slug": "golden-net", "name": "Again", "sector": "other", "hq_country": "DE"}),
        )
        .await;
    assert_eq!(taken.status, StatusCode::CONFLICT);
    assert_eq!(taken.body["error"]["code"], "conflict");
    let no_such = script.get("/api/companies/nobody-here").await;
    assert_eq!(no_such.status, StatusCode::NOT_FOUND);
    assert_eq!(no_such.body["error"]["code"], "not_found");
    // A NUL, which PostgreSQL refuses to store or compare, never reaches it.
    assert_eq!(
        script.get("/api/companies/a%00b").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        script.get("/api/campaigns/a%00b/targets").await.status,
        StatusCode::NOT_FOUND
    );
    let nul = script
        .patch("/api/companies/golden-net", &json!({"notes": "a\u{0}b"}))
        .await;
    assert_eq!(nul.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(nul.body["error"]["field"], "notes");
    let bad_limit = script.get("/api/companies?limit=0").await;
    assert_eq!(bad_limit.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad_limit.body["error"]["field"], "limit");
    assert_eq!(company_count(&app), before);
    assert_eq!(
        script.get("/api/companies/golden-net").await.body["operates_in"],
        json!(["MM", "TH"])
    );
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn tokens_are_required_scoped_and_revocable() {
    let app = TestApp::spawn().await;
    let (admin, _) = app.login_as_admin().await;
    // Only admins make tokens.
    let (editor, _) = app.login_as("editor").await;
    assert_eq!(
        editor.get("/admin/api-tokens").await.status,
        StatusCode::FORBIDDEN
    );
    let reader = make_token(&admin, "dashboard", "read").await;

    let anonymous = Script::new(&app, None).get("/api/companies").await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(anonymous.headers.get("www-authenticate").unwrap(), "Bearer");
    assert_eq!(anonymous.body["error"]["code"], "unauthenticated");
    let guessed = Script::new(
        &app,
        Some("answ_0000000000000000000000000000000000000000000"),
    )
    .get("/api/companies")
    .await;
    assert_eq!(guessed.status, StatusCode::UNAUTHORIZED);

    // A signed-in admin's cookies are no way into the API.
    let with_cookies = admin
        .client
        .post(format!("{}/api/companies", app.address))
        .header("content-type", "application/json")
        .header("x-csrf-token", admin.csrf_token().await)
        .body(
            json!({"slug": "by-cookie", "name": "C", "sector": "other", "hq_country": "DE"})
                .to_string(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(with_cookies.status(), StatusCode::UNAUTHORIZED);
    // A write without a token is refused before its body is read, at any
    // address under /api, known or not.
    for path in ["/api/companies", "/api/no-such-thing"] {
        let refused = reqwest::Client::new()
            .post(format!("{}{path}", app.address))
            .header("content-type", "application/json")
            .body("{ not json")
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::UNAUTHORIZED, "{path}");
        let body: serde_json::Value = refused.json().await.unwrap();
        assert_eq!(body["error"]["code"], "unauthenticated", "{path}");
    }

    let script = Script::new(&app, Some(&reader));
    assert_eq!(script.get("/api/companies").await.status, StatusCode::OK);
    let refused = script
        .post(
            "/api/companies",
            &json!({"slug": "by-reader", "name": "R", "sector": "other", "hq_country": "DE"}),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.body["error"]["code"], "forbidden");
    assert_eq!(company_count(&app), 0);
    let used: Option<chrono::NaiveDateTime> = api_tokens::table
        .select(api_tokens::last_used_at)
        .first(&mut app.conn())
        .unwrap();
    assert!(used.is_some(), "the list shows when a token was last used");

    // Revoked on the page: refused from then on, and audited.
    let id: String = api_tokens::table
        .select(api_tokens::id)
        .first(&mut app.conn())
        .unwrap();
    let revoked = admin
        .submit(&format!("/admin/api-tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(revoked.location(), Some("/admin/api-tokens?done=revoked"));
    assert_eq!(
        script.get("/api/companies").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(app.audit_entries("api_token.revoked").len(), 1);
    assert!(admin
        .get("/admin/api-tokens")
        .await
        .body
        .contains("revoked"));
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_script_follows_a_campaign_and_publishes_it_once() {
    let (app, _mailbox, editor, links) = invited("api", 2, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    assert_eq!(
        answer_everything_and_submit(&rep).await.location(),
        Some("/respond/receipt/1")
    );
    let (admin, _) = app.login_as_admin().await;
    let script = Script::new(&app, Some(&make_token(&admin, "publisher", "write").await));

    let campaigns = script.get("/api/campaigns").await;
    assert_eq!(campaigns.body["items"][0]["slug"], "api");
    assert_eq!(campaigns.body["items"][0]["state"], "open");
    let targets = script.get("/api/campaigns/api/targets").await;
    let statuses: Vec<(String, String)> = targets.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["company"].as_str().unwrap().to_string(),
                t["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        [
            ("api-c0".to_string(), "submitted".to_string()),
            ("api-c1".to_string(), "invited".to_string())
        ]
    );

    let log = script
        .get("/api/campaigns/api/targets/api-c1/outreach")
        .await;
    assert_eq!(log.status, StatusCode::OK, "{}", log.body);
    let lines: Vec<&str> = log.body["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["what"].as_str().unwrap())
        .collect();
    assert!(lines.iter().any(|l| l.starts_with("Invited")), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.starts_with("Sent: invitation")),
        "{lines:?}"
    );

    // The snapshot is the exact text the receipt's digest was taken of.
    let revisions = script
        .get("/api/campaigns/api/targets/api-c0/submissions")
        .await;
    assert_eq!(revisions.body["items"][0]["revision"], 1);
    let snapshot = script
        .get("/api/campaigns/api/targets/api-c0/submissions/1")
        .await;
    let text = snapshot.body["snapshot"].as_str().unwrap();
    let stored: String = submissions::table
        .select(submissions::digest)
        .first(&mut app.conn())
        .unwrap();
    assert_eq!(snapshot.body["sha256"], stored.as_str());
    assert_eq!(hex::encode(Sha256::digest(text.as_bytes())), stored);
    let receipt = rep.get("/respond/receipt/1").await;
    assert!(receipt.body.contains(&stored));
    assert_eq!(
        script
            .get("/api/campaigns/api/targets/api-c1/submissions/1")
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Publishing takes the version it expects to make: a request sent
    // twice publishes once, as a double click on the page does.
    let open = script
        .post(
            "/api/campaigns/api/publications",
            &json!({"expected_version": 1}),
        )
        .await;
    assert_eq!(open.status, StatusCode::CONFLICT, "only a closed campaign");
    close(&editor, "api").await;
    let first = script
        .post(
            "/api/campaigns/api/publications",
            &json!({"expected_version": 1, "note": "First results"}),
        )
        .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    assert_eq!(first.body["version"], 1);
    // 1.0 is the integer 1 to JSON Schema, and so to the API.
    let again = script
        .post(
            "/api/campaigns/api/publications",
            &json!({"expected_version": 1.0}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let versions = script.get("/api/campaigns/api/publications").await;
    assert_eq!(versions.body["items"].as_array().unwrap().len(), 1);
    assert_eq!(versions.body["items"][0]["sha256"], first.body["sha256"]);
    let public = app.browser().get("/campaigns/api").await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("First results"));
    assert_eq!(
        actor_labels(&app, "campaign.published"),
        vec!["API token “publisher”"]
    );

    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn the_openapi_document_is_served_without_a_token() {
    let app = TestApp::spawn().await;
    let doc = Script::new(&app, None).get("/api/openapi.json").await;
    assert_eq!(doc.status, StatusCode::OK);
    assert!(doc.body["openapi"].as_str().unwrap().starts_with("3.1"));
    let checked_in: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/openapi.json"))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(doc.body, checked_in);
    let operations: usize = doc.body["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|item| item.as_object().unwrap().len())
        .sum();
    assert_eq!(operations, 13);
    app.assert_outbox_settled(0);
}
