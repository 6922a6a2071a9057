//! Recording a company's answer by letter or email: staff upload the
//! document, say when and by whom it was received, and may enter its text
//! against the questions. It becomes the company's latest submitted
//! revision, scored like any other, and is published as "responded by
//! letter" with the document's SHA-256.
//!
//! A letter that arrives while the company also has answers in the form
//! becomes a new revision after theirs (every revision is kept): the latest
//! revision is the company's response, as when it amends online. The
//! company's draft in the form is left as it is.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::db::audit::{self, Actor};
use crate::db::campaigns::{self, lock_target, Campaign};
use crate::db::companies;
use crate::db::letters::{self, NewLetter};
use crate::db::questionnaires::QuestionnaireVersion;
use crate::db::schema::{campaign_targets, submissions};
use crate::db::submissions as revisions;
use crate::db::{write, DbConnection};
use crate::domain::answers::{self as rules, Answers, Snapshot, SnapshotLetter};
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::ids::{LetterId, SubmissionId, TargetId};
use crate::domain::letters::DocumentKind;
use crate::domain::questionnaire::Questionnaire;

#[derive(Debug, thiserror::Error)]
pub enum LetterError {
    #[error("no such company in this campaign")]
    NotFound,
    #[error("{0}")]
    NotAllowed(String),
    /// Answers entered against the questions that break their limits, by
    /// question key.
    #[error("{} answer(s) must be corrected", .0.len())]
    Answers(Vec<(String, String)>),
    #[error(transparent)]
    Outage(#[from] crate::app::Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// A letter as staff entered it, its fields already parsed.
pub struct LetterInput {
    pub document: Vec<u8>,
    pub kind: DocumentKind,
    pub file_name: String,
    pub received_on: NaiveDate,
    pub received_by: String,
    /// Its text against the questions, as stored answers.
    pub answers: Answers,
}

/// What recording made: the revision and its digest, and the document's.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub revision: i32,
    pub digest: String,
    pub sha256: String,
}

/// Records the letter as the company's new revision, marks the company as
/// having submitted, and audits it, in one transaction under the company's
/// lock.
pub fn record_letter(
    conn: &mut DbConnection,
    actor: &Actor,
    campaign: &Campaign,
    target: &TargetId,
    (version, questionnaire): (&QuestionnaireVersion, &Questionnaire),
    input: &LetterInput,
    now: NaiveDateTime,
) -> Result<Recorded, LetterError> {
    if campaign.state() == CampaignState::Draft {
        return Err(LetterError::NotAllowed(
            "The campaign has not been opened: no company has been asked yet.".into(),
        ));
    }
    let problems: Vec<(String, String)> = questionnaire
        .questions()
        .flat_map(|(_, q)| {
            let value = input
                .answers
                .get(q.key.as_str())
                .map(String::as_str)
                .unwrap_or("");
            rules::problems(q, value)
                .into_iter()
                .map(|p| (q.key.to_string(), p))
        })
        .collect();
    if !problems.is_empty() {
        return Err(LetterError::Answers(problems));
    }
    write(conn, |conn| {
        let detail = campaigns::target(conn, &campaign.id, target)?.ok_or(LetterError::NotFound)?;
        lock_target(conn, target)?;
        // A revision names a contact of the company (the schema asks for
        // one); a letter is filed under the company's primary contact.
        let mut contacts: Vec<_> = companies::contacts_of(conn, &detail.company_id)?
            .into_iter()
            .filter(|c| c.archived_at.is_none())
            .collect();
        contacts.sort_by_key(|c| !c.is_primary);
        let contact = contacts.first().ok_or_else(|| {
            LetterError::NotAllowed(
                "The company has no contact in the directory to file its response under: add one first."
                    .into(),
            )
        })?;
        let latest = revisions::latest(conn, target)?;
        let revision = latest.as_ref().map_or(0, |(row, _)| row.revision) + 1;
        let sha256 = hex::encode(Sha256::digest(&input.document));
        let snapshot = Snapshot {
            format: 1,
            campaign: rules::SnapshotCampaign {
                slug: campaign.slug.clone(),
                title: campaign.title.clone(),
            },
            company: rules::SnapshotCompany {
                slug: detail.company_slug.clone(),
                name: detail.company_name.clone(),
            },
            questionnaire: rules::SnapshotQuestionnaire {
                slug: version.slug.clone(),
                version: version.version_label.clone(),
                digest: version.digest.clone(),
            },
            revision,
            submitted_at: now
                .and_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            answers: Snapshot::answers_of(questionnaire, &input.answers),
            letter: Some(SnapshotLetter {
                sha256: sha256.clone(),
                content_type: input.kind.content_type().to_string(),
                size: i32::try_from(input.document.len()).unwrap_or(i32::MAX),
                received_on: input.received_on.format("%Y-%m-%d").to_string(),
            }),
        };
        let json = snapshot.to_json();
        let digest = Snapshot::digest_of(&json);
        let id = SubmissionId::new();
        diesel::insert_into(submissions::table)
            .values((
                submissions::id.eq(&id),
                submissions::target_id.eq(target),
                submissions::revision.eq(revision),
                submissions::questionnaire_version_id.eq(&version.id),
                submissions::snapshot.eq(&json),
                submissions::digest.eq(&digest),
                submissions::submitted_at.eq(now),
                submissions::submitted_by.eq(&contact.id),
            ))
            .execute(conn)?;
        let recorded_by = match actor {
            Actor::Staff { email, .. } => email.clone(),
            Actor::CommandLine => "the command line".to_string(),
            Actor::Representative { email } => email.clone(),
            Actor::Anonymous => "someone not signed in".to_string(),
            Actor::ApiToken { .. } => actor.label(),
        };
        letters::insert(
            conn,
            NewLetter {
                id: &LetterId::new(),
                target,
                submission: &id,
                sha256: &sha256,
                content_type: input.kind.content_type(),
                file_name: &input.file_name,
                received_on: &input.received_on.format("%Y-%m-%d").to_string(),
                received_by: &input.received_by,
                recorded_by: &recorded_by,
                recorded_at: now,
                document: &input.document,
            },
        )?;
        diesel::update(campaign_targets::table.find(target))
            .set((
                campaign_targets::status.eq(TargetStatus::Submitted.as_str()),
                campaign_targets::submitted_at.eq(now),
                campaign_targets::last_activity_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor,
            "response.letter_recorded",
            &campaign.slug,
            None,
            &format!(
                "{} revision {revision} by letter received {} by {}: document sha256 {sha256}, revision sha256 {digest}",
                detail.company_name,
                input.received_on.format("%Y-%m-%d"),
                input.received_by,
            ),
            now,
        )?;
        Ok(Recorded {
            revision,
            digest,
            sha256,
        })
    })
}
