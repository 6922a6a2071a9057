//! Before they write, representatives are told what will be published and
//! when, from the campaign's rules: on every respondent page (the review
//! page repeats it beside the submit button) and in the invitation.

use answerable::db::schema::campaigns;
use answerable::domain::disclosure::{
    AMENDABLE, ANSWERS, DECLINE_WITHOUT_REASON, DECLINE_WITH_REASON, FINAL, NO_RESPONSE,
    REPLY_NOT_PUBLISHED, REPLY_PUBLISHED, WHEN,
};
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::scenarios::{
    campaign, full_answers, in_days, links_in, questionnaire, save, send, sign_in_with,
    spawn_with_memory,
};

/// Text as a reader sees it: the apostrophes HTML escapes put back, and
/// the words whatever the lines (plain text is wrapped).
fn seen(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&apos;", "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_says(place: &str, text: &str, present: &[&str], absent: &[&str]) {
    let text = seen(text);
    for sentence in present {
        assert!(
            text.contains(sentence),
            "{place} lacks “{sentence}”:\n{text}"
        );
    }
    for sentence in absent {
        assert!(
            !text.contains(sentence),
            "{place} says “{sentence}”:\n{text}"
        );
    }
}

async fn each_page_and_the_invitation_say(slug: &str, publish: bool) {
    let (app, mailbox) = spawn_with_memory().await;
    campaign(&app, slug, 1, 1, in_days(20));
    diesel::update(campaigns::table.filter(campaigns::slug.eq(slug)))
        .set((
            campaigns::allow_amendments.eq(publish),
            campaigns::publish_decline_reasons.eq(publish),
            campaigns::publish_replies.eq(publish),
        ))
        .execute(&mut app.conn())
        .unwrap();
    let (editor, _) = app.login_as("editor").await;
    send(&editor, slug).await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();

    let (present, absent): (Vec<&str>, Vec<&str>) = if publish {
        (
            vec![
                ANSWERS,
                AMENDABLE,
                DECLINE_WITH_REASON,
                NO_RESPONSE,
                REPLY_PUBLISHED,
                WHEN,
            ],
            vec![FINAL, DECLINE_WITHOUT_REASON, REPLY_NOT_PUBLISHED],
        )
    } else {
        (
            vec![
                ANSWERS,
                FINAL,
                DECLINE_WITHOUT_REASON,
                NO_RESPONSE,
                REPLY_NOT_PUBLISHED,
                WHEN,
            ],
            vec![AMENDABLE, DECLINE_WITH_REASON, REPLY_PUBLISHED],
        )
    };

    let sent = mailbox.sent();
    assert_eq!(sent.len(), 1);
    // The plain text is wrapped only where the template wraps it.
    assert_says("the invitation's text", &sent[0].text, &present, &absent);
    assert_says("the invitation's HTML", &sent[0].html, &present, &absent);
    let link = links_in(&app, &sent[0].text).remove(0);

    let rep = sign_in_with(&app, &link).await;
    for path in [
        "/respond",
        "/respond/sections/about",
        "/respond/decline",
        "/respond/review",
    ] {
        let page = rep.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
        assert_says(path, &page.body, &present, &absent);
    }

    let q = questionnaire();
    for section in &q.sections {
        save(&rep, section.key.as_str(), &full_answers(section)).await;
    }
    let review = seen(&rep.get("/respond/review").await.body);
    let form = review
        .find("action=\"/respond/submit\"")
        .expect("the submit form");
    let button = review.find("Submit these answers</button>").unwrap();
    let beside = &review[form..button];
    for sentence in &present {
        assert!(
            beside.contains(sentence),
            "not beside the button: {sentence}"
        );
    }

    let submitted = rep.submit("/respond/submit", &[]).await;
    assert_eq!(submitted.location(), Some("/respond/receipt/1"));
    let receipt = rep.get("/respond/receipt/1").await;
    assert_says("the receipt page", &receipt.body, &present, &absent);
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_campaign_that_publishes_reasons_and_replies_says_so_everywhere() {
    each_page_and_the_invitation_say("disc-open", true).await;
}

#[tokio::test]
async fn a_campaign_that_keeps_reasons_and_replies_says_so_everywhere() {
    each_page_and_the_invitation_say("disc-closed", false).await;
}
