//! The job loop's part of outreach: reminders as the deadline nears or
//! passes, and the deadline passing.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{CampaignLetters, OutreachError, Settings};
use crate::db::audit::{self, Actor};
use crate::db::links;
use crate::db::outbox::{self, NewEmail};
use crate::db::outreach::{self as queries, Target};
use crate::db::schema::campaign_targets;
use crate::db::{is_unique_violation, write, DbConnection};
use crate::domain::campaign::TargetStatus;
use crate::domain::email_kind::EmailKind;
use crate::domain::i18n::Tr;
use crate::domain::outreach::ReminderSchedule;
use crate::email::compose::reminder::Reminder;

fn awaiting_answer(status: TargetStatus) -> bool {
    matches!(
        status,
        TargetStatus::Invited | TargetStatus::Viewed | TargetStatus::InProgress
    )
}

/// Queues the reminders that are due: for every target of an open campaign
/// that was invited and has neither submitted nor declined, the latest step
/// of the campaign's schedule whose time has come, once per target and
/// contact. Returns how many emails were queued.
pub fn queue_reminders(
    conn: &mut DbConnection,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<usize, OutreachError> {
    let mut queued = 0;
    for campaign in queries::open_campaigns(conn)? {
        let Ok(schedule) = ReminderSchedule::parse(&campaign.reminder_days) else {
            tracing::warn!(campaign = %campaign.slug, "the reminder schedule cannot be read; no reminders");
            continue;
        };
        if schedule.days().is_empty() {
            continue;
        }
        let campaign_id = campaign.id.clone();
        let letters = CampaignLetters::load(conn, campaign, settings)?;
        for target in queries::targets_of(conn, &campaign_id)? {
            let Some(invited_at) = target.invited_at else {
                continue;
            };
            if !awaiting_answer(target.status) {
                continue;
            }
            let deadline = letters.deadline(target.own_deadline);
            let Some(step) = schedule.due_step(deadline, invited_at, now) else {
                continue;
            };
            match write(conn, |conn| {
                remind_target(conn, &letters, &target, step, deadline, now)
            }) {
                Ok(n) => queued += n,
                Err(OutreachError::Database(e)) if is_unique_violation(&e) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(queued)
}

/// The reminder one contact of a company gets at the step `days` before
/// the deadline (negative: after): sent, or previewed.
pub(super) fn reminder(
    letters: &CampaignLetters,
    company: &str,
    contact: &str,
    tr: Tr,
    days: i64,
    deadline: NaiveDateTime,
) -> Reminder {
    let shown = letters.shown(deadline);
    let wording = &letters.wording;
    Reminder {
        tr,
        campaign_title: letters.campaign.title.clone(),
        company_name: company.to_string(),
        contact_name: contact.to_string(),
        organisations: letters.organisations.clone(),
        days,
        contact_email: letters.campaign.contact_email.clone(),
        lost_link_url: letters.lost_link_url.clone(),
        link_valid_until: letters.link_valid_until(tr, deadline),
        opening: wording.reminder_opening.fill(company, &shown),
        closing: wording.reminder_closing.fill(company, &shown),
        deadline: letters.shown_in(tr, deadline),
    }
}

fn remind_target(
    conn: &mut DbConnection,
    letters: &CampaignLetters,
    target: &Target,
    step: i64,
    deadline: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<usize, OutreachError> {
    let mut queued = 0;
    for contact in queries::reachable_contacts(conn, &target.company_id)? {
        let key = format!("reminder:{}:{step}:{}", target.id, contact.id);
        if outbox::is_queued(conn, &key)? {
            continue;
        }
        // A link of its own, the earlier ones kept: a reminder must never
        // end work begun with the invitation's link.
        let link = links::add(conn, &target.id, &contact.id, now)?;
        let tr = letters.tr_for(&contact.language);
        let email = reminder(
            letters,
            &target.company_name,
            &contact.name,
            tr,
            step,
            deadline,
        );
        outbox::enqueue(
            conn,
            NewEmail {
                dedupe_key: key,
                kind: EmailKind::Reminder,
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
    Ok(queued)
}

/// Records the deadline passing: targets of open campaigns whose deadline
/// (or extension) has come without a submission or a refusal become
/// overdue, once. Returns how many.
pub fn mark_overdue(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, OutreachError> {
    write(conn, |conn| {
        let mut marked = 0;
        for target in queries::not_overdue(conn)? {
            if matches!(
                target.status,
                TargetStatus::Submitted | TargetStatus::Declined
            ) {
                continue;
            }
            if target.own_deadline.unwrap_or(target.campaign_deadline) > now {
                continue;
            }
            diesel::update(campaign_targets::table.find(&target.id))
                .set(campaign_targets::overdue_at.eq(now))
                .execute(conn)?;
            audit::record(
                conn,
                &Actor::CommandLine,
                "target.overdue",
                &target.campaign_slug,
                None,
                target.id.as_str(),
                now,
            )?;
            marked += 1;
        }
        Ok(marked)
    })
}
