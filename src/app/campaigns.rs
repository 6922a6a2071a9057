//! Campaigns: creating one, and every later change. State rules come from
//! `domain::campaign` and are checked in the transaction that makes the
//! change (see [`change`]), so no page or command can skip them.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Outage;
use crate::db::audit::{self, Actor};
use crate::db::campaigns::{self as queries, Campaign};
use crate::db::companies::{self, Filter};
use crate::db::schema::{campaign_organisations, campaign_targets, campaigns};
use crate::db::{is_unique_violation, write, DbConnection};
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::company::Sector;
use crate::domain::country::Country;
use crate::domain::ids::{CampaignId, CompanyId, OrganisationId, QuestionnaireVersionId, TargetId};
use crate::domain::outreach::ReminderSchedule;
use crate::domain::time;

#[derive(Debug, thiserror::Error)]
pub enum CampaignError {
    #[error("another campaign already has this slug")]
    SlugTaken,
    #[error("the campaign is {0}, so it cannot {1}")]
    NotAllowed(CampaignState, &'static str),
    #[error("an extension must end after the campaign's deadline")]
    ExtensionTooEarly,
    #[error("there is no active company with the slug `{0}`")]
    NoActiveCompany(String),
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Outage(#[from] Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// The campaign with this slug, or [`CampaignError::NotFound`].
pub fn by_slug(conn: &mut DbConnection, slug: &str) -> Result<Campaign, CampaignError> {
    queries::find_by_slug(conn, slug)?.ok_or(CampaignError::NotFound)
}

pub struct NewCampaign {
    pub slug: String,
    pub title: String,
    pub questionnaire_version_id: QuestionnaireVersionId,
    pub contact_email: String,
    pub time_zone: String,
    pub opens_at: NaiveDateTime,
    pub deadline_at: NaiveDateTime,
    pub organisations: Vec<OrganisationId>,
}

pub fn create(
    conn: &mut DbConnection,
    actor: &Actor,
    new: &NewCampaign,
) -> Result<CampaignId, CampaignError> {
    write(conn, |conn| {
        let now = time::now();
        let id = CampaignId::new();
        diesel::insert_into(campaigns::table)
            .values((
                campaigns::id.eq(&id),
                campaigns::slug.eq(&new.slug),
                campaigns::title.eq(&new.title),
                campaigns::questionnaire_version_id.eq(&new.questionnaire_version_id),
                campaigns::contact_email.eq(&new.contact_email),
                campaigns::time_zone.eq(&new.time_zone),
                campaigns::opens_at.eq(new.opens_at),
                campaigns::deadline_at.eq(new.deadline_at),
                campaigns::state.eq(CampaignState::Draft.as_str()),
                campaigns::created_at.eq(now),
                campaigns::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(|e| {
                if is_unique_violation(&e) {
                    CampaignError::SlugTaken
                } else {
                    e.into()
                }
            })?;
        set_organisations(conn, &id, &new.organisations)?;
        audit::record(
            conn,
            actor,
            "campaign.created",
            &new.slug,
            None,
            &new.title,
            now,
        )?;
        Ok(id)
    })
}

/// Every change to an existing campaign, in one transaction: reload it
/// (the state checked is the state changed), refuse unless `allowed` says
/// its state permits the change (`refusal` says what it cannot do), apply
/// the change, and record `action` in the audit log with the detail the
/// change returns; a change that returns no detail changed nothing and
/// leaves no entry.
fn change<T>(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    allowed: impl FnOnce(CampaignState) -> bool,
    refusal: &'static str,
    action: &str,
    apply: impl FnOnce(
        &mut DbConnection,
        &Campaign,
        NaiveDateTime,
    ) -> Result<(T, Option<String>), CampaignError>,
) -> Result<T, CampaignError> {
    write(conn, |conn| {
        let campaign = queries::find(conn, id)?.ok_or(CampaignError::NotFound)?;
        if !allowed(campaign.state()) {
            return Err(CampaignError::NotAllowed(campaign.state(), refusal));
        }
        let now = time::now();
        let (value, detail) = apply(conn, &campaign, now)?;
        if let Some(detail) = detail {
            audit::record(conn, actor, action, &campaign.slug, None, &detail, now)?;
        }
        Ok(value)
    })
}

fn set_organisations(
    conn: &mut DbConnection,
    id: &CampaignId,
    organisations: &[OrganisationId],
) -> QueryResult<()> {
    for org in organisations {
        diesel::insert_into(campaign_organisations::table)
            .values((
                campaign_organisations::campaign_id.eq(id),
                campaign_organisations::organisation_id.eq(org),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// What may change while a campaign is a draft or open.
pub struct CampaignDetails {
    pub title: String,
    pub contact_email: String,
    pub time_zone: String,
    pub opens_at: NaiveDateTime,
    pub deadline_at: NaiveDateTime,
    pub organisations: Vec<OrganisationId>,
}

pub fn update_details(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    details: &CampaignDetails,
) -> Result<(), CampaignError> {
    change(
        conn,
        actor,
        id,
        CampaignState::can_edit_details,
        "change its details",
        "campaign.updated",
        |conn, campaign, now| {
            diesel::update(campaigns::table.find(id))
                .set((
                    campaigns::title.eq(&details.title),
                    campaigns::contact_email.eq(&details.contact_email),
                    campaigns::time_zone.eq(&details.time_zone),
                    campaigns::opens_at.eq(details.opens_at),
                    campaigns::deadline_at.eq(details.deadline_at),
                    campaigns::updated_at.eq(now),
                ))
                .execute(conn)?;
            diesel::delete(
                campaign_organisations::table.filter(campaign_organisations::campaign_id.eq(id)),
            )
            .execute(conn)?;
            set_organisations(conn, id, &details.organisations)?;
            let what = if campaign.deadline_at != details.deadline_at {
                format!(
                    "deadline {} → {} UTC",
                    campaign.deadline_at, details.deadline_at
                )
            } else {
                String::new()
            };
            Ok(((), Some(what)))
        },
    )
}

/// Moves the campaign to the next state (draft → open → closed → published).
pub fn advance(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    to: CampaignState,
) -> Result<(), CampaignError> {
    change(
        conn,
        actor,
        id,
        |from| from.next() == Some(to),
        "move to that state",
        "campaign.state",
        |conn, campaign, now| {
            diesel::update(campaigns::table.find(id))
                .set((
                    campaigns::state.eq(to.as_str()),
                    campaigns::updated_at.eq(now),
                ))
                .execute(conn)?;
            Ok(((), Some(format!("{} → {to}", campaign.state()))))
        },
    )
}

pub fn change_questionnaire(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    version: &QuestionnaireVersionId,
) -> Result<(), CampaignError> {
    change(
        conn,
        actor,
        id,
        CampaignState::can_change_questionnaire,
        "change its questionnaire version",
        "campaign.questionnaire",
        |conn, _, now| {
            diesel::update(campaigns::table.find(id))
                .set((
                    campaigns::questionnaire_version_id.eq(version),
                    campaigns::updated_at.eq(now),
                ))
                .execute(conn)?;
            Ok(((), Some(version.as_str().to_string())))
        },
    )
}

/// Adds companies as targets; those already asked are left as they are.
/// Returns how many were added.
pub fn add_targets(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    companies_to_add: &[CompanyId],
) -> Result<usize, CampaignError> {
    change(
        conn,
        actor,
        id,
        CampaignState::can_change_targets,
        "take new targets",
        "campaign.targets_added",
        |conn, _, now| {
            let existing: Vec<CompanyId> = campaign_targets::table
                .filter(campaign_targets::campaign_id.eq(id))
                .select(campaign_targets::company_id)
                .load(conn)?;
            let mut added = 0;
            for company in companies_to_add {
                if existing.contains(company) {
                    continue;
                }
                diesel::insert_into(campaign_targets::table)
                    .values((
                        campaign_targets::id.eq(TargetId::new()),
                        campaign_targets::campaign_id.eq(id),
                        campaign_targets::company_id.eq(company),
                        campaign_targets::status.eq(TargetStatus::NotInvited.as_str()),
                        campaign_targets::added_at.eq(now),
                    ))
                    .execute(conn)?;
                added += 1;
            }
            let detail = (added > 0).then(|| format!("{added} compan(ies)"));
            Ok((added, detail))
        },
    )
}

/// The companies staff name to add as targets.
pub enum Named {
    /// One company, by its slug; it must not be archived.
    Company(String),
    /// Every active company of a sector and/or a country.
    Matching {
        sector: Option<Sector>,
        country: Option<Country>,
    },
}

/// Adds the companies named to the campaign with this slug, as
/// [`add_targets`] does.
pub fn add_named_targets(
    conn: &mut DbConnection,
    actor: &Actor,
    slug: &str,
    named: Named,
) -> Result<usize, CampaignError> {
    let campaign = by_slug(conn, slug)?;
    let ids = match named {
        Named::Matching { sector, country } => {
            let filter = Filter {
                sector,
                country,
                ..Default::default()
            };
            companies::list(conn, &filter)?
                .into_iter()
                .map(|c| c.id)
                .collect::<Vec<_>>()
        }
        Named::Company(company) => match companies::find_by_slug(conn, &company)? {
            Some(c) if c.archived_at.is_none() => vec![c.id],
            Some(_) | None => return Err(CampaignError::NoActiveCompany(company)),
        },
    };
    add_targets(conn, actor, &campaign.id, &ids)
}

/// Gives one target its own, later deadline.
pub fn extend(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    target: &TargetId,
    deadline: NaiveDateTime,
) -> Result<(), CampaignError> {
    change(
        conn,
        actor,
        id,
        CampaignState::can_change_targets,
        "extend a deadline",
        "campaign.extension",
        |conn, campaign, _| {
            if deadline <= campaign.deadline_at {
                return Err(CampaignError::ExtensionTooEarly);
            }
            let changed = diesel::update(
                campaign_targets::table
                    .filter(campaign_targets::id.eq(target))
                    .filter(campaign_targets::campaign_id.eq(id)),
            )
            .set(campaign_targets::deadline_at.eq(Some(deadline)))
            .execute(conn)?;
            if changed == 0 {
                return Err(CampaignError::NotFound);
            }
            Ok(((), Some(format!("{target} until {deadline} UTC"))))
        },
    )
}

/// Changes when reminders go out (days before the deadline; negative after).
pub fn set_reminder_days(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    schedule: &ReminderSchedule,
) -> Result<(), CampaignError> {
    change(
        conn,
        actor,
        id,
        CampaignState::can_edit_details,
        "change its reminders",
        "campaign.reminders",
        |conn, _, now| {
            diesel::update(campaigns::table.find(id))
                .set((
                    campaigns::reminder_days.eq(schedule.as_text()),
                    campaigns::updated_at.eq(now),
                ))
                .execute(conn)?;
            Ok(((), Some(schedule.as_text())))
        },
    )
}

/// Whether submissions may be amended until the deadline, whether the
/// reasons companies give for declining are published, and whether their
/// replies to findings are.
pub fn set_response_rules(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    allow_amendments: bool,
    publish_decline_reasons: bool,
    publish_replies: bool,
) -> Result<(), CampaignError> {
    change(
        conn,
        actor,
        id,
        CampaignState::can_edit_details,
        "change its rules",
        "campaign.rules",
        |conn, _, now| {
            diesel::update(campaigns::table.find(id))
                .set((
                    campaigns::allow_amendments.eq(allow_amendments),
                    campaigns::publish_decline_reasons.eq(publish_decline_reasons),
                    campaigns::publish_replies.eq(publish_replies),
                    campaigns::updated_at.eq(now),
                ))
                .execute(conn)?;
            let detail = format!(
                "amendments {}, decline reasons {}",
                if allow_amendments {
                    "allowed"
                } else {
                    "not allowed"
                },
                if publish_decline_reasons {
                    "published"
                } else {
                    "not published"
                }
            );
            Ok(((), Some(detail)))
        },
    )
}
