//! Campaigns for staff: creating one, its state, its targets, and the
//! tracking dashboard of where every company stands (also as CSV).

use std::collections::HashMap;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::db::campaigns::{
    self, Campaign, CampaignDetails, CampaignError, NewCampaign, TargetRow,
};
use crate::db::companies::{self, Filter, Organisation};
use crate::db::questionnaires::{self, QuestionnaireVersion};
use crate::domain::campaign::{
    days_until, local_to_utc, parse_campaign_slug, parse_time_zone, show_in_zone, CampaignSlug,
    CampaignState, ShownStatus,
};
use crate::domain::company::Sector;
use crate::domain::country::Country;
use crate::domain::ids::{OrganisationId, QuestionnaireVersionId, TargetId};
use crate::domain::{time, Email, Role};
use crate::web::auth::{AnyStaff, EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other, sentence, PageContext};
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "admin/campaigns.html")]
struct ListPage {
    page: PageContext,
    campaigns: Vec<(Campaign, String)>,
    can_edit: bool,
}

fn zone(c: &Campaign) -> Tz {
    parse_time_zone(&c.time_zone).unwrap_or(Tz::UTC)
}

pub async fn list(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let campaigns = state.db(|conn| Ok(campaigns::list(conn)?)).await?;
    let campaigns = campaigns
        .into_iter()
        .map(|c| {
            let shown = show_in_zone(c.deadline_at, zone(&c));
            (c, shown)
        })
        .collect();
    Ok(ok(&ListPage {
        page: PageContext::new("Campaigns", &csrf, Some(&me)),
        campaigns,
        can_edit: me.user.role.includes(Role::Editor),
    }))
}

#[derive(Deserialize, Default, Clone)]
pub struct CampaignForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    slug: String,
    #[serde(default)]
    questionnaire: String,
    #[serde(default)]
    contact_email: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    opens_on: String,
    #[serde(default)]
    deadline_date: String,
    #[serde(default)]
    deadline_time: String,
    /// Organisation ids, several times.
    #[serde(default)]
    organisation: Vec<String>,
}

#[derive(Template)]
#[template(path = "admin/campaign_form.html")]
struct FormPage {
    page: PageContext,
    form: CampaignForm,
    errors: HashMap<&'static str, String>,
    versions: Vec<QuestionnaireVersion>,
    organisations: Vec<Organisation>,
    /// The slug of the campaign edited; None when creating.
    editing: Option<String>,
}

impl FormPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).cloned()
    }

    fn chosen(&self, id: &OrganisationId) -> bool {
        self.form.organisation.iter().any(|o| o == id.as_str())
    }
}

async fn form_page(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    form: CampaignForm,
    errors: HashMap<&'static str, String>,
    editing: Option<String>,
) -> Result<FormPage, AppError> {
    let (versions, organisations) = state
        .db(|conn| Ok((questionnaires::list(conn)?, companies::organisations(conn)?)))
        .await?;
    let title = if editing.is_some() {
        "Edit campaign"
    } else {
        "New campaign"
    };
    Ok(FormPage {
        page: PageContext::new(title, csrf, Some(me)),
        form,
        errors,
        versions,
        organisations,
        editing,
    })
}

pub async fn new_form(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let form = CampaignForm {
        time_zone: "Asia/Yangon".into(),
        deadline_time: "17:00".into(),
        ..Default::default()
    };
    Ok(ok(&form_page(
        &state,
        &me,
        &csrf,
        form,
        HashMap::new(),
        None,
    )
    .await?))
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| "Enter a date such as 2026-12-15.".to_string())
}

fn parse_time(s: &str) -> Result<NaiveTime, String> {
    let s = s.trim();
    let s = if s.is_empty() { "17:00" } else { s };
    NaiveTime::parse_from_str(s, "%H:%M").map_err(|_| "Enter a time such as 17:00.".to_string())
}

/// The fields a campaign keeps while it is a draft or open, checked.
struct Details {
    title: String,
    contact_email: Email,
    time_zone: Tz,
    opens_at: NaiveDateTime,
    deadline_at: NaiveDateTime,
    organisations: Vec<OrganisationId>,
}

fn check_details(
    form: &CampaignForm,
    errors: &mut HashMap<&'static str, String>,
) -> Option<Details> {
    if form.title.trim().is_empty() {
        errors.insert("title", "Enter a title.".into());
    } else if let Some(problem) = crate::domain::single_line::problem(&form.title) {
        errors.insert("title", problem.into());
    }
    let contact = Email::parse(&form.contact_email)
        .map_err(|e| errors.insert("contact_email", sentence(&e.to_string())))
        .ok();
    let tz = parse_time_zone(&form.time_zone)
        .map_err(|e| errors.insert("time_zone", sentence(&e)))
        .ok();
    let opens_on = parse_date(&form.opens_on)
        .map_err(|e| errors.insert("opens_on", e))
        .ok();
    let deadline_date = parse_date(&form.deadline_date)
        .map_err(|e| errors.insert("deadline_date", e))
        .ok();
    let deadline_time = parse_time(&form.deadline_time)
        .map_err(|e| errors.insert("deadline_time", e))
        .ok();
    let (tz, opens, date, time_of_day) = (tz?, opens_on?, deadline_date?, deadline_time?);
    let (opens_at, deadline_at) = match (
        local_to_utc(opens, NaiveTime::MIN, tz),
        local_to_utc(date, time_of_day, tz),
    ) {
        (Ok(o), Ok(d)) if d > o => (o, d),
        (Ok(_), Ok(_)) => {
            errors.insert(
                "deadline_date",
                "The deadline must come after the opening date.".into(),
            );
            return None;
        }
        (Err(e), _) => {
            errors.insert("opens_on", sentence(&e));
            return None;
        }
        (_, Err(e)) => {
            errors.insert("deadline_time", sentence(&e));
            return None;
        }
    };
    Some(Details {
        title: form.title.trim().to_string(),
        contact_email: contact?,
        time_zone: tz,
        opens_at,
        deadline_at,
        organisations: form
            .organisation
            .iter()
            .filter_map(|o| OrganisationId::parse(o))
            .collect(),
    })
}

pub async fn create(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    form: HtmlForm<CampaignForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let form = form.into_inner();
    let mut errors: HashMap<&'static str, String> = HashMap::new();
    let slug = parse_campaign_slug(&form.slug)
        .map_err(|e| errors.insert("slug", sentence(&e)))
        .ok();
    let version = QuestionnaireVersionId::parse(&form.questionnaire);
    if version.is_none() {
        errors.insert("questionnaire", "Choose a questionnaire version.".into());
    }
    let details = check_details(&form, &mut errors);
    if let (Some(slug), Some(version), Some(details), true) =
        (slug, version, details, errors.is_empty())
    {
        let new = NewCampaign {
            slug: slug.clone(),
            title: details.title,
            questionnaire_version_id: version,
            contact_email: details.contact_email.to_string(),
            time_zone: details.time_zone.name().to_string(),
            opens_at: details.opens_at,
            deadline_at: details.deadline_at,
            organisations: details.organisations,
        };
        let actor = me.actor();
        let created = state
            .db(move |conn| Ok(campaigns::create(conn, &actor, &new)))
            .await?;
        match created {
            Ok(_) => return Ok(see_other(&format!("/admin/campaigns/{slug}"))),
            Err(CampaignError::SlugTaken) => {
                errors.insert("slug", "Another campaign already has this slug.".into());
            }
            Err(CampaignError::Database(e)) if is_foreign_key(&e) => {
                errors.insert(
                    "questionnaire",
                    "Choose a questionnaire version from the list.".into(),
                );
            }
            Err(e) => return Err(campaign_error(e)),
        }
    }
    let page = form_page(&state, &me, &csrf, form, errors, None).await?;
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &page,
    ))
}

pub async fn edit_form(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let s = slug.clone();
    let (campaign, organisations) = state
        .db(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
            let organisations = campaigns::organisations_of(conn, &campaign.id)?;
            Ok((campaign, organisations))
        })
        .await?;
    if !campaign.state().can_edit_details() {
        return refused(
            &state,
            &me,
            &csrf,
            slug,
            format!(
                "The campaign is {}, so its details can no longer change.",
                campaign.state()
            ),
        )
        .await;
    }
    let tz = zone(&campaign);
    let local = |t: NaiveDateTime| tz.from_utc_datetime(&t);
    let form = CampaignForm {
        title: campaign.title.clone(),
        slug: campaign.slug.clone(),
        questionnaire: campaign.questionnaire_version_id.to_string(),
        contact_email: campaign.contact_email.clone(),
        time_zone: campaign.time_zone.clone(),
        opens_on: local(campaign.opens_at).format("%Y-%m-%d").to_string(),
        deadline_date: local(campaign.deadline_at).format("%Y-%m-%d").to_string(),
        deadline_time: local(campaign.deadline_at).format("%H:%M").to_string(),
        organisation: organisations.iter().map(|o| o.id.to_string()).collect(),
    };
    Ok(ok(&form_page(
        &state,
        &me,
        &csrf,
        form,
        HashMap::new(),
        Some(slug),
    )
    .await?))
}

pub async fn update(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<CampaignForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let form = form.into_inner();
    let mut errors: HashMap<&'static str, String> = HashMap::new();
    if let (Some(details), true) = (check_details(&form, &mut errors), errors.is_empty()) {
        let changes = CampaignDetails {
            title: details.title,
            contact_email: details.contact_email.to_string(),
            time_zone: details.time_zone.name().to_string(),
            opens_at: details.opens_at,
            deadline_at: details.deadline_at,
            organisations: details.organisations,
        };
        let (actor, s) = (me.actor(), slug.clone());
        let result = state
            .db(move |conn| {
                let campaign = campaigns::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
                Ok(campaigns::update_details(
                    conn,
                    &actor,
                    &campaign.id,
                    &changes,
                ))
            })
            .await?;
        return finish(&state, &me, &csrf, slug, result, "details").await;
    }
    let page = form_page(&state, &me, &csrf, form, errors, Some(slug)).await?;
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &page,
    ))
}

fn is_foreign_key(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::ForeignKeyViolation,
            _
        )
    )
}

/// One line of the dashboard.
pub struct TargetLine {
    pub row: TargetRow,
    pub shown: ShownStatus,
    pub deadline: NaiveDateTime,
    pub deadline_shown: String,
    pub extended: bool,
    pub days: i64,
    pub last_activity: String,
}

struct Dashboard {
    lines: Vec<TargetLine>,
    counts: Vec<(ShownStatus, usize)>,
    total: usize,
    responded: usize,
}

impl Dashboard {
    fn build(campaign: &Campaign, rows: Vec<TargetRow>, now: NaiveDateTime) -> Dashboard {
        let tz = zone(campaign);
        let lines: Vec<TargetLine> = rows
            .into_iter()
            .map(|row| {
                let deadline = row.own_deadline.unwrap_or(campaign.deadline_at);
                TargetLine {
                    shown: ShownStatus::of(row.status(), deadline, now),
                    deadline_shown: show_in_zone(deadline, tz),
                    extended: row.own_deadline.is_some(),
                    days: days_until(deadline, now),
                    last_activity: row
                        .last_activity_at
                        .map(|t| show_in_zone(t, tz))
                        .unwrap_or_else(|| "none".into()),
                    deadline,
                    row,
                }
            })
            .collect();
        let counts = ShownStatus::ALL
            .into_iter()
            .map(|s| (s, lines.iter().filter(|l| l.shown == s).count()))
            .collect();
        let responded = lines.iter().filter(|l| l.row.status().is_final()).count();
        Dashboard {
            total: lines.len(),
            responded,
            counts,
            lines,
        }
    }

    fn rate(&self) -> String {
        match (self.responded * 100 + self.total / 2).checked_div(self.total) {
            Some(percent) => format!("{percent}%"),
            None => "no targets yet".into(),
        }
    }
}

#[derive(Deserialize, Default)]
pub struct DashboardQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    done: String,
}

#[derive(Template)]
#[template(path = "admin/campaign.html")]
struct CampaignPage {
    page: PageContext,
    campaign: Campaign,
    deadline: String,
    opens: String,
    version: Option<QuestionnaireVersion>,
    versions: Vec<QuestionnaireVersion>,
    organisations: Vec<Organisation>,
    lines: Vec<TargetLine>,
    counts: Vec<(ShownStatus, usize)>,
    total: usize,
    responded: usize,
    rate: String,
    status_filter: String,
    next_state: Option<CampaignState>,
    can_edit: bool,
    sectors: [Sector; 5],
    notice: Option<String>,
    error: Option<String>,
    /// Targets waiting for an invitation.
    not_invited: i64,
    /// Emails of this campaign that could not be delivered.
    failures: Vec<crate::db::outbox::OutboxRow>,
    reminders: String,
}

impl CampaignPage {
    fn failures_of(
        &self,
        target: &crate::domain::ids::TargetId,
    ) -> Vec<&crate::db::outbox::OutboxRow> {
        self.failures
            .iter()
            .filter(|f| f.target_id.as_ref() == Some(target))
            .collect()
    }
}

async fn dashboard_page(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    slug: String,
    status_filter: String,
    notice: Option<String>,
    error: Option<String>,
) -> Result<CampaignPage, AppError> {
    let (campaign, rows, organisations, versions, not_invited, failures) = state
        .db(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            let rows = campaigns::targets(conn, &campaign.id)?;
            let organisations = campaigns::organisations_of(conn, &campaign.id)?;
            let versions = questionnaires::list(conn)?;
            let not_invited = crate::db::outreach::not_invited_count(conn, &campaign.id)?;
            let failures = crate::db::outbox::failed_in_campaign(conn, &campaign.id)?;
            Ok((
                campaign,
                rows,
                organisations,
                versions,
                not_invited,
                failures,
            ))
        })
        .await?;
    let dashboard = Dashboard::build(&campaign, rows, time::now());
    let rate = dashboard.rate();
    let lines = dashboard
        .lines
        .into_iter()
        .filter(|l| status_filter.is_empty() || l.shown.key() == status_filter)
        .collect();
    let tz = zone(&campaign);
    Ok(CampaignPage {
        page: PageContext::new(campaign.title.clone(), csrf, Some(me)),
        deadline: show_in_zone(campaign.deadline_at, tz),
        opens: show_in_zone(campaign.opens_at, tz),
        version: versions
            .iter()
            .find(|v| v.id == campaign.questionnaire_version_id)
            .cloned(),
        next_state: campaign.state().next(),
        can_edit: me.user.role.includes(Role::Editor),
        versions,
        organisations,
        lines,
        counts: dashboard.counts,
        total: dashboard.total,
        responded: dashboard.responded,
        rate,
        status_filter,
        sectors: Sector::ALL,
        notice,
        error,
        not_invited,
        failures,
        reminders: reminder_summary(&campaign.reminder_days),
        campaign,
    })
}

/// "14, 7 and 2 days before the deadline, and 1 day after it".
fn reminder_summary(text: &str) -> String {
    let Ok(schedule) = crate::domain::outreach::ReminderSchedule::parse(text) else {
        return format!("unreadable ({text})");
    };
    let join = |v: Vec<String>| crate::mail::templates::and_list(&v).unwrap_or_default();
    let before: Vec<String> = schedule
        .days()
        .iter()
        .filter(|d| **d > 0)
        .map(|d| d.to_string())
        .collect();
    let after: Vec<String> = schedule
        .days()
        .iter()
        .filter(|d| **d < 0)
        .map(|d| (-d).to_string())
        .collect();
    let on_the_day = schedule.days().contains(&0);
    let mut parts = Vec::new();
    if !before.is_empty() {
        parts.push(format!("{} day(s) before the deadline", join(before)));
    }
    if on_the_day {
        parts.push("on the day of the deadline".to_string());
    }
    if !after.is_empty() {
        parts.push(format!("{} day(s) after it", join(after)));
    }
    if parts.is_empty() {
        "none".to_string()
    } else {
        join(parts)
    }
}

fn notice(done: &str) -> Option<String> {
    Some(
        match done {
            "state" => "The campaign's state was changed.",
            "questionnaire" => "The questionnaire version was changed.",
            "targets" => "The targets were added.",
            "none-added" => "No new targets: every company matching is already asked.",
            "extended" => "The deadline was extended.",
            "details" => "The campaign's details were saved.",
            "reminders" => "The reminder schedule was saved.",
            "rules" => "The response rules were saved.",
            "published" => "Published: the public page now shows this version.",
            "sent" => "The invitations are queued; they go out with the next run of the job loop (see the outbox).",
            _ => return None,
        }
        .to_string(),
    )
}

pub async fn show(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<DashboardQuery>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let query = query.into_inner();
    let page = dashboard_page(
        &state,
        &me,
        &csrf,
        slug_of(path)?,
        query.status,
        notice(&query.done),
        None,
    )
    .await?;
    Ok(ok(&page))
}

pub async fn targets_csv(
    _staff: AnyStaff,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<DashboardQuery>,
) -> Result<HttpResponse, AppError> {
    let slug = slug_of(path)?;
    let s = slug.clone();
    let (campaign, rows) = state
        .db(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
            let rows = campaigns::targets(conn, &campaign.id)?;
            Ok((campaign, rows))
        })
        .await?;
    let dashboard = Dashboard::build(&campaign, rows, time::now());
    let mut out = csv::Writer::from_writer(Vec::new());
    let write_err =
        |e: csv::Error| AppError::Internal(anyhow::Error::new(e).context("writing the CSV"));
    out.write_record([
        "company",
        "slug",
        "sector",
        "hq_country",
        "status",
        "deadline_utc",
        "extended",
        "days_to_deadline",
        "last_activity_utc",
    ])
    .map_err(write_err)?;
    for l in dashboard
        .lines
        .iter()
        .filter(|l| query.status.is_empty() || l.shown.key() == query.status)
    {
        out.write_record(crate::domain::spreadsheet::row([
            l.row.company_name.as_str(),
            l.row.company_slug.as_str(),
            l.row.sector.as_str(),
            l.row.hq_country.as_str(),
            l.shown.key(),
            &l.deadline.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            if l.extended { "yes" } else { "no" },
            &l.days.to_string(),
            &l.row
                .last_activity_at
                .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
                .unwrap_or_default(),
        ]))
        .map_err(write_err)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("writing the CSV: {e}")))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{slug}-targets.csv\""),
        ))
        .body(body))
}

#[derive(Deserialize)]
pub struct StateForm {
    #[serde(default)]
    to: String,
}

/// The campaign slug of an address, checked before any query sees it: an
/// address no campaign can have is not found. The staff extractor runs
/// first, so a signed-out visitor is still sent to sign in.
pub(super) fn slug_of(path: web::Path<String>) -> Result<String, AppError> {
    CampaignSlug::try_from(path.into_inner())
        .map(CampaignSlug::into_string)
        .map_err(|_| AppError::NotFound)
}

pub(super) async fn refused(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    slug: String,
    error: String,
) -> Result<HttpResponse, AppError> {
    let page = dashboard_page(state, me, csrf, slug, String::new(), None, Some(error)).await?;
    Ok(html(&mut HttpResponse::build(StatusCode::CONFLICT), &page))
}

pub async fn change_state(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: web::Form<StateForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let to = CampaignState::parse(&form.to)
        .ok_or_else(|| AppError::BadRequest("Unknown campaign state.".into()))?;
    let (actor, s) = (me.actor(), slug.clone());
    let result = state
        .db(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
            Ok(campaigns::advance(conn, &actor, &campaign.id, to))
        })
        .await?;
    finish(&state, &me, &csrf, slug, result, "state").await
}

async fn finish(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    slug: String,
    result: Result<(), CampaignError>,
    done: &str,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/admin/campaigns/{slug}?done={done}"))),
        Err(e @ (CampaignError::NotAllowed(..) | CampaignError::ExtensionTooEarly)) => {
            refused(state, me, csrf, slug, sentence(&e.to_string())).await
        }
        Err(e) => Err(campaign_error(e)),
    }
}

#[derive(Deserialize)]
pub struct QuestionnaireForm {
    #[serde(default)]
    questionnaire: String,
}

pub async fn change_questionnaire(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: web::Form<QuestionnaireForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let version = QuestionnaireVersionId::parse(&form.questionnaire)
        .ok_or_else(|| AppError::BadRequest("Choose a questionnaire version.".into()))?;
    let (actor, s) = (me.actor(), slug.clone());
    let result = state
        .db(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
            Ok(campaigns::change_questionnaire(
                conn,
                &actor,
                &campaign.id,
                &version,
            ))
        })
        .await?;
    finish(&state, &me, &csrf, slug, result, "questionnaire").await
}

#[derive(Deserialize, Default)]
pub struct TargetsForm {
    /// One company by slug…
    #[serde(default)]
    company: String,
    /// …or every company of a sector and/or country.
    #[serde(default)]
    sector: String,
    #[serde(default)]
    country: String,
}

pub async fn add_targets(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: web::Form<TargetsForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let form = form.into_inner();
    let sector = if form.sector.is_empty() {
        None
    } else {
        Some(Sector::parse(&form.sector).map_err(|e| AppError::BadRequest(sentence(&e)))?)
    };
    let country = if form.country.trim().is_empty() {
        None
    } else {
        match Country::parse(&form.country) {
            Ok(c) => Some(c),
            Err(e) => return refused(&state, &me, &csrf, slug, sentence(&e.to_string())).await,
        }
    };
    let company = form.company.trim().to_string();
    if company.is_empty() && sector.is_none() && country.is_none() {
        return refused(
            &state,
            &me,
            &csrf,
            slug,
            "Name a company, or choose a sector or a country.".into(),
        )
        .await;
    }
    let (actor, s) = (me.actor(), slug.clone());
    let result = state
        .db(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
            let ids = if company.is_empty() {
                let filter = Filter {
                    sector,
                    country,
                    ..Default::default()
                };
                companies::list(conn, &filter)?
                    .into_iter()
                    .map(|c| c.id)
                    .collect::<Vec<_>>()
            } else {
                match companies::find_by_slug(conn, &company)? {
                    Some(c) if c.archived_at.is_none() => vec![c.id],
                    _ => {
                        return Ok(Err(format!(
                            "There is no active company with the slug `{company}`."
                        )))
                    }
                }
            };
            Ok(Ok(campaigns::add_targets(conn, &actor, &campaign.id, &ids)))
        })
        .await?;
    match result {
        Err(message) => refused(&state, &me, &csrf, slug, message).await,
        Ok(Ok(0)) => Ok(see_other(&format!(
            "/admin/campaigns/{slug}?done=none-added"
        ))),
        Ok(Ok(_)) => Ok(see_other(&format!("/admin/campaigns/{slug}?done=targets"))),
        Ok(Err(e)) => finish(&state, &me, &csrf, slug, Err(e), "targets").await,
    }
}

#[derive(Deserialize, Default)]
pub struct ExtendForm {
    #[serde(default)]
    target: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
}

pub async fn extend(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: web::Form<ExtendForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let target = TargetId::parse(&form.target).ok_or(AppError::NotFound)?;
    let (date, time_of_day) = match (parse_date(&form.date), parse_time(&form.time)) {
        (Ok(d), Ok(t)) => (d, t),
        (Err(e), _) | (_, Err(e)) => return refused(&state, &me, &csrf, slug, e).await,
    };
    let (actor, s) = (me.actor(), slug.clone());
    let result = state
        .db(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
            let deadline = match local_to_utc(date, time_of_day, zone(&campaign)) {
                Ok(d) => d,
                Err(e) => return Ok(Err(e)),
            };
            Ok(Ok(campaigns::extend(
                conn,
                &actor,
                &campaign.id,
                &target,
                deadline,
            )))
        })
        .await?;
    match result {
        Err(message) => refused(&state, &me, &csrf, slug, sentence(&message)).await,
        Ok(r) => finish(&state, &me, &csrf, slug, r, "extended").await,
    }
}

fn campaign_error(e: CampaignError) -> AppError {
    match e {
        CampaignError::NotFound => AppError::NotFound,
        CampaignError::Database(e) => e.into(),
        other => AppError::BadRequest(sentence(&other.to_string())),
    }
}
