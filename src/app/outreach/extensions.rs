//! Requests for more time: a representative asks, the campaign's address
//! is told; staff grant (with a new deadline) or refuse, and the company's
//! contacts are told.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{CampaignLetters, OutreachError, Settings};
use crate::db::audit::{self, Actor};
use crate::db::links::Holder;
use crate::db::outbox::{self, NewEmail};
use crate::db::outreach as queries;
use crate::db::schema::{campaign_targets, extension_requests};
use crate::db::{write, DbConnection};
use crate::domain::campaign::CampaignState;
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::ExtensionRequestId;
use crate::email::compose::extension_decision::ExtensionDecision;
use crate::email::compose::extension_request::ExtensionRequest as RequestEmail;

/// A representative asks for more time; the campaign's address is told,
/// and so is every staff member who wants to be (`app::notifications`).
pub fn request_extension(
    conn: &mut DbConnection,
    holder: &Holder,
    reason: &str,
    until: Option<NaiveDateTime>,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<ExtensionRequestId, OutreachError> {
    if holder.campaign.state() != CampaignState::Open {
        return Err(OutreachError::NotAllowed(
            holder.campaign.state(),
            "take requests for more time",
        ));
    }
    let letters = CampaignLetters::load(conn, holder.campaign.clone(), settings)?;
    write(conn, |conn| {
        if queries::pending_extension_requests(conn, &holder.link.target_id)? > 0 {
            return Err(OutreachError::Invalid(
                "A request for more time is already waiting for an answer.".to_string(),
            ));
        }
        let id = ExtensionRequestId::new();
        diesel::insert_into(extension_requests::table)
            .values((
                extension_requests::id.eq(&id),
                extension_requests::target_id.eq(&holder.link.target_id),
                extension_requests::contact_id.eq(&holder.link.contact_id),
                extension_requests::reason.eq(reason),
                extension_requests::requested_until.eq(until),
                extension_requests::requested_at.eq(now),
            ))
            .execute(conn)?;
        diesel::update(campaign_targets::table.find(&holder.link.target_id))
            .set(campaign_targets::last_activity_at.eq(now))
            .execute(conn)?;
        let mut staff_url = settings.base_url.clone();
        staff_url.set_path(&format!(
            "/admin/campaigns/{}/targets/{}",
            holder.campaign.slug, holder.link.target_id
        ));
        let email = RequestEmail {
            campaign_title: holder.campaign.title.clone(),
            company_name: holder.company_name.clone(),
            contact_name: holder.contact_name.clone(),
            deadline: letters.shown(holder.deadline()),
            requested_until: until.map(|u| letters.shown(u)),
            reason: reason.to_string(),
            staff_url: staff_url.to_string(),
            contact_email: holder.campaign.contact_email.clone(),
            lost_link_url: letters.lost_link_url.clone(),
        };
        crate::app::notifications::extension_requested::<OutreachError>(
            conn, holder, &id, &email, now,
        )?;
        crate::app::acknowledgements::extension_requested::<OutreachError>(
            conn, holder, &id, reason, until, now,
        )?;
        audit::record(
            conn,
            &Actor::Representative {
                email: holder.contact_email.clone(),
            },
            "extension.requested",
            &holder.campaign.slug,
            None,
            &holder.company_name,
            now,
        )?;
        Ok(id)
    })
}

/// Staff's answer to a request for more time.
#[derive(Debug, Clone, Copy)]
pub enum Decision {
    Grant(NaiveDateTime),
    Refuse,
}

/// Grants (with a new deadline) or refuses a pending request; the target's
/// contacts are emailed either way, and the decision is in the audit log.
pub fn decide_extension(
    conn: &mut DbConnection,
    actor: &Actor,
    request: &ExtensionRequestId,
    decision: Decision,
    note: &str,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<(), OutreachError> {
    let found =
        queries::extension_request_in_campaign(conn, request)?.ok_or(OutreachError::NotFound)?;
    let campaign = found.campaign;
    if campaign.state() != CampaignState::Open {
        return Err(OutreachError::NotAllowed(
            campaign.state(),
            "extend deadlines",
        ));
    }
    if let Decision::Grant(until) = decision {
        if until <= campaign.deadline_at {
            return Err(OutreachError::Invalid(
                "The new deadline must be after the campaign's deadline.".to_string(),
            ));
        }
    }
    let letters = CampaignLetters::load(conn, campaign, settings)?;
    let target = found.request.target_id;
    let company_name = found.company_name;
    let staff_id = match actor {
        Actor::Staff { id, .. } => Some(id.clone()),
        _ => None,
    };
    write(conn, |conn| {
        let (decision_text, granted_until) = match decision {
            Decision::Grant(until) => ("granted", Some(until)),
            Decision::Refuse => ("refused", None),
        };
        let changed = diesel::update(
            extension_requests::table
                .find(request)
                .filter(extension_requests::decision.eq("pending")),
        )
        .set((
            extension_requests::decision.eq(decision_text),
            extension_requests::granted_until.eq(granted_until),
            extension_requests::decided_at.eq(now),
            extension_requests::decided_by.eq(&staff_id),
            extension_requests::note.eq(note),
        ))
        .execute(conn)?;
        if changed == 0 {
            return Err(OutreachError::Invalid(
                "This request has already been answered.".to_string(),
            ));
        }
        let own_deadline = queries::own_deadline(conn, &target)?;
        let deadline = match granted_until {
            Some(until) => {
                diesel::update(campaign_targets::table.find(&target))
                    .set((
                        campaign_targets::deadline_at.eq(Some(until)),
                        campaign_targets::overdue_at.eq(None::<NaiveDateTime>),
                    ))
                    .execute(conn)?;
                until
            }
            None => letters.deadline(own_deadline),
        };
        for contact in queries::reachable_contacts(conn, &found.company_id)? {
            let tr = letters.tr_for(&contact.language);
            let email = ExtensionDecision {
                tr,
                campaign_title: letters.campaign.title.clone(),
                company_name: company_name.clone(),
                contact_name: contact.name.clone(),
                deadline: letters.shown_in(tr, deadline),
                granted_until: granted_until.map(|u| letters.shown_in(tr, u)),
                note: note.to_string(),
                contact_email: letters.campaign.contact_email.clone(),
                lost_link_url: letters.lost_link_url.clone(),
            };
            outbox::enqueue(
                conn,
                NewEmail {
                    dedupe_key: format!("extension_decision:{request}:{}", contact.id),
                    kind: EmailKind::ExtensionDecision,
                    campaign_id: Some(&letters.campaign.id),
                    target_id: Some(&target),
                    contact_id: Some(&contact.id),
                    to: &contact.email,
                    reply_to: Some(&letters.campaign.contact_email),
                    rendered: email.render()?,
                    secret_link: None,
                },
                now,
            )?;
        }
        audit::record(
            conn,
            actor,
            "extension.decided",
            &letters.campaign.slug,
            None,
            &match granted_until {
                Some(until) => format!("{company_name}: granted until {until} UTC"),
                None => format!("{company_name}: refused"),
            },
            now,
        )?;
        Ok(())
    })
}
