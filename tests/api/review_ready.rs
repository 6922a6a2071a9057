//! Findings only when they are ready, with the company's own answers
//! beside each score; scoring question by question beside the rubric;
//! replies after publication flagged "republish needed"; the methodology
//! publishing each rubric's levels. On a questionnaire with a written
//! rubric (`fixtures/rubric.toml`): 1.1 a choice, 1.2 a long text on its
//! own rubric, 1.3 a short text on the standard one.

use answerable::db::schema::{campaign_targets, companies, contacts, findings, outbox, scores};
use answerable::domain::i18n::{Lang, Tr};
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{hidden_field, Browser, TestApp};
use crate::mailbox::MemoryMailbox;
use crate::scenarios::{campaign_on, in_days, links_in, send, sign_in_with};

const GRIEVANCE: &str = "1.2 Describe your grievance mechanism.";
const AUDITS: &str = "1.3 Who audits the mechanism?";

/// An open campaign `slug` on the rubric questionnaire with companies
/// `{slug}-c0…`, invitations delivered; the first contact's link of each.
async fn invited_on_rubric(
    slug: &str,
    companies: usize,
) -> (TestApp, MemoryMailbox, Browser, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let from =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/api/fixtures/rubric.toml");
    std::fs::copy(&from, dir.path().join("rubric.toml")).unwrap();
    let qdir = dir.path().to_path_buf();
    let (app, mailbox) = TestApp::spawn_with_mailbox(move |c| c.questionnaires_dir = qdir).await;
    drop(dir);
    campaign_on(&app, "rubric-test", slug, companies, 1, in_days(20));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, slug).await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let mut links = vec![String::new(); companies];
    for mail in mailbox.sent() {
        let c: usize = mail
            .to
            .split("-c")
            .nth(1)
            .unwrap()
            .split('.')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        links[c] = links_in(&app, &mail.text).remove(0);
    }
    (app, mailbox, editor, links)
}

/// A representative answers every question and submits.
async fn answer_and_submit(app: &TestApp, link: &str, grievance: &str) -> Browser {
    let rep = sign_in_with(app, link).await;
    let fields = [
        ("a.channels".to_string(), "web-form".to_string()),
        ("a.grievance".to_string(), grievance.to_string()),
        (
            "a.audits".to_string(),
            "An outside auditor, every year.".to_string(),
        ),
    ];
    let saved = crate::scenarios::save(&rep, "remedy", &fields).await;
    assert!(
        saved.status.is_redirection() || saved.status == StatusCode::OK,
        "{}",
        saved.body
    );
    let submitted = rep.submit("/respond/submit", &[]).await;
    assert_eq!(
        submitted.location(),
        Some("/respond/receipt/1"),
        "{}",
        submitted.body
    );
    rep
}

fn target_of(app: &TestApp, slug: &str) -> String {
    campaign_targets::table
        .inner_join(companies::table)
        .filter(companies::slug.eq(slug))
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap()
}

fn findings_queued(app: &TestApp) -> i64 {
    outbox::table
        .filter(outbox::kind.eq("findings"))
        .count()
        .get_result(&mut app.conn())
        .unwrap()
}

fn stored_level(app: &TestApp, target: &str, question: &str) -> Option<String> {
    scores::table
        .filter(scores::target_id.eq(target))
        .filter(scores::question_key.eq(question))
        .select(scores::level)
        .first(&mut app.conn())
        .optional()
        .unwrap()
}

/// The part of a page about one company on the page per question.
fn section_of<'a>(body: &'a str, target: &str) -> &'a str {
    let start = body
        .find(&format!("id=\"t-{target}\""))
        .unwrap_or_else(|| panic!("no section for {target}: {body}"));
    let rest = &body[start..];
    &rest[..rest.find("</section>").unwrap()]
}

async fn score(reviewer: &Browser, path: &str, level: &str, rationale: &str) {
    let saved = reviewer
        .submit(path, &[("level", level), ("rationale", rationale)])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
}

/// The editor sends the company's findings from its review page, and the
/// worker delivers them.
async fn send_findings_and_deliver(app: &TestApp, editor: &Browser, review: &str) {
    let sent = editor.submit(&format!("{review}/findings"), &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
}

#[tokio::test]
async fn findings_wait_for_every_judgement_and_show_the_companys_own_answers() {
    let (app, mailbox, editor, links) = invited_on_rubric("ready", 2).await;
    answer_and_submit(
        &app,
        &links[0],
        "Anyone may call our hotline; outcomes stay private.",
    )
    .await;
    let declining = sign_in_with(&app, &links[1]).await;
    declining
        .submit("/respond/decline", &[("reason", "No comment")])
        .await;
    let target = target_of(&app, "ready-c0");
    let review = format!("/admin/campaigns/ready/review/{target}");

    // Before anything is judged the page says what is missing, no button.
    let page = editor.get(&review).await;
    assert!(page.body.contains("Still to score"), "{}", page.body);
    assert!(page.body.contains(GRIEVANCE) && page.body.contains(AUDITS));
    assert!(!page.body.contains("Send preliminary findings"));

    // Sending anyway is refused, lists exactly what is missing, queues nothing.
    let refused = editor.submit(&format!("{review}/findings"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Nothing was sent: 2 scored question(s)"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains(GRIEVANCE) && refused.body.contains(AUDITS));
    assert_eq!(findings_queued(&app), 0);
    let none: i64 = findings::table.count().get_result(&mut app.conn()).unwrap();
    assert_eq!(none, 0);

    let (reviewer, _) = app.login_as("reviewer").await;
    score(
        &reviewer,
        &format!("{review}/grievance"),
        "some",
        "Open to all, outcomes private.",
    )
    .await;
    let refused = editor.submit(&format!("{review}/findings"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("1 scored question(s)") && refused.body.contains(AUDITS));
    assert!(
        !refused.body.contains(&format!(">{GRIEVANCE}<")),
        "{}",
        refused.body
    );
    assert_eq!(findings_queued(&app), 0);

    score(
        &reviewer,
        &format!("{review}/audits"),
        "partial",
        "Named, but no report.",
    )
    .await;
    send_findings_and_deliver(&app, &editor, &review).await;
    let mail = mailbox
        .sent()
        .into_iter()
        .find(|m| m.subject.starts_with("Preliminary findings"))
        .expect("the findings went out");
    // Each question: prompt, the company's own answer (labels, not keys),
    // the score and the reason; in the text and in the HTML.
    // The HTML as queued (the mailbox keeps the text part).
    let html: String = outbox::table
        .filter(outbox::kind.eq("findings"))
        .select(outbox::body_html)
        .first(&mut app.conn())
        .unwrap();
    for part in [&mail.text, &html] {
        let part = part.replace("=\r\n", "").replace("=3D", "=");
        for expected in [
            "1.1 Through which channels can complaints be made?",
            "A form on our website",
            GRIEVANCE,
            "Anyone may call our hotline; outcomes stay private.",
            "Open to all, outcomes private.",
            AUDITS,
            "An outside auditor, every year.",
            "Named, but no report.",
        ] {
            assert!(part.contains(expected), "{expected} missing from {part}");
        }
        assert!(!part.contains("web-form"), "{part}");
    }
    assert!(
        mail.text
            .contains("Score: 40\n  Level: Some\n  Reason: Open to all, outcomes private."),
        "{}",
        mail.text
    );
    assert!(html.contains("Score: <strong>40</strong> (Some)"), "{html}");

    // The representative's page shows the same.
    let link = links_in(&app, &mail.text).remove(0);
    let replier = sign_in_with(&app, &link).await;
    let start = replier.get("/respond").await;
    for expected in [
        GRIEVANCE,
        "Anyone may call our hotline; outcomes stay private.",
        "A form on our website",
        "Score: 40",
        "Open to all, outcomes private.",
    ] {
        assert!(
            start.body.contains(expected),
            "{expected} missing from {}",
            start.body
        );
    }

    // A company that declined has nothing to score and gets no findings.
    let declined = target_of(&app, "ready-c1");
    let page = editor
        .get(&format!("/admin/campaigns/ready/review/{declined}"))
        .await;
    assert!(
        !page.body.contains("Send preliminary findings") && !page.body.contains("Still to score")
    );
    let refused = editor
        .submit(
            &format!("/admin/campaigns/ready/review/{declined}/findings"),
            &[],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(findings_queued(&app), 1);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_burmese_contact_reads_the_findings_in_burmese_and_the_record_keeps_the_questionnaire_s_language(
) {
    let (app, mailbox, editor, links) = invited_on_rubric("myfind", 1).await;
    let contact = "p0@myfind-c0.example.org";
    diesel::update(contacts::table.filter(contacts::email.eq(contact)))
        .set(contacts::language.eq("my"))
        .execute(&mut app.conn())
        .unwrap();
    answer_and_submit(&app, &links[0], "Anyone may call our hotline.").await;
    let target = target_of(&app, "myfind-c0");
    let review = format!("/admin/campaigns/myfind/review/{target}");
    let (reviewer, _) = app.login_as("reviewer").await;
    score(
        &reviewer,
        &format!("{review}/grievance"),
        "some",
        "Open to all.",
    )
    .await;
    score(
        &reviewer,
        &format!("{review}/audits"),
        "partial",
        "Named only.",
    )
    .await;
    send_findings_and_deliver(&app, &editor, &review).await;
    let mail = mailbox
        .sent()
        .into_iter()
        .find(|m| m.to == contact && m.text.contains("Open to all."))
        .expect("the findings went out");
    let html: String = outbox::table
        .filter(outbox::kind.eq("findings"))
        .select(outbox::body_html)
        .first(&mut app.conn())
        .unwrap();
    let my = Tr::new(Lang::parse("my").unwrap());
    for part in [&mail.text, &html] {
        let part = part.replace("=\r\n", "").replace("=3D", "=");
        for english in ["Total:", "Your answer:", "Score:", "Reason:"] {
            assert!(!part.contains(english), "{english} in {part}");
        }
        for words in [
            my.t("email-findings-your-answer"),
            my.t("email-findings-score"),
            my.t("email-findings-reason"),
        ] {
            assert!(part.contains(&words), "{words} missing from {part}");
        }
        // The questions as the questionnaire asks them, the answers and
        // the reasons as written.
        for kept in [GRIEVANCE, "Anyone may call our hotline.", "Open to all."] {
            assert!(part.contains(kept), "{kept} missing from {part}");
        }
    }
    assert!(
        mail.text.contains(&my.t("email-findings-level")),
        "{}",
        mail.text
    );

    // What is kept as sent, and shown on the company's page, is in the
    // questionnaire's language (English here), like its questions.
    let kept: String = findings::table
        .find(&target)
        .select(findings::body)
        .first(&mut app.conn())
        .unwrap();
    assert!(
        kept.contains("Score: 40\n  Level: Some\n  Reason: Open to all."),
        "{kept}"
    );
    let link = links_in(&app, &mail.text).remove(0);
    let replier = sign_in_with(&app, &link).await;
    let start = replier.get("/respond").await;
    assert!(start.body.contains("Score: 40"), "{}", start.body);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn reviewers_score_question_by_question_beside_the_rubric() {
    let (app, _mailbox, _editor, links) = invited_on_rubric("byq", 3).await;
    for (i, link) in links.iter().enumerate() {
        answer_and_submit(&app, link, &format!("Mechanism of company {i}: a hotline.")).await;
    }
    let targets: Vec<String> = (0..3)
        .map(|i| target_of(&app, &format!("byq-c{i}")))
        .collect();
    let (reviewer, _) = app.login_as("reviewer").await;

    // The queue lists each written question with how many are still to score.
    let queue = reviewer.get("/admin/campaigns/byq/review").await;
    assert!(queue.body.contains("By question"), "{}", queue.body);
    assert!(queue
        .body
        .contains("/admin/campaigns/byq/review/questions/grievance"));
    assert!(queue
        .body
        .contains("/admin/campaigns/byq/review/questions/audits"));
    assert!(
        !queue.body.contains("/review/questions/channels"),
        "choices score themselves"
    );
    assert!(
        queue
            .body
            .contains("Describe your grievance mechanism.</a></td>\n      <td><strong>3</strong>"),
        "{}",
        queue.body
    );

    let page_path = "/admin/campaigns/byq/review/questions/grievance";
    let page = reviewer.get(page_path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    for i in 0..3 {
        assert!(page.body.contains(&format!("Company {i} of byq")));
        assert!(page
            .body
            .contains(&format!("Mechanism of company {i}: a hotline.")));
    }
    for expected in [
        "Open to affected people, with outcomes published.",
        "Open to affected people, outcomes kept private.",
        "Staff only, or no mechanism.",
        "<td>40</td>",
        "left out",
        "Look for who may use it",
    ] {
        assert!(
            page.body.contains(expected),
            "{expected} missing from {}",
            page.body
        );
    }
    assert!(page
        .body
        .contains("/admin/campaigns/byq/review/questions/audits\" rel=\"next\""));
    assert!(!page.body.contains("rel=\"prev\""));
    let audits = reviewer
        .get("/admin/campaigns/byq/review/questions/audits")
        .await;
    assert!(audits
        .body
        .contains("/admin/campaigns/byq/review/questions/grievance\" rel=\"prev\""));
    assert!(!audits.body.contains("rel=\"next\""));
    assert!(audits.body.contains("Partly") && audits.body.contains("<td>50</td>"));
    let unknown = reviewer
        .get("/admin/campaigns/byq/review/questions/channels")
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);

    // The same checks as the page per company, shown beside that company.
    let refused = reviewer
        .submit(
            &format!("{page_path}/{}", targets[1]),
            &[("level", "some"), ("rationale", " ")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(section_of(&refused.body, &targets[1]).contains("Write the rationale"));
    assert!(!section_of(&refused.body, &targets[0]).contains("Write the rationale"));
    let bad = reviewer
        .submit(
            &format!("{page_path}/{}", targets[1]),
            &[("level", "excellent"), ("rationale", "x")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(section_of(&bad.body, &targets[1]).contains("Choose a level."));
    assert_eq!(stored_level(&app, &targets[1], "grievance"), None);

    // Saved: back to the same question at that company.
    let saved = reviewer
        .submit(
            &format!("{page_path}/{}", targets[0]),
            &[
                ("level", "full"),
                ("rationale", "Published outcomes since 2024."),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.location(),
        Some(format!("{page_path}#t-{}", targets[0]).as_str())
    );
    assert_eq!(
        stored_level(&app, &targets[0], "grievance").as_deref(),
        Some("full")
    );
    assert_eq!(app.audit_entries("score.changed").len(), 1);
    let per_company = reviewer
        .get(&format!("/admin/campaigns/byq/review/{}", targets[0]))
        .await;
    assert!(per_company.body.contains("Published outcomes since 2024."));
    let queue = reviewer.get("/admin/campaigns/byq/review").await;
    assert!(
        queue
            .body
            .contains("Describe your grievance mechanism.</a></td>\n      <td><strong>2</strong>"),
        "{}",
        queue.body
    );
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_stale_score_form_does_not_overwrite_a_colleagues_score() {
    let (app, _mailbox, _editor, links) = invited_on_rubric("stale", 1).await;
    answer_and_submit(&app, &links[0], "A hotline.").await;
    let target = target_of(&app, "stale-c0");
    let page_path = "/admin/campaigns/stale/review/questions/grievance";
    let (first, _) = app.login_as("reviewer").await;
    let (second, _) = app.login_as("reviewer").await;
    let seen_first = hidden_field(
        section_of(&first.get(page_path).await.body, &target),
        "seen",
    )
    .unwrap();
    let seen_second = hidden_field(
        section_of(&second.get(page_path).await.body, &target),
        "seen",
    )
    .unwrap();
    let saved = first
        .submit(
            &format!("{page_path}/{target}"),
            &[
                ("level", "some"),
                ("rationale", "First reading."),
                ("seen", &seen_first),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // The second reviewer's form was filled in before: refused, told who.
    let stale = second
        .submit(
            &format!("{page_path}/{target}"),
            &[
                ("level", "none"),
                ("rationale", "Second reading."),
                ("seen", &seen_second),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let mine = section_of(&stale.body, &target);
    assert!(
        mine.contains("scored this answer meanwhile (some)"),
        "{mine}"
    );
    assert!(mine.contains("First reading.") && mine.contains("Second reading."));
    assert_eq!(
        stored_level(&app, &target, "grievance").as_deref(),
        Some("some")
    );

    // The same on the page per company.
    let per_company = format!("/admin/campaigns/stale/review/{target}/grievance");
    let stale = second
        .submit(
            &per_company,
            &[
                ("level", "none"),
                ("rationale", "Second reading."),
                ("seen", &seen_second),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(
        stored_level(&app, &target, "grievance").as_deref(),
        Some("some")
    );

    // Having seen it, the second reviewer may replace it on purpose.
    let seen_now = hidden_field(mine, "seen").unwrap();
    assert_ne!(seen_now, seen_second);
    let replaced = second
        .submit(
            &format!("{page_path}/{target}"),
            &[
                ("level", "none"),
                ("rationale", "Second reading."),
                ("seen", &seen_now),
            ],
        )
        .await;
    assert_eq!(replaced.status, StatusCode::SEE_OTHER, "{}", replaced.body);
    assert_eq!(
        stored_level(&app, &target, "grievance").as_deref(),
        Some("none")
    );
    // The receipt of the submission goes out too.
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_reply_after_publication_is_flagged_republish_needed_until_a_newer_version() {
    let (app, mailbox, editor, links) = invited_on_rubric("repub", 1).await;
    answer_and_submit(&app, &links[0], "A hotline.").await;
    let target = target_of(&app, "repub-c0");
    let review = format!("/admin/campaigns/repub/review/{target}");
    let (reviewer, _) = app.login_as("reviewer").await;
    score(
        &reviewer,
        &format!("{review}/grievance"),
        "some",
        "Outcomes private.",
    )
    .await;
    score(
        &reviewer,
        &format!("{review}/audits"),
        "yes",
        "Outside auditor.",
    )
    .await;
    let sent = editor.submit(&format!("{review}/findings"), &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    crate::scenarios::close(&editor, "repub").await;
    let published = crate::scenarios::publish(&editor, "repub", "").await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let campaign_id: answerable::domain::ids::CampaignId = answerable::db::schema::campaigns::table
        .filter(answerable::db::schema::campaigns::slug.eq("repub"))
        .select(answerable::db::schema::campaigns::id)
        .first(&mut app.conn())
        .unwrap();
    let late = || {
        answerable::app::review::replies_since_publication(&mut app.conn(), &campaign_id).unwrap()
    };
    assert!(late().is_empty());
    assert!(!editor
        .get("/admin/campaigns/repub")
        .await
        .body
        .contains("Republish needed"));

    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let mail = mailbox
        .sent()
        .into_iter()
        .find(|m| m.subject.starts_with("Preliminary findings"))
        .unwrap();
    let replier = sign_in_with(&app, &links_in(&app, &mail.text).remove(0)).await;
    let replied = replier
        .submit(
            "/respond/reply",
            &[("body", "We publish outcomes from next year.")],
        )
        .await;
    assert_eq!(replied.status, StatusCode::SEE_OTHER, "{}", replied.body);

    let found = late();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].company_name, "Company 0 of repub");
    for page in ["/admin/campaigns/repub", "/admin/campaigns/repub/review"] {
        let body = editor.get(page).await.body;
        assert!(body.contains("Republish needed"), "{page}: {body}");
        assert!(section_between(&body, "republish-needed").contains("Company 0 of repub"));
    }
    let again = editor
        .submit(
            "/admin/campaigns/repub/publish",
            &[("note", "The reply added."), ("confirm", "yes")],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert!(late().is_empty());
    for page in ["/admin/campaigns/repub", "/admin/campaigns/repub/review"] {
        assert!(!editor.get(page).await.body.contains("Republish needed"));
    }
    assert!(app.audit_entries("reply.added").len() == 1);
    // The editor's "republish needed" notice of the late reply is queued.
    app.assert_outbox_settled(1);
}

fn section_between<'a>(body: &'a str, id: &str) -> &'a str {
    let start = body.find(&format!("id=\"{id}\"")).unwrap();
    let rest = &body[start..];
    &rest[..rest.find("</div>").unwrap()]
}

#[tokio::test]
async fn the_methodology_publishes_each_rubrics_levels() {
    let (app, _mailbox, editor, _links) = invited_on_rubric("method", 1).await;
    crate::scenarios::close(&editor, "method").await;
    let published = crate::scenarios::publish(&editor, "method", "").await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let page = app.browser().get("/campaigns/method/methodology").await;
    assert_eq!(page.status, StatusCode::OK);
    for expected in [
        "<strong>Full</strong>: 100 points — Open to affected people, with outcomes published.",
        "<strong>Some</strong>: 40 points — Open to affected people, outcomes kept private.",
        "<strong>None</strong>: 0 points — Staff only, or no mechanism.",
        "<strong>Not applicable</strong>: left out of the averages — The company has no operations in the country.",
        // The standard rubric of a written question without its own.
        "<strong>Partly</strong>: 50 points",
    ] {
        assert!(page.body.contains(expected), "{expected} missing from {}", page.body);
    }
    app.assert_outbox_settled(0);
}
