use std::process::Command;

use answerable::db::schema::{campaign_targets, campaigns, companies};
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp};

fn seed_demo(app: &TestApp) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_answerable"))
        .args(["seed", "demo"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_clear()
        .env("ANSWERABLE_DATABASE_URL", app.db.url())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn count(app: &TestApp, table: &str) -> i64 {
    let mut conn = app.conn();
    match table {
        "targets" => campaign_targets::table.count().get_result(&mut conn),
        "companies" => companies::table.count().get_result(&mut conn),
        "campaigns" => campaigns::table.count().get_result(&mut conn),
        other => panic!("no table {other}"),
    }
    .unwrap()
}

#[tokio::test]
async fn seed_demo_gives_an_open_campaign_and_running_it_twice_changes_nothing() {
    let app = TestApp::spawn().await;
    let first = seed_demo(&app);
    assert!(first.contains("companies: 30 created"), "{first}");
    let targets = count(&app, "targets");
    let companies_n = count(&app, "companies");
    let second = seed_demo(&app);
    assert!(
        second.contains("0 created, 0 updated, 30 unchanged"),
        "{second}"
    );
    assert!(second.contains("targets added: 0"), "{second}");
    assert_eq!(count(&app, "targets"), targets);
    assert_eq!(count(&app, "companies"), companies_n);
    assert!(
        targets >= 20,
        "telecom operators and vendors are targets: {targets}"
    );
    let staff: i64 = answerable::db::schema::staff_users::table
        .count()
        .get_result(&mut app.conn())
        .unwrap();
    assert_eq!(staff, 0, "no account is created");

    let (reviewer, _) = app.login_as("reviewer").await;
    let page = reviewer.get("/admin/campaigns/demo").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains(&format!("<strong>0 of {targets}</strong>")),
        "{}",
        page.body
    );
    assert!(page.body.contains(&format!("not yet invited: {targets}")));
    assert!(
        page.body.contains("(Asia/Yangon, UTC+06:30)"),
        "the deadline names its zone"
    );
    assert!(page.body.contains("Demo Coalition for Digital Rights"));
    assert!(
        !page.body.contains("Demo Orchid Cloud"),
        "internet platforms are not targets"
    );
}

async fn new_campaign(editor: &Browser, app: &TestApp, slug: &str) {
    use answerable::db::schema::questionnaire_versions::dsl;
    let version: String = dsl::questionnaire_versions
        .filter(dsl::slug.eq("myanmar-telecoms-2024"))
        .select(dsl::id)
        .first(&mut app.conn())
        .unwrap();
    let page = editor
        .submit(
            "/admin/campaigns",
            &[
                ("title", "Myanmar 2024"),
                ("slug", slug),
                ("questionnaire", &version),
                ("contact_email", "campaign@coalition.example.org"),
                ("time_zone", "Asia/Yangon"),
                ("opens_on", "2026-11-01"),
                ("deadline_date", "2027-01-15"),
                ("deadline_time", "17:00"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
}

#[tokio::test]
async fn a_campaign_form_with_problems_comes_back_with_each_beside_its_field() {
    let app = TestApp::spawn().await;
    let (editor, _) = app.login_as("editor").await;
    let page = editor
        .submit(
            "/admin/campaigns",
            &[
                ("title", ""),
                ("slug", "Bad Slug"),
                ("questionnaire", ""),
                ("contact_email", "nobody"),
                ("time_zone", "Asia/Rangoon City"),
                ("opens_on", "2026-13-01"),
                ("deadline_date", "soon"),
                ("deadline_time", "5pm"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in [
        "title",
        "slug",
        "questionnaire",
        "contact_email",
        "time_zone",
        "opens_on",
        "deadline_date",
        "deadline_time",
    ] {
        assert!(
            page.body.contains(&format!("id=\"{field}-error\"")),
            "no error beside {field}"
        );
    }
    assert_eq!(count(&app, "campaigns"), 0);
}

#[tokio::test]
async fn states_are_enforced_draft_open_closed_published() {
    let app = TestApp::spawn().await;
    seed_demo(&app); // companies and organisations to work with
    let (editor, _) = app.login_as("editor").await;
    new_campaign(&editor, &app, "myanmar-2024").await;
    let page = editor.get("/admin/campaigns/myanmar-2024").await;
    assert!(page.body.contains("<strong>draft</strong>"));
    assert!(page
        .body
        .contains("15 January 2027, 17:00 (Asia/Yangon, UTC+06:30)"));

    use answerable::db::schema::questionnaire_versions::dsl;
    let other: String = dsl::questionnaire_versions
        .filter(dsl::slug.eq("surveillance-exports"))
        .select(dsl::id)
        .first(&mut app.conn())
        .unwrap();
    let changed = editor
        .submit(
            "/admin/campaigns/myanmar-2024/questionnaire",
            &[("questionnaire", &other)],
        )
        .await;
    assert_eq!(
        changed.status,
        StatusCode::SEE_OTHER,
        "a draft's questionnaire can change"
    );

    // Publishing straight from draft is refused.
    let skip = editor
        .submit(
            "/admin/campaigns/myanmar-2024/state",
            &[("to", "published")],
        )
        .await;
    assert_eq!(skip.status, StatusCode::CONFLICT);
    assert!(skip
        .body
        .contains("The campaign is draft, so it cannot move to that state"));

    let asked = editor
        .submit("/admin/campaigns/myanmar-2024/state", &[("to", "open")])
        .await;
    assert_eq!(asked.status, StatusCode::OK, "a confirmation first");
    assert!(asked.body.contains("fixes its questionnaire version"));
    let open = editor
        .submit(
            "/admin/campaigns/myanmar-2024/state",
            &[("to", "open"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(open.status, StatusCode::SEE_OTHER);
    let refused = editor
        .submit(
            "/admin/campaigns/myanmar-2024/questionnaire",
            &[("questionnaire", &other)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused
            .body
            .contains("The campaign is open, so it cannot change its questionnaire version"),
        "{}",
        refused.body
    );

    let added = editor
        .submit(
            "/admin/campaigns/myanmar-2024/targets",
            &[("sector", "telecom-operator"), ("country", "")],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let again = editor
        .submit(
            "/admin/campaigns/myanmar-2024/targets",
            &[("sector", "telecom-operator")],
        )
        .await;
    assert_eq!(
        again.location(),
        Some("/admin/campaigns/myanmar-2024?done=none-added")
    );
    let one = editor
        .submit(
            "/admin/campaigns/myanmar-2024/targets",
            &[("company", "demo-orchid-cloud")],
        )
        .await;
    assert_eq!(one.status, StatusCode::SEE_OTHER);
    let unknown = editor
        .submit(
            "/admin/campaigns/myanmar-2024/targets",
            &[("company", "no-such-company")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::CONFLICT);
    assert!(unknown.body.contains("no active company with the slug"));
    let page = editor.get("/admin/campaigns/myanmar-2024").await;
    assert!(
        page.body.contains("<strong>0 of 10</strong>"),
        "9 telecom operators and one platform"
    );

    crate::scenarios::close(&editor, "myanmar-2024").await;
    let late = editor
        .submit(
            "/admin/campaigns/myanmar-2024/targets",
            &[("company", "demo-jade-messenger")],
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late
        .body
        .contains("The campaign is closed, so it cannot take new targets"));
    let published = editor
        .submit(
            "/admin/campaigns/myanmar-2024/state",
            &[("to", "published"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.audit_entries("campaign.published").len(),
        1,
        "publishing makes a version"
    );
    let states: Vec<(String, String)> = app.audit_entries("campaign.state");
    let moves: Vec<&str> = states
        .iter()
        .filter(|(subject, _)| subject == "myanmar-2024")
        .map(|(_, d)| d.as_str())
        .collect();
    assert_eq!(moves, ["draft → open", "open → closed"]);

    let (reviewer, _) = app.login_as("reviewer").await;
    let forbidden = reviewer
        .submit("/admin/campaigns/myanmar-2024/state", &[("to", "open")])
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_dashboard_counts_statuses_overdue_and_extensions_and_downloads_as_csv() {
    let app = TestApp::spawn().await;
    seed_demo(&app);
    let mut conn = app.conn();
    let demo_id: String = campaigns::table
        .filter(campaigns::slug.eq("demo"))
        .select(campaigns::id)
        .first(&mut conn)
        .unwrap();
    let ids: Vec<String> = campaign_targets::table
        .filter(campaign_targets::campaign_id.eq(&demo_id))
        .order(campaign_targets::id.asc())
        .select(campaign_targets::id)
        .load(&mut conn)
        .unwrap();
    let total = ids.len();
    // Until invitations exist, statuses are set here as they will be then.
    for (id, status) in
        ids.iter()
            .zip(["submitted", "declined", "invited", "in_progress", "viewed"])
    {
        diesel::update(campaign_targets::table.find(id))
            .set(campaign_targets::status.eq(status))
            .execute(&mut conn)
            .unwrap();
    }
    let (editor, _) = app.login_as("editor").await;
    let page = editor.get("/admin/campaigns/demo").await;
    assert!(page
        .body
        .contains(&format!("<strong>2 of {total}</strong>")));
    assert!(page.body.contains("submitted: 1"));
    assert!(page.body.contains("declined: 1"));
    assert!(page.body.contains("overdue: 0"));

    // The deadline passes; one company got an extension.
    let past = answerable::domain::time::now() - chrono::Duration::days(2);
    diesel::update(campaigns::table.find(&demo_id))
        .set(campaigns::deadline_at.eq(past))
        .execute(&mut conn)
        .unwrap();
    let extended = editor
        .submit(
            "/admin/campaigns/demo/extensions",
            &[
                ("target", &ids[2]),
                ("date", "2099-01-31"),
                ("time", "17:00"),
            ],
        )
        .await;
    assert_eq!(extended.status, StatusCode::SEE_OTHER, "{}", extended.body);
    let too_early = editor
        .submit(
            "/admin/campaigns/demo/extensions",
            &[
                ("target", &ids[3]),
                ("date", "2000-01-01"),
                ("time", "17:00"),
            ],
        )
        .await;
    assert_eq!(too_early.status, StatusCode::CONFLICT);
    assert!(too_early.body.contains("must end after the campaign"));

    let page = editor.get("/admin/campaigns/demo").await;
    assert!(
        page.body.contains("overdue: 2"),
        "in progress and viewed are overdue; the extended one is not"
    );
    assert!(page.body.contains("(extended)"));
    let overdue = editor.get("/admin/campaigns/demo?status=overdue").await;
    assert_eq!(overdue.body.matches("class=\"status-overdue\"").count(), 2);

    let csv = editor.get("/admin/campaigns/demo/targets.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines[0], "company,slug,sector,hq_country,status,deadline_utc,extended,days_to_deadline,last_activity_utc");
    assert_eq!(lines.len(), total + 1);
    assert_eq!(lines.iter().filter(|l| l.contains(",overdue,")).count(), 2);
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.contains(",2099-01-31T10:30:00Z,yes,"))
            .count(),
        1
    );
    let only = editor
        .get("/admin/campaigns/demo/targets.csv?status=submitted")
        .await;
    assert_eq!(only.body.lines().count(), 2);
}

#[tokio::test]
async fn details_change_while_draft_or_open_and_not_after() {
    let app = TestApp::spawn().await;
    seed_demo(&app);
    let (editor, _) = app.login_as("editor").await;
    let form = editor.get("/admin/campaigns/demo/edit").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("value=\"Asia/Yangon\""));
    assert!(
        !form.body.contains("name=\"questionnaire\""),
        "an open campaign's questionnaire is fixed"
    );

    let bad = editor
        .submit(
            "/admin/campaigns/demo",
            &[
                ("title", "Demo"),
                ("contact_email", "campaign@digital-rights.example.org"),
                ("time_zone", "Asia/Yangon"),
                ("opens_on", "2026-11-01"),
                ("deadline_date", "2026-10-01"),
                ("deadline_time", "17:00"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad
        .body
        .contains("The deadline must come after the opening date."));

    let saved = editor
        .submit(
            "/admin/campaigns/demo",
            &[
                ("title", "Demo: Myanmar, second round"),
                ("contact_email", "campaign@digital-rights.example.org"),
                ("time_zone", "Asia/Bangkok"),
                ("opens_on", "2026-11-01"),
                ("deadline_date", "2027-02-01"),
                ("deadline_time", "12:00"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = editor.get("/admin/campaigns/demo").await;
    assert!(page.body.contains("Demo: Myanmar, second round"));
    assert!(page
        .body
        .contains("1 February 2027, 12:00 (Asia/Bangkok, UTC+07:00)"));
    assert!(
        page.body.contains("no organisation yet"),
        "co-signers unticked are removed"
    );
    assert_eq!(app.audit_entries("campaign.updated").len(), 1);

    crate::scenarios::close(&editor, "demo").await;
    let late = editor.get("/admin/campaigns/demo/edit").await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    let refused = editor
        .submit(
            "/admin/campaigns/demo",
            &[
                ("title", "Changed after closing"),
                ("contact_email", "a@example.org"),
                ("time_zone", "UTC"),
                ("opens_on", "2026-11-01"),
                ("deadline_date", "2027-02-01"),
                ("deadline_time", "12:00"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(!editor
        .get("/admin/campaigns/demo")
        .await
        .body
        .contains("Changed after closing"));
}

/// The ids of the organisations as the campaign form offers them.
fn organisation_ids(form: &str) -> Vec<String> {
    form.match_indices("name=\"organisation\" value=\"")
        .map(|(at, marker)| {
            let rest = &form[at + marker.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

#[tokio::test]
async fn co_signers_are_ticked_on_the_campaign_form_one_or_several() {
    use answerable::db::schema::campaign_organisations;
    let app = TestApp::spawn().await;
    let (editor, _) = app.login_as("editor").await;
    for name in ["Coalition for Digital Rights", "Myanmar Witness Network"] {
        let page = editor
            .submit("/admin/organisations", &[("name", name), ("website", "")])
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    }
    let form = editor.get("/admin/campaigns/new").await;
    let ids = organisation_ids(&form.body);
    assert_eq!(ids.len(), 2, "{}", form.body);
    let version: String = {
        use answerable::db::schema::questionnaire_versions::dsl;
        dsl::questionnaire_versions
            .filter(dsl::slug.eq("myanmar-telecoms-2024"))
            .select(dsl::id)
            .first(&mut app.conn())
            .unwrap()
    };
    for (slug, ticked) in [("one-signer", &ids[..1]), ("two-signers", &ids[..])] {
        let mut fields = vec![
            ("title", "Myanmar 2024"),
            ("slug", slug),
            ("questionnaire", version.as_str()),
            ("contact_email", "campaign@coalition.example.org"),
            ("time_zone", "Asia/Yangon"),
            ("opens_on", "2026-11-01"),
            ("deadline_date", "2027-01-15"),
            ("deadline_time", "17:00"),
        ];
        fields.extend(ticked.iter().map(|id| ("organisation", id.as_str())));
        let page = editor.submit("/admin/campaigns", &fields).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{slug}: {}", page.body);
        let id: String = campaigns::table
            .filter(campaigns::slug.eq(slug))
            .select(campaigns::id)
            .first(&mut app.conn())
            .unwrap();
        let signers: i64 = campaign_organisations::table
            .filter(campaign_organisations::campaign_id.eq(&id))
            .count()
            .get_result(&mut app.conn())
            .unwrap();
        assert_eq!(signers, ticked.len() as i64, "{slug}");
        let shown = editor.get(&format!("/admin/campaigns/{slug}")).await;
        assert!(
            shown.body.contains("Coalition for Digital Rights"),
            "{slug}"
        );
    }
}

#[tokio::test]
async fn an_unknown_stored_campaign_state_is_an_error_not_draft() {
    use answerable::domain::campaign::CampaignState;
    let app = TestApp::spawn().await;
    let mut conn = app.conn();
    // The schema's CHECK keeps such a word out of `campaigns.state`, so the
    // word is read from a literal, the way the column is read.
    let err = diesel::select(diesel::dsl::sql::<diesel::sql_types::Text>("'archived'"))
        .get_result::<CampaignState>(&mut conn)
        .unwrap_err();
    assert!(
        format!("{err:?}").contains("`archived` is not a known campaign state"),
        "{err:?}"
    );
    let open = diesel::select(diesel::dsl::sql::<diesel::sql_types::Text>("'open'"))
        .get_result::<CampaignState>(&mut conn)
        .unwrap();
    assert_eq!(open, CampaignState::Open);
}

#[tokio::test]
async fn an_admin_address_with_no_possible_slug_is_not_found_after_sign_in() {
    let app = TestApp::spawn().await;
    let anonymous = app.browser();
    let real = anonymous.get("/admin/campaigns/no-such-campaign").await;
    let made_up = anonymous.get("/admin/campaigns/Not..A..Slug").await;
    assert_eq!(made_up.status, real.status);
    assert!(
        made_up
            .location()
            .is_some_and(|l| l.starts_with("/admin/login?next=")),
        "{:?}",
        made_up.location()
    );
    assert!(real
        .location()
        .is_some_and(|l| l.starts_with("/admin/login?next=")));
    let (editor, _) = app.login_as("editor").await;
    for path in [
        "/admin/campaigns/Not..A..Slug",
        "/admin/campaigns/Not..A..Slug/edit",
        "/admin/campaigns/no-such-campaign",
    ] {
        assert_eq!(
            editor.get(path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_whole_questionnaire_is_public_once_the_campaign_opens_to_read_and_print() {
    let app = TestApp::spawn().await;
    let q = crate::scenarios::questionnaire();
    crate::scenarios::campaign(&app, "whole", 1, 1, crate::scenarios::in_days(20));
    let public = app.browser();
    let page = public.get("/campaigns/whole/questionnaire").await;
    assert_eq!(page.status, StatusCode::OK);
    // Every section and every question, with its guidance.
    for section in &q.sections {
        assert!(page.body.contains(&format!("id=\"s-{}\"", section.key)));
        for question in &section.questions {
            assert!(
                page.body.contains(&format!("id=\"q-{}\"", question.key)),
                "{}",
                question.key
            );
        }
    }
    let effort = answerable::domain::questionnaire::Effort::of(&q);
    assert!(page.body.contains(&format!(
        "{} questions in {} sections",
        effort.questions, effort.sections
    )));
    assert!(page.body.contains("coalition@example.org"), "whom to ask");
    assert!(
        page.body.contains("(Asia/Yangon, UTC+06:30)"),
        "the deadline with its zone"
    );
    assert!(!page.body.contains("<form"), "nothing to enter");
    let css = public.get("/static/app.css").await;
    assert!(css.body.contains("@media print"));

    // A draft's questionnaire is not out yet.
    let mut conn = app.conn();
    diesel::update(campaigns::table.filter(campaigns::slug.eq("whole")))
        .set(campaigns::state.eq("draft"))
        .execute(&mut conn)
        .unwrap();
    let draft = public.get("/campaigns/whole/questionnaire").await;
    assert_eq!(draft.status, StatusCode::NOT_FOUND);
}
