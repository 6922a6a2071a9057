//! Reviewers score written answers on the rubric with a rationale; scores
//! roll up by demand into a total; silence and refusal score zero.

use answerable::db::schema::{campaign_targets, companies, scores};
use answerable::domain::scoring::needs_reviewer;
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::scenarios::{full_answers, invited, questionnaire, save, sign_in_with};

pub(crate) fn target_of(app: &crate::helpers::TestApp, slug: &str) -> String {
    campaign_targets::table
        .inner_join(companies::table)
        .filter(companies::slug.eq(slug))
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap()
}

/// Scores every written answer of a company still to be scored, as a
/// reviewer would before the findings can go out.
pub(crate) async fn score_all(staff: &crate::helpers::Browser, slug: &str, target: &str) {
    let page = staff
        .get(&format!("/admin/campaigns/{slug}/review/{target}"))
        .await;
    let marker = format!("/admin/campaigns/{slug}/review/{target}/");
    let keys: Vec<String> = page
        .body
        .match_indices(&marker)
        .map(|(at, _)| {
            let rest = &page.body[at + marker.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .filter(|k| k != "findings")
        .collect();
    for key in keys {
        let saved = staff
            .submit(
                &format!("{marker}{key}"),
                &[("level", "yes"), ("rationale", "Fully disclosed.")],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
}

#[tokio::test]
async fn reviewers_score_written_answers_with_a_rationale_and_scores_roll_up() {
    let (app, _mailbox, _editor, links) = invited("score", 3, 1).await;
    let q = questionnaire();
    let rep = sign_in_with(&app, &links[0][0]).await;
    for section in &q.sections {
        save(&rep, section.key.as_str(), &full_answers(section)).await;
    }
    assert_eq!(
        rep.submit("/respond/submit", &[]).await.location(),
        Some("/respond/receipt/1")
    );
    let declining = sign_in_with(&app, &links[1][0]).await;
    declining
        .submit("/respond/decline", &[("reason", "No comment")])
        .await;

    let (reviewer, _) = app.login_as("reviewer").await;
    let queue = reviewer.get("/admin/campaigns/score/review").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(queue.body.contains("responded"));
    assert!(queue.body.contains("declined"));
    assert!(queue.body.contains("did not respond"));
    let answered = target_of(&app, "score-c0");
    let page = reviewer
        .get(&format!("/admin/campaigns/score/review/{answered}"))
        .await;
    // The written answers shown to this company, each with its scoring form.
    let marker = format!("/admin/campaigns/score/review/{answered}/");
    let written: Vec<String> = page
        .body
        .match_indices(&marker)
        .map(|(at, _)| {
            let rest = &page.body[at + marker.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect();
    let scored_written = q.questions().filter(|(_, q)| needs_reviewer(q)).count();
    assert!(!written.is_empty() && written.len() <= scored_written);
    assert!(
        page.body.contains(&format!(
            "provisional: {} written answer(s) to score",
            written.len()
        )),
        "{}",
        page.body
    );

    // A score without a rationale is refused beside its form; nothing stored.
    let first = &written[0];
    let refused = reviewer
        .submit(
            &format!("/admin/campaigns/score/review/{answered}/{first}"),
            &[("level", "yes"), ("rationale", " ")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Write the rationale"));
    let none: i64 = scores::table.count().get_result(&mut app.conn()).unwrap();
    assert_eq!(none, 0);
    let bad_level = reviewer
        .submit(
            &format!("/admin/campaigns/score/review/{answered}/{first}"),
            &[("level", "excellent"), ("rationale", "x")],
        )
        .await;
    assert_eq!(bad_level.status, StatusCode::UNPROCESSABLE_ENTITY);

    for (i, key) in written.iter().enumerate() {
        let level = if i == 0 { "partial" } else { "yes" };
        let saved = reviewer
            .submit(
                &format!("/admin/campaigns/score/review/{answered}/{key}"),
                &[
                    ("level", level),
                    (
                        "rationale",
                        "Published policy, no assessment reports — ဥပမာ",
                    ),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let page = reviewer
        .get(&format!("/admin/campaigns/score/review/{answered}"))
        .await;
    assert!(!page.body.contains("provisional"), "{}", page.body);
    assert!(page
        .body
        .contains("Published policy, no assessment reports — ဥပမာ"));
    assert_eq!(app.audit_entries("score.changed").len(), written.len());
    // A change is audited with the old and the new level.
    reviewer
        .submit(
            &format!("/admin/campaigns/score/review/{answered}/{first}"),
            &[("level", "no"), ("rationale", "On a second reading, no.")],
        )
        .await;
    let audit = app.audit_entries("score.changed");
    assert!(
        audit.last().unwrap().1.contains("partial → no"),
        "{audit:?}"
    );

    // A silent company whose deadline has not passed still has time: it is
    // neither scored nor zero yet.
    let waiting = reviewer
        .get(&format!(
            "/admin/campaigns/score/review/{}",
            target_of(&app, "score-c2")
        ))
        .await;
    assert!(waiting.body.contains("still has time"), "{}", waiting.body);
    assert!(!waiting
        .body
        .contains("<dt>Total</dt><dd><strong>0</strong>"));
    // Once the deadline has passed: silence and refusal score zero, labelled.
    diesel::update(answerable::db::schema::campaigns::table)
        .set(
            answerable::db::schema::campaigns::deadline_at
                .eq(answerable::domain::time::now() - chrono::Duration::hours(1)),
        )
        .execute(&mut app.conn())
        .unwrap();
    for slug in ["score-c1", "score-c2"] {
        let page = reviewer
            .get(&format!(
                "/admin/campaigns/score/review/{}",
                target_of(&app, slug)
            ))
            .await;
        assert!(
            page.body.contains("<dt>Total</dt><dd><strong>0</strong>"),
            "{}",
            page.body
        );
    }
    // What the test queued (receipts, findings) goes out too.
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn companies_reply_to_their_findings_within_the_window_and_replies_are_published() {
    let (app, mailbox, editor, links) = invited("reply", 1, 2).await;
    let q = questionnaire();
    let rep = sign_in_with(&app, &links[0][0]).await;
    for section in &q.sections {
        save(&rep, section.key.as_str(), &full_answers(section)).await;
    }
    rep.submit("/respond/submit", &[]).await;
    let target = target_of(&app, "reply-c0");
    let (reviewer, _) = app.login_as("reviewer").await;
    let forbidden = reviewer
        .submit(
            &format!("/admin/campaigns/reply/review/{target}/findings"),
            &[],
        )
        .await;
    assert_eq!(
        forbidden.status,
        StatusCode::FORBIDDEN,
        "editors write to companies"
    );
    score_all(&reviewer, "reply", &target).await;
    let sent = editor
        .submit(
            &format!("/admin/campaigns/reply/review/{target}/findings"),
            &[],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let findings: Vec<_> = mailbox
        .sent()
        .into_iter()
        .filter(|m| m.subject.starts_with("Preliminary findings"))
        .collect();
    assert_eq!(findings.len(), 2, "to every contact");
    assert!(findings[0].text.contains("Total:"), "{}", findings[0].text);
    let link = crate::scenarios::links_in(&app, &findings[0].text).remove(0);
    // Findings often go out long after the deadline: the link still works
    // for as long as the company may reply.
    diesel::update(answerable::db::schema::campaigns::table)
        .set(
            answerable::db::schema::campaigns::deadline_at
                .eq(answerable::domain::time::now() - chrono::Duration::days(60)),
        )
        .execute(&mut app.conn())
        .unwrap();

    let replier = sign_in_with(&app, &link).await;
    let start = replier.get("/respond").await;
    assert!(start.body.contains("Preliminary findings") && start.body.contains("Send the reply"));
    let empty = replier.submit("/respond/reply", &[("body", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Write a reply first"));
    let text = "We publish impact assessments since 2025: https://example.org/hria — ကျေးဇူးတင်ပါသည်";
    // Sent with a double click: two identical posts at once.
    let fields = [("body", text)];
    let (replied, again) = tokio::join!(
        replier.submit("/respond/reply", &fields),
        replier.submit("/respond/reply", &fields)
    );
    assert_eq!(replied.status, StatusCode::SEE_OTHER);
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    let stored: i64 = answerable::db::schema::replies::table
        .count()
        .get_result(&mut app.conn())
        .unwrap();
    assert_eq!(stored, 1, "a double click stores one reply");
    let review = reviewer
        .get(&format!("/admin/campaigns/reply/review/{target}"))
        .await;
    assert!(review.body.contains(text), "reviewers see the reply");

    // After the window, no more replies (the link itself still works here).
    diesel::update(answerable::db::schema::campaigns::table)
        .set(
            answerable::db::schema::campaigns::deadline_at
                .eq(answerable::domain::time::now() - chrono::Duration::days(1)),
        )
        .execute(&mut app.conn())
        .unwrap();
    diesel::update(answerable::db::schema::findings::table)
        .set(
            answerable::db::schema::findings::reply_until
                .eq(answerable::domain::time::now() - chrono::Duration::minutes(1)),
        )
        .execute(&mut app.conn())
        .unwrap();
    let late = replier
        .submit("/respond/reply", &[("body", "Too late?")])
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        late.body.contains("The time to reply ended"),
        "{}",
        late.body
    );

    crate::scenarios::close(&editor, "reply").await;
    crate::scenarios::publish(&editor, "reply", "").await;
    let public = app
        .browser()
        .get("/campaigns/reply/companies/reply-c0")
        .await;
    assert!(
        public.body.contains("reply to the findings") && public.body.contains(text),
        "{}",
        public.body
    );
    assert!(!public.body.contains("Too late?"));
    app.assert_outbox_settled(1); // the editor is told of the reply (app::notifications)
}

#[tokio::test]
async fn after_publication_a_company_still_replies_while_its_window_is_open() {
    let (app, mailbox, editor, links) = invited("late", 1, 1).await;
    let q = questionnaire();
    let rep = sign_in_with(&app, &links[0][0]).await;
    for section in &q.sections {
        save(&rep, section.key.as_str(), &full_answers(section)).await;
    }
    rep.submit("/respond/submit", &[]).await;
    let target = target_of(&app, "late-c0");
    score_all(&editor, "late", &target).await;
    editor
        .submit(
            &format!("/admin/campaigns/late/review/{target}/findings"),
            &[],
        )
        .await;
    crate::scenarios::close(&editor, "late").await;
    crate::scenarios::publish(&editor, "late", "").await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let mail = mailbox
        .sent()
        .into_iter()
        .find(|m| m.subject.starts_with("Preliminary findings"))
        .unwrap();
    let link = crate::scenarios::links_in(&app, &mail.text).remove(0);
    let replier = sign_in_with(&app, &link).await;
    let replied = replier
        .submit(
            "/respond/reply",
            &[("body", "Our answer to the published findings.")],
        )
        .await;
    assert_eq!(replied.status, StatusCode::SEE_OTHER, "{}", replied.body);
    editor
        .submit(
            "/admin/campaigns/late/publish",
            &[("note", "The company's reply added."), ("confirm", "yes")],
        )
        .await;
    let public = app.browser().get("/campaigns/late/companies/late-c0").await;
    assert!(public
        .body
        .contains("Our answer to the published findings."));
    app.assert_outbox_settled(1); // the editor is told: republish needed
}
