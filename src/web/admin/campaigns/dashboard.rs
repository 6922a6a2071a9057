//! The tracking dashboard of a campaign: where every company stands, with
//! counts, filters and the same as CSV.

use actix_web::http::header;
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::NaiveDateTime;
use serde::Deserialize;

use crate::app::campaigns::by_slug;
use crate::db::campaigns::{self, Campaign, TargetRow};
use crate::db::companies::Organisation;
use crate::db::questionnaires::{self, QuestionnaireVersion};
use crate::domain::campaign::{days_until, show_in_zone, CampaignState, ShownStatus};
use crate::domain::company::Sector;
use crate::domain::i18n::Tr;
use crate::domain::{time, Role};
use crate::web::auth::{AnyStaff, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{ok, PageContext};
use crate::web::state::AppState;

use super::{slug_of, zone};

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
pub(crate) struct CampaignPage {
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
    can_edit: bool,
    sectors: [Sector; 5],
    notice: Option<String>,
    error: Option<String>,
    /// Targets waiting for an invitation.
    not_invited: i64,
    /// Emails of this campaign that could not be delivered.
    failures: Vec<crate::db::outbox::OutboxRow>,
    /// Why no email can leave at all, if the relay is misconfigured.
    relay_problem: Option<crate::db::mail_relay::RelayProblem>,
    reminders: String,
    /// What the latest published version no longer tells truly: company,
    /// what happened, when.
    late_replies: Vec<(String, &'static str, String)>,
    /// Evidence documents: the limits (MB, per answer) and whether they
    /// are published.
    evidence: crate::domain::documents::EvidenceRules,
}

impl CampaignPage {
    /// The state the campaign can be moved to from this page, with the
    /// button's words (publishing has its own section).
    fn state_step(&self) -> Option<(&'static str, &'static str)> {
        match self.campaign.state() {
            CampaignState::Draft => Some(("open", "Open the campaign")),
            CampaignState::Open => Some(("closed", "Close the campaign")),
            CampaignState::Closed => Some(("open", "Reopen the campaign")),
            CampaignState::Published => None,
        }
    }

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

pub(crate) async fn dashboard_page(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    slug: String,
    status_filter: String,
    notice: Option<String>,
    error: Option<String>,
) -> Result<CampaignPage, AppError> {
    let (campaign, rows, organisations, versions, not_invited, failures, late, evidence, relay) =
        state
            .db(move |conn| {
                let campaign = by_slug(conn, &slug)?;
                let rows = campaigns::targets(conn, &campaign.id)?;
                let organisations = campaigns::organisations_of(conn, &campaign.id)?;
                let versions = questionnaires::list(conn)?;
                let not_invited = crate::app::outreach::not_invited_count(conn, &campaign.id)?;
                let failures = crate::db::outbox::failed_in_campaign(conn, &campaign.id)?;
                let late = crate::app::review::republish_needed(conn, &campaign, time::now())?;
                let evidence = crate::db::evidence::rules_of(conn, &campaign.id)?;
                let relay = crate::db::mail_relay::current(conn)?;
                Ok((
                    campaign,
                    rows,
                    organisations,
                    versions,
                    not_invited,
                    failures,
                    late,
                    evidence,
                    relay,
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
        can_edit: me.user.role.includes(Role::Editor),
        evidence,
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
        relay_problem: relay,
        reminders: reminder_summary(&campaign.reminder_days),
        late_replies: late
            .into_iter()
            .map(|(company, why, at)| (company, why.describe(), show_in_zone(at, tz)))
            .collect(),
        campaign,
    })
}

/// "14, 7 and 2 days before the deadline, and 1 day after it".
fn reminder_summary(text: &str) -> String {
    let Ok(schedule) = crate::domain::outreach::ReminderSchedule::parse(text) else {
        return format!("unreadable ({text})");
    };
    let join = |v: Vec<String>| crate::domain::single_line::and_list(&v).unwrap_or_default();
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
    let tr = Tr::english();
    Some(match done {
        "state" => tr.t("admin-notice-campaign-state"),
        "questionnaire" => tr.t("admin-notice-campaign-questionnaire"),
        "targets" => tr.t("admin-notice-campaign-targets"),
        "none-added" => tr.t("admin-notice-campaign-none-added"),
        "extended" => tr.t("admin-notice-campaign-extended"),
        "details" => tr.t("admin-notice-campaign-details"),
        "reminders" => tr.t("admin-notice-campaign-reminders"),
        "rules" => tr.t("admin-notice-campaign-rules"),
        "emails" => tr.t("admin-notice-campaign-emails"),
        "next-round" => tr.t("admin-notice-campaign-next-round"),
        "published" => tr.t("admin-notice-campaign-published"),
        "sent" => tr.t("admin-notice-campaign-sent"),
        _ => return None,
    })
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
            let campaign = by_slug(conn, &s)?;
            let rows = campaigns::targets(conn, &campaign.id)?;
            Ok((campaign, rows))
        })
        .await?;
    let dashboard = Dashboard::build(&campaign, rows, time::now());
    let mut out = crate::domain::spreadsheet::writer();
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
