//! Every act of a representative is acknowledged by email, once: asking
//! for more time, declining, taking a refusal back. Receipts show the
//! options' wording, and after an amendment the start page lists the
//! revisions and says when changes are not submitted.

use answerable::email::transport::DeliveredEmail;
use reqwest::StatusCode;

use crate::mailbox::MemoryMailbox;
use crate::scenarios::{full_answers, in_days, invited, questionnaire, save, sign_in_with};

const REP: &str = "p0@ack-ext-c0.example.org";

/// The emails to `to` whose subject contains `about`.
fn acknowledgements(mailbox: &MemoryMailbox, to: &str, about: &str) -> Vec<DeliveredEmail> {
    mailbox
        .sent()
        .into_iter()
        .filter(|m| m.to == to && m.subject.contains(about))
        .collect()
}

async fn deliver(app: &crate::helpers::TestApp) {
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
}

#[tokio::test]
async fn asking_for_more_time_is_acknowledged_once() {
    let (app, mailbox, _editor, links) = invited("ack-ext", 1, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    let until = in_days(30).date().format("%Y-%m-%d").to_string();
    let fields = [
        ("reason", "Our board meets after the deadline — ဥပဒေ"),
        ("until", until.as_str()),
    ];
    let first = rep.submit("/respond/extension", &fields).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    // A double click: the second request is refused, nothing more is sent.
    rep.submit("/respond/extension", &fields).await;
    deliver(&app).await;

    let acks = acknowledgements(&mailbox, REP, "asked for more time");
    assert_eq!(acks.len(), 1, "{acks:?}");
    let ack = &acks[0];
    assert_eq!(
        ack.subject,
        "Recorded: Company 0 of ack-ext asked for more time (Campaign ack-ext)"
    );
    for text in [&ack.text, &ack.html] {
        assert!(text.contains("(Asia/Yangon, UTC+06:30)"), "{text}");
        assert!(text.contains("Our board meets after the deadline — ဥပဒေ"));
        assert!(text.contains("New deadline asked for:"));
        assert!(text.contains("will answer by email"));
    }
    assert_eq!(app.audit_entries("extension.requested").len(), 1);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn declining_and_taking_it_back_are_each_acknowledged_once() {
    let (app, mailbox, _editor, links) = invited("ack-dec", 1, 1).await;
    let to = "p0@ack-dec-c0.example.org";
    let rep = sign_in_with(&app, &links[0][0]).await;
    for _ in 0..2 {
        let declined = rep
            .submit("/respond/decline", &[("reason", "Under legal review")])
            .await;
        assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.body);
    }
    deliver(&app).await;
    let acks = acknowledgements(&mailbox, to, "declined to answer");
    assert_eq!(acks.len(), 1, "{acks:?}");
    for text in [&acks[0].text, &acks[0].html] {
        // Words as a reader sees them, wherever the lines break.
        let text = text
            .replace("&#39;", "'")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains("Under legal review"), "{text}");
        assert!(text.contains("(Asia/Yangon, UTC+06:30)"));
        assert!(text.contains("the reason you gave will be published word for word"));
        assert!(text.contains("You can undo this"));
    }

    let undone = rep.submit("/respond/decline/undo", &[]).await;
    assert_eq!(undone.location(), Some("/respond?undone=1"));
    rep.submit("/respond/decline/undo", &[]).await;
    deliver(&app).await;
    let acks = acknowledgements(&mailbox, to, "took back its refusal");
    assert_eq!(acks.len(), 1, "{acks:?}");
    assert!(acks[0].text.contains("no longer declines"));
    assert!(acks[0].text.contains("(Asia/Yangon, UTC+06:30)"));
    assert_eq!(
        acknowledgements(&mailbox, to, "declined to answer").len(),
        1
    );
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn receipts_show_labels_and_the_start_page_lists_revisions_and_unsubmitted_changes() {
    let (app, mailbox, editor, links) = invited("ack-rev", 1, 1).await;
    let rules = editor
        .submit(
            "/admin/campaigns/ack-rev/rules",
            &[("allow_amendments", "1"), ("publish_decline_reasons", "1")],
        )
        .await;
    assert_eq!(rules.status, StatusCode::SEE_OTHER);
    let q = questionnaire();
    let rep = sign_in_with(&app, &links[0][0]).await;
    for section in &q.sections {
        save(&rep, section.key.as_str(), &full_answers(section)).await;
    }
    assert_eq!(
        rep.submit("/respond/submit", &[]).await.location(),
        Some("/respond/receipt/1")
    );
    let operator = "We operate or operated a telecom network or service in Myanmar";
    let receipt = rep.get("/respond/receipt/1").await;
    assert!(receipt.body.contains(operator), "{}", receipt.body);
    assert!(receipt.body.contains("<p class=\"answer-text\">Yes</p>"));
    for key in ["operator", "yes", "partial", "no"] {
        assert!(
            !receipt
                .body
                .contains(&format!("<p class=\"answer-text\">{key}</p>")),
            "{key} shown as a key"
        );
    }
    deliver(&app).await;
    let emailed: Vec<_> = mailbox
        .sent()
        .into_iter()
        .filter(|m| m.subject.starts_with("Receipt:"))
        .collect();
    assert_eq!(emailed.len(), 1);
    assert!(emailed[0].text.contains(operator));
    assert!(!emailed[0].text.contains("\n  operator\n"));

    let start = rep.get("/respond").await;
    assert!(!start.body.contains("changes that are not submitted"));

    // An amendment saved but not submitted.
    let section = q
        .sections
        .iter()
        .find(|s| s.key.as_str() == "due-diligence")
        .unwrap();
    let mut fields = full_answers(section);
    for (k, v) in fields.iter_mut() {
        if k == "a.hrdd-process" {
            *v = "Amended: now quarterly.".into();
        }
    }
    save(&rep, "due-diligence", &fields).await;
    let start = rep.get("/respond").await;
    assert!(
        start
            .body
            .contains("You have changes that are not submitted."),
        "{}",
        start.body
    );
    assert_eq!(
        rep.submit("/respond/submit", &[]).await.location(),
        Some("/respond/receipt/2")
    );
    let start = rep.get("/respond").await;
    assert!(!start.body.contains("changes that are not submitted"));
    let digests: Vec<String> = {
        use answerable::db::schema::submissions;
        use diesel::prelude::*;
        submissions::table
            .order(submissions::revision.asc())
            .select(submissions::digest)
            .load(&mut app.conn())
            .unwrap()
    };
    assert_eq!(digests.len(), 2);
    for (n, digest) in digests.iter().enumerate() {
        assert!(
            start
                .body
                .contains(&format!("Revision {}</a>, submitted on", n + 1)),
            "{}",
            start.body
        );
        assert!(start.body.contains(digest.as_str()));
    }
    deliver(&app).await;
    app.assert_outbox_settled(0);
}
