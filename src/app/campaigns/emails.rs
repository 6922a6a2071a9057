//! The campaign's own wording of its invitations and reminders.

use super::{change, CampaignError};
use crate::db::audit::Actor;
use crate::db::campaign_emails;
use crate::db::DbConnection;
use crate::domain::campaign::CampaignState;
use crate::domain::campaign_emails::EmailWording;
use crate::domain::ids::CampaignId;

/// Stores the opening and closing paragraphs of the campaign's invitations
/// and reminders, while it is a draft or open. Emails already queued keep
/// the words they were written with.
pub fn set_wording(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    wording: &EmailWording,
) -> Result<(), CampaignError> {
    change(
        conn,
        actor,
        id,
        CampaignState::can_edit_details,
        "change the wording of its emails",
        "campaign.emails",
        |conn, _, now| {
            let before = campaign_emails::of(conn, id)?.wording;
            if before == *wording {
                return Ok(((), None));
            }
            campaign_emails::set_wording(conn, id, wording, now)?;
            let changed: Vec<&str> = [
                (
                    &before.invitation_opening,
                    &wording.invitation_opening,
                    "invitation opening",
                ),
                (
                    &before.invitation_closing,
                    &wording.invitation_closing,
                    "invitation closing",
                ),
                (
                    &before.reminder_opening,
                    &wording.reminder_opening,
                    "reminder opening",
                ),
                (
                    &before.reminder_closing,
                    &wording.reminder_closing,
                    "reminder closing",
                ),
            ]
            .into_iter()
            .filter(|(a, b, _)| a != b)
            .map(|(_, _, what)| what)
            .collect();
            Ok(((), Some(format!("changed: {}", changed.join(", ")))))
        },
    )
}
