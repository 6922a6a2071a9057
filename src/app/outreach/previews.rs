//! Previews: an invitation or a reminder exactly as one contact of a
//! target company would receive it, composed by the code that sends it,
//! before anything is sent. Nothing is written: no email is queued and no
//! link issued; the link stays its placeholder.

use super::{CampaignLetters, OutreachError, Settings};
use crate::db::campaign_emails;
use crate::db::outreach as queries;
use crate::db::DbConnection;
use crate::domain::ids::{CampaignId, TargetId};
use crate::domain::outreach::ReminderSchedule;
use crate::email::compose::Rendered;

/// An email a campaign sends that can be previewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreviewKind {
    Invitation,
    /// The reminder of the schedule's step this many days before the
    /// deadline (negative: after).
    Reminder(i64),
}

impl PreviewKind {
    /// The invitation and one reminder per step of the campaign's schedule.
    pub fn all(reminder_days: &str) -> Vec<PreviewKind> {
        let mut kinds = vec![PreviewKind::Invitation];
        if let Ok(schedule) = ReminderSchedule::parse(reminder_days) {
            kinds.extend(schedule.days().iter().map(|d| PreviewKind::Reminder(*d)));
        }
        kinds
    }
}

/// What the contact would receive.
#[derive(Debug, Clone)]
pub struct Preview {
    /// The contact's name and address (`None`: the company has no contact
    /// to write to, and a stand-in name is used).
    pub to: Option<(String, String)>,
    /// The sender's display name (`None`: the configured one).
    pub from_name: Option<String>,
    pub reply_to: String,
    pub rendered: Rendered,
}

/// Stands for the contact's name when the company has none to write to.
const NO_CONTACT: &str = "(the contact's name)";

/// The email of `kind` as the first reachable contact of `target` (a
/// target of the campaign) would receive it.
pub fn preview(
    conn: &mut DbConnection,
    campaign_id: &CampaignId,
    target: &TargetId,
    kind: PreviewKind,
    settings: &Settings,
) -> Result<Preview, OutreachError> {
    let campaign = queries::campaign_by_id(conn, campaign_id)?.ok_or(OutreachError::NotFound)?;
    if let PreviewKind::Reminder(days) = kind {
        if !PreviewKind::all(&campaign.reminder_days).contains(&PreviewKind::Reminder(days)) {
            return Err(OutreachError::NotFound);
        }
    }
    let target = queries::targets_of(conn, campaign_id)?
        .into_iter()
        .find(|t| &t.id == target)
        .ok_or(OutreachError::NotFound)?;
    let contact = queries::reachable_contacts(conn, &target.company_id)?
        .into_iter()
        .next();
    let from_name = campaign_emails::sender(conn, campaign_id)?;
    let letters = CampaignLetters::load(conn, campaign, settings)?;
    let deadline = letters.deadline(target.own_deadline);
    let name = contact.as_ref().map_or(NO_CONTACT, |c| c.name.as_str());
    let tr = letters.tr_for(contact.as_ref().map_or("", |c| c.language.as_str()));
    let rendered = match kind {
        PreviewKind::Invitation => {
            super::invitations::invitation(&letters, &target.company_name, name, tr, deadline)
                .render()?
        }
        PreviewKind::Reminder(days) => {
            super::reminders::reminder(&letters, &target.company_name, name, tr, days, deadline)
                .render()?
        }
    };
    Ok(Preview {
        to: contact.map(|c| (c.name, c.email)),
        from_name,
        reply_to: letters.campaign.contact_email.clone(),
        rendered,
    })
}
