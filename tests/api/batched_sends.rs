//! A send is written a batch of targets at a time (a few multi-row
//! statements each): two sends at once still queue every invitation once,
//! with one live link per contact, on either database.

use answerable::db::schema::access_links;
use diesel::prelude::*;

use crate::helpers::TestApp;
use crate::scenarios::{campaign, in_days, outbox_count, send, target_status};

#[tokio::test]
async fn two_sends_at_once_queue_each_invitation_once_with_one_live_link() {
    let app = TestApp::spawn().await;
    campaign(&app, "twice", 40, 2, in_days(20));
    let (first, _) = app.login_as("editor").await;
    let (second, _) = app.login_as("editor").await;
    tokio::join!(send(&first, "twice"), send(&second, "twice"));

    assert_eq!(outbox_count(&app, Some("queued")), 80);
    let links: Vec<Option<chrono::NaiveDateTime>> = access_links::table
        .select(access_links::revoked_at)
        .load(&mut app.conn())
        .unwrap();
    assert_eq!(links.len(), 80, "no link made for an invitation not queued");
    assert!(links.iter().all(Option::is_none), "every link is live");
    for c in [0, 17, 39] {
        assert_eq!(target_status(&app, &format!("twice-c{c}")).0, "invited");
    }
    let sent = app.audit_entries("campaign.sent");
    assert_eq!(sent.len(), 2);
    let details: Vec<&str> = sent.iter().map(|(_, d)| d.as_str()).collect();
    assert!(
        details.contains(&"40 target(s) invited, 80 invitation(s) queued"),
        "{details:?}"
    );

    // A third send finds nothing left to do.
    send(&first, "twice").await;
    assert_eq!(outbox_count(&app, None), 80);
    app.assert_outbox_settled(80);
}
