//! Responses by letter: the document, by its SHA-256, and who received it.
//! The bytes live in the table on both backends (see the migration).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{letters, submissions};
use super::DbConnection;
use crate::domain::ids::{LetterId, SubmissionId, TargetId};

/// A letter as listed, without its bytes.
#[derive(Debug, Clone, Queryable)]
pub struct LetterRow {
    pub id: LetterId,
    pub revision: i32,
    pub sha256: String,
    pub content_type: String,
    pub file_name: String,
    pub size: i32,
    pub received_on: String,
    pub received_by: String,
    pub recorded_by: String,
    pub recorded_at: NaiveDateTime,
}

pub struct NewLetter<'a> {
    pub id: &'a LetterId,
    pub target: &'a TargetId,
    pub submission: &'a SubmissionId,
    pub sha256: &'a str,
    pub content_type: &'a str,
    pub file_name: &'a str,
    pub received_on: &'a str,
    pub received_by: &'a str,
    pub recorded_by: &'a str,
    pub recorded_at: NaiveDateTime,
    pub document: &'a [u8],
}

pub fn insert(conn: &mut DbConnection, new: NewLetter<'_>) -> QueryResult<()> {
    diesel::insert_into(letters::table)
        .values((
            letters::id.eq(new.id),
            letters::target_id.eq(new.target),
            letters::submission_id.eq(new.submission),
            letters::sha256.eq(new.sha256),
            letters::content_type.eq(new.content_type),
            letters::file_name.eq(new.file_name),
            letters::size.eq(i32::try_from(new.document.len()).unwrap_or(i32::MAX)),
            letters::received_on.eq(new.received_on),
            letters::received_by.eq(new.received_by),
            letters::recorded_by.eq(new.recorded_by),
            letters::recorded_at.eq(new.recorded_at),
            letters::document.eq(new.document),
        ))
        .execute(conn)
        .map(|_| ())
}

/// A target's letters, newest first.
pub fn letters_of(conn: &mut DbConnection, target: &TargetId) -> QueryResult<Vec<LetterRow>> {
    letters::table
        .inner_join(submissions::table)
        .filter(letters::target_id.eq(target))
        .order(submissions::revision.desc())
        .select((
            letters::id,
            submissions::revision,
            letters::sha256,
            letters::content_type,
            letters::file_name,
            letters::size,
            letters::received_on,
            letters::received_by,
            letters::recorded_by,
            letters::recorded_at,
        ))
        .load(conn)
}

/// A target's document with this digest: its content type and bytes.
pub fn document(
    conn: &mut DbConnection,
    target: &TargetId,
    sha256: &str,
) -> QueryResult<Option<(String, Vec<u8>)>> {
    letters::table
        .filter(letters::target_id.eq(target))
        .filter(letters::sha256.eq(sha256))
        .select((letters::content_type, letters::document))
        .get_result(conn)
        .optional()
}

/// The document with this digest of the company `company` in the campaign
/// `campaign` (both by slug): its content type and bytes. Whether it may
/// be served is the caller's question (it must be in a publication).
pub fn document_of_company(
    conn: &mut DbConnection,
    campaign: &str,
    company: &str,
    sha256: &str,
) -> QueryResult<Option<(String, Vec<u8>)>> {
    use super::schema::{campaign_targets, campaigns, companies};
    letters::table
        .inner_join(
            campaign_targets::table
                .inner_join(campaigns::table)
                .inner_join(companies::table),
        )
        .filter(campaigns::slug.eq(campaign))
        .filter(companies::slug.eq(company))
        .filter(letters::sha256.eq(sha256))
        .select((letters::content_type, letters::document))
        .get_result(conn)
        .optional()
}
