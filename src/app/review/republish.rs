//! What the campaign's latest published version no longer tells truly,
//! so that it needs publishing again ("republish needed") until a newer
//! version does: replies to findings that arrived after it, and companies
//! it lists as "still has time" that have answered, declined, or run out
//! of time since.

use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::db::campaigns::{self, Campaign};
use crate::db::findings::replies_after_publication;
use crate::db::publications;
use crate::db::DbConnection;
use crate::domain::campaign::TargetStatus;
use crate::domain::ids::{CampaignId, TargetId};
use crate::domain::publication::Publication;

/// A reply the latest published version does not carry.
#[derive(Debug, Clone, PartialEq)]
pub struct LateReply {
    pub target_id: TargetId,
    pub company_name: String,
    pub replied_at: NaiveDateTime,
}

/// The replies received since the campaign was last published, oldest
/// first; empty when it was never published (nothing to republish) or
/// when a newer version has been published since.
pub fn replies_since_publication(
    conn: &mut DbConnection,
    campaign: &CampaignId,
) -> QueryResult<Vec<LateReply>> {
    Ok(replies_after_publication(conn, campaign)?
        .into_iter()
        .map(|(target_id, company_name, replied_at)| LateReply {
            target_id,
            company_name,
            replied_at,
        })
        .collect())
}

/// Why the latest version is out of date for one company.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outdated {
    /// It replied to its findings after publication.
    Replied,
    /// Listed as still having time, it has submitted since.
    Submitted,
    /// Listed as still having time, it has declined since.
    Declined,
    /// Listed as still having time, its deadline has passed without an answer.
    TimeEnded,
}

impl Outdated {
    pub fn describe(self) -> &'static str {
        match self {
            Outdated::Replied => "replied to its findings",
            Outdated::Submitted => "submitted its answers; it is listed as still having time",
            Outdated::Declined => "declined; it is listed as still having time",
            Outdated::TimeEnded => {
                "did not answer by its deadline; it is listed as still having time"
            }
        }
    }
}

/// Everything the latest version no longer tells truly, oldest first.
pub fn republish_needed(
    conn: &mut DbConnection,
    campaign: &Campaign,
    now: NaiveDateTime,
) -> QueryResult<Vec<(String, Outdated, NaiveDateTime)>> {
    let mut out: Vec<(String, Outdated, NaiveDateTime)> =
        replies_since_publication(conn, &campaign.id)?
            .into_iter()
            .map(|r| (r.company_name, Outdated::Replied, r.replied_at))
            .collect();
    let Some(stored) = publications::get(conn, &campaign.slug, None)? else {
        return Ok(out);
    };
    let document: Publication = serde_json::from_str(&stored.document)
        .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))?;
    let waiting = document.still_answering();
    if waiting.is_empty() {
        return Ok(out);
    }
    for row in campaigns::targets(conn, &campaign.id)? {
        if !waiting.iter().any(|c| c.slug == row.company_slug) {
            continue;
        }
        let deadline = row.own_deadline.unwrap_or(campaign.deadline_at);
        let since = row.last_activity_at.unwrap_or(now);
        let outdated = match row.status {
            TargetStatus::Submitted => Some((Outdated::Submitted, since)),
            TargetStatus::Declined => Some((Outdated::Declined, since)),
            _ if now >= deadline => Some((Outdated::TimeEnded, deadline)),
            _ => None,
        };
        if let Some((why, at)) = outdated {
            out.push((row.company_name, why, at));
        }
    }
    out.sort_by_key(|o| o.2);
    Ok(out)
}
