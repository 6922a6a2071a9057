//! Closing a campaign, and reopening it. Closing early takes no company's
//! time away: whoever has not answered keeps its own deadline (the
//! campaign's, or its extension) and may go on answering until then, and a
//! publication lists it as "still has time" rather than as silent. Only if
//! the editor ends everyone's time, giving a reason that is published, are
//! they listed as not having responded. The editor confirms having seen
//! who still has time: if that changed meanwhile (an extension granted, a
//! company that answered), closing is refused and the list shown again.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::{change, CampaignError};
use crate::db::audit::Actor;
use crate::db::campaigns::{self as queries, Campaign};
use crate::db::schema::campaigns;
use crate::db::DbConnection;
use crate::domain::campaign::{still_has_time, CampaignState};
use crate::domain::ids::{CampaignId, TargetId};
use crate::domain::single_line::and_list;

/// A company that has not answered and whose own deadline has not passed.
#[derive(Debug, Clone, PartialEq)]
pub struct StillAnswering {
    pub target: TargetId,
    pub company: String,
    /// UTC.
    pub deadline: NaiveDateTime,
}

/// Who has time to answer after closing at `now` (or, once closed, who
/// still has), soonest deadline first.
pub fn still_answering(
    conn: &mut DbConnection,
    campaign: &Campaign,
    now: NaiveDateTime,
) -> QueryResult<Vec<StillAnswering>> {
    let mut waiting: Vec<StillAnswering> = queries::targets(conn, &campaign.id)?
        .into_iter()
        .filter_map(|t| {
            let deadline = t.own_deadline.unwrap_or(campaign.deadline_at);
            still_has_time(
                CampaignState::Closed,
                campaign.cut_short_reason.is_some(),
                t.status,
                deadline,
                now,
            )
            .then_some(StillAnswering {
                target: t.id,
                company: t.company_name,
                deadline,
            })
        })
        .collect();
    waiting.sort_by(|a, b| a.deadline.cmp(&b.deadline).then(a.company.cmp(&b.company)));
    Ok(waiting)
}

/// What the editor was shown, in a few characters: the same companies
/// with the same deadlines give the same value.
pub fn fingerprint(waiting: &[StillAnswering]) -> String {
    let mut lines: Vec<String> = waiting
        .iter()
        .map(|w| format!("{} {}", w.target.as_str(), w.deadline))
        .collect();
    lines.sort();
    hex::encode(&Sha256::digest(lines.join("\n").as_bytes())[..12])
}

/// What becomes of the companies that still have time.
#[derive(Debug, Clone, PartialEq)]
pub enum Closing {
    /// They keep their time and may answer until their own deadline.
    KeepTheirTime,
    /// Their time ends now, for this reason, which is published.
    EndTheirTime { reason: String },
}

/// Closes an open campaign. `seen` is the [`fingerprint`] of who still
/// had time on the page the editor confirmed.
pub fn close(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    closing: &Closing,
    seen: &str,
    now: NaiveDateTime,
) -> Result<(), CampaignError> {
    let reason = match closing {
        Closing::KeepTheirTime => None,
        Closing::EndTheirTime { reason } => {
            let reason = reason.trim();
            if reason.is_empty() {
                return Err(CampaignError::ReasonNeeded);
            }
            Some(reason.chars().take(2000).collect::<String>())
        }
    };
    change(
        conn,
        actor,
        id,
        |from| from == CampaignState::Open,
        "close",
        "campaign.state",
        |conn, campaign, _| {
            let waiting = still_answering(conn, campaign, now)?;
            if fingerprint(&waiting) != seen {
                return Err(CampaignError::StillAnsweringChanged);
            }
            // Nobody's time is cut when nobody had any left.
            let reason = reason.filter(|_| !waiting.is_empty());
            diesel::update(campaigns::table.find(id))
                .set((
                    campaigns::state.eq(CampaignState::Closed.as_str()),
                    campaigns::closed_at.eq(now),
                    campaigns::cut_short_reason.eq(&reason),
                    campaigns::updated_at.eq(now),
                ))
                .execute(conn)?;
            let names: Vec<String> = waiting.iter().map(|w| w.company.clone()).collect();
            let detail = match (and_list(&names), &reason) {
                (None, _) => "open → closed".to_string(),
                (Some(names), None) => {
                    format!("open → closed; {names} keep their time to answer")
                }
                (Some(names), Some(reason)) => {
                    format!("open → closed; time ended for {names}: {reason}")
                }
            };
            Ok(((), Some(detail)))
        },
    )
}

/// Opens a closed campaign again (until it is published): answers are
/// taken again, and a time ended at closing is given back.
pub fn reopen(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
) -> Result<(), CampaignError> {
    change(
        conn,
        actor,
        id,
        |from| from == CampaignState::Closed,
        "be reopened",
        "campaign.state",
        |conn, _, now| {
            diesel::update(campaigns::table.find(id))
                .set((
                    campaigns::state.eq(CampaignState::Open.as_str()),
                    campaigns::closed_at.eq(None::<NaiveDateTime>),
                    campaigns::cut_short_reason.eq(None::<String>),
                    campaigns::updated_at.eq(now),
                ))
                .execute(conn)?;
            Ok(((), Some("closed → open (reopened)".to_string())))
        },
    )
}
