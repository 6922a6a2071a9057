//! A scorecard of many companies stays a light page: a page of companies
//! at a time and a sector at a time, at stable addresses; earlier
//! versions' pages follow the list of versions.

use answerable::db::schema::companies;
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp};
use crate::scenarios::{campaign, close, in_days};

const ROW: &str = "<th scope=\"row\"><a href=\"/campaigns/";

async fn publish(editor: &Browser, slug: &str, note: &str) {
    let published = editor
        .submit(
            &format!("/admin/campaigns/{slug}/publish"),
            &[("note", note), ("confirm", "yes")],
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
}

#[tokio::test]
async fn a_scorecard_of_many_companies_comes_a_page_and_a_sector_at_a_time() {
    let app = TestApp::spawn().await;
    campaign(&app, "big", 130, 1, in_days(20));
    // Thirty of them (big-c100 to big-c129) are surveillance vendors.
    diesel::update(companies::table.filter(companies::slug.like("big-c1__")))
        .set(companies::sector.eq("surveillance-vendor"))
        .execute(&mut app.conn())
        .unwrap();
    let (editor, _) = app.login_as("editor").await;
    close(&editor, "big").await;
    publish(&editor, "big", "All of them.").await;

    let public = app.browser();
    let first = public.get("/campaigns/big").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.body.matches(ROW).count(), 50, "{}", first.body);
    assert!(first.body.contains("companies 1 to 50 of 130"));
    assert!(first
        .body
        .contains("<strong>0 of 130 companies responded.</strong>"));
    assert!(first.body.contains("href=\"/campaigns/big?page=2\""));
    assert!(first
        .body
        .contains("href=\"/campaigns/big?sector=surveillance-vendor\""));

    let second = public.get("/campaigns/big?page=2").await;
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(second.body.matches(ROW).count(), 50);
    assert!(second.body.contains("companies 51 to 100 of 130"));
    let third = public.get("/campaigns/big?page=3").await;
    assert_eq!(third.status, StatusCode::OK);
    assert_eq!(third.body.matches(ROW).count(), 30);
    assert!(third.body.contains("companies 101 to 130 of 130"));

    let vendors = public
        .get("/campaigns/big?sector=surveillance-vendor")
        .await;
    assert_eq!(vendors.status, StatusCode::OK);
    assert_eq!(vendors.body.matches(ROW).count(), 30);
    assert_eq!(
        vendors
            .body
            .matches("/campaigns/big/companies/big-c1")
            .count(),
        30,
        "only the sector's companies are listed"
    );
    // The sort is kept across pages and sectors.
    let by_total = public.get("/campaigns/big?sort=total").await;
    assert!(
        ["&amp;", "&#38;"].iter().any(|amp| by_total
            .body
            .contains(&format!("href=\"/campaigns/big?page=2{amp}sort=total\""))),
        "{}",
        by_total.body
    );

    // An address that names no part of the scorecard is not found.
    for path in [
        "/campaigns/big?page=4",
        "/campaigns/big?page=0",
        "/campaigns/big?sector=no-such-sector",
        "/campaigns/big?sector=%22%0A",
    ] {
        assert_eq!(
            public.get(path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }

    // Light as sent: well under 100 KB gzipped, and under 100 KB
    // uncompressed too (for a client that takes no gzip).
    let gzipped = public
        .client
        .get(format!("{}/campaigns/big", public.base))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(gzipped.headers()["content-encoding"], "gzip");
    let sent = gzipped.bytes().await.unwrap().len();
    assert!(sent < 100_000, "{sent} bytes gzipped");
    assert!(first.body.len() < 100_000, "{} bytes", first.body.len());
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn an_earlier_version_page_shows_the_versions_published_after_it() {
    let app = TestApp::spawn().await;
    campaign(&app, "ver", 2, 1, in_days(20));
    let (editor, _) = app.login_as("editor").await;
    close(&editor, "ver").await;
    publish(&editor, "ver", "First.").await;

    let public = app.browser();
    let v1 = public.get("/campaigns/ver/versions/1").await;
    assert_eq!(v1.status, StatusCode::OK);
    assert!(!v1.body.contains("/campaigns/ver/versions/2"));
    let etag = v1.header("etag").unwrap().to_string();
    let again = public
        .client
        .get(format!("{}/campaigns/ver/versions/1", public.base))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);

    publish(&editor, "ver", "Second.").await;
    // A browser holding version 1's page is told it changed: it now links
    // to version 2.
    let after = public
        .client
        .get(format!("{}/campaigns/ver/versions/1", public.base))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::OK);
    let body = after.text().await.unwrap();
    assert!(body.contains("/campaigns/ver/versions/2"), "{body}");
    assert!(body.contains("Version 1, published"));
    app.assert_outbox_settled(0);
}
