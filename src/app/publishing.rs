//! Publishing a campaign: the results as they stand frozen into one
//! document with its SHA-256, as a new version. The document is assembled
//! by `domain::publication::assemble` from what `db::publications::inputs`
//! reads; the stored versions are read through `db::publications`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::audit::{self, Actor};
use crate::db::campaigns::Campaign;
use crate::db::publications::{self, Stored};
use crate::db::questionnaires::QuestionnaireVersion;
use crate::db::schema::{campaigns, publications as publications_table};
use crate::db::{write, DbConnection};
use crate::domain::campaign::CampaignState;
use crate::domain::ids::{PublicationId, StaffUserId};
use crate::domain::publication::{assemble, compare, Publication};
use crate::domain::questionnaire::Questionnaire;

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("the campaign is {0}; close it before publishing")]
    NotClosed(CampaignState),
    /// The version confirmed exists already (a double click, a resent
    /// form): nothing new is published.
    #[error("version {0} is published already")]
    AlreadyPublished(i32),
    /// Another version was published after the page was shown.
    #[error("version {0} was published by someone else in the meantime: check what it shows before publishing again")]
    Overtaken(i32),
    #[error(transparent)]
    Outage(#[from] crate::app::Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Publishes the campaign (closed, or published before) as a new version,
/// and moves a closed campaign to published. `expected` is the number the
/// editor confirmed (None from the command line): if that version exists
/// already, nothing is published again.
// Each argument is one fact of the act (who, which campaign and questionnaire,
// the note, the version confirmed, when); a struct would only rename them.
#[allow(clippy::too_many_arguments)]
pub fn publish(
    conn: &mut DbConnection,
    actor: &Actor,
    by: Option<&StaffUserId>,
    campaign: &Campaign,
    (version, questionnaire): &(QuestionnaireVersion, Questionnaire),
    note: &str,
    expected: Option<i32>,
    now: NaiveDateTime,
) -> Result<Stored, PublishError> {
    write(conn, |conn| {
        // One publication of a campaign at a time: a second press waits
        // here (PostgreSQL's row lock; SQLite's write transaction), then
        // sees the version the first one made.
        crate::db::campaigns::lock_campaign(conn, &campaign.id)?;
        let state: CampaignState = campaigns::table
            .find(&campaign.id)
            .select(campaigns::state)
            .get_result(conn)?;
        if !matches!(state, CampaignState::Closed | CampaignState::Published) {
            return Err(PublishError::NotClosed(state));
        }
        let last = publications::last_version(conn, &campaign.id)?.unwrap_or(0);
        match expected {
            Some(e) if e == last => return Err(PublishError::AlreadyPublished(e)),
            Some(e) if e != last + 1 => return Err(PublishError::Overtaken(last)),
            _ => {}
        }
        let number = last + 1;
        let inputs = publications::inputs(conn, campaign, version)?;
        let mut document = assemble(inputs, questionnaire, number, note, now);
        if let Some(previous) = previous_round(conn, campaign)? {
            compare(&mut document, &previous.0, &previous.1);
        }
        let json = document.to_json();
        let digest = Publication::digest_of(&json);
        let id = PublicationId::new();
        diesel::insert_into(publications_table::table)
            .values((
                publications_table::id.eq(&id),
                publications_table::campaign_id.eq(&campaign.id),
                publications_table::version.eq(number),
                publications_table::document.eq(&json),
                publications_table::digest.eq(&digest),
                publications_table::published_at.eq(now),
                publications_table::published_by.eq(by),
            ))
            .execute(conn)?;
        if state == CampaignState::Closed {
            diesel::update(campaigns::table.find(&campaign.id))
                .set((
                    campaigns::state.eq(CampaignState::Published.as_str()),
                    campaigns::updated_at.eq(now),
                ))
                .execute(conn)?;
        }
        audit::record(
            conn,
            actor,
            "campaign.published",
            &campaign.slug,
            None,
            &format!("version {number}, sha256 {digest}"),
            now,
        )?;
        Ok(Stored {
            id,
            version: number,
            digest,
            published_at: now,
            document: json,
        })
    })
}

/// The latest published version of the round this campaign follows, with
/// its digest, if it has one.
fn previous_round(
    conn: &mut DbConnection,
    campaign: &Campaign,
) -> Result<Option<(Publication, String)>, PublishError> {
    let Some(previous) = &campaign.previous_campaign_id else {
        return Ok(None);
    };
    let Some(previous) = crate::db::campaigns::find(conn, previous)? else {
        return Ok(None);
    };
    let Some(stored) = publications::get(conn, &previous.slug, None)? else {
        return Ok(None);
    };
    let document: Publication = serde_json::from_str(&stored.document)
        .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))?;
    Ok(Some((document, stored.digest)))
}
