//! The outbox: every email is a row written in the transaction that decided
//! to send it, then delivered by a worker that leases rows, so an email is
//! neither lost when the mail server is down nor sent twice when several
//! workers run. A unique `dedupe_key` (kind, target, contact, round) stops
//! the same email from being queued twice.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{contacts, outbox};
use super::DbConnection;
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{CampaignId, ContactId, OutboxId, TargetId};

pub mod gauges;
mod lease;

pub use lease::*;

pub mod status {
    pub const QUEUED: &str = "queued";
    pub const SENT: &str = "sent";
    pub const FAILED: &str = "failed";
}

/// What an email says, as composed (`email::compose`) and stored.
#[derive(Debug, Clone)]
pub struct Message {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// One email as the outbox keeps it, ready for a transport.
#[derive(Debug, Clone)]
pub struct OutgoingEmail {
    pub id: OutboxId,
    pub kind: EmailKind,
    pub to: String,
    pub reply_to: Option<String>,
    /// The sender's display name (the address is the configured one);
    /// `None`: the configured name.
    pub from_name: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// Put in place of the link placeholder at delivery only.
    pub secret_link: Option<String>,
}

/// An email to queue.
pub struct NewEmail<'a> {
    pub dedupe_key: String,
    pub kind: EmailKind,
    pub campaign_id: Option<&'a CampaignId>,
    pub target_id: Option<&'a TargetId>,
    pub contact_id: Option<&'a ContactId>,
    pub to: &'a str,
    pub reply_to: Option<&'a str>,
    pub rendered: Message,
    pub secret_link: Option<String>,
}

/// Queues an email due now. A second email with the same key is refused by
/// the database (a unique violation), which callers treat as "already queued".
/// An email about a campaign goes out in the campaign's name (its "Send
/// as", else its co-signers'), decided now and kept on the row, so that
/// delivery needs nothing else.
pub fn enqueue(
    conn: &mut DbConnection,
    email: NewEmail<'_>,
    now: NaiveDateTime,
) -> QueryResult<OutboxId> {
    let from_name = match email.campaign_id {
        Some(campaign) => super::campaign_emails::sender(conn, campaign)?,
        None => None,
    };
    let mut ids = enqueue_many(
        conn,
        std::slice::from_ref(&email),
        from_name.as_deref(),
        now,
    )?;
    Ok(ids.remove(0))
}

/// Rows per multi-row insert: well under the bound parameters SQLite and
/// PostgreSQL take in one statement (18 columns a row).
const ROWS_PER_INSERT: usize = 200;

/// Queues many emails due now, all with the sender `from_name`, in a few
/// multi-row statements: on PostgreSQL each statement is a round trip.
/// Like [`enqueue`], an email whose key is already queued makes the
/// database refuse (a unique violation), and the caller's transaction
/// with it. Call inside a write transaction.
pub fn enqueue_many(
    conn: &mut DbConnection,
    emails: &[NewEmail<'_>],
    from_name: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<Vec<OutboxId>> {
    let ids: Vec<OutboxId> = emails.iter().map(|_| OutboxId::new()).collect();
    for (chunk, chunk_ids) in emails
        .chunks(ROWS_PER_INSERT)
        .zip(ids.chunks(ROWS_PER_INSERT))
    {
        let rows: Vec<_> = chunk
            .iter()
            .zip(chunk_ids)
            .map(|(email, id)| {
                (
                    outbox::id.eq(id),
                    outbox::dedupe_key.eq(&email.dedupe_key),
                    outbox::kind.eq(email.kind),
                    outbox::campaign_id.eq(email.campaign_id),
                    outbox::target_id.eq(email.target_id),
                    outbox::contact_id.eq(email.contact_id),
                    outbox::to_address.eq(email.to),
                    outbox::reply_to.eq(email.reply_to),
                    outbox::from_name.eq(from_name),
                    outbox::subject.eq(&email.rendered.subject),
                    outbox::body_text.eq(&email.rendered.text),
                    outbox::body_html.eq(&email.rendered.html),
                    outbox::secret_link.eq(&email.secret_link),
                    outbox::status.eq(status::QUEUED),
                    outbox::attempts.eq(0),
                    outbox::next_attempt_at.eq(now),
                    outbox::created_at.eq(now),
                    outbox::queued_at.eq(now),
                )
            })
            .collect();
        crate::db::insert_rows!(conn, outbox::table, rows)?;
    }
    Ok(ids)
}

/// Which of these keys are queued already (or were sent), in one statement.
pub fn queued_among(
    conn: &mut DbConnection,
    dedupe_keys: &[String],
) -> QueryResult<std::collections::HashSet<String>> {
    let mut found = std::collections::HashSet::new();
    for chunk in dedupe_keys.chunks(ROWS_PER_INSERT * 4) {
        found.extend(
            outbox::table
                .filter(outbox::dedupe_key.eq_any(chunk))
                .select(outbox::dedupe_key)
                .load::<String>(conn)?,
        );
    }
    Ok(found)
}

pub fn is_queued(conn: &mut DbConnection, dedupe_key: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        outbox::table.filter(outbox::dedupe_key.eq(dedupe_key)),
    ))
    .get_result(conn)
}

/// An outbox row as staff see it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct OutboxRow {
    pub id: OutboxId,
    pub kind: EmailKind,
    pub campaign_id: Option<CampaignId>,
    pub target_id: Option<TargetId>,
    pub contact_id: Option<ContactId>,
    pub to_address: String,
    pub subject: String,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub last_answer: Option<String>,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    pub failed_at: Option<NaiveDateTime>,
}

/// The latest emails, optionally of one status, newest first.
pub fn list(
    conn: &mut DbConnection,
    status_filter: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<OutboxRow>> {
    let mut query = outbox::table
        .select(OutboxRow::as_select())
        .order((outbox::created_at.desc(), outbox::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some(s) = status_filter {
        query = query.filter(outbox::status.eq(s.to_string()));
    }
    query.load(conn)
}

/// How many emails are queued, sent and failed.
pub fn counts(conn: &mut DbConnection) -> QueryResult<(i64, i64, i64)> {
    let rows: Vec<(String, i64)> = outbox::table
        .group_by(outbox::status)
        .select((outbox::status, diesel::dsl::count_star()))
        .load(conn)?;
    let get = |s: &str| rows.iter().find(|(k, _)| k == s).map_or(0, |(_, n)| *n);
    Ok((get(status::QUEUED), get(status::SENT), get(status::FAILED)))
}

pub fn for_target(conn: &mut DbConnection, target: &TargetId) -> QueryResult<Vec<OutboxRow>> {
    outbox::table
        .filter(outbox::target_id.eq(target))
        .select(OutboxRow::as_select())
        .order((outbox::created_at.asc(), outbox::id.asc()))
        .load(conn)
}

/// Failed emails of a campaign, for flags on its dashboard.
pub fn failed_in_campaign(
    conn: &mut DbConnection,
    campaign: &CampaignId,
) -> QueryResult<Vec<OutboxRow>> {
    outbox::table
        .filter(outbox::campaign_id.eq(campaign))
        .filter(outbox::status.eq(status::FAILED))
        .select(OutboxRow::as_select())
        .order(outbox::failed_at.desc())
        .load(conn)
}

/// A failed email, if `id` is one.
pub fn failed(conn: &mut DbConnection, id: &OutboxId) -> QueryResult<Option<OutboxRow>> {
    let row: Option<OutboxRow> = outbox::table
        .find(id)
        .select(OutboxRow::as_select())
        .get_result(conn)
        .optional()?;
    Ok(row.filter(|r| r.status == status::FAILED))
}

/// Puts an email back in the queue, due now, for another two days of
/// attempts, with `link` as its secret link.
pub fn requeue(
    conn: &mut DbConnection,
    id: &OutboxId,
    link: Option<String>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq(status::QUEUED),
            outbox::next_attempt_at.eq(now),
            outbox::queued_at.eq(now),
            outbox::failed_at.eq(None::<NaiveDateTime>),
            outbox::lease_until.eq(None::<NaiveDateTime>),
            outbox::lease_owner.eq(None::<String>),
            outbox::secret_link.eq(link),
        ))
        .execute(conn)
        .map(drop)
}

/// Forgets that a contact's address bounced.
pub fn clear_bounce(conn: &mut DbConnection, contact: &ContactId) -> QueryResult<()> {
    diesel::update(contacts::table.find(contact))
        .set((
            contacts::bounced_at.eq(None::<NaiveDateTime>),
            contacts::bounce_reason.eq(None::<String>),
        ))
        .execute(conn)
        .map(drop)
}
