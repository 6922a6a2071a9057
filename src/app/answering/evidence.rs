//! Evidence documents a representative attaches to an answer, and removes
//! again, until the answers are submitted (or while amendments are open).

use chrono::NaiveDateTime;

use super::{check_editable, lock_target, ResponseError};
use crate::db::answers;
use crate::db::audit::{self, Actor};
use crate::db::evidence::{self, NewEvidence};
use crate::db::links::Holder;
use crate::db::{write, DbConnection};
use crate::domain::documents::{sha256_hex, takes_documents, Refusal};
use crate::domain::ids::EvidenceId;
use crate::domain::questionnaire::Questionnaire;

/// A file as uploaded: its name as the browser gave it and its bytes (at
/// most a byte more than any limit; `too_large` when there was more).
pub struct Upload {
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub too_large: bool,
}

/// Attaches `upload` to the answer to `question`: checked by its contents
/// against the campaign's limits, kept once by its SHA-256, audited, in
/// one transaction under the company's lock.
pub fn attach_evidence(
    conn: &mut DbConnection,
    holder: &Holder,
    questionnaire: &Questionnaire,
    question: &str,
    upload: &Upload,
    now: NaiveDateTime,
) -> Result<EvidenceId, ResponseError> {
    let target = &holder.link.target_id;
    let Some(q) = questionnaire
        .question(question)
        .filter(|q| takes_documents(q.kind))
    else {
        return Err(ResponseError::EvidenceRefused(Refusal::NotHere));
    };
    write(conn, |conn| {
        lock_target(conn, target)?;
        let state = answers::state_of(conn, target)?;
        check_editable(&state, now)?;
        let rules = evidence::rules_of(conn, &holder.campaign.id)?;
        let attached = evidence::attached_to(conn, target)?
            .into_iter()
            .filter(|a| a.question_key == q.key.as_str())
            .count();
        let kind = rules
            .check(&upload.bytes, upload.too_large, attached)
            .map_err(ResponseError::EvidenceRefused)?;
        let sha256 = sha256_hex(&upload.bytes);
        let file_name: String = upload
            .file_name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or_default()
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect();
        let file_name = if file_name.trim().is_empty() {
            format!("document.{}", kind.extension())
        } else {
            file_name
        };
        evidence::store(conn, &sha256, kind.content_type(), &upload.bytes, now)?;
        let id = evidence::attach(
            conn,
            NewEvidence {
                target,
                question_key: q.key.as_str(),
                sha256: &sha256,
                file_name: &file_name,
                attached_by: holder.link.contact_id.as_str(),
                attached_at: now,
            },
        )?;
        audit::record(
            conn,
            &Actor::Representative {
                email: holder.contact_email.clone(),
            },
            "evidence.attached",
            &holder.campaign.slug,
            None,
            &format!(
                "{}: {} to question {}, sha256 {sha256}, {} bytes",
                holder.company_name,
                file_name,
                q.key,
                upload.bytes.len()
            ),
            now,
        )?;
        Ok(id)
    })
}

/// Removes one of the company's attachments while answers may change.
/// `false` when there was no such attachment.
pub fn remove_evidence(
    conn: &mut DbConnection,
    holder: &Holder,
    id: &EvidenceId,
    now: NaiveDateTime,
) -> Result<bool, ResponseError> {
    let target = &holder.link.target_id;
    write(conn, |conn| {
        lock_target(conn, target)?;
        let state = answers::state_of(conn, target)?;
        check_editable(&state, now)?;
        let Some((file_name, sha256)) = evidence::remove(conn, target, id)? else {
            return Ok(false);
        };
        audit::record(
            conn,
            &Actor::Representative {
                email: holder.contact_email.clone(),
            },
            "evidence.removed",
            &holder.campaign.slug,
            None,
            &format!("{}: {file_name}, sha256 {sha256}", holder.company_name),
            now,
        )?;
        Ok(true)
    })
}
