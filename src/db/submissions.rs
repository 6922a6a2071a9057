//! Submitted revisions: immutable snapshots of a company's answers with
//! their SHA-256, one revision each.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{contacts, submissions};
use super::DbConnection;
use crate::domain::ids::{SubmissionId, TargetId};

/// A submitted revision as listed.
#[derive(Debug, Clone, Queryable)]
pub struct SubmissionRow {
    pub id: SubmissionId,
    pub revision: i32,
    pub digest: String,
    pub submitted_at: NaiveDateTime,
    pub submitted_by: String,
}

/// A company's revisions, newest first.
pub fn submissions_of(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Vec<SubmissionRow>> {
    submissions::table
        .inner_join(contacts::table)
        .filter(submissions::target_id.eq(target))
        .order(submissions::revision.desc())
        .select((
            submissions::id,
            submissions::revision,
            submissions::digest,
            submissions::submitted_at,
            contacts::email,
        ))
        .load(conn)
}

/// One revision with its exact snapshot.
pub fn submission(
    conn: &mut DbConnection,
    target: &TargetId,
    revision: i32,
) -> QueryResult<Option<(SubmissionRow, String)>> {
    submissions::table
        .inner_join(contacts::table)
        .filter(submissions::target_id.eq(target))
        .filter(submissions::revision.eq(revision))
        .select((
            (
                submissions::id,
                submissions::revision,
                submissions::digest,
                submissions::submitted_at,
                contacts::email,
            ),
            submissions::snapshot,
        ))
        .get_result(conn)
        .optional()
}

/// The latest revision with its exact snapshot, if the company submitted.
pub fn latest(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Option<(SubmissionRow, String)>> {
    match submissions_of(conn, target)?.first() {
        Some(row) => submission(conn, target, row.revision),
        None => Ok(None),
    }
}
