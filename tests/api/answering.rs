//! Representatives answer: drafts over several sittings, colleagues at
//! once, validation, submission with a receipt, declining, and what staff
//! may and may not see.

use answerable::db::schema::{answers, campaign_targets, campaigns, submissions};
use diesel::prelude::*;
use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use crate::helpers::{hidden_field, Browser, TestApp};
use crate::scenarios::{
    full_answers, invited, questionnaire, save, sign_in_with, versions, BURMESE, THAI_CHINESE,
};

fn stored(app: &TestApp, key: &str) -> Option<(String, i32)> {
    answers::table
        .filter(answers::question_key.eq(key))
        .select((answers::value, answers::version))
        .first(&mut app.conn())
        .optional()
        .unwrap()
}

fn status(app: &TestApp) -> String {
    campaign_targets::table
        .select(campaign_targets::status)
        .first(&mut app.conn())
        .unwrap()
}

#[tokio::test]
async fn a_representative_answers_over_several_sittings_and_submits_with_a_receipt() {
    let (app, mailbox, editor, links) = invited("ans", 1, 2).await;
    let q = questionnaire();
    let rep = sign_in_with(&app, &links[0][0]).await;
    let start = rep.get("/respond").await;
    assert!(
        start.body.contains("/respond/sections/about"),
        "{}",
        start.body
    );
    assert!(
        start.body.contains("0 of 2"),
        "progress of the first section"
    );

    // The interception question is for operators: hidden until answered so.
    let military = rep.get("/respond/sections/military-and-data").await;
    assert!(
        military.body.contains("id=\"q-interception\" hidden"),
        "{}",
        military.body
    );

    let about = save(
        &rep,
        "about",
        &[
            ("a.relation".into(), "operator".into()),
            ("a.presence".into(), "present".into()),
            ("then".into(), "next".into()),
        ],
    )
    .await;
    assert_eq!(about.status, StatusCode::SEE_OTHER, "{}", about.body);
    assert_eq!(
        about.location(),
        Some("/respond/sections/due-diligence?saved=1")
    );
    assert_eq!(status(&app), "in_progress");

    // Days later, through the link again, in a new browser.
    let later = sign_in_with(&app, &links[0][0]).await;
    let about = later.get("/respond/sections/about").await;
    assert!(
        about.body.contains("value=\"operator\" checked"),
        "{}",
        about.body
    );
    assert!(about.body.contains("Last changed by you"));
    let military = later.get("/respond/sections/military-and-data").await;
    assert!(!military.body.contains("id=\"q-interception\" hidden"));

    // A draft may be incomplete and wrong; it is kept as typed, with the
    // problems beside the fields.
    let dd = save(
        &later,
        "due-diligence",
        &[
            ("a.hrdd-process".into(), BURMESE.into()),
            (
                "a.hrdd-documents".into(),
                "https://example.org/policy\r\nwww.example.org/report".into(),
            ),
        ],
    )
    .await;
    assert_eq!(dd.status, StatusCode::SEE_OTHER, "{}", dd.body);
    assert_eq!(stored(&app, "hrdd-process").unwrap().0, BURMESE);
    let page = later.get("/respond/sections/due-diligence").await;
    assert!(page.body.contains(BURMESE));
    assert!(
        page.body
            .contains("Line 2 (“www.example.org/report”) is not a web address"),
        "{}",
        page.body
    );

    // Review lists what is missing; submitting now is refused, nothing stored.
    let review = later.get("/respond/review").await;
    assert!(review.body.contains("need your attention"));
    assert!(review.body.contains("a required answer is missing"));
    let early = later.submit("/respond/submit", &[]).await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    let none: i64 = submissions::table
        .count()
        .get_result(&mut app.conn())
        .unwrap();
    assert_eq!(none, 0);

    for section in &q.sections {
        let page = save(&later, section.key.as_str(), &full_answers(section)).await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "{}: {}",
            section.key,
            page.body
        );
    }
    let review = later.get("/respond/review").await;
    assert!(
        !review.body.contains("need your attention"),
        "{}",
        review.body
    );
    assert!(review.body.contains(THAI_CHINESE));
    let submitted = later.submit("/respond/submit", &[]).await;
    assert_eq!(
        submitted.location(),
        Some("/respond/receipt/1"),
        "{}",
        submitted.body
    );
    assert_eq!(status(&app), "submitted");

    let (digest, snapshot): (String, String) = submissions::table
        .select((submissions::digest, submissions::snapshot))
        .first(&mut app.conn())
        .unwrap();
    assert_eq!(digest, hex::encode(Sha256::digest(snapshot.as_bytes())));
    assert!(
        snapshot.contains(BURMESE) && snapshot.contains(THAI_CHINESE),
        "Unicode as written"
    );
    let receipt = later.get("/respond/receipt/1").await;
    assert!(receipt.body.contains(&digest));
    let download = later.get("/respond/submissions/1.json").await;
    assert_eq!(
        hex::encode(Sha256::digest(download.body.as_bytes())),
        digest
    );

    // The receipt email, to both contacts, with the digest and a copy.
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let receipts: Vec<_> = mailbox
        .sent()
        .into_iter()
        .filter(|m| m.subject.starts_with("Receipt"))
        .collect();
    assert_eq!(receipts.len(), 2);
    assert!(receipts[0].text.contains(&digest));
    assert!(receipts[0].text.contains(BURMESE));
    assert!(receipts[0].text.contains("Yes"), "choices by their labels");

    // Staff see the same digest and the answers.
    let target: String = campaign_targets::table
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap();
    let page = editor
        .get(&format!("/admin/campaigns/ans/targets/{target}"))
        .await;
    assert!(page.body.contains(&digest), "{}", page.body);
    let revision = editor
        .get(&format!(
            "/admin/campaigns/ans/targets/{target}/submissions/1"
        ))
        .await;
    assert!(revision.body.contains(THAI_CHINESE));
    let file = editor
        .get(&format!(
            "/admin/campaigns/ans/targets/{target}/submissions/1.json"
        ))
        .await;
    assert_eq!(hex::encode(Sha256::digest(file.body.as_bytes())), digest);
    let dashboard = editor.get("/admin/campaigns/ans").await;
    assert!(
        dashboard.body.contains("<strong>1 of 1</strong>"),
        "submitted counts as answered"
    );

    // Without amendments, the submission is final.
    let again = save(&later, "about", &[("a.relation".into(), "vendor".into())]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(
        again.body.contains("does not take amendments"),
        "{}",
        again.body
    );
    assert_eq!(stored(&app, "relation").unwrap().0, "operator");
    app.assert_outbox_settled(0);
}

/// Posts the due-diligence section with these versions (as an open page
/// holds them) and answers.
async fn post(
    who: &Browser,
    versions: &[(String, String)],
    extra: &[(&str, &str)],
) -> crate::helpers::Page {
    let mut fields: Vec<(String, String)> = versions.to_vec();
    fields.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    who.submit("/respond/sections/due-diligence", &borrowed)
        .await
}

#[tokio::test]
async fn two_representatives_editing_one_answer_see_both_texts_and_choose() {
    let (app, _mailbox, _editor, links) = invited("pair", 1, 2).await;
    let alice = sign_in_with(&app, &links[0][0]).await;
    let bob = sign_in_with(&app, &links[0][1]).await;
    // Both open the page before either saves.
    let alice_versions = versions(&alice, "due-diligence").await;
    let bob_versions = versions(&bob, "due-diligence").await;
    let first = post(
        &alice,
        &alice_versions,
        &[("a.hrdd-process", "Alice: we assess yearly.")],
    )
    .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let second = post(
        &bob,
        &bob_versions,
        &[("a.hrdd-process", "Bob: we assess per project.")],
    )
    .await;
    assert_eq!(second.status, StatusCode::CONFLICT, "{}", second.body);
    assert!(
        second.body.contains("Person 0 changed this answer"),
        "{}",
        second.body
    );
    assert!(
        second.body.contains("Alice: we assess yearly."),
        "theirs is shown"
    );
    assert!(
        second.body.contains("Bob: we assess per project."),
        "mine stays in the field"
    );
    assert_eq!(
        stored(&app, "hrdd-process").unwrap(),
        ("Alice: we assess yearly.".to_string(), 1)
    );

    // Bob reads both and keeps his: saving again from the conflict page applies it.
    let version = hidden_field(&second.body, "v.hrdd-process").unwrap();
    assert_eq!(version, "1");
    let mut bob_again: Vec<(String, String)> = bob_versions.clone();
    for (k, v) in bob_again.iter_mut() {
        if k == "v.hrdd-process" {
            *v = version.clone();
        }
    }
    let third = post(
        &bob,
        &bob_again,
        &[("a.hrdd-process", "Bob: we assess per project.")],
    )
    .await;
    assert_eq!(third.status, StatusCode::SEE_OTHER, "{}", third.body);
    assert_eq!(
        stored(&app, "hrdd-process").unwrap(),
        ("Bob: we assess per project.".to_string(), 2)
    );
    let seen_by_alice = alice.get("/respond/sections/due-diligence").await;
    assert!(
        seen_by_alice.body.contains("Last changed by Person 1"),
        "{}",
        seen_by_alice.body
    );

    // Alice, on her stale page, chooses to keep Bob's.
    let kept = post(
        &alice,
        &alice_versions,
        &[
            ("a.hrdd-process", "Alice again"),
            ("keep.hrdd-process", "1"),
        ],
    )
    .await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER);
    assert_eq!(
        stored(&app, "hrdd-process").unwrap().0,
        "Bob: we assess per project."
    );

    // Autosave speaks JSON: a stale save reports the conflict and the versions.
    let token = alice.csrf_token().await;
    let reply = alice
        .client
        .post(format!("{}/respond/sections/due-diligence", alice.base))
        .header("accept", "application/json")
        .header("origin", alice.base.clone())
        .form(&[
            ("csrf_token", token.as_str()),
            ("v.hrdd-process", "1"),
            ("a.hrdd-process", "Alice late"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), StatusCode::OK);
    let json: serde_json::Value = reply.json().await.unwrap();
    assert_eq!(json["saved"], 0);
    assert_eq!(json["conflicts"][0]["question"], "hrdd-process");
    assert_eq!(json["conflicts"][0]["by"], "Person 1");
    assert_eq!(json["versions"]["hrdd-process"], 2);
    let fresh = alice
        .client
        .post(format!("{}/respond/sections/due-diligence", alice.base))
        .header("accept", "application/json")
        .header("origin", alice.base.clone())
        .form(&[
            ("csrf_token", token.as_str()),
            ("v.hrdd-process", "2"),
            ("a.hrdd-process", "Alice, agreed with Bob"),
        ])
        .send()
        .await
        .unwrap();
    let json: serde_json::Value = fresh.json().await.unwrap();
    assert_eq!(json["saved"], 1);
    assert_eq!(json["versions"]["hrdd-process"], 3);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn drafts_are_confidential_and_each_company_sees_only_its_own() {
    let (app, _mailbox, editor, links) = invited("conf", 2, 1).await;
    let first = sign_in_with(&app, &links[0][0]).await;
    let secret = "Draft text only company zero may see";
    save(
        &first,
        "due-diligence",
        &[("a.hrdd-process".into(), secret.into())],
    )
    .await;

    let second = sign_in_with(&app, &links[1][0]).await;
    let theirs = second.get("/respond/sections/due-diligence").await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert!(!theirs.body.contains(secret));

    let target: String = campaign_targets::table
        .inner_join(answerable::db::schema::companies::table)
        .filter(answerable::db::schema::companies::slug.eq("conf-c0"))
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap();
    let staff_view = editor
        .get(&format!("/admin/campaigns/conf/targets/{target}"))
        .await;
    assert!(
        staff_view.body.contains("Draft: 1 of"),
        "{}",
        staff_view.body
    );
    assert!(!staff_view.body.contains(secret), "staff do not see drafts");
    let anonymous = app.browser().get("/respond/sections/due-diligence").await;
    assert_eq!(anonymous.location(), Some("/respond/link?ended=1"));
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn bad_posts_get_a_clear_message_and_change_nothing() {
    let (app, _mailbox, _editor, links) = invited("bad", 1, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    let unknown = save(&rep, "about", &[("a.relation".into(), "pirate".into())]).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(
        unknown.body.contains("“pirate” is not one of the choices"),
        "{}",
        unknown.body
    );
    let not_a_version = rep
        .submit(
            "/respond/sections/about",
            &[("v.relation", "x"), ("a.relation", "vendor")],
        )
        .await;
    assert_eq!(not_a_version.status, StatusCode::BAD_REQUEST);
    assert_eq!(stored(&app, "relation"), None);
    let missing = rep.get("/respond/sections/no-such-section").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    // Over the limit is kept (nothing typed is lost) and flagged.
    let long = "ab".repeat(6000);
    save(
        &rep,
        "due-diligence",
        &[("a.hrdd-process".into(), long.clone())],
    )
    .await;
    assert_eq!(stored(&app, "hrdd-process").unwrap().0, long);
    let page = rep.get("/respond/sections/due-diligence").await;
    assert!(page
        .body
        .contains("This answer has 12000 characters; the limit is 10000"));

    // A post larger than any section could need is refused before it is read.
    let huge = "x".repeat(9 * 1024 * 1024);
    let too_big = save(&rep, "due-diligence", &[("a.hrdd-process".into(), huge)]).await;
    assert_eq!(too_big.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(too_big.body.contains("Too much data"));
    assert_eq!(stored(&app, "hrdd-process").unwrap().0, long);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn declining_is_confirmed_recorded_and_can_be_undone_until_the_deadline() {
    let (app, _mailbox, editor, links) = invited("dec", 1, 1).await;
    let rep = sign_in_with(&app, &links[0][0]).await;
    let form = rep.get("/respond/decline").await;
    assert!(form.body.contains("publishes the reason you give"));
    let declined = rep
        .submit(
            "/respond/decline",
            &[("reason", "Under legal review — ဥပဒေ")],
        )
        .await;
    assert_eq!(declined.location(), Some("/respond?declined=1"));
    assert_eq!(status(&app), "declined");
    let start = rep.get("/respond?declined=1").await;
    assert!(start.body.contains("has declined to answer"));
    assert!(start.body.contains("Under legal review — ဥပဒေ"));
    let locked = save(&rep, "about", &[("a.relation".into(), "vendor".into())]).await;
    assert_eq!(locked.status, StatusCode::CONFLICT);
    assert_eq!(app.audit_entries("response.declined").len(), 1);
    let target: String = campaign_targets::table
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap();
    let staff = editor
        .get(&format!("/admin/campaigns/dec/targets/{target}"))
        .await;
    assert!(staff.body.contains("Declined"), "{}", staff.body);

    let undone = rep.submit("/respond/decline/undo", &[]).await;
    assert_eq!(undone.location(), Some("/respond?undone=1"));
    assert_eq!(status(&app), "viewed");
    rep.submit("/respond/decline", &[("reason", "")]).await;
    assert_eq!(status(&app), "declined");

    // After the deadline, the refusal stands.
    diesel::update(campaigns::table)
        .set(
            campaigns::deadline_at.eq(answerable::domain::time::now() - chrono::Duration::hours(1)),
        )
        .execute(&mut app.conn())
        .unwrap();
    let late = rep.submit("/respond/decline/undo", &[]).await;
    assert_eq!(late.status, StatusCode::FORBIDDEN);
    assert!(late.body.contains("deadline has passed"), "{}", late.body);
    assert_eq!(status(&app), "declined");
    // The editor is told of each refusal (app::notifications); the
    // representative gets an acknowledgement of each act
    // (app::acknowledgements): two refusals and one undoing.
    app.assert_outbox_settled(2 + 3);
}

#[tokio::test]
async fn amendments_make_new_revisions_and_every_revision_is_kept() {
    let (app, _mailbox, editor, links) = invited("amend", 1, 1).await;
    let rules = editor
        .submit(
            "/admin/campaigns/amend/rules",
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
    // The page posts every answer it shows (a browser sends checked choices).
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
    let changed = save(&rep, "due-diligence", &fields).await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    let second = rep.submit("/respond/submit", &[]).await;
    assert_eq!(
        second.location(),
        Some("/respond/receipt/2"),
        "{}",
        second.body
    );
    let revisions: Vec<(i32, String)> = submissions::table
        .order(submissions::revision.asc())
        .select((submissions::revision, submissions::snapshot))
        .load(&mut app.conn())
        .unwrap();
    assert_eq!(revisions.len(), 2);
    assert!(!revisions[0].1.contains("Amended: now quarterly."));
    assert!(revisions[1].1.contains("Amended: now quarterly."));
    let target: String = campaign_targets::table
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap();
    let first = editor
        .get(&format!(
            "/admin/campaigns/amend/targets/{target}/submissions/1"
        ))
        .await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(!first.body.contains("Amended: now quarterly."));
    // What the test queued (receipts, findings) goes out too.
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn colleagues_see_who_worked_on_the_answers_and_when() {
    let (app, _mailbox, _editor, links) = invited("team", 2, 2).await;
    let first = sign_in_with(&app, &links[0][0]).await;
    let second = sign_in_with(&app, &links[0][1]).await;
    let start = first.get("/respond").await;
    assert!(
        !start.body.contains("has worked on the answers"),
        "nobody yet"
    );
    save(&first, "about", &[("a.relation".into(), "operator".into())]).await;
    save(
        &second,
        "due-diligence",
        &[("a.hrdd-process".into(), "We assess per project.".into())],
    )
    .await;

    // The start page names both, the reader as "you", with dates.
    let start = first.get("/respond").await;
    assert!(
        start.body.contains("has worked on the answers"),
        "{}",
        start.body
    );
    assert!(start.body.contains("Person 0 (you): 1 answer, last on"));
    assert!(start.body.contains("Person 1: 1 answer, last on"));
    assert!(start.body.contains("(Asia/Yangon, UTC+06:30)"));
    // Each section names who changed its own answers only.
    let about = second.get("/respond/sections/about").await;
    assert!(
        about.body.contains("last changed by Person 0: 1 answer"),
        "{}",
        about.body
    );
    assert!(!about.body.contains("Person 1 (you)"));
    let dd = second.get("/respond/sections/due-diligence").await;
    assert!(dd.body.contains("last changed by Person 1 (you): 1 answer"));
    // Another company's representatives are never named.
    let other = sign_in_with(&app, &links[1][0]).await;
    let theirs = other.get("/respond").await;
    assert!(!theirs.body.contains("has worked on the answers"));
    app.assert_outbox_settled(0);
}
