//! A campaign's email settings as stored: the name its emails are sent as
//! and its own wording. A campaign without a row has neither (the
//! co-signers' names, no paragraphs of its own); the row is made when
//! first saved. The changes are use cases in `app::campaigns`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::campaigns::organisations_of;
use super::schema::campaign_emails;
use super::DbConnection;
use crate::domain::campaign_emails::{sender_name, EmailWording, SendAs, Wording};
use crate::domain::ids::CampaignId;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = campaign_emails)]
struct Row {
    send_as: String,
    invitation_opening: String,
    invitation_closing: String,
    reminder_opening: String,
    reminder_closing: String,
}

/// What a campaign's emails are sent as and say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CampaignEmails {
    pub send_as: SendAs,
    pub wording: EmailWording,
}

fn row(conn: &mut DbConnection, id: &CampaignId) -> QueryResult<Option<Row>> {
    campaign_emails::table
        .find(id)
        .select(Row::as_select())
        .get_result(conn)
        .optional()
}

/// Stored text was checked when it was written; should a row ever hold
/// something else, the email goes out without it rather than not at all.
fn wording(text: &str) -> Wording {
    Wording::parse(text).unwrap_or_else(|e| {
        tracing::warn!(error = %e, "a stored email paragraph cannot be read; it is left out");
        Wording::default()
    })
}

pub fn of(conn: &mut DbConnection, id: &CampaignId) -> QueryResult<CampaignEmails> {
    Ok(match row(conn, id)? {
        None => CampaignEmails::default(),
        Some(r) => CampaignEmails {
            send_as: SendAs::parse(&r.send_as).unwrap_or_default(),
            wording: EmailWording {
                invitation_opening: wording(&r.invitation_opening),
                invitation_closing: wording(&r.invitation_closing),
                reminder_opening: wording(&r.reminder_opening),
                reminder_closing: wording(&r.reminder_closing),
            },
        },
    })
}

/// The display name of the campaign's emails (see
/// [`sender_name`]); `None`: the configured one.
pub fn sender(conn: &mut DbConnection, id: &CampaignId) -> QueryResult<Option<String>> {
    let send_as = row(conn, id)?.map(|r| r.send_as).unwrap_or_default();
    let organisations: Vec<String> = organisations_of(conn, id)?
        .into_iter()
        .map(|o| o.name)
        .collect();
    Ok(sender_name(&send_as, &organisations))
}

/// Makes the campaign's row if it has none. Call inside a write transaction.
fn ensure_row(conn: &mut DbConnection, id: &CampaignId, now: NaiveDateTime) -> QueryResult<()> {
    if row(conn, id)?.is_none() {
        diesel::insert_into(campaign_emails::table)
            .values((
                campaign_emails::campaign_id.eq(id),
                campaign_emails::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Stores the name the campaign's emails are sent as; whether it changed.
/// Call inside a write transaction.
pub fn set_send_as(
    conn: &mut DbConnection,
    id: &CampaignId,
    send_as: &SendAs,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    if of(conn, id)?.send_as == *send_as {
        return Ok(false);
    }
    ensure_row(conn, id, now)?;
    diesel::update(campaign_emails::table.find(id))
        .set((
            campaign_emails::send_as.eq(send_as.as_str()),
            campaign_emails::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Stores the campaign's wording. Call inside a write transaction.
pub fn set_wording(
    conn: &mut DbConnection,
    id: &CampaignId,
    wording: &EmailWording,
    now: NaiveDateTime,
) -> QueryResult<()> {
    ensure_row(conn, id, now)?;
    diesel::update(campaign_emails::table.find(id))
        .set((
            campaign_emails::invitation_opening.eq(wording.invitation_opening.as_str()),
            campaign_emails::invitation_closing.eq(wording.invitation_closing.as_str()),
            campaign_emails::reminder_opening.eq(wording.reminder_opening.as_str()),
            campaign_emails::reminder_closing.eq(wording.reminder_closing.as_str()),
            campaign_emails::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}
