//! The situations tests start from, named for what people have done:
//! a campaign with companies and contacts, invitations delivered, a
//! representative signed in through their link, a section answered. Every
//! test file takes them from here rather than from another test file.

use crate::mailbox::MemoryMailbox;
use answerable::app::{campaigns, directory};
use answerable::db::audit::Actor;
use answerable::db::questionnaires;
use answerable::db::schema::{campaign_targets, outbox};
use answerable::domain::ids::{CampaignId, CompanyId};
use answerable::domain::questionnaire::{parse, QuestionKind, Questionnaire, Section};
use answerable::domain::{directory_csv, time};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::{hidden_field, Browser, TestApp};

/// Companies `c0…`, each with `contacts` contacts, all targets of the open
/// campaign `slug` with the given deadline.
pub(crate) fn campaign(
    app: &TestApp,
    slug: &str,
    companies: usize,
    contacts_each: usize,
    deadline: NaiveDateTime,
) -> CampaignId {
    campaign_on(
        app,
        "myanmar-telecoms-2024",
        slug,
        companies,
        contacts_each,
        deadline,
    )
}

/// The same, on the questionnaire `questionnaire` (loaded at start).
pub(crate) fn campaign_on(
    app: &TestApp,
    questionnaire: &str,
    slug: &str,
    companies: usize,
    contacts_each: usize,
    deadline: NaiveDateTime,
) -> CampaignId {
    let mut csv = String::from(
        "name,slug,sector,hq_country,website,operates_in,contact_name,contact_email,contact_role\n",
    );
    for c in 0..companies {
        for k in 0..contacts_each {
            csv.push_str(&format!(
                "Company {c} of {slug},{slug}-c{c},telecom-operator,SG,,MM,Person {k},p{k}@{slug}-c{c}.example.org,Counsel\n"
            ));
        }
    }
    let records = directory_csv::parse(csv.as_bytes()).expect("fixture CSV");
    let mut conn = app.conn();
    directory::import(&mut conn, &records, &Actor::CommandLine, false, &mut |_| {}).unwrap();
    let version = questionnaires::list(&mut conn)
        .unwrap()
        .into_iter()
        .find(|v| v.slug == questionnaire)
        .expect("the questionnaire is loaded at start");
    let id = campaigns::create(
        &mut conn,
        &Actor::CommandLine,
        &campaigns::NewCampaign {
            slug: slug.to_string(),
            title: format!("Campaign {slug}"),
            questionnaire_version_id: version.id,
            contact_email: "coalition@example.org".into(),
            time_zone: "Asia/Yangon".into(),
            opens_at: time::now() - Duration::days(1),
            deadline_at: deadline,
            organisations: vec![],
        },
    )
    .unwrap();
    campaigns::open(&mut conn, &Actor::CommandLine, &id).unwrap();
    let ids: Vec<CompanyId> = answerable::db::schema::companies::table
        .filter(answerable::db::schema::companies::slug.like(format!("{slug}-c%")))
        .select(answerable::db::schema::companies::id)
        .load(&mut conn)
        .unwrap();
    campaigns::add_targets(&mut conn, &Actor::CommandLine, &id, &ids).unwrap();
    id
}

pub(crate) fn in_days(days: i64) -> NaiveDateTime {
    time::now() + Duration::days(days)
}

pub(crate) async fn spawn_with_memory() -> (TestApp, MemoryMailbox) {
    TestApp::spawn_with_mailbox(|_| {}).await
}

/// The secret links in an email as received (quoted-printable soft line
/// breaks joined).
pub(crate) fn links_in(app: &TestApp, data: &str) -> Vec<String> {
    let joined = data.replace("=\r\n", "").replace("=3D", "=");
    let prefix = format!("{}/respond/open/", app.address);
    let mut found = Vec::new();
    let mut rest = joined.as_str();
    while let Some(at) = rest.find(&prefix) {
        let token: String = rest[at + prefix.len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let link = format!("/respond/open/{token}");
        if !found.contains(&link) {
            found.push(link);
        }
        rest = &rest[at + prefix.len()..];
    }
    found
}

pub(crate) fn outbox_count(app: &TestApp, status: Option<&str>) -> i64 {
    let mut q = outbox::table.into_boxed();
    if let Some(s) = status {
        q = q.filter(outbox::status.eq(s.to_string()));
    }
    q.count().get_result(&mut app.conn()).unwrap()
}

pub(crate) fn target_status(app: &TestApp, company_slug: &str) -> (String, Option<NaiveDateTime>) {
    use answerable::db::schema::companies;
    campaign_targets::table
        .inner_join(companies::table)
        .filter(companies::slug.eq(company_slug))
        .select((campaign_targets::status, campaign_targets::first_opened_at))
        .first(&mut app.conn())
        .unwrap()
}

pub(crate) async fn send(editor: &Browser, slug: &str) {
    let page = editor
        .submit(&format!("/admin/campaigns/{slug}/send"), &[])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
}

/// Signs a fresh browser in through a link, as a representative would.
pub(crate) async fn sign_in_with(app: &TestApp, link: &str) -> Browser {
    let rep = app.browser();
    let page = rep.get(link).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let pressed = rep.submit(link, &[]).await;
    assert_eq!(pressed.status, StatusCode::SEE_OTHER, "{}", pressed.body);
    assert_eq!(pressed.location(), Some("/respond"));
    rep
}

pub(crate) const BURMESE: &str = "ကျွန်ုပ်တို့သည် လူ့အခွင့်အရေး ဆိုင်ရာ စစ်ဆေးမှု ပြုလုပ်ပါသည်";
pub(crate) const THAI_CHINESE: &str = "การตรวจสอบสิทธิมนุษยชน · 人权尽职调查";

pub(crate) fn questionnaire() -> Questionnaire {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questionnaires/myanmar-telecoms-2024.toml"
    ))
    .unwrap();
    parse(&bytes).expect("the Myanmar questionnaire is valid")
}

/// An open campaign with companies `{slug}-c0…`, invitations delivered;
/// returns the app, its mailbox and the first contact's link of each company.
pub(crate) async fn invited(
    slug: &str,
    companies: usize,
    contacts: usize,
) -> (TestApp, MemoryMailbox, Browser, Vec<Vec<String>>) {
    invited_with(slug, companies, contacts, |_| {}).await
}

/// As [`invited`], on a server whose configuration `adjust` has changed.
pub(crate) async fn invited_with(
    slug: &str,
    companies: usize,
    contacts: usize,
    adjust: impl FnOnce(&mut answerable::config::Config),
) -> (TestApp, MemoryMailbox, Browser, Vec<Vec<String>>) {
    let (app, mailbox) = TestApp::spawn_with_mailbox(adjust).await;
    campaign(&app, slug, companies, contacts, in_days(20));
    let (editor, _) = app.login_as("editor").await;
    send(&editor, slug).await;
    app.jobs()
        .run_once(answerable::domain::time::now())
        .await
        .unwrap();
    let mut links = vec![Vec::new(); companies];
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
        let k: usize = mail.to[1..].split('@').next().unwrap().parse().unwrap();
        let link = links_in(&app, &mail.text).remove(0);
        if links[c].len() <= k {
            links[c].resize(k + 1, String::new());
        }
        links[c][k] = link;
    }
    (app, mailbox, editor, links)
}

/// The version fields a section page carries, as its form would post them.
pub(crate) async fn versions(rep: &Browser, section: &str) -> Vec<(String, String)> {
    let page = rep.get(&format!("/respond/sections/{section}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut out = Vec::new();
    let mut rest = page.body.as_str();
    while let Some(at) = rest.find("name=\"v.") {
        let after = &rest[at + 8..];
        let key = &after[..after.find('"').unwrap()];
        let version = hidden_field(&page.body, &format!("v.{key}")).unwrap();
        out.push((format!("v.{key}"), version));
        rest = after;
    }
    out
}

/// A valid answer to every question of the section (an operator, present).
pub(crate) fn full_answers(section: &Section) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for q in &section.questions {
        let key = format!("a.{}", q.key);
        let value = match (q.key.as_str(), q.kind) {
            ("relation", _) => "operator".to_string(),
            ("presence", _) => "present".to_string(),
            (_, QuestionKind::SingleChoice | QuestionKind::MultipleChoice) => {
                q.options[0].key.to_string()
            }
            (_, QuestionKind::YesPartialNo) => "yes".to_string(),
            (_, QuestionKind::EvidenceLinks) => format!("https://example.org/{}", q.key),
            (_, QuestionKind::Number) => "12".to_string(),
            (_, QuestionKind::Date) => "2024-01-31".to_string(),
            _ => format!("{} — {BURMESE} — {THAI_CHINESE}", q.key),
        };
        out.push((key, value));
    }
    out
}

pub(crate) async fn save(
    rep: &Browser,
    section: &str,
    fields: &[(String, String)],
) -> crate::helpers::Page {
    let mut all = versions(rep, section).await;
    all.extend(fields.iter().cloned());
    let borrowed: Vec<(&str, &str)> = all.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    rep.submit(&format!("/respond/sections/{section}"), &borrowed)
        .await
}

/// A valid answer to every question of the Myanmar questionnaire, saved
/// section by section, then submitted; returns the answer to the submit.
pub(crate) async fn answer_everything_and_submit(rep: &Browser) -> crate::helpers::Page {
    for section in &questionnaire().sections {
        save(rep, section.key.as_str(), &full_answers(section)).await;
    }
    rep.submit("/respond/submit", &[]).await
}

/// Closes the campaign through its confirmation page, as an editor would
/// once the deadline has come: any company that still has time has it
/// ended, with a reason (published). Returns the answer to the confirmation.
pub(crate) async fn close(editor: &Browser, slug: &str) -> crate::helpers::Page {
    let path = format!("/admin/campaigns/{slug}/state");
    let page = editor.submit(&path, &[("to", "closed")]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let seen = hidden_field(&page.body, "seen").expect("the confirmation page");
    editor
        .submit(
            &path,
            &[
                ("to", "closed"),
                ("confirm", "yes"),
                ("seen", &seen),
                ("closing", "end"),
                ("reason", "The round ends with this test."),
            ],
        )
        .await
}

/// Publishes a new version through its confirmation page.
pub(crate) async fn publish(editor: &Browser, slug: &str, note: &str) -> crate::helpers::Page {
    editor
        .submit(
            &format!("/admin/campaigns/{slug}/publish"),
            &[("note", note), ("confirm", "yes")],
        )
        .await
}
