//! Evidence documents attached to answers: each distinct content once, by
//! its SHA-256, in `documents`; which answer has which in `evidence`; a
//! campaign's limits and whether they are published in
//! `campaign_evidence_rules` (the defaults when it has no row).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{campaign_evidence_rules, campaigns, contacts, documents, evidence};
use super::DbConnection;
use crate::domain::answers::SnapshotDocument;
use crate::domain::documents::EvidenceRules;
use crate::domain::ids::{CampaignId, EvidenceId, TargetId};

/// A document attached to an answer, as listed (without its bytes).
#[derive(Debug, Clone, Queryable)]
pub struct Attached {
    pub id: EvidenceId,
    pub question_key: String,
    pub sha256: String,
    pub content_type: String,
    pub size: i32,
    pub file_name: String,
    pub attached_by: String,
    pub attached_at: NaiveDateTime,
}

impl Attached {
    /// The document as a submitted snapshot names it, with its question.
    pub fn for_snapshot(&self) -> (String, SnapshotDocument) {
        (
            self.question_key.clone(),
            SnapshotDocument {
                file_name: self.file_name.clone(),
                content_type: self.content_type.clone(),
                size: self.size,
                sha256: self.sha256.clone(),
            },
        )
    }
}

/// Every document of `rows` as a submitted snapshot names it.
pub fn for_snapshot(rows: &[Attached]) -> Vec<(String, SnapshotDocument)> {
    rows.iter().map(Attached::for_snapshot).collect()
}

pub fn rules_of(conn: &mut DbConnection, campaign: &CampaignId) -> QueryResult<EvidenceRules> {
    let publish: bool = campaigns::table
        .find(campaign)
        .select(campaigns::publish_evidence)
        .get_result(conn)?;
    let limits: Option<(i32, i32)> = campaign_evidence_rules::table
        .find(campaign)
        .select((
            campaign_evidence_rules::max_bytes,
            campaign_evidence_rules::max_per_question,
        ))
        .get_result(conn)
        .optional()?;
    let defaults = EvidenceRules::default();
    Ok(match limits {
        Some((bytes, count)) => EvidenceRules {
            max_bytes: usize::try_from(bytes).unwrap_or(0),
            max_per_question: usize::try_from(count).unwrap_or(0),
            publish,
        },
        None => EvidenceRules {
            publish,
            ..defaults
        },
    })
}

pub fn set_rules(
    conn: &mut DbConnection,
    campaign: &CampaignId,
    rules: &EvidenceRules,
) -> QueryResult<()> {
    diesel::update(campaigns::table.find(campaign))
        .set(campaigns::publish_evidence.eq(rules.publish))
        .execute(conn)?;
    let bytes = i32::try_from(rules.max_bytes).unwrap_or(i32::MAX);
    let count = i32::try_from(rules.max_per_question).unwrap_or(i32::MAX);
    let changed = diesel::update(campaign_evidence_rules::table.find(campaign))
        .set((
            campaign_evidence_rules::max_bytes.eq(bytes),
            campaign_evidence_rules::max_per_question.eq(count),
        ))
        .execute(conn)?;
    if changed == 0 {
        diesel::insert_into(campaign_evidence_rules::table)
            .values((
                campaign_evidence_rules::campaign_id.eq(campaign),
                campaign_evidence_rules::max_bytes.eq(bytes),
                campaign_evidence_rules::max_per_question.eq(count),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// A target's attached documents, by question, oldest first.
pub fn attached_to(conn: &mut DbConnection, target: &TargetId) -> QueryResult<Vec<Attached>> {
    evidence::table
        .inner_join(documents::table)
        .inner_join(contacts::table)
        .filter(evidence::target_id.eq(target))
        .order((evidence::question_key, evidence::attached_at, evidence::id))
        .select((
            evidence::id,
            evidence::question_key,
            evidence::sha256,
            documents::content_type,
            documents::size,
            evidence::file_name,
            contacts::name,
            evidence::attached_at,
        ))
        .load(conn)
}

/// Keeps `bytes` under their digest, unless the same bytes are kept
/// already.
pub fn store(
    conn: &mut DbConnection,
    sha256: &str,
    content_type: &str,
    bytes: &[u8],
    now: NaiveDateTime,
) -> QueryResult<()> {
    let known: i64 = documents::table
        .filter(documents::sha256.eq(sha256))
        .count()
        .get_result(conn)?;
    if known == 0 {
        diesel::insert_into(documents::table)
            .values((
                documents::sha256.eq(sha256),
                documents::content_type.eq(content_type),
                documents::size.eq(i32::try_from(bytes.len()).unwrap_or(i32::MAX)),
                documents::content.eq(bytes),
                documents::stored_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub struct NewEvidence<'a> {
    pub target: &'a TargetId,
    pub question_key: &'a str,
    pub sha256: &'a str,
    pub file_name: &'a str,
    pub attached_by: &'a str,
    pub attached_at: NaiveDateTime,
}

pub fn attach(conn: &mut DbConnection, new: NewEvidence<'_>) -> QueryResult<EvidenceId> {
    let id = EvidenceId::new();
    diesel::insert_into(evidence::table)
        .values((
            evidence::id.eq(&id),
            evidence::target_id.eq(new.target),
            evidence::question_key.eq(new.question_key),
            evidence::sha256.eq(new.sha256),
            evidence::file_name.eq(new.file_name),
            evidence::attached_by.eq(new.attached_by),
            evidence::attached_at.eq(new.attached_at),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Removes one of a target's attachments; the document itself stays (a
/// submitted revision may name it). The file name it had, if it was there.
pub fn remove(
    conn: &mut DbConnection,
    target: &TargetId,
    id: &EvidenceId,
) -> QueryResult<Option<(String, String)>> {
    let found: Option<(String, String)> = evidence::table
        .filter(evidence::target_id.eq(target))
        .filter(evidence::id.eq(id))
        .select((evidence::file_name, evidence::sha256))
        .get_result(conn)
        .optional()?;
    if found.is_some() {
        diesel::delete(
            evidence::table
                .filter(evidence::target_id.eq(target))
                .filter(evidence::id.eq(id)),
        )
        .execute(conn)?;
    }
    Ok(found)
}

/// A kept document: its content type and bytes.
pub fn document(conn: &mut DbConnection, sha256: &str) -> QueryResult<Option<(String, Vec<u8>)>> {
    documents::table
        .filter(documents::sha256.eq(sha256))
        .select((documents::content_type, documents::content))
        .get_result(conn)
        .optional()
}

/// Whether the document with this digest is one of the target's: attached
/// to its answers now, or named by one of its submitted revisions.
pub fn is_of_target(conn: &mut DbConnection, target: &TargetId, sha256: &str) -> QueryResult<bool> {
    use super::schema::submissions;
    let attached: i64 = evidence::table
        .filter(evidence::target_id.eq(target))
        .filter(evidence::sha256.eq(sha256))
        .count()
        .get_result(conn)?;
    if attached > 0 {
        return Ok(true);
    }
    let named: i64 = submissions::table
        .filter(submissions::target_id.eq(target))
        .filter(submissions::snapshot.like(format!("%\"sha256\":\"{sha256}\"%")))
        .count()
        .get_result(conn)?;
    Ok(named > 0)
}
