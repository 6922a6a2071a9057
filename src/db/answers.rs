//! A company's working answers (drafts, several representatives at once)
//! and where its response stands, as stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{answers, campaign_targets, campaigns, contacts};
use super::DbConnection;
use crate::domain::answers::Answers;
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::ids::{ContactId, TargetId};

/// One stored answer with who last changed it.
#[derive(Debug, Clone, Queryable)]
pub struct StoredAnswer {
    pub question_key: String,
    pub value: String,
    pub version: i32,
    pub updated_at: NaiveDateTime,
    pub updated_by: ContactId,
    pub updated_by_name: String,
    /// The language it was given in ("" when saved before this was kept).
    pub language: String,
}

pub fn answers_of(conn: &mut DbConnection, target: &TargetId) -> QueryResult<Vec<StoredAnswer>> {
    crate::db::on_backend!(conn, c => answers::table
        .inner_join(contacts::table)
        .filter(answers::target_id.eq(target))
        .select((
            answers::question_key,
            answers::value,
            answers::version,
            answers::updated_at,
            answers::updated_by,
            contacts::name,
            answers::language,
        ))
        .load(c))
}

pub fn as_map(stored: &[StoredAnswer]) -> Answers {
    stored
        .iter()
        .map(|a| (a.question_key.clone(), a.value.clone()))
        .collect()
}

/// How many answers the company has drafted.
pub fn count_of(conn: &mut DbConnection, target: &TargetId) -> QueryResult<i64> {
    answers::table
        .filter(answers::target_id.eq(target))
        .count()
        .get_result(conn)
}

/// Where the company's response stands, with its campaign's rules as
/// they are now (read inside the transaction that acts on them, so that a
/// campaign closed a moment ago is seen closed).
#[derive(Debug, Clone)]
pub struct ResponseState {
    pub last_activity_at: Option<NaiveDateTime>,
    pub status: TargetStatus,
    /// The company's own deadline, when it was given more time.
    pub own_deadline: Option<NaiveDateTime>,
    pub campaign_state: CampaignState,
    pub campaign_deadline: NaiveDateTime,
    /// Whether the editor ended every company's time at closing.
    pub cut_short: bool,
    pub allow_amendments: bool,
}

impl ResponseState {
    /// The company's deadline: its extension, or the campaign's.
    pub fn deadline(&self) -> NaiveDateTime {
        self.own_deadline.unwrap_or(self.campaign_deadline)
    }
}

type StateRow = (
    TargetStatus,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    CampaignState,
    NaiveDateTime,
    Option<String>,
    bool,
);

pub fn state_of(conn: &mut DbConnection, target: &TargetId) -> QueryResult<ResponseState> {
    let (status, own_deadline, last_activity_at, campaign_state, campaign_deadline, cut, amend) = crate::db::on_backend!(conn, c => campaign_targets::table
            .inner_join(campaigns::table)
            .filter(campaign_targets::id.eq(target))
            .select((
                campaign_targets::status,
                campaign_targets::deadline_at,
                campaign_targets::last_activity_at,
                campaigns::state,
                campaigns::deadline_at,
                campaigns::cut_short_reason,
                campaigns::allow_amendments,
            ))
            .get_result::<StateRow>(c))?;
    Ok(ResponseState {
        last_activity_at,
        status,
        own_deadline,
        campaign_state,
        campaign_deadline,
        cut_short: cut.is_some(),
        allow_amendments: amend,
    })
}

/// The company's decision to decline, if it has declined.
pub fn declined(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Option<(NaiveDateTime, Option<String>)>> {
    let row: (Option<NaiveDateTime>, Option<String>) = campaign_targets::table
        .find(target)
        .select((
            campaign_targets::declined_at,
            campaign_targets::decline_reason,
        ))
        .get_result(conn)?;
    Ok(row.0.map(|at| (at, row.1)))
}
