//! Closing a campaign before every company's time is up: a confirmation
//! that lists who still has time, those companies answering until their
//! own deadline, published as "still has time" rather than as silent;
//! ending their time only with a published reason; reopening until
//! publication. The campaign run of issue 16: closed 20 days before the
//! deadline, one company with an extension three weeks past it.

use answerable::app::campaigns;
use answerable::db::audit::Actor;
use answerable::db::schema::{campaign_targets, campaigns as campaigns_table, companies};
use answerable::domain::ids::{CampaignId, TargetId};
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{hidden_field, Browser, TestApp};
use crate::scenarios::{full_answers, in_days, invited, questionnaire, save, sign_in_with};

fn target_of(app: &TestApp, company: &str) -> TargetId {
    campaign_targets::table
        .inner_join(companies::table)
        .filter(companies::slug.eq(company))
        .select(campaign_targets::id)
        .first(&mut app.conn())
        .unwrap()
}

fn campaign_state(app: &TestApp, slug: &str) -> String {
    campaigns_table::table
        .filter(campaigns_table::slug.eq(slug))
        .select(campaigns_table::state)
        .first(&mut app.conn())
        .unwrap()
}

/// Company 2 of `slug` is given until three weeks after the deadline.
fn extend_company_2(app: &TestApp, slug: &str) {
    let id: CampaignId = campaigns_table::table
        .filter(campaigns_table::slug.eq(slug))
        .select(campaigns_table::id)
        .first(&mut app.conn())
        .unwrap();
    campaigns::extend(
        &mut app.conn(),
        &Actor::CommandLine,
        &id,
        &target_of(app, &format!("{slug}-c2")),
        in_days(41),
    )
    .unwrap();
}

/// Asks to close and returns the confirmation page.
async fn ask_to_close(editor: &Browser, slug: &str) -> crate::helpers::Page {
    editor
        .submit(
            &format!("/admin/campaigns/{slug}/state"),
            &[("to", "closed")],
        )
        .await
}

/// Confirms closing as the page `shown` offered it.
async fn confirm_close(
    editor: &Browser,
    slug: &str,
    shown: &str,
    closing: &str,
    reason: &str,
) -> crate::helpers::Page {
    let seen = hidden_field(shown, "seen").expect("the page carries what it showed");
    editor
        .submit(
            &format!("/admin/campaigns/{slug}/state"),
            &[
                ("to", "closed"),
                ("confirm", "yes"),
                ("seen", &seen),
                ("closing", closing),
                ("reason", reason),
            ],
        )
        .await
}

/// Publishes as an editor would, pressing the confirmation's button twice
/// at once: one version is made, and both presses land on it.
async fn publish(editor: &Browser, slug: &str) {
    let asked = editor
        .submit(&format!("/admin/campaigns/{slug}/publish"), &[("note", "")])
        .await;
    assert_eq!(asked.status, StatusCode::OK, "a confirmation first");
    assert!(asked.body.contains("will be public"), "{}", asked.body);
    let version = hidden_field(&asked.body, "version").expect("the version confirmed");
    let path = format!("/admin/campaigns/{slug}/publish");
    let fields = [
        ("note", ""),
        ("confirm", "yes"),
        ("version", version.as_str()),
    ];
    let (done, again) = tokio::join!(editor.submit(&path, &fields), editor.submit(&path, &fields));
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert_eq!(done.location(), again.location());
}

#[tokio::test]
async fn closing_early_lists_who_still_has_time_and_they_keep_it_through_publication() {
    let (app, _mailbox, editor, links) = invited("early", 4, 1).await;
    extend_company_2(&app, "early");
    // c0 answers; c1 declines; c2 (extended) and c3 stay silent for now.
    let q = questionnaire();
    let answering = sign_in_with(&app, &links[0][0]).await;
    for section in &q.sections {
        save(&answering, section.key.as_str(), &full_answers(section)).await;
    }
    answering.submit("/respond/submit", &[]).await;
    let decliner = sign_in_with(&app, &links[1][0]).await;
    decliner
        .submit("/respond/decline", &[("reason", "Not now.")])
        .await;
    let extended = sign_in_with(&app, &links[2][0]).await;
    let silent = sign_in_with(&app, &links[3][0]).await;

    // Closing is one click no longer: the page lists who still has time.
    let page = ask_to_close(&editor, "early").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("2 companies still have time to answer"));
    assert!(page.body.contains("Company 2 of early"), "{}", page.body);
    assert!(page.body.contains("Company 3 of early"));
    assert!(!page.body.contains("Company 0 of early"), "it answered");
    assert_eq!(campaign_state(&app, "early"), "open", "nothing changed yet");

    // Meanwhile c3 declines: what the editor saw is no longer true.
    let stale = page.body.clone();
    silent.submit("/respond/decline", &[("reason", "")]).await;
    let refused = confirm_close(&editor, "early", &stale, "keep", "").await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused
        .body
        .contains("has changed since this page was shown"));
    assert!(refused.body.contains("1 company still has time to answer"));
    assert_eq!(campaign_state(&app, "early"), "open");
    silent.submit("/respond/decline/undo", &[]).await;

    // Closed, everyone keeping their time.
    let page = ask_to_close(&editor, "early").await;
    let closed = confirm_close(&editor, "early", &page.body, "keep", "").await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);
    assert_eq!(campaign_state(&app, "early"), "closed");
    let audit = app.audit_entries("campaign.state");
    assert!(
        audit
            .iter()
            .any(|(_, d)| d.contains("keep their time to answer")),
        "{audit:?}"
    );

    // The company with more time is not locked out: it saves, and its
    // start page still counts its days.
    let saved = save(
        &extended,
        "about",
        &[("a.relation".into(), "operator".into())],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // Published now: neither c2 nor c3 is "did not respond".
    publish(&editor, "early").await;
    let public = app.browser();
    let scorecard = public.get("/campaigns/early").await;
    assert_eq!(scorecard.status, StatusCode::OK);
    let versions: i64 = answerable::db::schema::publications::table
        .count()
        .get_result(&mut app.conn())
        .unwrap();
    assert_eq!(versions, 1, "a double click publishes one version");
    assert!(
        scorecard.body.contains("2 still have time to answer"),
        "{}",
        scorecard.body
    );
    // The list below the table gives each deadline once, with the
    // companies that have it: c2's own (extended), then the campaign's.
    let list = scorecard
        .body
        .split("Still has time to answer</h2>")
        .nth(1)
        .and_then(|rest| rest.split("</ul>").next())
        .expect("a list of who still has time");
    let groups: Vec<&str> = list.split("<li>Until ").skip(1).collect();
    assert_eq!(groups.len(), 2, "{list}");
    assert!(groups[0].contains("Company 3 of early"), "{list}");
    assert!(groups[1].contains("Company 2 of early"), "{list}");
    assert!(groups
        .iter()
        .all(|g| !(g.contains("Company 2 of early") && g.contains("Company 3 of early"))));
    // No bar where there is no score yet (n/a is not 0), a bar for each
    // demand where there is one.
    let rows: Vec<&str> = scorecard
        .body
        .split("<tr>")
        .filter_map(|r| r.split("</tr>").next())
        .filter(|r| r.contains("<th scope=\"row\"><a href="))
        .collect();
    let waiting: Vec<&&str> = rows
        .iter()
        .filter(|r| r.contains("<td>still has time</td>"))
        .collect();
    assert_eq!(waiting.len(), 2, "{}", scorecard.body);
    assert!(waiting.iter().all(|r| !r.contains("<meter")));
    assert!(rows.len() > waiting.len(), "{}", scorecard.body);
    assert!(rows
        .iter()
        .filter(|r| !r.contains("<td>still has time</td>"))
        .all(|r| r.contains("<meter")));
    assert!(
        !scorecard.body.contains("did not respond"),
        "{}",
        scorecard.body
    );
    let json = public.get("/campaigns/early/scorecard.json").await;
    let doc: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let standing = |slug: &str| {
        doc["companies"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["slug"] == slug)
            .unwrap()["standing"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(standing("early-c0"), "responded");
    assert_eq!(standing("early-c1"), "declined");
    assert_eq!(standing("early-c2"), "still has time");
    assert_eq!(standing("early-c3"), "still has time");
    let company = public.get("/campaigns/early/companies/early-c2").await;
    assert!(company.body.contains("may still answer until"));

    // After publication, c2 still answers and submits within its time.
    for section in &q.sections {
        let page = save(&extended, section.key.as_str(), &full_answers(section)).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    }
    let submitted = extended.submit("/respond/submit", &[]).await;
    assert_eq!(submitted.location(), Some("/respond/receipt/1"));
    // The published version now says something untrue of c2: staff are told.
    let campaign_page = editor.get("/admin/campaigns/early").await;
    assert!(campaign_page.body.contains("Republish needed"));
    assert!(
        campaign_page.body.contains(
            "Company 2 of early submitted its answers; it is listed as still having time"
        ),
        "{}",
        campaign_page.body
    );
    assert!(
        !campaign_page.body.contains("Company 3 of early submitted"),
        "c3 still has time"
    );

    // A published campaign cannot be reopened.
    let reopen = editor
        .submit(
            "/admin/campaigns/early/state",
            &[("to", "open"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(reopen.status, StatusCode::CONFLICT);
    // Queued and not delivered: two receipts (c0, c2), the editor's
    // four notices (two submissions, two declines) and the representatives'
    // three acknowledgements (two declines, one taken back).
    app.assert_outbox_settled(6 + 3);
}

#[tokio::test]
async fn ending_everyone_s_time_needs_a_reason_which_is_published_and_reopening_gives_it_back() {
    let (app, _mailbox, editor, links) = invited("cut", 3, 1).await;
    extend_company_2(&app, "cut");
    let late = sign_in_with(&app, &links[2][0]).await;

    // No reason, no closing: the form comes back with the message beside the field.
    let page = ask_to_close(&editor, "cut").await;
    let blank = confirm_close(&editor, "cut", &page.body, "end", "  ").await;
    assert_eq!(blank.status, StatusCode::CONFLICT);
    assert!(blank.body.contains("id=\"reason-error\""), "{}", blank.body);
    assert!(
        blank.body.contains("value=\"end\" checked"),
        "the choice is kept"
    );
    assert_eq!(campaign_state(&app, "cut"), "open");

    let reason = "The coalition publishes before the elections.";
    let closed = confirm_close(&editor, "cut", &page.body, "end", reason).await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);
    let locked = save(&late, "about", &[("a.relation".into(), "operator".into())]).await;
    assert_eq!(locked.status, StatusCode::CONFLICT, "its time was ended");

    // Reopened: answers are taken again, the cut is undone.
    let asked = editor
        .submit("/admin/campaigns/cut/state", &[("to", "open")])
        .await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(asked.body.contains("Reopening"));
    let reopened = editor
        .submit(
            "/admin/campaigns/cut/state",
            &[("to", "open"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(reopened.status, StatusCode::SEE_OTHER, "{}", reopened.body);
    assert_eq!(campaign_state(&app, "cut"), "open");
    let saved = save(&late, "about", &[("a.relation".into(), "operator".into())]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // Cut again and published: silent, with the reason beside them.
    let page = ask_to_close(&editor, "cut").await;
    confirm_close(&editor, "cut", &page.body, "end", reason).await;
    publish(&editor, "cut").await;
    let scorecard = app.browser().get("/campaigns/cut").await;
    assert!(scorecard.body.contains(reason), "{}", scorecard.body);
    assert!(scorecard.body.contains("its time was ended on"));
    assert!(!scorecard.body.contains("still has time"));
    let json = app.browser().get("/campaigns/cut/scorecard.json").await;
    let doc: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    assert_eq!(doc["campaign"]["closed_early"]["reason"], reason);
    app.assert_outbox_settled(0);
}

#[tokio::test]
async fn opening_and_publishing_ask_first_and_say_what_will_happen() {
    let (app, _mailbox, editor, _links) = invited("ask", 1, 1).await;
    // Publishing an open campaign is refused, confirmed or not.
    let early = editor
        .submit("/admin/campaigns/ask/publish", &[("confirm", "yes")])
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    let page = ask_to_close(&editor, "ask").await;
    confirm_close(&editor, "ask", &page.body, "keep", "").await;
    let asked = editor
        .submit("/admin/campaigns/ask/publish", &[("note", "First.")])
        .await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(asked.body.contains("Version 1"));
    assert!(
        asked.body.contains("1 company: still has time"),
        "{}",
        asked.body
    );
    assert!(
        asked.body.contains(">First.</textarea>"),
        "the note is kept"
    );
    let versions: i64 = answerable::db::schema::publications::table
        .count()
        .get_result(&mut app.conn())
        .unwrap();
    assert_eq!(versions, 0, "nothing published before confirming");
    app.assert_outbox_settled(0);
}
