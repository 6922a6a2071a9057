//! A company's response: the working answers (saved as drafts, several
//! representatives at once), submissions (immutable snapshots with their
//! SHA-256, one revision each), and declining.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::audit::{self, Actor};
use crate::db::campaigns::Campaign;
use crate::db::links::Holder;
use crate::db::outbox::{self, NewEmail};
use crate::db::questionnaires::QuestionnaireVersion;
use crate::db::schema::{answers, campaign_targets, companies, contacts, submissions};
use crate::db::{is_unique_violation, write, DbConnection};
use crate::domain::answers::{self as rules, Answers, Snapshot};
use crate::domain::campaign::{parse_time_zone, show_in_zone, CampaignState, TargetStatus};
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{ContactId, SubmissionId, TargetId};
use crate::domain::questionnaire::Questionnaire;
use crate::email::compose::{self as templates, Letter};

/// One stored answer with who last changed it.
#[derive(Debug, Clone, Queryable)]
pub struct StoredAnswer {
    pub question_key: String,
    pub value: String,
    pub version: i32,
    pub updated_at: NaiveDateTime,
    pub updated_by: ContactId,
    pub updated_by_name: String,
}

pub fn answers_of(conn: &mut DbConnection, target: &TargetId) -> QueryResult<Vec<StoredAnswer>> {
    answers::table
        .inner_join(contacts::table)
        .filter(answers::target_id.eq(target))
        .select((
            answers::question_key,
            answers::value,
            answers::version,
            answers::updated_at,
            answers::updated_by,
            contacts::name,
        ))
        .load(conn)
}

pub fn as_map(stored: &[StoredAnswer]) -> Answers {
    stored
        .iter()
        .map(|a| (a.question_key.clone(), a.value.clone()))
        .collect()
}

#[derive(Debug, thiserror::Error)]
pub enum ResponseError {
    #[error("the questionnaire is closed: the campaign is {0}")]
    CampaignNotOpen(CampaignState),
    #[error("your company has declined to answer; undo that first")]
    Declined,
    #[error("the answers are submitted and this campaign does not take amendments")]
    Submitted,
    #[error("the deadline has passed, so the submission can no longer be amended")]
    AmendmentsClosed,
    #[error("the deadline has passed, so declining can no longer be undone")]
    TooLate,
    #[error("{} answer(s) must be completed or corrected first", .0.len())]
    Incomplete(Vec<(String, String)>),
    #[error("nothing to undo")]
    NothingToUndo,
    #[error("an email cannot be written: {0}")]
    Template(#[from] askama::Error),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// The answer a representative sends for one question, and the version of
/// it their page showed (0: none yet).
#[derive(Debug, Clone)]
pub struct Change {
    pub key: String,
    pub value: String,
    pub seen_version: i32,
}

/// A save that would have overwritten someone else's newer answer.
#[derive(Debug, Clone)]
pub struct Conflict {
    pub key: String,
    pub mine: String,
    pub theirs: StoredAnswer,
}

#[derive(Debug, Clone, Default)]
pub struct SaveOutcome {
    pub saved: usize,
    pub conflicts: Vec<Conflict>,
    /// The version of every answer sent, as stored now (a conflict's is
    /// theirs): what the page must carry for its next save.
    pub versions: Vec<(String, i32)>,
    /// The answers now stored exactly as sent: the page may take what it
    /// sent as its new base for them.
    pub as_sent: Vec<String>,
}

struct TargetState {
    last_activity_at: Option<NaiveDateTime>,
    status: TargetStatus,
    own_deadline: Option<NaiveDateTime>,
}

fn target_state(conn: &mut DbConnection, target: &TargetId) -> QueryResult<TargetState> {
    let (status, own_deadline, last_activity_at) = campaign_targets::table
        .find(target)
        .select((
            campaign_targets::status,
            campaign_targets::deadline_at,
            campaign_targets::last_activity_at,
        ))
        .first::<(TargetStatus, Option<NaiveDateTime>, Option<NaiveDateTime>)>(conn)?;
    Ok(TargetState {
        last_activity_at,
        status,
        own_deadline,
    })
}

/// Whether answers may change now: the campaign is open, the company has
/// not declined, and it has not submitted unless amendments are allowed
/// and the deadline has not passed.
fn check_editable(
    campaign: &Campaign,
    state: &TargetState,
    now: NaiveDateTime,
) -> Result<(), ResponseError> {
    if campaign.state() != CampaignState::Open {
        return Err(ResponseError::CampaignNotOpen(campaign.state()));
    }
    match state.status {
        TargetStatus::Declined => Err(ResponseError::Declined),
        TargetStatus::Submitted if !campaign.allow_amendments => Err(ResponseError::Submitted),
        TargetStatus::Submitted if now >= state.own_deadline.unwrap_or(campaign.deadline_at) => {
            Err(ResponseError::AmendmentsClosed)
        }
        TargetStatus::Submitted
        | TargetStatus::NotInvited
        | TargetStatus::Invited
        | TargetStatus::Viewed
        | TargetStatus::InProgress => Ok(()),
    }
}

/// Whether the representative may change answers now (for the pages).
pub fn editable(
    conn: &mut DbConnection,
    holder: &Holder,
    now: NaiveDateTime,
) -> Result<(), ResponseError> {
    let state = target_state(conn, &holder.link.target_id)?;
    check_editable(&holder.campaign, &state, now)
}

/// Saves a section's answers. An answer whose stored version is no longer
/// the one the page showed, and whose value differs, is not applied: it
/// comes back as a conflict for the representative to decide.
pub fn save(
    conn: &mut DbConnection,
    holder: &Holder,
    changes: &[Change],
    now: NaiveDateTime,
) -> Result<SaveOutcome, ResponseError> {
    match save_once(conn, holder, changes, now) {
        // Two first answers to the same question at the same moment (on
        // PostgreSQL): try again, and the later one meets the earlier.
        Err(ResponseError::Database(e)) if is_unique_violation(&e) => {
            save_once(conn, holder, changes, now)
        }
        other => other,
    }
}

fn save_once(
    conn: &mut DbConnection,
    holder: &Holder,
    changes: &[Change],
    now: NaiveDateTime,
) -> Result<SaveOutcome, ResponseError> {
    let target = &holder.link.target_id;
    let me = &holder.link.contact_id;
    write(conn, |conn| {
        let state = target_state(conn, target)?;
        check_editable(&holder.campaign, &state, now)?;
        // All of the company's answers (a few dozen rows): one statement
        // SQLite prepares once, where `IN (…)` would be prepared every time.
        let current = answers_of(conn, target)?;
        let mut outcome = SaveOutcome::default();
        for change in changes {
            let existing = current.iter().find(|a| a.question_key == change.key);
            let (stored_value, stored_version) = existing
                .map(|a| (a.value.as_str(), a.version))
                .unwrap_or(("", 0));
            if stored_value == change.value {
                outcome.versions.push((change.key.clone(), stored_version));
                outcome.as_sent.push(change.key.clone());
                continue;
            }
            if stored_version != change.seen_version {
                if let Some(theirs) = existing {
                    outcome.versions.push((change.key.clone(), stored_version));
                    outcome.conflicts.push(Conflict {
                        key: change.key.clone(),
                        mine: change.value.clone(),
                        theirs: theirs.clone(),
                    });
                    continue;
                }
            }
            let written = match existing {
                None => diesel::insert_into(answers::table)
                    .values((
                        answers::target_id.eq(target),
                        answers::question_key.eq(&change.key),
                        answers::value.eq(&change.value),
                        answers::version.eq(1),
                        answers::updated_at.eq(now),
                        answers::updated_by.eq(me),
                    ))
                    .execute(conn)?,
                Some(a) => diesel::update(
                    answers::table
                        .filter(answers::target_id.eq(target))
                        .filter(answers::question_key.eq(&change.key))
                        .filter(answers::version.eq(a.version)),
                )
                .set((
                    answers::value.eq(&change.value),
                    answers::version.eq(a.version + 1),
                    answers::updated_at.eq(now),
                    answers::updated_by.eq(me),
                ))
                .execute(conn)?,
            };
            if written == 1 {
                outcome.saved += 1;
                outcome.as_sent.push(change.key.clone());
                outcome
                    .versions
                    .push((change.key.clone(), existing.map_or(1, |a| a.version + 1)));
            } else {
                outcome.versions.push((change.key.clone(), stored_version));
            }
        }
        let early = matches!(
            state.status,
            TargetStatus::NotInvited | TargetStatus::Invited | TargetStatus::Viewed
        );
        if outcome.saved > 0 && early {
            diesel::update(campaign_targets::table.find(target))
                .set((
                    campaign_targets::status.eq(TargetStatus::InProgress.as_str()),
                    campaign_targets::last_activity_at.eq(now),
                ))
                .execute(conn)?;
        } else if outcome.saved > 0
            && state
                .last_activity_at
                .is_none_or(|t| now - t >= chrono::Duration::seconds(60))
        {
            // Activity is tracked to the minute: an autosave every few
            // seconds need not write the target each time.
            diesel::update(campaign_targets::table.find(target))
                .set(campaign_targets::last_activity_at.eq(now))
                .execute(conn)?;
        }
        Ok(outcome)
    })
}

/// A submitted revision as listed.
#[derive(Debug, Clone, Queryable)]
pub struct SubmissionRow {
    pub id: SubmissionId,
    pub revision: i32,
    pub digest: String,
    pub submitted_at: NaiveDateTime,
    pub submitted_by: String,
}

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
        .first(conn)
        .optional()
}

/// What pressing "Submit" did.
#[derive(Debug, Clone)]
pub enum Submitted {
    /// A new revision, with its receipt emails queued.
    New(SubmissionRow),
    /// The answers are exactly those of the latest revision (a double click,
    /// two colleagues pressing at once): nothing new was stored or sent.
    Already(SubmissionRow),
}

/// Takes the company's row lock for the rest of the transaction, so that
/// decisions about one company (submitting, above all) are made one at a
/// time. On PostgreSQL the update locks the row until commit; on SQLite the
/// immediate transaction already holds the database's write lock.
fn lock_target(conn: &mut DbConnection, target: &TargetId) -> QueryResult<()> {
    diesel::update(campaign_targets::table.find(target))
        .set(campaign_targets::status.eq(campaign_targets::status))
        .execute(conn)
        .map(|_| ())
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
    now: NaiveDateTime,
) -> Result<Submitted, ResponseError> {
    let target = &holder.link.target_id;
    write(conn, |conn| {
        lock_target(conn, target)?;
        let state = target_state(conn, target)?;
        let stored = answers_of(conn, target)?;
        let answers = as_map(&stored);
        let latest = match submissions_of(conn, target)?.first() {
            Some(row) => submission(conn, target, row.revision)?,
            None => None,
        };
        if state.status == TargetStatus::Submitted {
            if let Some((row, json)) = &latest {
                let unchanged = serde_json::from_str::<Snapshot>(json)
                    .is_ok_and(|s| s.answers == Snapshot::answers_of(questionnaire, &answers));
                if unchanged {
                    return Ok(Submitted::Already(row.clone()));
                }
            }
        }
        check_editable(&holder.campaign, &state, now)?;
        let blockers = rules::blockers(questionnaire, &answers);
        if !blockers.is_empty() {
            return Err(ResponseError::Incomplete(blockers));
        }
        let revision = latest.as_ref().map_or(0, |(row, _)| row.revision) + 1;
        let company_slug: String = companies::table
            .find(&holder.company_id)
            .select(companies::slug)
            .first(conn)?;
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
            answers: Snapshot::answers_of(questionnaire, &answers),
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
        let copy = snapshot.plain_text(questionnaire);
        for contact in super::outreach::reachable_contacts(conn, &holder.company_id)? {
            let letter = Letter {
                campaign_title: holder.campaign.title.clone(),
                company_name: holder.company_name.clone(),
                contact_name: contact.name.clone(),
                contact_email: holder.campaign.contact_email.clone(),
                deadline: show_in_zone(
                    state.own_deadline.unwrap_or(holder.campaign.deadline_at),
                    tz,
                ),
                submitted_at: show_in_zone(now, tz),
                submitted_by: holder.contact_name.clone(),
                revision,
                digest: digest.clone(),
                answers_text: copy.clone(),
                ..Letter::default()
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
                    rendered: templates::receipt(&letter)?,
                    secret_link: None,
                },
                now,
            )?;
        }
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

/// The company declines to answer, with an optional reason.
pub fn decline(
    conn: &mut DbConnection,
    holder: &Holder,
    reason: &str,
    now: NaiveDateTime,
) -> Result<(), ResponseError> {
    let target = &holder.link.target_id;
    write(conn, |conn| {
        lock_target(conn, target)?;
        let state = target_state(conn, target)?;
        if holder.campaign.state() != CampaignState::Open {
            return Err(ResponseError::CampaignNotOpen(holder.campaign.state()));
        }
        match state.status {
            TargetStatus::Submitted => return Err(ResponseError::Submitted),
            TargetStatus::Declined => return Ok(()),
            TargetStatus::NotInvited
            | TargetStatus::Invited
            | TargetStatus::Viewed
            | TargetStatus::InProgress => {}
        }
        let reason = reason.trim();
        diesel::update(campaign_targets::table.find(target))
            .set((
                campaign_targets::status.eq(TargetStatus::Declined.as_str()),
                campaign_targets::declined_at.eq(now),
                campaign_targets::decline_reason.eq((!reason.is_empty()).then_some(reason)),
                campaign_targets::declined_by.eq(&holder.link.contact_id),
                campaign_targets::last_activity_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            &Actor::Representative {
                email: holder.contact_email.clone(),
            },
            "response.declined",
            &holder.campaign.slug,
            None,
            &holder.company_name,
            now,
        )?;
        Ok(())
    })
}

/// Takes back a refusal, until the deadline. The drafts are as they were.
pub fn undo_decline(
    conn: &mut DbConnection,
    holder: &Holder,
    now: NaiveDateTime,
) -> Result<(), ResponseError> {
    let target = &holder.link.target_id;
    write(conn, |conn| {
        lock_target(conn, target)?;
        let state = target_state(conn, target)?;
        if state.status != TargetStatus::Declined {
            return Err(ResponseError::NothingToUndo);
        }
        if holder.campaign.state() != CampaignState::Open {
            return Err(ResponseError::CampaignNotOpen(holder.campaign.state()));
        }
        if now >= state.own_deadline.unwrap_or(holder.campaign.deadline_at) {
            return Err(ResponseError::TooLate);
        }
        let drafted: i64 = answers::table
            .filter(answers::target_id.eq(target))
            .count()
            .get_result(conn)?;
        let back = if drafted > 0 {
            TargetStatus::InProgress
        } else {
            TargetStatus::Viewed
        };
        diesel::update(campaign_targets::table.find(target))
            .set((
                campaign_targets::status.eq(back.as_str()),
                campaign_targets::declined_at.eq(None::<NaiveDateTime>),
                campaign_targets::decline_reason.eq(None::<String>),
                campaign_targets::declined_by.eq(None::<ContactId>),
                campaign_targets::last_activity_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            &Actor::Representative {
                email: holder.contact_email.clone(),
            },
            "response.decline_undone",
            &holder.campaign.slug,
            None,
            &holder.company_name,
            now,
        )?;
        Ok(())
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
        .first(conn)?;
    Ok(row.0.map(|at| (at, row.1)))
}
