//! Staff are emailed when a company submits, declines, replies or asks for
//! more time, as each person chose on their account page; once per act.

use answerable::domain::time;
use reqwest::StatusCode;

use crate::dashboard::{answer_and_submit, editor_email, target_of};
use crate::scenarios::{invited, sign_in_with};

#[tokio::test]
async fn staff_are_told_of_what_companies_do_once_each_as_they_chose() {
    let (app, mailbox, _editor, links) = invited("tell", 3, 1).await;
    let (quiet, quiet_staff) = app.login_as("editor").await;
    let account = quiet.get("/admin/account").await;
    assert!(account.body.contains("Email me when"));
    assert!(account
        .body
        .contains("name=\"notify_submission\" value=\"1\" checked"));
    let saved = quiet.submit("/admin/account/notifications", &[]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let account = quiet.get("/admin/account?done=notifications").await;
    assert!(account.body.contains("Your email notifications are saved."));
    assert!(!account.body.contains("value=\"1\" checked"), "all off");
    let (reviewer, reviewer_staff) = app.login_as("reviewer").await;
    let account = reviewer.get("/admin/account").await;
    assert!(
        !account.body.contains("value=\"1\" checked"),
        "off by default"
    );
    reviewer
        .submit("/admin/account/notifications", &[("notify_decline", "1")])
        .await;
    assert_eq!(app.audit_entries("staff.notifications_changed").len(), 2);

    // A submission pressed twice, a refusal, a request for more time.
    let rep0 = sign_in_with(&app, &links[0][0]).await;
    assert_eq!(
        answer_and_submit(&rep0).await.location(),
        Some("/respond/receipt/1")
    );
    let again = rep0.submit("/respond/submit", &[]).await;
    assert_eq!(again.location(), Some("/respond/receipt/1?already=1"));
    let rep1 = sign_in_with(&app, &links[1][0]).await;
    let declined = rep1
        .submit("/respond/decline", &[("reason", "We do not comment.")])
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.body);
    let rep2 = sign_in_with(&app, &links[2][0]).await;
    let asked = rep2
        .submit(
            "/respond/extension",
            &[("reason", "Board meets"), ("until", "")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    app.jobs().run_once(time::now()).await.unwrap();

    let sent = mailbox.sent();
    let to = |address: &str| -> Vec<_> { sent.iter().filter(|m| m.to == address).collect() };
    let editor = editor_email(&app, &quiet_staff.email);
    let mine = to(&editor);
    assert_eq!(
        mine.len(),
        3,
        "{:?}",
        mine.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let submitted: Vec<_> = mine
        .iter()
        .filter(|m| m.subject == "Company 0 of tell submitted its answers: Campaign tell")
        .collect();
    assert_eq!(
        submitted.len(),
        1,
        "one notification for a double submission"
    );
    let t0 = target_of(&app, "tell-c0");
    assert!(submitted[0]
        .text
        .contains(&format!("/admin/campaigns/tell/review/{t0}")));
    let refusal = mine
        .iter()
        .find(|m| m.subject == "Company 1 of tell declined to answer: Campaign tell")
        .expect("the refusal");
    assert!(refusal.text.contains("We do not comment."));
    let t1 = target_of(&app, "tell-c1");
    assert!(refusal
        .text
        .contains(&format!("/admin/campaigns/tell/targets/{t1}")));
    let request = mine
        .iter()
        .find(|m| m.subject == "Company 2 of tell asks for more time: Campaign tell")
        .expect("the request for more time");
    assert!(request.text.contains("Board meets"));
    assert_eq!(
        to("coalition@example.org").len(),
        1,
        "the campaign's address is told of the request, once"
    );
    assert!(to(&quiet_staff.email).is_empty(), "opted out: nothing");
    let reviewers = to(&reviewer_staff.email);
    assert_eq!(reviewers.len(), 1, "only what the reviewer chose");
    assert!(reviewers[0].subject.contains("declined to answer"));
    app.assert_outbox_settled(0);
}
