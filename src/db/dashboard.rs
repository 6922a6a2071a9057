//! What the staff dashboard reads: a handful of queries across every
//! campaign, never one per campaign or per company. Assembled into "what
//! needs doing" by `app::dashboard`.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{
    campaign_targets, campaigns, companies, extension_requests, publications,
    questionnaire_versions, replies, scores, submissions,
};
use super::DbConnection;
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::ids::{CampaignId, QuestionnaireVersionId, SubmissionId, TargetId};

/// A company in a campaign, as the dashboard names it.
#[derive(Debug, Clone, Queryable)]
pub struct Company {
    pub campaign_id: CampaignId,
    pub target_id: TargetId,
    pub company_name: String,
}

/// A request for more time that waits for staff's decision.
#[derive(Debug, Clone, Queryable)]
pub struct PendingRequest {
    pub company: Company,
    pub requested_at: NaiveDateTime,
    pub requested_until: Option<NaiveDateTime>,
}

/// Requests for more time waiting for a decision, oldest first.
pub fn pending_requests(conn: &mut DbConnection) -> QueryResult<Vec<PendingRequest>> {
    extension_requests::table
        .inner_join(campaign_targets::table.inner_join(companies::table))
        .filter(extension_requests::decision.eq("pending"))
        .order(extension_requests::requested_at.asc())
        .select((
            (
                campaign_targets::campaign_id,
                campaign_targets::id,
                companies::name,
            ),
            extension_requests::requested_at,
            extension_requests::requested_until,
        ))
        .load(conn)
}

/// The latest submission of every company whose status is "submitted":
/// the company, and the revision's snapshot (JSON). Two queries: the
/// revisions without their documents, then the latest documents only.
pub fn latest_submissions(conn: &mut DbConnection) -> QueryResult<Vec<(Company, String)>> {
    let revisions: Vec<(Company, SubmissionId, i32)> = submissions::table
        .inner_join(campaign_targets::table.inner_join(companies::table))
        .filter(campaign_targets::status.eq(TargetStatus::Submitted.as_str()))
        .select((
            (
                campaign_targets::campaign_id,
                campaign_targets::id,
                companies::name,
            ),
            submissions::id,
            submissions::revision,
        ))
        .load(conn)?;
    let mut latest: HashMap<TargetId, (Company, SubmissionId, i32)> = HashMap::new();
    for (company, id, revision) in revisions {
        match latest.get(&company.target_id) {
            Some((_, _, seen)) if *seen >= revision => {}
            _ => {
                latest.insert(company.target_id.clone(), (company, id, revision));
            }
        }
    }
    let ids: Vec<SubmissionId> = latest.values().map(|(_, id, _)| id.clone()).collect();
    let documents: HashMap<SubmissionId, String> = submissions::table
        .filter(submissions::id.eq_any(&ids))
        .select((submissions::id, submissions::snapshot))
        .load::<(SubmissionId, String)>(conn)?
        .into_iter()
        .collect();
    let mut out: Vec<(Company, String)> = latest
        .into_values()
        .filter_map(|(company, id, _)| documents.get(&id).map(|d| (company, d.clone())))
        .collect();
    out.sort_by(|a, b| a.0.company_name.cmp(&b.0.company_name));
    Ok(out)
}

/// Reviewers' judgements of the companies whose status is "submitted":
/// (company, question, points; `None` for not applicable).
pub fn submitted_scores(
    conn: &mut DbConnection,
) -> QueryResult<Vec<(TargetId, String, Option<i32>)>> {
    scores::table
        .inner_join(campaign_targets::table.on(campaign_targets::id.eq(scores::target_id)))
        .filter(campaign_targets::status.eq(TargetStatus::Submitted.as_str()))
        .select((scores::target_id, scores::question_key, scores::points))
        .load(conn)
}

/// The stored models (JSON) of these questionnaire versions.
pub fn questionnaire_models(
    conn: &mut DbConnection,
    ids: &[QuestionnaireVersionId],
) -> QueryResult<Vec<(QuestionnaireVersionId, String)>> {
    questionnaire_versions::table
        .filter(questionnaire_versions::id.eq_any(ids))
        .select((questionnaire_versions::id, questionnaire_versions::model))
        .load(conn)
}

/// A reply to findings that no staff member has marked as read.
#[derive(Debug, Clone, Queryable)]
pub struct UnreadReply {
    pub company: Company,
    pub replied_at: NaiveDateTime,
}

/// Unread replies, oldest first.
pub fn unread_replies(conn: &mut DbConnection) -> QueryResult<Vec<UnreadReply>> {
    replies::table
        .inner_join(
            campaign_targets::table
                .on(campaign_targets::id.eq(replies::target_id))
                .inner_join(companies::table),
        )
        .filter(replies::read_at.is_null())
        .order(replies::replied_at.asc())
        .select((
            (
                campaign_targets::campaign_id,
                campaign_targets::id,
                companies::name,
            ),
            replies::replied_at,
        ))
        .load(conn)
}

/// When each published campaign was last published.
pub fn last_published(conn: &mut DbConnection) -> QueryResult<HashMap<CampaignId, NaiveDateTime>> {
    let rows: Vec<(CampaignId, Option<NaiveDateTime>)> = publications::table
        .group_by(publications::campaign_id)
        .select((
            publications::campaign_id,
            diesel::dsl::max(publications::published_at),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(c, at)| at.map(|at| (c, at)))
        .collect())
}

/// Companies' own (extended) deadlines between `from` and `until`, of
/// companies that have neither submitted nor declined, in campaigns that
/// are open or closed.
pub fn own_deadlines_between(
    conn: &mut DbConnection,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> QueryResult<Vec<(Company, NaiveDateTime)>> {
    let rows: Vec<(Company, Option<NaiveDateTime>)> = campaign_targets::table
        .inner_join(companies::table)
        .inner_join(campaigns::table)
        .filter(campaign_targets::deadline_at.ge(from))
        .filter(campaign_targets::deadline_at.le(until))
        .filter(campaign_targets::status.ne_all([
            TargetStatus::Submitted.as_str(),
            TargetStatus::Declined.as_str(),
        ]))
        .filter(
            campaigns::state.eq_any([CampaignState::Open.as_str(), CampaignState::Closed.as_str()]),
        )
        .order(campaign_targets::deadline_at.asc())
        .select((
            (
                campaign_targets::campaign_id,
                campaign_targets::id,
                companies::name,
            ),
            campaign_targets::deadline_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(c, at)| at.map(|at| (c, at)))
        .collect())
}
