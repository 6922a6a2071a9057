//! The next round: a campaign duplicated as a draft (questionnaire,
//! companies, co-signers, reminders, rules, email wording), and its
//! scorecard showing each company's change since the previous round and
//! who answered then but not now.

use answerable::app::campaigns;
use answerable::db::audit::Actor;
use answerable::db::schema::{
    campaign_emails, campaign_organisations, campaign_targets, campaigns as campaigns_table,
    organisations,
};
use answerable::domain::ids::CampaignId;
use answerable::domain::outreach::ReminderSchedule;
use diesel::prelude::*;
use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use crate::helpers::TestApp;
use crate::mailbox::MemoryMailbox;
use crate::scenarios::{
    close, full_answers, invited, links_in, publish, questionnaire, save, send, sign_in_with,
};

fn campaign_id(app: &TestApp, slug: &str) -> CampaignId {
    campaigns_table::table
        .filter(campaigns_table::slug.eq(slug))
        .select(campaigns_table::id)
        .first(&mut app.conn())
        .unwrap()
}

/// Every section answered and submitted through the link.
async fn answer_all(app: &TestApp, link: &str) {
    let rep = sign_in_with(app, link).await;
    for section in &questionnaire().sections {
        save(&rep, section.key.as_str(), &full_answers(section)).await;
    }
    let submitted = rep.submit("/respond/submit", &[]).await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.body
    );
}

/// The first link of each company `{slug}-cN` among the emails delivered
/// from the `skip`th on.
fn links_by_company(
    app: &TestApp,
    mailbox: &MemoryMailbox,
    slug: &str,
    skip: usize,
) -> Vec<(usize, String)> {
    let mut found: Vec<(usize, String)> = Vec::new();
    for mail in mailbox.sent().into_iter().skip(skip) {
        let Some(rest) = mail.to.split(&format!("{slug}-c")).nth(1) else {
            continue;
        };
        let c: usize = rest.split('.').next().unwrap().parse().unwrap();
        if let Some(link) = links_in(app, &mail.text).first() {
            if !found.iter().any(|(k, _)| *k == c) {
                found.push((c, link.clone()));
            }
        }
    }
    found
}

#[tokio::test]
async fn a_second_round_is_a_copy_as_draft_and_its_scorecard_shows_change_since_the_first() {
    let (app, mailbox, editor, links) = invited("r1", 3, 1).await;
    let id = campaign_id(&app, "r1");
    // Round 1 has a co-signer, its own reminder schedule and wording.
    let org = editor
        .submit(
            "/admin/organisations",
            &[("name", "Access Now"), ("website", "")],
        )
        .await;
    assert!(org.status.is_redirection(), "{}", org.body);
    let org_id: String = organisations::table
        .select(organisations::id)
        .first(&mut app.conn())
        .unwrap();
    diesel::insert_into(campaign_organisations::table)
        .values((
            campaign_organisations::campaign_id.eq(&id),
            campaign_organisations::organisation_id.eq(&org_id),
        ))
        .execute(&mut app.conn())
        .unwrap();
    campaigns::set_reminder_days(
        &mut app.conn(),
        &Actor::CommandLine,
        &id,
        &ReminderSchedule::parse("10, 3").unwrap(),
    )
    .unwrap();
    let worded = editor
        .submit(
            "/admin/campaigns/r1/emails",
            &[
                ("invitation_opening", "Dear {company}, a year on."),
                ("invitation_closing", ""),
                ("reminder_opening", ""),
                ("reminder_closing", ""),
            ],
        )
        .await;
    assert_eq!(worded.status, StatusCode::SEE_OTHER, "{}", worded.body);

    // Round 1: c0 and c1 answer, c2 stays silent.
    answer_all(&app, &links[0][0]).await;
    answer_all(&app, &links[1][0]).await;
    assert_eq!(close(&editor, "r1").await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        publish(&editor, "r1", "").await.status,
        StatusCode::SEE_OTHER
    );

    // The next round, from the first one's page.
    let form = editor.get("/admin/campaigns/r1/next-round").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("Campaign r1, next round"),
        "{}",
        form.body
    );
    let bad = editor
        .submit(
            "/admin/campaigns/r1/next-round",
            &[
                ("title", "Second round"),
                ("slug", "R 2!"),
                ("opens_on", "2030-01-01"),
                ("deadline_date", "2029-12-01"),
                ("deadline_time", "17:00"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("id=\"slug-error\""), "{}", bad.body);
    assert!(bad
        .body
        .contains("The deadline must come after the opening date."));
    let taken = editor
        .submit(
            "/admin/campaigns/r1/next-round",
            &[
                ("title", "Second round"),
                ("slug", "r1"),
                ("opens_on", "2030-01-01"),
                ("deadline_date", "2030-02-01"),
                ("deadline_time", "17:00"),
            ],
        )
        .await;
    assert!(taken
        .body
        .contains("Another campaign already has this slug."));
    let started = editor
        .submit(
            "/admin/campaigns/r1/next-round",
            &[
                ("title", "Second round"),
                ("slug", "r2"),
                (
                    "opens_on",
                    &crate::scenarios::in_days(-1).date().to_string(),
                ),
                (
                    "deadline_date",
                    &crate::scenarios::in_days(30).date().to_string(),
                ),
                ("deadline_time", "17:00"),
            ],
        )
        .await;
    assert_eq!(
        started.location(),
        Some("/admin/campaigns/r2?done=next-round"),
        "{}",
        started.body
    );
    let r2 = campaign_id(&app, "r2");
    let (state, reminders, previous): (String, String, Option<String>) = campaigns_table::table
        .find(&r2)
        .select((
            campaigns_table::state,
            campaigns_table::reminder_days,
            campaigns_table::previous_campaign_id,
        ))
        .first(&mut app.conn())
        .unwrap();
    assert_eq!(state, "draft");
    assert_eq!(reminders, "10,3");
    assert_eq!(previous.as_deref(), Some(id.as_str()));
    let asked: Vec<String> = campaign_targets::table
        .filter(campaign_targets::campaign_id.eq(&r2))
        .select(campaign_targets::status)
        .load(&mut app.conn())
        .unwrap();
    assert_eq!(asked, ["not_invited"; 3]);
    let page = editor.get("/admin/campaigns/r2").await;
    assert!(page.body.contains("Access Now"), "the co-signer is copied");
    let wording: String = campaign_emails::table
        .find(&r2)
        .select(campaign_emails::invitation_opening)
        .first(&mut app.conn())
        .unwrap();
    assert_eq!(wording, "Dear {company}, a year on.");
    assert_eq!(app.audit_entries("campaign.duplicated").len(), 1);

    // Round 2: c0 answers again, c1 does not, c2 answers for the first time.
    let opened = editor
        .submit(
            "/admin/campaigns/r2/state",
            &[("to", "open"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    let before = mailbox.sent().len();
    send(&editor, "r2").await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let round_two = links_by_company(&app, &mailbox, "r1", before);
    assert_eq!(round_two.len(), 3, "the same companies are asked again");
    for (c, link) in &round_two {
        if *c != 1 {
            answer_all(&app, link).await;
        }
    }
    assert_eq!(close(&editor, "r2").await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        publish(&editor, "r2", "").await.status,
        StatusCode::SEE_OTHER
    );

    let public = app.browser();
    let scorecard = public.get("/campaigns/r2").await;
    assert_eq!(scorecard.status, StatusCode::OK);
    assert!(scorecard.body.contains("Change since the previous round"));
    assert!(scorecard
        .body
        .contains("Answered in the previous round, not in this one"));
    let json = public.get("/campaigns/r2/scorecard.json").await;
    let doc: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    assert_eq!(doc["campaign"]["previous_round"]["slug"], "r1");
    let schema: serde_json::Value =
        serde_json::from_str(&public.get("/campaigns/r2/scorecard.schema.json").await.body)
            .unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    assert!(
        validator.is_valid(&doc),
        "a later round's document follows the schema"
    );
    let company = |n: usize| {
        doc["companies"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["slug"] == format!("r1-c{n}"))
            .unwrap()
            .clone()
    };
    let c0 = company(0);
    assert_eq!(c0["since_previous_round"]["previous_standing"], "responded");
    assert_eq!(
        c0["since_previous_round"]["total_change"].as_f64(),
        Some(0.0),
        "the same answers, the same score"
    );
    let c2 = company(2);
    assert_eq!(
        c2["since_previous_round"]["previous_standing"],
        "did not respond"
    );
    assert_eq!(
        c2["since_previous_round"]["total_change"].as_f64(),
        c2["total"].as_f64(),
        "from zero"
    );
    let c1 = company(1);
    assert_eq!(c1["standing"], "did not respond");
    assert_eq!(c1["since_previous_round"]["previous_standing"], "responded");
    // The previous round's digest is the one it published.
    let first = public.get("/campaigns/r1/scorecard.json").await;
    let digest = hex::encode(Sha256::digest(first.body.as_bytes()));
    assert_eq!(doc["campaign"]["previous_round"]["digest"], digest);
    // Left queued: round two's two receipts and the editor's notices of
    // them (round one's went out with round two's invitations).
    app.assert_outbox_settled(4);
}
