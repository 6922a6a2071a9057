//! Submitting the answers: a new immutable revision with its SHA-256, and
//! a receipt to each of the company's contacts.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{check_editable, lock_target, ResponseError};
use crate::db::answers;
use crate::db::audit::{self, Actor};
use crate::db::links::Holder;
use crate::db::outbox::{self, NewEmail};
use crate::db::questionnaires::QuestionnaireVersion;
use crate::db::schema::{campaign_targets, companies, submissions};
use crate::db::submissions::{self as revisions, SubmissionRow};
use crate::db::{write, DbConnection};
use crate::domain::answers::{self as rules, Snapshot};
use crate::domain::campaign::{parse_time_zone, TargetStatus};
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::SubmissionId;
use crate::domain::questionnaire::Questionnaire;
use crate::email::compose::receipt::Receipt;

/// What pressing "Submit" did.
#[derive(Debug, Clone)]
pub enum Submitted {
    /// A new revision, with its receipt emails queued.
    New(SubmissionRow),
    /// The answers are exactly those of the latest revision (a double click,
    /// two colleagues pressing at once): nothing new was stored or sent.
    Already(SubmissionRow),
}

/// Submits the answers: checks that nothing required is missing and that
/// every answer is within its limits, stores the snapshot and its digest as
/// a new revision, marks the company as submitted and queues a receipt to
/// each of its contacts, all in one transaction, under the company's lock.
/// Answers identical to the latest revision's make no new revision.
pub fn submit(
    conn: &mut DbConnection,
    holder: &Holder,
    version: &QuestionnaireVersion,
    questionnaire: &Questionnaire,
    base_url: &url::Url,
    now: NaiveDateTime,
) -> Result<Submitted, ResponseError> {
    let target = &holder.link.target_id;
    write(conn, |conn| {
        lock_target(conn, target)?;
        let (state, stored) = answers::state_and_answers(conn, target)?;
        let answers = answers::as_map(&stored);
        let latest = revisions::latest(conn, target)?;
        let documents =
            crate::db::evidence::for_snapshot(&crate::db::evidence::attached_to(conn, target)?);
        if state.status == TargetStatus::Submitted {
            if let Some((row, json)) = &latest {
                let unchanged = serde_json::from_str::<Snapshot>(json).is_ok_and(|s| {
                    s.letter.is_none() && s.holds_with(questionnaire, &answers, &documents)
                });
                if unchanged {
                    return Ok(Submitted::Already(row.clone()));
                }
            }
        }
        check_editable(&state, now)?;
        let blockers = rules::blockers(questionnaire, &answers);
        if !blockers.is_empty() {
            return Err(ResponseError::Incomplete(blockers));
        }
        let revision = latest.as_ref().map_or(0, |(row, _)| row.revision) + 1;
        let company_slug: String = companies::table
            .find(&holder.company_id)
            .select(companies::slug)
            .get_result(conn)?;
        let snapshot = Snapshot {
            format: 1,
            campaign: rules::SnapshotCampaign {
                slug: holder.campaign.slug.clone(),
                title: holder.campaign.title.clone(),
            },
            company: rules::SnapshotCompany {
                slug: company_slug,
                name: holder.company_name.clone(),
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
            answers: Snapshot::answers_with(questionnaire, &answers, &documents)
                .into_iter()
                .map(|mut a| {
                    a.language = stored
                        .iter()
                        .find(|s| s.question_key == a.question)
                        .map(|s| s.language.clone())
                        .unwrap_or_default();
                    a
                })
                .collect(),
            letter: None,
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
                submissions::submitted_by.eq(&holder.link.contact_id),
            ))
            .execute(conn)?;
        diesel::update(campaign_targets::table.find(target))
            .set((
                campaign_targets::status.eq(TargetStatus::Submitted.as_str()),
                campaign_targets::submitted_at.eq(now),
                campaign_targets::last_activity_at.eq(now),
            ))
            .execute(conn)?;

        let tz = parse_time_zone(&holder.campaign.time_zone).unwrap_or(chrono_tz::UTC);
        for contact in crate::app::outreach::reachable_contacts(conn, &holder.company_id)? {
            let tr = crate::email::compose::language_for(
                &contact.language,
                &questionnaire.default_language,
            );
            let letter = Receipt {
                tr,
                campaign_title: holder.campaign.title.clone(),
                company_name: holder.company_name.clone(),
                contact_name: contact.name.clone(),
                contact_email: holder.campaign.contact_email.clone(),
                submitted_at: tr.date_time(now, tz),
                submitted_by: holder.contact_name.clone(),
                revision,
                digest: digest.clone(),
                answers_text: snapshot.plain_text_in(
                    questionnaire,
                    questionnaire.reading_language(tr.code()),
                    &tr.t("respond-no-answer"),
                ),
                answers_language: questionnaire.reading_language(tr.code()).to_string(),
            };
            outbox::enqueue(
                conn,
                NewEmail {
                    dedupe_key: format!("receipt:{id}:{}", contact.id),
                    kind: EmailKind::Receipt,
                    campaign_id: Some(&holder.campaign.id),
                    target_id: Some(target),
                    contact_id: Some(&contact.id),
                    to: &contact.email,
                    reply_to: Some(&holder.campaign.contact_email),
                    rendered: letter.render()?,
                    secret_link: None,
                },
                now,
            )?;
        }
        crate::app::notifications::submitted::<ResponseError>(
            conn, base_url, holder, &id, revision, now,
        )?;
        audit::record(
            conn,
            &Actor::Representative {
                email: holder.contact_email.clone(),
            },
            "response.submitted",
            &holder.campaign.slug,
            None,
            &format!(
                "{} revision {revision}, sha256 {digest}",
                holder.company_name
            ),
            now,
        )?;
        Ok(Submitted::New(SubmissionRow {
            id,
            revision,
            digest,
            submitted_at: now,
            submitted_by: holder.contact_email.clone(),
        }))
    })
}
