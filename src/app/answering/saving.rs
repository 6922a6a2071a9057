//! Saving a section's answers as drafts: only what changed is written, and
//! a colleague's newer answer is never overwritten unseen.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{check_editable, ResponseError};
use crate::db::answers::{self, StoredAnswer};
use crate::db::links::Holder;
use crate::db::schema::campaign_targets;
use crate::db::{is_unique_violation, write, DbConnection};
use crate::domain::campaign::TargetStatus;

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

/// Saves a section's answers. An answer whose stored version is no longer
/// the one the page showed, and whose value differs, is not applied: it
/// comes back as a conflict for the representative to decide.
/// `language` is the one the representative answered in (their page's).
pub fn save(
    conn: &mut DbConnection,
    holder: &Holder,
    changes: &[Change],
    language: &str,
    now: NaiveDateTime,
) -> Result<SaveOutcome, ResponseError> {
    match save_once(conn, holder, changes, language, now) {
        // Two first answers to the same question at the same moment (on
        // PostgreSQL): try again, and the later one meets the earlier.
        Err(ResponseError::Database(e)) if is_unique_violation(&e) => {
            save_once(conn, holder, changes, language, now)
        }
        other => other,
    }
}

fn save_once(
    conn: &mut DbConnection,
    holder: &Holder,
    changes: &[Change],
    language: &str,
    now: NaiveDateTime,
) -> Result<SaveOutcome, ResponseError> {
    let target = &holder.link.target_id;
    let me = &holder.link.contact_id;
    write(conn, |conn| {
        // All of the company's answers (a few dozen rows) with the state:
        // one statement, prepared once, where `IN (…)` would be prepared
        // every time.
        let (state, current) = answers::state_and_answers(conn, target)?;
        check_editable(&state, now)?;
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
                None => answers::insert_first(
                    conn,
                    target,
                    &change.key,
                    &change.value,
                    me,
                    language,
                    now,
                )?,
                Some(a) => answers::replace_version(
                    conn,
                    target,
                    &change.key,
                    a.version,
                    &change.value,
                    me,
                    language,
                    now,
                )?,
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
