//! A company's response: the working answers (saved as drafts, several
//! representatives at once), submissions (immutable snapshots with their
//! SHA-256, one revision each), and declining. The queries are in
//! `db::answers` and `db::submissions`; here what changes them.

mod decline;
mod evidence;
mod saving;
mod submission;

pub use decline::{decline, undo_decline};
pub use evidence::{attach_evidence, remove_evidence, Upload};
pub use saving::{save, Change, Conflict, SaveOutcome};
pub use submission::{submit, Submitted};

use chrono::NaiveDateTime;

use crate::db::answers::{self, ResponseState};
use crate::db::campaigns::lock_target;
use crate::db::links::Holder;
use crate::db::DbConnection;
use crate::domain::campaign::{may_answer, CampaignState, TargetStatus};

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
    /// An evidence document refused: what to say beside the question's
    /// upload field.
    #[error("{0}")]
    EvidenceRefused(crate::domain::documents::Refusal),
    #[error("an email cannot be written: {0}")]
    Template(#[from] askama::Error),
    #[error(transparent)]
    Outage(#[from] crate::app::Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

impl ResponseError {
    /// Whether the rules refused (the campaign, the company's decision or
    /// its answers): the person is told why. Otherwise the service failed
    /// (the database, an email), and what was sent was not stored.
    pub fn is_refusal(&self) -> bool {
        match self {
            ResponseError::CampaignNotOpen(_)
            | ResponseError::Declined
            | ResponseError::Submitted
            | ResponseError::AmendmentsClosed
            | ResponseError::TooLate
            | ResponseError::Incomplete(_)
            | ResponseError::NothingToUndo
            | ResponseError::EvidenceRefused(_) => true,
            ResponseError::Template(_) | ResponseError::Outage(_) | ResponseError::Database(_) => {
                false
            }
        }
    }
}

/// Whether answers may change now: the company may still answer
/// (`domain::campaign::may_answer`: the campaign is open, or closed before
/// this company's own deadline), it has not declined, and it has not
/// submitted unless amendments are allowed and its deadline has not passed.
fn check_editable(state: &ResponseState, now: NaiveDateTime) -> Result<(), ResponseError> {
    if !may_answer(state.campaign_state, state.cut_short, state.deadline(), now) {
        return Err(ResponseError::CampaignNotOpen(state.campaign_state));
    }
    match state.status {
        TargetStatus::Declined => Err(ResponseError::Declined),
        TargetStatus::Submitted if !state.allow_amendments => Err(ResponseError::Submitted),
        TargetStatus::Submitted if now >= state.deadline() => Err(ResponseError::AmendmentsClosed),
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
    let state = answers::state_of(conn, &holder.link.target_id)?;
    check_editable(&state, now)
}
