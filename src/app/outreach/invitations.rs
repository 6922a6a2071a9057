//! Sending a campaign: one invitation per reachable contact of every
//! target, a few hundred targets at a time, each batch in one transaction
//! with its emails and links, written in a few multi-row statements (on
//! PostgreSQL every statement is a round trip).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{CampaignLetters, OutreachError, Settings};
use crate::db::audit::{self, Actor};
use crate::db::campaign_emails;
use crate::db::companies::Contact;
use crate::db::links;
use crate::db::outbox::{self, NewEmail};
use crate::db::outreach::{self as queries, Target};
use crate::db::schema::campaign_targets;
use crate::db::{is_unique_violation, write, DbConnection};
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::email_kind::EmailKind;
use crate::domain::i18n::Tr;
use crate::domain::ids::{CampaignId, CompanyId, ContactId, TargetId};
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

/// Targets per transaction: a batch is all or nothing, and short enough
/// that a representative's save on SQLite waits for it only a moment.
const TARGETS_PER_BATCH: usize = 250;

/// Sends the campaign: every contact of every target that has not had an
/// invitation gets one, and targets not yet invited become invited, a
/// batch of targets in one transaction with their emails. Sending again
/// reaches only new targets and new contacts; a batch that meets another
/// sender's invitations (queued since it looked) is rolled back and done
/// again without them.
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
    let sender = campaign_emails::sender(conn, &letters.campaign.id)?;
    let targets = queries::targets_of(conn, campaign_id)?;
    let mut summary = SendSummary::default();
    let total = targets.len();
    let mut done = 0;
    for batch in targets.chunks(TARGETS_PER_BATCH) {
        let mut attempt = 0;
        let outcome = loop {
            attempt += 1;
            match write(conn, |conn| {
                invite_batch(conn, &letters, sender.as_deref(), batch, now)
            }) {
                // Another sender got there first; what it queued stands.
                Err(OutreachError::Database(e)) if is_unique_violation(&e) && attempt < 3 => {}
                other => break other?,
            }
        };
        summary.targets_invited += outcome.targets_invited;
        summary.emails_queued += outcome.emails_queued;
        summary.without_contacts.extend(outcome.without_contacts);
        done += batch.len();
        progress(done, total);
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
    tr: Tr,
    deadline: NaiveDateTime,
) -> Invitation {
    let shown = letters.shown(deadline);
    let wording = &letters.wording;
    Invitation {
        tr,
        campaign_title: letters.campaign.title.clone(),
        company_name: company.to_string(),
        contact_name: contact.to_string(),
        organisations: letters.organisations.clone(),
        demands: letters.demands_in(tr).0,
        demands_language: letters.demands_in(tr).1,
        link_valid_until: letters.link_valid_until(tr, deadline),
        contact_email: letters.campaign.contact_email.clone(),
        lost_link_url: letters.lost_link_url.clone(),
        questionnaire_url: letters.questionnaire_url_in(tr),
        effort: crate::email::compose::effort_sentence(tr, &letters.effort),
        opening: wording.invitation_opening.fill(company, &shown),
        closing: wording.invitation_closing.fill(company, &shown),
        deadline: letters.shown_in(tr, deadline),
        disclosure: letters.campaign.disclosure_in(&tr),
    }
}

/// Invites a batch of targets: a link and an invitation for every
/// reachable contact not yet invited, and `invited` for targets that were
/// not. Call inside a write transaction.
fn invite_batch(
    conn: &mut DbConnection,
    letters: &CampaignLetters,
    sender: Option<&str>,
    batch: &[Target],
    now: NaiveDateTime,
) -> Result<SendSummary, OutreachError> {
    let mut summary = SendSummary::default();
    let open: Vec<&Target> = batch
        .iter()
        .filter(|t| !matches!(t.status, TargetStatus::Submitted | TargetStatus::Declined))
        .collect();
    let companies: Vec<CompanyId> = open.iter().map(|t| t.company_id.clone()).collect();
    let mut contacts: HashMap<&CompanyId, Vec<&Contact>> = HashMap::new();
    let found = queries::reachable_contacts_of(conn, &companies)?;
    for contact in &found {
        contacts
            .entry(&contact.company_id)
            .or_default()
            .push(contact);
    }
    let mut wanted: Vec<(&Target, &Contact, String)> = Vec::new();
    let mut reached: Vec<&TargetId> = Vec::new();
    for target in &open {
        let Some(people) = contacts.get(&target.company_id) else {
            if target.invited_at.is_none() {
                summary.without_contacts.push(target.company_name.clone());
            }
            continue;
        };
        if target.status == TargetStatus::NotInvited {
            reached.push(&target.id);
        }
        for contact in people {
            wanted.push((target, contact, invitation_key(&target.id, &contact.id)));
        }
    }
    let keys: Vec<String> = wanted.iter().map(|(_, _, key)| key.clone()).collect();
    let queued = outbox::queued_among(conn, &keys)?;
    wanted.retain(|(_, _, key)| !queued.contains(key));
    let pairs: Vec<(&TargetId, &ContactId)> = wanted
        .iter()
        .map(|(target, contact, _)| (&target.id, &contact.id))
        .collect();
    let issued = links::issue_many(conn, &pairs, now)?;
    let mut emails = Vec::with_capacity(wanted.len());
    for ((target, contact, key), link) in wanted.into_iter().zip(issued) {
        let deadline = letters.deadline(target.own_deadline);
        let tr = letters.tr_for(&contact.language);
        let email = invitation(letters, &target.company_name, &contact.name, tr, deadline);
        emails.push(NewEmail {
            dedupe_key: key,
            kind: EmailKind::Invitation,
            campaign_id: Some(&letters.campaign.id),
            target_id: Some(&target.id),
            contact_id: Some(&contact.id),
            to: &contact.email,
            reply_to: Some(&letters.campaign.contact_email),
            rendered: email.render()?,
            secret_link: Some(letters.link(&link.token)),
        });
    }
    outbox::enqueue_many(conn, &emails, sender, now)?;
    summary.emails_queued = emails.len();
    for ids in reached.chunks(TARGETS_PER_BATCH) {
        summary.targets_invited += diesel::update(
            campaign_targets::table
                .filter(campaign_targets::id.eq_any(ids))
                .filter(campaign_targets::status.eq(TargetStatus::NotInvited.as_str())),
        )
        .set((
            campaign_targets::status.eq(TargetStatus::Invited.as_str()),
            campaign_targets::invited_at.eq(now),
            campaign_targets::last_activity_at.eq(now),
        ))
        .execute(conn)?;
    }
    Ok(summary)
}
