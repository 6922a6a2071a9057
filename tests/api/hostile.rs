//! Hostile traffic: what anyone on the internet can send without signing
//! in must not end someone else's work, grow the server's memory, forge
//! the address it throttles and records, or slip formulas into
//! spreadsheets.

use reqwest::StatusCode;

use crate::answering::invited;
use crate::outreach::{links_in, sign_in_with};

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
    let saved = crate::answering::save(
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
