//! Campaigns: creating one, and every later change. State rules come from
//! `domain::campaign` and are checked in the transaction that makes the
//! change (see [`change`]), so no page or command can skip them.

mod closing;
mod emails;
mod rounds;
mod targets;

pub use closing::{close, fingerprint, reopen, still_answering, Closing, StillAnswering};
pub use emails::set_wording;
pub use rounds::{duplicate, NextRound};
pub use targets::{add_named_targets, add_targets, extend, Named};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Outage;
use crate::db::audit::{self, Actor};
use crate::db::campaign_emails;
use crate::db::campaigns::{self as queries, Campaign};
use crate::db::schema::{campaign_organisations, campaigns};
use crate::db::{is_unique_violation, write, DbConnection};
use crate::domain::campaign::CampaignState;
use crate::domain::campaign_emails::SendAs;
use crate::domain::ids::{CampaignId, OrganisationId, QuestionnaireVersionId};
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
    #[error("say why every company's time ends now: the reason is published beside them")]
    ReasonNeeded,
    #[error(
        "who still has time to answer has changed since this page was shown: check the list again"
    )]
    StillAnsweringChanged,
    #[error("{0} is archived: it can no longer be added to a campaign")]
    OrganisationArchived(String),
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
    create_sending_as(conn, actor, new, &SendAs::default())
}

/// Creates the campaign with the name its emails are sent as.
pub fn create_sending_as(
    conn: &mut DbConnection,
    actor: &Actor,
    new: &NewCampaign,
    send_as: &SendAs,
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
        set_organisations(conn, &id, &new.organisations, &[])?;
        campaign_emails::set_send_as(conn, &id, send_as, now)?;
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

/// Links the co-signers; an archived organisation only if the campaign
/// had it already (`before`).
fn set_organisations(
    conn: &mut DbConnection,
    id: &CampaignId,
    organisations: &[OrganisationId],
    before: &[OrganisationId],
) -> Result<(), CampaignError> {
    for org in organisations {
        if !before.contains(org) {
            if let Some(name) = crate::db::companies::archived_organisation(conn, org)? {
                return Err(CampaignError::OrganisationArchived(name));
            }
        }
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
    /// The name its emails are sent as.
    pub send_as: SendAs,
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
            let before: Vec<OrganisationId> = queries::organisations_of(conn, id)?
                .into_iter()
                .map(|o| o.id)
                .collect();
            diesel::delete(
                campaign_organisations::table.filter(campaign_organisations::campaign_id.eq(id)),
            )
            .execute(conn)?;
            set_organisations(conn, id, &details.organisations, &before)?;
            let mut what = if campaign.deadline_at != details.deadline_at {
                format!(
                    "deadline {} → {} UTC",
                    campaign.deadline_at, details.deadline_at
                )
            } else {
                String::new()
            };
            if campaign_emails::set_send_as(conn, id, &details.send_as, now)? {
                what = format!(
                    "{what}{}sent as “{}”",
                    if what.is_empty() { "" } else { "; " },
                    details.send_as.as_str()
                );
            }
            Ok(((), Some(what)))
        },
    )
}

/// Opens a draft campaign: its questionnaire version is fixed from now on
/// and invitations can be sent.
pub fn open(conn: &mut DbConnection, actor: &Actor, id: &CampaignId) -> Result<(), CampaignError> {
    change(
        conn,
        actor,
        id,
        |from| from == CampaignState::Draft,
        "be opened",
        "campaign.state",
        |conn, _, now| {
            diesel::update(campaigns::table.find(id))
                .set((
                    campaigns::state.eq(CampaignState::Open.as_str()),
                    campaigns::updated_at.eq(now),
                ))
                .execute(conn)?;
            Ok(((), Some("draft → open".to_string())))
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

/// Every rule of the response rules form.
pub struct ResponseRules {
    pub allow_amendments: bool,
    pub publish_decline_reasons: bool,
    pub publish_replies: bool,
    pub evidence: crate::domain::documents::EvidenceChange,
}

/// The response rules form, saved in one transaction with one audit
/// entry: amendments, what is published, and the evidence limits.
pub fn set_all_response_rules(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    rules: &ResponseRules,
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
                    campaigns::allow_amendments.eq(rules.allow_amendments),
                    campaigns::publish_decline_reasons.eq(rules.publish_decline_reasons),
                    campaigns::publish_replies.eq(rules.publish_replies),
                    campaigns::updated_at.eq(now),
                ))
                .execute(conn)?;
            let evidence = rules
                .evidence
                .applied_to(crate::db::evidence::rules_of(conn, id)?);
            crate::db::evidence::set_rules(conn, id, &evidence)?;
            let said = |on: bool, yes: &'static str, no: &'static str| if on { yes } else { no };
            let detail = format!(
                "amendments {}, decline reasons {}, replies {}, evidence documents up to {} each and {} per answer, {}",
                said(rules.allow_amendments, "allowed", "not allowed"),
                said(rules.publish_decline_reasons, "published", "not published"),
                said(rules.publish_replies, "published", "not published"),
                crate::domain::documents::show_size(evidence.max_bytes as i64),
                evidence.max_per_question,
                said(evidence.publish, "published", "not published"),
            );
            Ok(((), Some(detail)))
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
