//! Replies to findings that arrived after the campaign's latest published
//! version: the published scorecard does not carry them, so the campaign
//! needs publishing again ("republish needed") until a newer version does.

use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::db::findings::replies_after_publication;
use crate::db::DbConnection;
use crate::domain::ids::{CampaignId, TargetId};

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
