//! Campaigns, their co-signers and their targets. State rules come from
//! `domain::campaign` and are enforced here, in the transaction that makes
//! the change, so no page or command can skip them.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::audit::{self, Actor};
use super::companies::Organisation;
use super::schema::{
    campaign_organisations, campaign_targets, campaigns, companies, organisations,
};
use super::{is_unique_violation, write, DbConnection};
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::ids::{CampaignId, CompanyId, OrganisationId, QuestionnaireVersionId, TargetId};
use crate::domain::time;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = campaigns)]
pub struct Campaign {
    pub id: CampaignId,
    pub slug: String,
    pub title: String,
    pub questionnaire_version_id: QuestionnaireVersionId,
    pub contact_email: String,
    pub time_zone: String,
    pub opens_at: NaiveDateTime,
    pub deadline_at: NaiveDateTime,
    pub state: CampaignState,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub reminder_days: String,
    pub allow_amendments: bool,
    pub publish_decline_reasons: bool,
    pub reply_window_days: i32,
    pub publish_replies: bool,
}

impl Campaign {
    pub fn state(&self) -> CampaignState {
        self.state
    }
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

#[derive(Debug, thiserror::Error)]
pub enum CampaignError {
    #[error("another campaign already has this slug")]
    SlugTaken,
    #[error("the campaign is {0}, so it cannot {1}")]
    NotAllowed(CampaignState, &'static str),
    #[error("an extension must end after the campaign's deadline")]
    ExtensionTooEarly,
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
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
        for org in &new.organisations {
            diesel::insert_into(campaign_organisations::table)
                .values((
                    campaign_organisations::campaign_id.eq(&id),
                    campaign_organisations::organisation_id.eq(org),
                ))
                .execute(conn)?;
        }
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

pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<Campaign>> {
    campaigns::table
        .order(campaigns::created_at.desc())
        .select(Campaign::as_select())
        .load(conn)
}

pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<Campaign>> {
    campaigns::table
        .filter(campaigns::slug.eq(slug))
        .select(Campaign::as_select())
        .first(conn)
        .optional()
}

pub fn organisations_of(
    conn: &mut DbConnection,
    id: &CampaignId,
) -> QueryResult<Vec<Organisation>> {
    campaign_organisations::table
        .inner_join(organisations::table)
        .filter(campaign_organisations::campaign_id.eq(id))
        .order(organisations::name.asc())
        .select(Organisation::as_select())
        .load(conn)
}

fn reload(conn: &mut DbConnection, id: &CampaignId) -> Result<Campaign, CampaignError> {
    campaigns::table
        .find(id)
        .select(Campaign::as_select())
        .first(conn)
        .optional()?
        .ok_or(CampaignError::NotFound)
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
    write(conn, |conn| {
        let campaign = reload(conn, id)?;
        if !campaign.state().can_edit_details() {
            return Err(CampaignError::NotAllowed(
                campaign.state(),
                "change its details",
            ));
        }
        let now = time::now();
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
        for org in &details.organisations {
            diesel::insert_into(campaign_organisations::table)
                .values((
                    campaign_organisations::campaign_id.eq(id),
                    campaign_organisations::organisation_id.eq(org),
                ))
                .execute(conn)?;
        }
        let what = if campaign.deadline_at != details.deadline_at {
            format!(
                "deadline {} → {} UTC",
                campaign.deadline_at, details.deadline_at
            )
        } else {
            String::new()
        };
        audit::record(
            conn,
            actor,
            "campaign.updated",
            &campaign.slug,
            None,
            &what,
            now,
        )?;
        Ok(())
    })
}

/// Moves the campaign to the next state (draft → open → closed → published).
pub fn advance(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    to: CampaignState,
) -> Result<(), CampaignError> {
    write(conn, |conn| {
        // Read inside the transaction: the state checked is the state changed.
        let campaign = reload(conn, id)?;
        let from = campaign.state();
        if from.next() != Some(to) {
            return Err(CampaignError::NotAllowed(from, "move to that state"));
        }
        let now = time::now();
        diesel::update(campaigns::table.find(id))
            .set((
                campaigns::state.eq(to.as_str()),
                campaigns::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor,
            "campaign.state",
            &campaign.slug,
            None,
            &format!("{from} → {to}"),
            now,
        )?;
        Ok(())
    })
}

pub fn change_questionnaire(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    version: &QuestionnaireVersionId,
) -> Result<(), CampaignError> {
    write(conn, |conn| {
        let campaign = reload(conn, id)?;
        if !campaign.state().can_change_questionnaire() {
            return Err(CampaignError::NotAllowed(
                campaign.state(),
                "change its questionnaire version",
            ));
        }
        let now = time::now();
        diesel::update(campaigns::table.find(id))
            .set((
                campaigns::questionnaire_version_id.eq(version),
                campaigns::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor,
            "campaign.questionnaire",
            &campaign.slug,
            None,
            version.as_str(),
            now,
        )?;
        Ok(())
    })
}

/// Adds companies as targets; those already asked are left as they are.
/// Returns how many were added.
pub fn add_targets(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    companies_to_add: &[CompanyId],
) -> Result<usize, CampaignError> {
    write(conn, |conn| {
        let campaign = reload(conn, id)?;
        if !campaign.state().can_change_targets() {
            return Err(CampaignError::NotAllowed(
                campaign.state(),
                "take new targets",
            ));
        }
        let existing: Vec<CompanyId> = campaign_targets::table
            .filter(campaign_targets::campaign_id.eq(id))
            .select(campaign_targets::company_id)
            .load(conn)?;
        let now = time::now();
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
        if added > 0 {
            audit::record(
                conn,
                actor,
                "campaign.targets_added",
                &campaign.slug,
                None,
                &format!("{added} compan(ies)"),
                now,
            )?;
        }
        Ok(added)
    })
}

/// Gives one target its own, later deadline.
pub fn extend(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    target: &TargetId,
    deadline: NaiveDateTime,
) -> Result<(), CampaignError> {
    write(conn, |conn| {
        let campaign = reload(conn, id)?;
        if !campaign.state().can_change_targets() {
            return Err(CampaignError::NotAllowed(
                campaign.state(),
                "extend a deadline",
            ));
        }
        if deadline <= campaign.deadline_at {
            return Err(CampaignError::ExtensionTooEarly);
        }
        let now = time::now();
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
        audit::record(
            conn,
            actor,
            "campaign.extension",
            &campaign.slug,
            None,
            &format!("{target} until {deadline} UTC"),
            now,
        )?;
        Ok(())
    })
}

/// A target as the tracking dashboard shows it.
#[derive(Debug, Clone, Queryable)]
pub struct TargetRow {
    pub id: TargetId,
    pub company_slug: String,
    pub company_name: String,
    pub sector: String,
    pub hq_country: String,
    pub status: TargetStatus,
    pub own_deadline: Option<NaiveDateTime>,
    pub last_activity_at: Option<NaiveDateTime>,
    pub added_at: NaiveDateTime,
}

impl TargetRow {
    pub fn status(&self) -> TargetStatus {
        self.status
    }
}

pub fn targets(conn: &mut DbConnection, id: &CampaignId) -> QueryResult<Vec<TargetRow>> {
    campaign_targets::table
        .inner_join(companies::table)
        .filter(campaign_targets::campaign_id.eq(id))
        .order(companies::name.asc())
        .select((
            campaign_targets::id,
            companies::slug,
            companies::name,
            companies::sector,
            companies::hq_country,
            campaign_targets::status,
            campaign_targets::deadline_at,
            campaign_targets::last_activity_at,
            campaign_targets::added_at,
        ))
        .load(conn)
}

/// Changes when reminders go out (days before the deadline; negative after).
pub fn set_reminder_days(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    schedule: &crate::domain::outreach::ReminderSchedule,
) -> Result<(), CampaignError> {
    write(conn, |conn| {
        let campaign = reload(conn, id)?;
        if !campaign.state().can_edit_details() {
            return Err(CampaignError::NotAllowed(
                campaign.state(),
                "change its reminders",
            ));
        }
        let now = time::now();
        diesel::update(campaigns::table.find(id))
            .set((
                campaigns::reminder_days.eq(schedule.as_text()),
                campaigns::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor,
            "campaign.reminders",
            &campaign.slug,
            None,
            &schedule.as_text(),
            now,
        )?;
        Ok(())
    })
}

/// One target with its company and the dates of its outreach.
#[derive(Debug, Clone, Queryable)]
pub struct TargetDetail {
    pub id: TargetId,
    pub company_id: CompanyId,
    pub company_slug: String,
    pub company_name: String,
    pub status: TargetStatus,
    pub own_deadline: Option<NaiveDateTime>,
    pub invited_at: Option<NaiveDateTime>,
    pub first_opened_at: Option<NaiveDateTime>,
    pub overdue_at: Option<NaiveDateTime>,
    pub last_activity_at: Option<NaiveDateTime>,
}

pub fn target(
    conn: &mut DbConnection,
    campaign: &CampaignId,
    target: &TargetId,
) -> QueryResult<Option<TargetDetail>> {
    campaign_targets::table
        .inner_join(companies::table)
        .filter(campaign_targets::campaign_id.eq(campaign))
        .filter(campaign_targets::id.eq(target))
        .select((
            campaign_targets::id,
            companies::id,
            companies::slug,
            companies::name,
            campaign_targets::status,
            campaign_targets::deadline_at,
            campaign_targets::invited_at,
            campaign_targets::first_opened_at,
            campaign_targets::overdue_at,
            campaign_targets::last_activity_at,
        ))
        .first(conn)
        .optional()
}

/// Whether submissions may be amended until the deadline, and whether the
/// reasons companies give for declining are published.
pub fn set_response_rules(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    allow_amendments: bool,
    publish_decline_reasons: bool,
    publish_replies: bool,
) -> Result<(), CampaignError> {
    write(conn, |conn| {
        let campaign = reload(conn, id)?;
        if !campaign.state().can_edit_details() {
            return Err(CampaignError::NotAllowed(
                campaign.state(),
                "change its rules",
            ));
        }
        let now = time::now();
        diesel::update(campaigns::table.find(id))
            .set((
                campaigns::allow_amendments.eq(allow_amendments),
                campaigns::publish_decline_reasons.eq(publish_decline_reasons),
                campaigns::publish_replies.eq(publish_replies),
                campaigns::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor,
            "campaign.rules",
            &campaign.slug,
            None,
            &format!(
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
            ),
            now,
        )?;
        Ok(())
    })
}
