//! Findings sent to a company and its replies, as stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{campaign_targets, companies, contacts, findings, publications, replies};
use super::DbConnection;
use crate::domain::ids::{CampaignId, ContactId, TargetId};

/// When findings went out and until when a reply is taken.
pub fn window(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Option<(NaiveDateTime, NaiveDateTime)>> {
    findings::table
        .find(target)
        .select((findings::sent_at, findings::reply_until))
        .get_result(conn)
        .optional()
}

/// The findings as sent, with their window.
pub fn findings_of(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Option<(NaiveDateTime, NaiveDateTime, String)>> {
    findings::table
        .find(target)
        .select((findings::sent_at, findings::reply_until, findings::body))
        .get_result(conn)
        .optional()
}

/// A company's replies, oldest first, with who wrote them (for staff).
pub fn replies_of(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Vec<(String, NaiveDateTime, String)>> {
    replies::table
        .inner_join(contacts::table)
        .filter(replies::target_id.eq(target))
        .order(replies::replied_at.asc())
        .select((replies::body, replies::replied_at, contacts::name))
        .load(conn)
}

/// Whether the company's latest reply is `body` from `contact`: a second
/// post of the same reply (a double click, a resent form).
pub fn latest_reply_is(
    conn: &mut DbConnection,
    target: &TargetId,
    contact: &ContactId,
    body: &str,
) -> QueryResult<bool> {
    let latest: Option<(String, ContactId)> = replies::table
        .filter(replies::target_id.eq(target))
        .order(replies::replied_at.desc())
        .select((replies::body, replies::contact_id))
        .first(conn)
        .optional()?;
    Ok(latest.is_some_and(|(b, c)| b == body && c == *contact))
}

/// Replies to findings received after the campaign's latest publication
/// (none when it was never published), oldest first: target, company, when.
pub fn replies_after_publication(
    conn: &mut DbConnection,
    campaign: &CampaignId,
) -> QueryResult<Vec<(TargetId, String, NaiveDateTime)>> {
    let last: Option<NaiveDateTime> = publications::table
        .filter(publications::campaign_id.eq(campaign))
        .select(diesel::dsl::max(publications::published_at))
        .get_result(conn)?;
    let Some(last) = last else {
        return Ok(Vec::new());
    };
    replies::table
        // Explicit joins: the schema declares no replies → targets relation.
        .inner_join(campaign_targets::table.on(campaign_targets::id.eq(replies::target_id)))
        .inner_join(companies::table.on(companies::id.eq(campaign_targets::company_id)))
        .filter(campaign_targets::campaign_id.eq(campaign))
        .filter(replies::replied_at.gt(last))
        .order(replies::replied_at.asc())
        .select((campaign_targets::id, companies::name, replies::replied_at))
        .load(conn)
}
