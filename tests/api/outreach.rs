//! Invitations, links, reminders, deadlines, extensions and delivery, with
//! a real SMTP server on a local port and the job loop run by the test on
//! a clock it chooses.

use std::collections::HashSet;
use std::time::Duration as StdDuration;

use answerable::config::MailTransport;
use answerable::db::audit::Actor;
use answerable::db::schema::{access_links, campaign_targets, contacts, outbox};
use answerable::domain::time;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use reqwest::StatusCode;
use url::Url;

use crate::helpers::TestApp;
use crate::scenarios::{
    campaign, in_days, links_in, outbox_count, send, sign_in_with, spawn_with_memory, target_status,
};
use crate::smtp_server::{free_port, Behaviour, SmtpServer};

const WAIT: StdDuration = StdDuration::from_secs(10);

async fn spawn_with_smtp(url: String) -> TestApp {
    TestApp::spawn_with(move |c| c.mail = MailTransport::Smtp(Url::parse(&url).unwrap())).await
}

fn header<'a>(data: &'a str, name: &str) -> Option<&'a str> {
    data.lines().find_map(|l| {
        let (k, v) = l.split_once(": ")?;
        k.eq_ignore_ascii_case(name).then_some(v.trim())
    })
}

#[tokio::test]
async fn invitations_arrive_once_per_contact_and_links_sign_in_only_with_the_button() {
    let smtp = SmtpServer::start(Behaviour::Accept);
    let app = spawn_with_smtp(smtp.url()).await;
    campaign(&app, "inv", 3, 2, in_days(30));
    let (editor, _) = app.login_as("editor").await;

    let page = editor.get("/admin/campaigns/inv").await;
    assert!(
        page.body.contains("3 companies have not been invited yet"),
        "{}",
        page.body
    );
    send(&editor, "inv").await;
    assert_eq!(outbox_count(&app, Some("queued")), 6);
    for c in 0..3 {
        assert_eq!(target_status(&app, &format!("inv-c{c}")).0, "invited");
    }

    let report = app.jobs().run_once(time::now()).await.unwrap();
    assert_eq!(report.delivered.sent, 6, "{report}");
    let messages = smtp.wait_for(6, WAIT);
    assert_eq!(messages.len(), 6);
    let recipients: HashSet<String> = messages.iter().flat_map(|m| m.to.clone()).collect();
    assert_eq!(recipients.len(), 6, "one email per contact: {recipients:?}");
    let message_ids: HashSet<&str> = messages
        .iter()
        .map(|m| header(&m.data, "Message-ID").expect("a Message-ID"))
        .collect();
    assert_eq!(message_ids.len(), 6);
    let first = &messages[0];
    assert!(header(&first.data, "Subject")
        .unwrap()
        .contains("Campaign inv"));
    assert_eq!(
        header(&first.data, "Reply-To"),
        Some("coalition@example.org")
    );
    assert!(
        first.data.contains("Asia/Yangon, UTC+06:30"),
        "{}",
        first.data
    );
    assert!(first
        .data
        .replace("=\r\n", "")
        .contains("published as not having responded"));
    let links = links_in(&app, &first.data);
    assert_eq!(links.len(), 1, "{}", first.data);
    // It says what it asks and where to read all of it first.
    let unwrapped = first.data.replace("=\r\n", "");
    let effort = answerable::domain::questionnaire::Effort::of(&crate::scenarios::questionnaire());
    assert!(
        unwrapped.contains(&format!(
            "{} questions in {} sections",
            effort.questions, effort.sections
        )),
        "{}",
        first.data
    );
    let whole = format!("{}/campaigns/inv/questionnaire", app.address);
    assert!(unwrapped.contains(&whole), "{}", first.data);
    let read_first = app.browser().get("/campaigns/inv/questionnaire").await;
    assert_eq!(read_first.status, reqwest::StatusCode::OK);

    // Nothing usable is kept: the stored bodies hold a placeholder and the
    // link column is emptied once sent.
    let stored: Vec<(String, Option<String>)> = outbox::table
        .select((outbox::body_text, outbox::secret_link))
        .load(&mut app.conn())
        .unwrap();
    let token = links[0].trim_start_matches("/respond/open/");
    assert!(stored
        .iter()
        .all(|(body, link)| !body.contains(token) && link.is_none()));

    // Sending again queues nothing; a new contact gets their invitation.
    send(&editor, "inv").await;
    assert_eq!(outbox_count(&app, None), 6);
    let company = answerable::db::companies::find_by_slug(&mut app.conn(), "inv-c0")
        .unwrap()
        .unwrap();
    answerable::app::directory::contacts::add_contact(
        &mut app.conn(),
        &Actor::CommandLine,
        &company,
        &answerable::app::directory::contacts::ContactInput {
            name: "New Person".into(),
            email: answerable::domain::Email::parse("new@inv-c0.example.org").unwrap(),
            role: String::new(),
            language: "en".into(),
        },
    )
    .unwrap();
    send(&editor, "inv").await;
    assert_eq!(outbox_count(&app, None), 7);
    app.jobs().run_once(time::now()).await.unwrap();
    let seven = smtp.wait_for(7, WAIT);
    assert_eq!(seven.len(), 7);
    assert_eq!(seven[6].to, vec!["new@inv-c0.example.org".to_string()]);

    // A scanner's GET shows the button and changes nothing.
    let recipient = &first.to[0];
    let slug = recipient
        .split('@')
        .nth(1)
        .unwrap()
        .split('.')
        .next()
        .unwrap();
    let scanner = app.browser();
    let page = scanner.get(&links[0]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Open the questionnaire"));
    assert_eq!(
        page.header("referrer-policy"),
        Some("same-origin"),
        "the token goes to no other site"
    );
    assert_eq!(target_status(&app, slug), ("invited".to_string(), None));
    let used: Option<NaiveDateTime> = access_links::table
        .inner_join(contacts::table)
        .filter(contacts::email.eq(recipient))
        .select(access_links::first_used_at)
        .first(&mut app.conn())
        .unwrap();
    assert_eq!(used, None);
    assert!(scanner.cookie("answerable_respondent").is_none());
    assert_eq!(
        scanner.get("/respond").await.location(),
        Some("/respond/link?ended=1")
    );

    // The button signs in and marks the company as having viewed it.
    let rep = sign_in_with(&app, &links[0]).await;
    let start = rep.get("/respond").await;
    assert_eq!(start.status, StatusCode::OK);
    assert!(
        start
            .body
            .contains(&format!("Company {} of inv", &slug[5..])),
        "{}",
        start.body
    );
    assert!(start.body.contains("(Asia/Yangon, UTC+06:30)"));
    let (status, opened) = target_status(&app, slug);
    assert_eq!(status, "viewed");
    assert!(opened.is_some());

    // Staff see it in the outreach log.
    let target: String = campaign_targets::table
        .inner_join(answerable::db::schema::companies::table)
        .filter(answerable::db::schema::companies::slug.eq(slug))
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap();
    let log = editor
        .get(&format!("/admin/campaigns/inv/targets/{target}"))
        .await;
    assert!(
        log.body
            .contains(&format!("Link first used by {recipient}")),
        "{}",
        log.body
    );
    assert!(log
        .body
        .contains(&format!("Sent: invitation to {recipient}")));
    assert!(log.body.contains("First opened"));
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_server_that_says_try_later_gets_each_email_exactly_once() {
    let smtp = SmtpServer::start(Behaviour::TemporaryFailures(2));
    let app = spawn_with_smtp(smtp.url()).await;
    campaign(&app, "later", 1, 2, in_days(30));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "later").await;
    let now = time::now();
    let jobs = app.jobs();

    let first = jobs.run_once(now).await.unwrap();
    assert_eq!(
        (first.delivered.sent, first.delivered.retry_later),
        (0, 2),
        "{first}"
    );
    let answers: Vec<Option<String>> = outbox::table
        .select(outbox::last_answer)
        .load(&mut app.conn())
        .unwrap();
    assert!(
        answers
            .iter()
            .all(|a| a.as_deref().unwrap_or("").contains("451")),
        "{answers:?}"
    );
    // Not due again yet.
    assert_eq!(jobs.run_once(now).await.unwrap().delivered.sent, 0);
    let later = jobs.run_once(now + Duration::hours(1)).await.unwrap();
    assert_eq!(later.delivered.sent, 2, "{later}");
    assert_eq!(
        jobs.run_once(now + Duration::hours(5))
            .await
            .unwrap()
            .delivered
            .sent,
        0
    );
    assert_eq!(smtp.accepted(), 2);
    assert_eq!(smtp.wait_for(2, WAIT).len(), 2);
    let attempts: Vec<i32> = outbox::table
        .select(outbox::attempts)
        .load(&mut app.conn())
        .unwrap();
    assert_eq!(attempts, vec![2, 2]);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn temporary_failures_for_two_days_end_as_failed() {
    let port = free_port();
    let app = spawn_with_smtp(format!("smtp://127.0.0.1:{port}")).await;
    campaign(&app, "gone", 1, 1, in_days(30));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "gone").await;
    let jobs = app.jobs();
    let start = time::now();
    let mut at = start;
    let mut failed = 0;
    while at < start + Duration::days(3) && failed == 0 {
        failed = jobs.run_once(at).await.unwrap().delivered.failed;
        at += Duration::hours(1);
    }
    assert_eq!(failed, 1, "given up within three days");
    assert!(
        at > start + Duration::days(2) - Duration::hours(8),
        "not before about two days"
    );
    let answer: Option<String> = outbox::table
        .select(outbox::last_answer)
        .first(&mut app.conn())
        .unwrap();
    assert!(answer.unwrap().contains("gave up after"));
    let bounced: Option<NaiveDateTime> = contacts::table
        .select(contacts::bounced_at)
        .first(&mut app.conn())
        .unwrap();
    assert_eq!(
        bounced, None,
        "a server that never answered says nothing about the address"
    );
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_refusal_is_recorded_against_the_contact_shown_and_can_be_retried() {
    let smtp = SmtpServer::start(Behaviour::RejectRecipients);
    let port = smtp.port();
    let app = spawn_with_smtp(smtp.url()).await;
    campaign(&app, "bounce", 1, 1, in_days(30));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "bounce").await;
    let report = app.jobs().run_once(time::now()).await.unwrap();
    assert_eq!(report.delivered.failed, 1, "{report}");

    let (bounced, reason): (Option<NaiveDateTime>, Option<String>) = contacts::table
        .select((contacts::bounced_at, contacts::bounce_reason))
        .first(&mut app.conn())
        .unwrap();
    assert!(bounced.is_some());
    assert!(reason.unwrap().contains("550"));

    let outbox_page = editor.get("/admin/outbox?status=failed").await;
    assert!(outbox_page.body.contains("p0@bounce-c0.example.org"));
    assert!(
        outbox_page.body.contains("No such user here"),
        "{}",
        outbox_page.body
    );
    let dashboard = editor.get("/admin/campaigns/bounce").await;
    assert!(
        dashboard
            .body
            .contains("Not delivered to p0@bounce-c0.example.org"),
        "{}",
        dashboard.body
    );
    assert!(dashboard.body.contains("1 email(s) could not be delivered"));

    // The address is fixed at the other end; staff retry.
    smtp.stop();
    let smtp = SmtpServer::start_on(port, Behaviour::Accept);
    let id: String = outbox::table
        .select(outbox::id)
        .first(&mut app.conn())
        .unwrap();
    let reviewer = app.login_as("reviewer").await.0;
    let refused = reviewer
        .submit(&format!("/admin/outbox/{id}/retry"), &[])
        .await;
    assert_eq!(
        refused.status,
        StatusCode::FORBIDDEN,
        "reviewers cannot retry"
    );
    let retried = editor
        .submit(&format!("/admin/outbox/{id}/retry"), &[])
        .await;
    assert_eq!(retried.status, StatusCode::SEE_OTHER);
    assert_eq!(app.audit_entries("outbox.retry").len(), 1);
    let report = app.jobs().run_once(time::now()).await.unwrap();
    assert_eq!(report.delivered.sent, 1, "{report}");
    let messages = smtp.wait_for(1, WAIT);
    let links = links_in(&app, &messages[0].data);
    assert_eq!(
        links.len(),
        1,
        "the retried invitation carries a fresh link"
    );
    sign_in_with(&app, &links[0]).await;
    let bounced: Option<NaiveDateTime> = contacts::table
        .select(contacts::bounced_at)
        .first(&mut app.conn())
        .unwrap();
    assert_eq!(bounced, None);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_server_that_is_down_loses_nothing_and_doubles_nothing() {
    let port = free_port();
    let app = spawn_with_smtp(format!("smtp://127.0.0.1:{port}")).await;
    campaign(&app, "down", 3, 2, in_days(30));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "down").await;
    let now = time::now();
    let down = app.jobs().run_once(now).await.unwrap();
    assert_eq!(
        (
            down.delivered.sent,
            down.delivered.retry_later,
            down.delivered.failed
        ),
        (0, 6, 0),
        "{down}"
    );

    let smtp = SmtpServer::start_on(port, Behaviour::Accept);
    let up = app.jobs().run_once(now + Duration::hours(1)).await.unwrap();
    assert_eq!(up.delivered.sent, 6, "{up}");
    assert_eq!(smtp.wait_for(6, WAIT).len(), 6);
    app.jobs().run_once(now + Duration::hours(3)).await.unwrap();
    assert_eq!(smtp.accepted(), 6);
    assert_eq!(outbox_count(&app, Some("sent")), 6);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn two_workers_at_once_deliver_each_email_exactly_once() {
    let smtp = SmtpServer::start(Behaviour::Accept);
    let app = spawn_with_smtp(smtp.url()).await;
    campaign(&app, "pair", 50, 2, in_days(30));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "pair").await;
    assert_eq!(outbox_count(&app, Some("queued")), 100);
    let (a, b) = (app.jobs(), app.jobs());
    let now = time::now();
    let (ra, rb) = tokio::join!(a.run_once(now), b.run_once(now));
    let (ra, rb) = (ra.unwrap(), rb.unwrap());
    assert_eq!(ra.delivered.sent + rb.delivered.sent, 100, "{ra} / {rb}");
    let messages = smtp.wait_for(100, WAIT);
    assert_eq!(smtp.accepted(), 100);
    let ids: HashSet<&str> = messages
        .iter()
        .map(|m| header(&m.data, "Message-ID").unwrap())
        .collect();
    assert_eq!(ids.len(), 100, "no email was delivered twice");
    assert_eq!(outbox_count(&app, Some("sent")), 100);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn reminders_follow_the_schedule_and_stop_for_those_who_answered() {
    let (app, mailbox) = spawn_with_memory().await;
    let deadline = in_days(30);
    campaign(&app, "remind", 3, 1, deadline);
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "remind").await;
    let jobs = app.jobs();
    jobs.run_once(time::now()).await.unwrap();
    assert_eq!(mailbox.sent().len(), 3);
    // Company 2 has submitted: no reminder for it.
    diesel::update(
        campaign_targets::table.filter(
            campaign_targets::company_id.eq_any(
                answerable::db::schema::companies::table
                    .filter(answerable::db::schema::companies::slug.eq("remind-c2"))
                    .select(answerable::db::schema::companies::id),
            ),
        ),
    )
    .set(campaign_targets::status.eq("submitted"))
    .execute(&mut app.conn())
    .unwrap();

    let reminders = |subject: &str| {
        mailbox
            .sent()
            .iter()
            .filter(|m| m.subject.contains(subject))
            .map(|m| m.to.clone())
            .collect::<Vec<_>>()
    };
    let r = jobs
        .run_once(deadline - Duration::days(14) - Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(r.reminders_queued, 0);
    let r = jobs
        .run_once(deadline - Duration::days(14) + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(r.reminders_queued, 2, "{r}");
    let mut fourteen = reminders("deadline in 14 days");
    fourteen.sort();
    assert_eq!(
        fourteen,
        vec!["p0@remind-c0.example.org", "p0@remind-c1.example.org"]
    );
    let again = jobs
        .run_once(deadline - Duration::days(14) + Duration::hours(2))
        .await
        .unwrap();
    assert_eq!(again.reminders_queued, 0, "each step once");

    jobs.run_once(deadline - Duration::days(7) + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(reminders("deadline in 7 days").len(), 2);
    let text = mailbox.sent().last().unwrap().text.clone();
    assert!(text.contains("/respond/link"), "{text}");

    // The deadline passes: two targets become overdue, once.
    let at_deadline = jobs
        .run_once(deadline + Duration::minutes(1))
        .await
        .unwrap();
    assert_eq!(at_deadline.overdue, 2, "{at_deadline}");
    assert_eq!(
        reminders("deadline in 2 days").len(),
        0,
        "a step missed is not sent late"
    );
    assert_eq!(
        jobs.run_once(deadline + Duration::hours(1))
            .await
            .unwrap()
            .overdue,
        0
    );
    let overdue: i64 = campaign_targets::table
        .filter(campaign_targets::overdue_at.is_not_null())
        .count()
        .get_result(&mut app.conn())
        .unwrap();
    assert_eq!(overdue, 2);

    jobs.run_once(deadline + Duration::days(1) + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(reminders("the deadline has passed").len(), 2);
    assert_eq!(mailbox.sent().len(), 3 + 2 + 2 + 2);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn a_lost_link_is_sent_again_only_to_a_contact_and_the_page_says_the_same_either_way() {
    let (app, mailbox) = spawn_with_memory().await;
    campaign(&app, "lost", 1, 1, in_days(30));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "lost").await;
    let jobs = app.jobs();
    jobs.run_once(time::now()).await.unwrap();
    let old_link = links_in(&app, &mailbox.sent()[0].text).remove(0);

    let visitor = app.browser();
    let form = visitor.get("/respond/link").await;
    assert_eq!(form.status, StatusCode::OK);
    let known = visitor
        .submit("/respond/link", &[("email", "P0@lost-c0.example.org")])
        .await;
    let unknown = visitor
        .submit("/respond/link", &[("email", "nobody@lost-c0.example.org")])
        .await;
    assert_eq!(known.status, StatusCode::OK);
    assert_eq!(unknown.status, StatusCode::OK);
    assert_eq!(
        known.body.replace("p0@lost-c0.example.org", "X"),
        unknown.body.replace("nobody@lost-c0.example.org", "X"),
        "the page does not tell who is a contact"
    );
    let bad = visitor
        .submit("/respond/link", &[("email", "not an address")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("class=\"error\""));

    jobs.run_once(time::now()).await.unwrap();
    let sent = mailbox.sent();
    assert_eq!(sent.len(), 2, "only the contact got a new link");
    assert_eq!(sent[1].to, "p0@lost-c0.example.org");
    let new_link = links_in(&app, &sent[1].text).remove(0);
    assert_ne!(new_link, old_link);
    // Anyone may type the address: the earlier link goes on working.
    assert_eq!(app.browser().get(&old_link).await.status, StatusCode::OK);
    sign_in_with(&app, &new_link).await;

    // At most three new links an hour to one address.
    for _ in 0..4 {
        visitor
            .submit("/respond/link", &[("email", "p0@lost-c0.example.org")])
            .await;
    }
    jobs.run_once(time::now()).await.unwrap();
    assert_eq!(mailbox.sent().len(), 2 + 2);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn representatives_ask_for_more_time_and_staff_grant_or_refuse_by_email() {
    let (app, mailbox) = spawn_with_memory().await;
    campaign(&app, "ext", 1, 2, in_days(10));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "ext").await;
    let jobs = app.jobs();
    jobs.run_once(time::now()).await.unwrap();
    let link = links_in(&app, &mailbox.sent()[0].text).remove(0);
    let rep = sign_in_with(&app, &link).await;

    let empty = rep
        .submit("/respond/extension", &[("reason", " "), ("until", "")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Say briefly why you need more time."));
    let early = rep
        .submit(
            "/respond/extension",
            &[("reason", "Board meets"), ("until", "2020-01-01")],
        )
        .await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(early.body.contains("after the current deadline"));
    assert!(early.body.contains("Board meets"), "what was typed is kept");

    let until = (in_days(20)).date().format("%Y-%m-%d").to_string();
    let asked = rep
        .submit(
            "/respond/extension",
            &[
                ("reason", "Our board meets next month — ယခုလ"),
                ("until", &until),
            ],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    jobs.run_once(time::now()).await.unwrap();
    let to_staff = mailbox
        .sent()
        .into_iter()
        .find(|m| m.to == "coalition@example.org")
        .unwrap();
    assert!(to_staff.text.contains("Our board meets next month — ယခုလ"));

    let target: String = campaign_targets::table
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap();
    let page = editor
        .get(&format!("/admin/campaigns/ext/targets/{target}"))
        .await;
    assert!(page.body.contains("Our board meets next month — ယခုလ"));
    let request: String = answerable::db::schema::extension_requests::table
        .select(answerable::db::schema::extension_requests::id)
        .first(&mut app.conn())
        .unwrap();
    let granted = editor
        .submit(
            &format!("/admin/campaigns/ext/targets/{target}/extensions/{request}"),
            &[
                ("decision", "grant"),
                ("date", &until),
                ("time", "17:00"),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(granted.status, StatusCode::SEE_OTHER, "{}", granted.body);
    let own: Option<NaiveDateTime> = campaign_targets::table
        .select(campaign_targets::deadline_at)
        .first(&mut app.conn())
        .unwrap();
    assert!(own.unwrap() > in_days(19));
    jobs.run_once(time::now()).await.unwrap();
    let decisions: Vec<_> = mailbox
        .sent()
        .into_iter()
        .filter(|m| m.subject.contains("More time granted"))
        .collect();
    assert_eq!(decisions.len(), 2, "both contacts are told");
    assert!(decisions[0].text.contains("The new deadline is"));
    assert_eq!(app.audit_entries("extension.decided").len(), 1);
    let again = editor
        .submit(
            &format!("/admin/campaigns/ext/targets/{target}/extensions/{request}"),
            &[("decision", "refuse"), ("note", "")],
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::CONFLICT,
        "a decision is made once"
    );

    // A second request, refused.
    let start = rep.get("/respond").await;
    assert!(start.body.contains("granted until"), "{}", start.body);
    rep.submit(
        "/respond/extension",
        &[("reason", "Still not enough"), ("until", "")],
    )
    .await;
    let second: String = answerable::db::schema::extension_requests::table
        .filter(answerable::db::schema::extension_requests::decision.eq("pending"))
        .select(answerable::db::schema::extension_requests::id)
        .first(&mut app.conn())
        .unwrap();
    editor
        .submit(
            &format!("/admin/campaigns/ext/targets/{target}/extensions/{second}"),
            &[("decision", "refuse"), ("note", "We need answers by then.")],
        )
        .await;
    jobs.run_once(time::now()).await.unwrap();
    let refused: Vec<_> = mailbox
        .sent()
        .into_iter()
        .filter(|m| m.subject.contains("More time refused"))
        .collect();
    assert_eq!(refused.len(), 2);
    assert!(refused[0].text.contains("We need answers by then."));
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn staff_revoke_and_reissue_links() {
    let (app, mailbox) = spawn_with_memory().await;
    campaign(&app, "rev", 1, 1, in_days(10));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "rev").await;
    let jobs = app.jobs();
    jobs.run_once(time::now()).await.unwrap();
    let link = links_in(&app, &mailbox.sent()[0].text).remove(0);
    let rep = sign_in_with(&app, &link).await;
    assert_eq!(rep.get("/respond").await.status, StatusCode::OK);

    let (target, link_id, contact): (String, String, String) = access_links::table
        .select((
            access_links::target_id,
            access_links::id,
            access_links::contact_id,
        ))
        .first(&mut app.conn())
        .unwrap();
    let revoked = editor
        .submit(
            &format!("/admin/campaigns/rev/targets/{target}/links/{link_id}/revoke"),
            &[],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(app.browser().get(&link).await.status, StatusCode::GONE);
    assert_eq!(
        rep.get("/respond").await.location(),
        Some("/respond/link?ended=1"),
        "the session ends with its link"
    );

    let reissued = editor
        .submit(
            &format!("/admin/campaigns/rev/targets/{target}/contacts/{contact}/link"),
            &[],
        )
        .await;
    assert_eq!(reissued.status, StatusCode::SEE_OTHER);
    jobs.run_once(time::now()).await.unwrap();
    let new_link = links_in(&app, &mailbox.sent()[1].text).remove(0);
    sign_in_with(&app, &new_link).await;
    assert_eq!(app.audit_entries("link.reissued").len(), 1);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn the_server_runs_the_job_loop_by_itself() {
    let (app, mailbox) = TestApp::spawn_with_mailbox(|c| c.jobs_interval_seconds = 1).await;
    campaign(&app, "auto", 2, 1, in_days(30));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, "auto").await;
    let start = std::time::Instant::now();
    while mailbox.sent().len() < 2 && start.elapsed() < WAIT {
        tokio::time::sleep(StdDuration::from_millis(100)).await;
    }
    assert_eq!(
        mailbox.sent().len(),
        2,
        "delivered without anyone running the loop"
    );
    assert_eq!(outbox_count(&app, Some("sent")), 2);
    app.assert_outbox_settled(0);
}
