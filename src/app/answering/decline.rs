//! Declining to answer, with an optional reason, and taking it back until
//! the deadline.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{lock_target, ResponseError};
use crate::db::answers;
use crate::db::audit::{self, Actor};
use crate::db::links::Holder;
use crate::db::schema::campaign_targets;
use crate::db::{write, DbConnection};
use crate::domain::campaign::{may_answer, TargetStatus};
use crate::domain::ids::ContactId;

/// The company declines to answer, with an optional reason.
pub fn decline(
    conn: &mut DbConnection,
    holder: &Holder,
    reason: &str,
    base_url: &url::Url,
    now: NaiveDateTime,
) -> Result<(), ResponseError> {
    let target = &holder.link.target_id;
    write(conn, |conn| {
        lock_target(conn, target)?;
        let state = answers::state_of(conn, target)?;
        if !may_answer(state.campaign_state, state.cut_short, state.deadline(), now) {
            return Err(ResponseError::CampaignNotOpen(state.campaign_state));
        }
        match state.status {
            TargetStatus::Submitted => return Err(ResponseError::Submitted),
            TargetStatus::Declined => return Ok(()),
            TargetStatus::NotInvited
            | TargetStatus::Invited
            | TargetStatus::Viewed
            | TargetStatus::InProgress => {}
        }
        let reason = reason.trim();
        diesel::update(campaign_targets::table.find(target))
            .set((
                campaign_targets::status.eq(TargetStatus::Declined.as_str()),
                campaign_targets::declined_at.eq(now),
                campaign_targets::decline_reason.eq((!reason.is_empty()).then_some(reason)),
                campaign_targets::declined_by.eq(&holder.link.contact_id),
                campaign_targets::last_activity_at.eq(now),
            ))
            .execute(conn)?;
        crate::app::notifications::declined::<ResponseError>(conn, base_url, holder, reason, now)?;
        crate::app::acknowledgements::declined::<ResponseError>(conn, holder, reason, now)?;
        audit::record(
            conn,
            &Actor::Representative {
                email: holder.contact_email.clone(),
            },
            "response.declined",
            &holder.campaign.slug,
            None,
            &holder.company_name,
            now,
        )?;
        Ok(())
    })
}

/// Takes back a refusal, until the deadline. The drafts are as they were.
pub fn undo_decline(
    conn: &mut DbConnection,
    holder: &Holder,
    now: NaiveDateTime,
) -> Result<(), ResponseError> {
    let target = &holder.link.target_id;
    write(conn, |conn| {
        lock_target(conn, target)?;
        let state = answers::state_of(conn, target)?;
        if state.status != TargetStatus::Declined {
            return Err(ResponseError::NothingToUndo);
        }
        if !may_answer(state.campaign_state, state.cut_short, state.deadline(), now) {
            return Err(ResponseError::CampaignNotOpen(state.campaign_state));
        }
        if now >= state.deadline() {
            return Err(ResponseError::TooLate);
        }
        let back = if answers::count_of(conn, target)? > 0 {
            TargetStatus::InProgress
        } else {
            TargetStatus::Viewed
        };
        diesel::update(campaign_targets::table.find(target))
            .set((
                campaign_targets::status.eq(back.as_str()),
                campaign_targets::declined_at.eq(None::<NaiveDateTime>),
                campaign_targets::decline_reason.eq(None::<String>),
                campaign_targets::declined_by.eq(None::<ContactId>),
                campaign_targets::last_activity_at.eq(now),
            ))
            .execute(conn)?;
        crate::app::acknowledgements::decline_undone::<ResponseError>(conn, holder, now)?;
        audit::record(
            conn,
            &Actor::Representative {
                email: holder.contact_email.clone(),
            },
            "response.decline_undone",
            &holder.campaign.slug,
            None,
            &holder.company_name,
            now,
        )?;
        Ok(())
    })
}
