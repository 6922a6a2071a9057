//! The staff dashboard lists what needs doing across campaigns, each item
//! linked to where it is done, and forgets it once done.

use answerable::db::schema::{
    campaign_targets, campaigns as campaigns_table, companies, extension_requests, outbox,
    staff_users,
};
use answerable::domain::scoring::needs_reviewer;
use answerable::domain::time;
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp};
use crate::scenarios::{
    campaign, full_answers, in_days, invited, links_in, questionnaire, save, sign_in_with,
    spawn_with_memory,
};

pub(crate) fn target_of(app: &TestApp, company: &str) -> String {
    campaign_targets::table
        .inner_join(companies::table)
        .filter(companies::slug.eq(company))
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap()
}

/// The address of the one editor whose address is not `except`.
pub(crate) fn editor_email(app: &TestApp, except: &str) -> String {
    staff_users::table
        .filter(staff_users::role.eq("editor"))
        .filter(staff_users::email.ne(except))
        .select(staff_users::email)
        .first(&mut app.conn())
        .unwrap()
}

/// Answers every section and submits, as a representative would.
pub(crate) async fn answer_and_submit(rep: &Browser) -> crate::helpers::Page {
    for section in &questionnaire().sections {
        save(rep, section.key.as_str(), &full_answers(section)).await;
    }
    rep.submit("/respond/submit", &[]).await
}

/// Scores every written answer on the company's review page.
async fn score_all(editor: &Browser, slug: &str, target: &str) {
    let page = editor
        .get(&format!("/admin/campaigns/{slug}/review/{target}"))
        .await;
    let marker = format!("/admin/campaigns/{slug}/review/{target}/");
    let written: Vec<String> = page
        .body
        .match_indices(&marker)
        .map(|(at, _)| {
            let rest = &page.body[at + marker.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .filter(|k| k != "findings")
        .collect();
    let q = questionnaire();
    assert!(!written.is_empty());
    assert!(written.len() <= q.questions().filter(|(_, q)| needs_reviewer(q)).count());
    for key in written {
        let saved = editor
            .submit(
                &format!("/admin/campaigns/{slug}/review/{target}/{key}"),
                &[("level", "yes"), ("rationale", "Published policy.")],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
}

#[tokio::test]
async fn the_dashboard_lists_what_needs_doing_and_forgets_it_once_done() {
    let (app, mailbox, editor, links) = invited("dash", 2, 1).await;
    let jobs = app.jobs();
    let (reviewer, _) = app.login_as("reviewer").await;
    let board = editor.get("/admin").await;
    assert_eq!(board.status, StatusCode::OK);
    assert_eq!(
        board.body.matches("Nothing.").count(),
        6,
        "every group says nothing: {}",
        board.body
    );

    // A request for more time, until decided.
    let rep0 = sign_in_with(&app, &links[0][0]).await;
    let asked = rep0
        .submit(
            "/respond/extension",
            &[("reason", "Board meets"), ("until", "")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let t0 = target_of(&app, "dash-c0");
    let board = editor.get("/admin").await;
    assert!(board.body.contains("Company 0 of dash asks for more time"));
    assert!(board
        .body
        .contains(&format!("href=\"/admin/campaigns/dash/targets/{t0}\"")));
    assert!(board.body.contains("Asia/Yangon"), "in the campaign's zone");
    let read_only = reviewer.get("/admin").await;
    assert!(read_only
        .body
        .contains("Company 0 of dash asks for more time"));
    let request: String = extension_requests::table
        .select(extension_requests::id)
        .first(&mut app.conn())
        .unwrap();
    let refused = editor
        .submit(
            &format!("/admin/campaigns/dash/targets/{t0}/extensions/{request}"),
            &[("decision", "refuse"), ("note", "")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER, "{}", refused.body);
    assert!(!editor
        .get("/admin")
        .await
        .body
        .contains("asks for more time"));

    // A submission to score, until scored.
    let rep1 = sign_in_with(&app, &links[1][0]).await;
    let t1 = target_of(&app, "dash-c1");
    assert!(!editor
        .get("/admin")
        .await
        .body
        .contains("written answer(s) to score"));
    answer_and_submit(&rep1).await;
    let board = editor.get("/admin").await;
    assert!(board.body.contains("Company 1 of dash: "));
    assert!(board.body.contains("written answer(s) to score"));
    assert!(board
        .body
        .contains(&format!("href=\"/admin/campaigns/dash/review/{t1}\"")));
    score_all(&editor, "dash", &t1).await;
    assert!(!editor
        .get("/admin")
        .await
        .body
        .contains("written answer(s) to score"));

    // A reply to the findings, until marked as read by an editor.
    let sent = editor
        .submit(&format!("/admin/campaigns/dash/review/{t1}/findings"), &[])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    jobs.run_once(time::now()).await.unwrap();
    let findings = mailbox
        .sent()
        .into_iter()
        .find(|m| m.subject.starts_with("Preliminary findings"))
        .unwrap();
    let replier = sign_in_with(&app, &links_in(&app, &findings.text).remove(0)).await;
    assert!(!editor
        .get("/admin")
        .await
        .body
        .contains("replied to its findings"));
    let replied = replier
        .submit("/respond/reply", &[("body", "We disagree with the total.")])
        .await;
    assert_eq!(replied.status, StatusCode::SEE_OTHER, "{}", replied.body);
    let board = editor.get("/admin").await;
    assert!(board
        .body
        .contains("Company 1 of dash replied to its findings"));
    assert!(!board.body.contains("republish needed"));
    assert!(board.body.contains("Mark as read"));
    let read_only = reviewer.get("/admin").await;
    assert!(read_only.body.contains("replied to its findings"));
    assert!(
        !read_only.body.contains("Mark as read"),
        "reviewers only read"
    );
    let mark = format!("/admin/campaigns/dash/replies/{t1}/read");
    assert_eq!(
        reviewer.submit(&mark, &[]).await.status,
        StatusCode::FORBIDDEN
    );
    let marked = editor.submit(&mark, &[]).await;
    assert_eq!(marked.status, StatusCode::SEE_OTHER, "{}", marked.body);
    assert!(!editor
        .get("/admin")
        .await
        .body
        .contains("replied to its findings"));
    assert_eq!(app.audit_entries("replies.read").len(), 1);

    // A closed campaign whose responses are all scored, until published.
    let ready = "Closed, and every submitted response is scored";
    assert!(!editor.get("/admin").await.body.contains(ready));
    let closed = crate::scenarios::close(&editor, "dash").await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);
    let board = editor.get("/admin").await;
    assert!(board.body.contains(ready), "{}", board.body);
    assert!(board.body.contains("href=\"/admin/campaigns/dash\""));
    let published = crate::scenarios::publish(&editor, "dash", "").await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    assert!(!editor.get("/admin").await.body.contains(ready));

    // A reply after publication: on the dashboard and by email, "republish needed".
    let late = replier
        .submit("/respond/reply", &[("body", "One more thing.")])
        .await;
    assert_eq!(late.status, StatusCode::SEE_OTHER, "{}", late.body);
    let board = editor.get("/admin").await;
    assert!(board.body.contains("replied to its findings"));
    assert!(board.body.contains("republish needed"), "{}", board.body);
    jobs.run_once(time::now()).await.unwrap();
    let to_editor = editor_email(&app, "");
    let flagged: Vec<_> = mailbox
        .sent()
        .into_iter()
        .filter(|m| m.to == to_editor && m.subject.starts_with("Republish needed: "))
        .collect();
    assert_eq!(flagged.len(), 1);
    assert!(flagged[0]
        .subject
        .contains("Company 1 of dash replied to its preliminary findings: Campaign dash"));
    assert!(flagged[0].text.contains("One more thing."));
    assert!(flagged[0]
        .text
        .contains(&format!("/admin/campaigns/dash/review/{t1}")));
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn deadlines_of_the_coming_week_are_listed_in_the_campaigns_zone() {
    let (app, _mailbox) = spawn_with_memory().await;
    let (editor, _) = app.login_as("editor").await;
    assert!(editor
        .get("/admin")
        .await
        .body
        .contains("No deadline in the next 7 days."));
    campaign(&app, "soon", 2, 1, in_days(2));
    campaign(&app, "later", 1, 1, in_days(20));
    let board = editor.get("/admin").await;
    assert!(board.body.contains("Campaign soon"), "{}", board.body);
    assert!(board.body.contains("The campaign") && board.body.contains("Asia/Yangon"));
    assert!(!board.body.contains("Campaign later"));
    assert!(!board.body.contains("extended deadline"));

    // A company given until five days from now.
    let t1 = target_of(&app, "soon-c1");
    let until = in_days(5).date().format("%Y-%m-%d").to_string();
    let extended = editor
        .submit(
            "/admin/campaigns/soon/extensions",
            &[("target", &t1), ("date", &until), ("time", "17:00")],
        )
        .await;
    assert_eq!(extended.status, StatusCode::SEE_OTHER, "{}", extended.body);
    let board = editor.get("/admin").await;
    assert!(board.body.contains("Company 1 of soon: extended deadline"));
    assert!(board.body.contains(", 17:00 (Asia/Yangon, UTC+06:30)"));
    assert!(board
        .body
        .contains(&format!("href=\"/admin/campaigns/soon/targets/{t1}\"")));

    // Once a deadline has passed, it is no longer to come.
    diesel::update(campaigns_table::table.filter(campaigns_table::slug.eq("soon")))
        .set(campaigns_table::deadline_at.eq(time::now() - chrono::Duration::hours(1)))
        .execute(&mut app.conn())
        .unwrap();
    let board = editor.get("/admin").await;
    assert!(
        !board.body.contains("The campaign&#x27;s deadline")
            && !board.body.contains("The campaign's deadline")
    );
    assert!(board.body.contains("Company 1 of soon: extended deadline"));
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn failed_emails_are_listed_until_retried() {
    let (app, _mailbox, editor, _links) = invited("fail", 1, 1).await;
    assert!(editor
        .get("/admin")
        .await
        .body
        .contains("No email has failed."));
    // What the worker records when the mail server refuses for good.
    let id: String = outbox::table
        .filter(outbox::to_address.eq("p0@fail-c0.example.org"))
        .select(outbox::id)
        .first(&mut app.conn())
        .unwrap();
    diesel::update(outbox::table.find(&id))
        .set((
            outbox::status.eq("failed"),
            outbox::failed_at.eq(Some(time::now())),
            outbox::last_answer.eq(Some("550 mailbox unavailable")),
        ))
        .execute(&mut app.conn())
        .unwrap();
    let board = editor.get("/admin").await;
    assert!(
        board.body.contains("invitation to p0@fail-c0.example.org"),
        "{}",
        board.body
    );
    assert!(board.body.contains("href=\"/admin/outbox?status=failed\""));
    let retried = editor
        .submit(&format!("/admin/outbox/{id}/retry"), &[])
        .await;
    assert_eq!(retried.status, StatusCode::SEE_OTHER, "{}", retried.body);
    assert!(editor
        .get("/admin")
        .await
        .body
        .contains("No email has failed."));
    app.jobs().run_once(time::now()).await.unwrap();
    app.assert_outbox_settled(0);
}
