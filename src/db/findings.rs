//! Findings sent to a company and its replies, as stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{contacts, findings, replies};
use super::DbConnection;
use crate::domain::ids::TargetId;

/// When findings went out and until when a reply is taken.
pub fn window(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Option<(NaiveDateTime, NaiveDateTime)>> {
    findings::table
        .find(target)
        .select((findings::sent_at, findings::reply_until))
        .first(conn)
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
        .first(conn)
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
