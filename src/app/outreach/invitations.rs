//! Sending a campaign: one invitation per reachable contact of every
//! target, each target in one transaction with its emails.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{CampaignLetters, OutreachError, Settings};
use crate::db::audit::{self, Actor};
use crate::db::links;
use crate::db::outbox::{self, NewEmail};
use crate::db::outreach::{self as queries, Target};
use crate::db::schema::campaign_targets;
use crate::db::{is_unique_violation, write, DbConnection};
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{CampaignId, ContactId, TargetId};
use crate::email::compose::invitation::Invitation;

/// What sending a campaign did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SendSummary {
    /// Targets invited for the first time.
    pub targets_invited: usize,
    /// Invitations queued (one per contact).
    pub emails_queued: usize,
    /// Targets with no contact to write to.
    pub without_contacts: Vec<String>,
}

fn invitation_key(target: &TargetId, contact: &ContactId) -> String {
    format!("invitation:{target}:{contact}:1")
}

/// Sends the campaign: every contact of every target that has not had an
/// invitation gets one, and targets not yet invited become invited, each
/// target in one transaction with its emails. Sending again reaches only
/// new targets and new contacts.
pub fn send_campaign(
    conn: &mut DbConnection,
    actor: &Actor,
    campaign_id: &CampaignId,
    settings: &Settings,
    now: NaiveDateTime,
    mut progress: impl FnMut(usize, usize),
) -> Result<SendSummary, OutreachError> {
    let campaign = queries::campaign_by_id(conn, campaign_id)?.ok_or(OutreachError::NotFound)?;
    if campaign.state() != CampaignState::Open {
        return Err(OutreachError::NotAllowed(
            campaign.state(),
            "send invitations",
        ));
    }
    let letters = CampaignLetters::load(conn, campaign, settings)?;
    let targets = queries::targets_of(conn, campaign_id)?;
    let mut summary = SendSummary::default();
    let total = targets.len();
    for (done, target) in targets.iter().enumerate() {
        let result = write(conn, |conn| invite_target(conn, &letters, target, now));
        match result {
            Ok((newly_invited, queued, no_contacts)) => {
                summary.targets_invited += usize::from(newly_invited);
                summary.emails_queued += queued;
                if no_contacts {
                    summary.without_contacts.push(target.company_name.clone());
                }
            }
            // Another sender got there first; what it queued stands.
            Err(OutreachError::Database(e)) if is_unique_violation(&e) => {}
            Err(e) => return Err(e),
        }
        progress(done + 1, total);
    }
    write(conn, |conn| {
        audit::record(
            conn,
            actor,
            "campaign.sent",
            &letters.campaign.slug,
            None,
            &format!(
                "{} target(s) invited, {} invitation(s) queued",
                summary.targets_invited, summary.emails_queued
            ),
            now,
        )
    })?;
    Ok(summary)
}

/// The invitation one contact of a company gets: sent, or previewed.
pub(super) fn invitation(
    letters: &CampaignLetters,
    company: &str,
    contact: &str,
    deadline: NaiveDateTime,
) -> Invitation {
    let shown = letters.shown(deadline);
    let wording = &letters.wording;
    Invitation {
        campaign_title: letters.campaign.title.clone(),
        company_name: company.to_string(),
        contact_name: contact.to_string(),
        organisations: letters.organisations.clone(),
        demands: letters.demands.clone(),
        link_valid_until: letters.link_valid_until(deadline),
        contact_email: letters.campaign.contact_email.clone(),
        lost_link_url: letters.lost_link_url.clone(),
        questionnaire_url: letters.questionnaire_url.clone(),
        effort: letters.effort.clone(),
        opening: wording.invitation_opening.fill(company, &shown),
        closing: wording.invitation_closing.fill(company, &shown),
        deadline: shown,
        disclosure: letters.campaign.disclosure(),
    }
}

/// Invites one target: returns whether it became invited, how many
/// invitations were queued, and whether it has no contact to write to.
/// Call inside a write transaction.
fn invite_target(
    conn: &mut DbConnection,
    letters: &CampaignLetters,
    target: &Target,
    now: NaiveDateTime,
) -> Result<(bool, usize, bool), OutreachError> {
    let status = target.status;
    if matches!(status, TargetStatus::Submitted | TargetStatus::Declined) {
        return Ok((false, 0, false));
    }
    let contacts = queries::reachable_contacts(conn, &target.company_id)?;
    if contacts.is_empty() {
        return Ok((false, 0, target.invited_at.is_none()));
    }
    let deadline = letters.deadline(target.own_deadline);
    let mut queued = 0;
    for contact in &contacts {
        let key = invitation_key(&target.id, &contact.id);
        if outbox::is_queued(conn, &key)? {
            continue;
        }
        let link = links::issue(conn, &target.id, &contact.id, now)?;
        let email = invitation(letters, &target.company_name, &contact.name, deadline);
        outbox::enqueue(
            conn,
            NewEmail {
                dedupe_key: key,
                kind: EmailKind::Invitation,
                campaign_id: Some(&letters.campaign.id),
                target_id: Some(&target.id),
                contact_id: Some(&contact.id),
                to: &contact.email,
                reply_to: Some(&letters.campaign.contact_email),
                rendered: email.render()?,
                secret_link: Some(letters.link(&link.token)),
            },
            now,
        )?;
        queued += 1;
    }
    let newly_invited = status == TargetStatus::NotInvited;
    if newly_invited {
        diesel::update(campaign_targets::table.find(&target.id))
            .set((
                campaign_targets::status.eq(TargetStatus::Invited.as_str()),
                campaign_targets::invited_at.eq(now),
                campaign_targets::last_activity_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok((newly_invited, queued, false))
}
