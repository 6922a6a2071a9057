//! Publishing: an immutable, numbered, digested snapshot; public pages and
//! open data read from it; nothing private ever shown.

use answerable::db::schema::publications;
use diesel::prelude::*;
use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use crate::scenarios::{full_answers, invited, questionnaire, save, sign_in_with};

const DRAFT: &str = "DRAFT-SECRET-never-public";

#[tokio::test]
async fn a_published_scorecard_is_honest_verifiable_and_private() {
    let (app, _mailbox, editor, links) = invited("pub", 3, 2).await;
    let q = questionnaire();
    // Company 0 answers; company 1 declines; company 2 drafts but never submits.
    let rep = sign_in_with(&app, &links[0][0]).await;
    for section in &q.sections {
        save(&rep, section.key.as_str(), &full_answers(section)).await;
    }
    assert_eq!(
        rep.submit("/respond/submit", &[]).await.location(),
        Some("/respond/receipt/1")
    );
    let decliner = sign_in_with(&app, &links[1][0]).await;
    decliner
        .submit(
            "/respond/decline",
            &[("reason", "We do not comment on Myanmar.")],
        )
        .await;
    let drafter = sign_in_with(&app, &links[2][0]).await;
    save(
        &drafter,
        "due-diligence",
        &[("a.hrdd-process".into(), DRAFT.into())],
    )
    .await;

    let (reviewer, reviewer_account) = app.login_as("reviewer").await;
    let target: String = answerable::db::schema::campaign_targets::table
        .inner_join(answerable::db::schema::companies::table)
        .filter(answerable::db::schema::companies::slug.eq("pub-c0"))
        .select(answerable::db::schema::campaign_targets::id)
        .first(&mut app.conn())
        .unwrap();
    let page = reviewer
        .get(&format!("/admin/campaigns/pub/review/{target}"))
        .await;
    let marker = format!("/admin/campaigns/pub/review/{target}/");
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
                    (
                        "rationale",
                        "A policy exists; no impact assessment is published.",
                    ),
                ],
            )
            .await;
    }

    // Only a closed campaign is published.
    let early = editor
        .submit("/admin/campaigns/pub/publish", &[("note", "")])
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(
        reviewer
            .submit("/admin/campaigns/pub/publish", &[])
            .await
            .status
            == StatusCode::FORBIDDEN
    );
    crate::scenarios::close(&editor, "pub").await;
    let published = editor
        .submit(
            "/admin/campaigns/pub/publish",
            &[("note", "First results."), ("confirm", "yes")],
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    assert_eq!(app.audit_entries("campaign.published").len(), 1);

    let public = app.browser();
    let home = public.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Campaign pub") && home.body.contains("1 of 3 companies responded"));
    let page = public.get("/campaigns/pub").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("<strong>1 of 3 companies responded.</strong>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("did not respond") && page.body.contains("declined"));
    assert!(
        page.body.contains("We do not comment on Myanmar."),
        "reasons are published by default"
    );
    // A bar for each company and demand: three companies, four demands;
    // the silent ones are scored too (0), not left out.
    assert_eq!(
        page.body.matches("<meter max=\"100\" value=").count(),
        12,
        "bars drawn by the server"
    );
    assert!(page.body.contains("CC BY 4.0"));
    // Times as people write them, in the campaign's zone with the zone
    // named, and sectors by their label, not their key.
    let deadline: chrono::NaiveDateTime = answerable::db::schema::campaigns::table
        .select(answerable::db::schema::campaigns::deadline_at)
        .first(&mut app.conn())
        .unwrap();
    let yangon = deadline + chrono::Duration::minutes(6 * 60 + 30);
    let deadline_text = format!(
        "Deadline {} (Asia/Yangon, UTC+06:30)",
        yangon.format("%-d %B %Y, %H:%M")
    );
    assert!(
        page.body.contains(&deadline_text),
        "{deadline_text}: {}",
        page.body
    );
    assert!(page.body.contains(", published "));
    for machine in ["Z (UTC)", ":00Z", "T00:", "telecom-operator<"] {
        assert!(!page.body.contains(machine), "{machine}: {}", page.body);
    }
    assert!(page.body.contains("<td>Telecom operator</td>"));
    let (digest, document): (String, String) = publications::table
        .select((publications::digest, publications::document))
        .first(&mut app.conn())
        .unwrap();
    assert!(page.body.contains(&digest));

    // The data behind it, verifiable, and cached by its digest.
    let json = public.get("/campaigns/pub/scorecard.json").await;
    assert_eq!(hex::encode(Sha256::digest(json.body.as_bytes())), digest);
    assert_eq!(json.body, document);
    let csv = public.get("/campaigns/pub/scorecard.csv").await;
    assert_eq!(
        csv.body.lines().count(),
        4,
        "a header and one row per company"
    );
    assert!(csv.body.lines().next().unwrap().contains("demand:"));
    // Beside the data: the JSON Schema the document follows, and the Data
    // Package that describes the CSV byte for byte.
    let schema = public.get("/campaigns/pub/scorecard.schema.json").await;
    assert_eq!(schema.status, StatusCode::OK);
    let schema: serde_json::Value = serde_json::from_str(&schema.body).unwrap();
    jsonschema::meta::validate(&schema).expect("a valid 2020-12 schema");
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .should_ignore_unknown_formats(false)
        .build(&schema)
        .expect("the schema compiles strictly");
    let instance: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut broken = instance.clone();
    broken["companies"][0]["total"] = serde_json::json!("ninety");
    assert!(
        !validator.is_valid(&broken),
        "the schema says what a total is"
    );
    let package = public.get("/campaigns/pub/datapackage.json").await;
    let package: serde_json::Value = serde_json::from_str(&package.body).unwrap();
    let resource = &package["resources"][0];
    assert_eq!(resource["path"], "scorecard.csv");
    assert_eq!(
        resource["hash"],
        format!(
            "sha256:{}",
            hex::encode(Sha256::digest(csv.body.as_bytes()))
        )
    );
    assert_eq!(resource["bytes"].as_u64(), Some(csv.body.len() as u64));
    let names: Vec<&str> = resource["schema"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    let header: Vec<&str> = csv.body.lines().next().unwrap().split(',').collect();
    assert_eq!(names, header, "one field per CSV column, in order");
    assert_eq!(package["licenses"][0]["name"], "CC-BY-4.0");
    assert_eq!(package["version"], "1");
    let etag = page.header("etag").unwrap().to_string();
    let again = public
        .client
        .get(format!("{}/campaigns/pub", public.base))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    let gzipped = public
        .client
        .get(format!("{}/campaigns/pub", public.base))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(gzipped.headers()["content-encoding"], "gzip");
    assert_eq!(gzipped.headers()["vary"], "Accept-Encoding");
    let bytes = gzipped.bytes().await.unwrap();
    let mut html = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut html)
        .unwrap();
    assert_eq!(html, page.body, "the same page, compressed");
    assert!(page.set_cookies().is_empty(), "public pages set no cookie");

    let company = public.get("/campaigns/pub/companies/pub-c0").await;
    assert!(
        company.body.contains(crate::scenarios::BURMESE),
        "verbatim answers"
    );
    assert!(company
        .body
        .contains("A policy exists; no impact assessment is published."));
    let silent = public.get("/campaigns/pub/companies/pub-c2").await;
    assert!(silent.body.contains("scores 0 on every scored question"));
    let method = public.get("/campaigns/pub/methodology").await;
    assert!(
        method.body.contains("How answers are scored") && method.body.contains("Exit responsibly")
    );

    // A later change is not public until published again; then version 2,
    // with version 1 unchanged at its address.
    reviewer
        .submit(
            &format!("{marker}{}", written[0]),
            &[("level", "yes"), ("rationale", "UNPUBLISHED-RATIONALE")],
        )
        .await;
    assert!(!public
        .get("/campaigns/pub/companies/pub-c0")
        .await
        .body
        .contains("UNPUBLISHED-RATIONALE"));
    editor
        .submit(
            "/admin/campaigns/pub/publish",
            &[("note", "A score corrected."), ("confirm", "yes")],
        )
        .await;
    let latest = public.get("/campaigns/pub/companies/pub-c0").await;
    assert!(latest.body.contains("UNPUBLISHED-RATIONALE"));
    let v1 = public.get("/campaigns/pub/versions/1").await;
    assert!(v1.body.contains(&digest));
    let v1_json = public.get("/campaigns/pub/versions/1/scorecard.json").await;
    assert_eq!(v1_json.body, document, "version 1 stays as it was");
    let v2 = public.get("/campaigns/pub").await;
    assert!(v2.body.contains("A score corrected."));
    assert_ne!(v2.header("etag").unwrap(), etag);

    let feed = public.get("/feed.atom").await;
    assert_eq!(
        feed.header("content-type"),
        Some("application/atom+xml; charset=utf-8")
    );
    assert_eq!(feed.body.matches("<entry>").count(), 2, "{}", feed.body);
    assert!(feed.body.contains(&format!("urn:sha256:{digest}")));
    // The note and the digest each on a line of their own.
    assert!(
        feed.body
            .contains("responded.\nNote: A score corrected.\nSHA-256: "),
        "{}",
        feed.body
    );
    let across = public.get("/companies/pub-c0").await;
    assert_eq!(across.status, StatusCode::OK);
    assert!(across.body.contains("/campaigns/pub/companies/pub-c0"));
    assert_eq!(
        public.get("/companies/no-such-company").await.status,
        StatusCode::NOT_FOUND
    );

    // Published versions cannot be changed or removed.
    let changed = diesel::update(publications::table)
        .set(publications::digest.eq("x"))
        .execute(&mut app.conn());
    assert!(changed.is_err());
    assert!(diesel::delete(publications::table)
        .execute(&mut app.conn())
        .is_err());

    // Nothing private on any public page or file.
    let mut everything = String::new();
    for path in [
        "/",
        "/campaigns/pub",
        "/campaigns/pub?sort=total",
        "/campaigns/pub/methodology",
        "/campaigns/pub/scorecard.json",
        "/campaigns/pub/scorecard.csv",
        "/campaigns/pub/versions/1",
        "/campaigns/pub/versions/1/scorecard.json",
        "/campaigns/pub/versions/1/scorecard.csv",
        "/campaigns/pub/companies/pub-c0",
        "/campaigns/pub/companies/pub-c1",
        "/campaigns/pub/companies/pub-c2",
        "/companies/pub-c0",
        "/companies/pub-c1",
        "/feed.atom",
    ] {
        let page = public.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        everything.push_str(&page.body);
    }
    // Every contact and every staff account, by name and address.
    let mut private: Vec<String> = answerable::db::schema::contacts::table
        .select((
            answerable::db::schema::contacts::name,
            answerable::db::schema::contacts::email,
        ))
        .load::<(String, String)>(&mut app.conn())
        .unwrap()
        .into_iter()
        .flat_map(|(n, e)| [n, e])
        .collect();
    private.extend(
        answerable::db::schema::staff_users::table
            .select((
                answerable::db::schema::staff_users::name,
                answerable::db::schema::staff_users::email,
            ))
            .load::<(String, String)>(&mut app.conn())
            .unwrap()
            .into_iter()
            .flat_map(|(n, e)| [n, e]),
    );
    assert!(private.iter().any(|p| p == &reviewer_account.email));
    private.push(DRAFT.to_string());
    for secret in &private {
        assert!(
            !everything.contains(secret.as_str()),
            "“{secret}” is on a public page"
        );
    }
    // What the test queued (receipts, findings) goes out too.
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}
