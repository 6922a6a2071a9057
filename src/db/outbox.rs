//! The outbox: every email is a row written in the transaction that decided
//! to send it, then delivered by a worker that leases rows, so an email is
//! neither lost when the mail server is down nor sent twice when several
//! workers run. A unique `dedupe_key` (kind, target, contact, round) stops
//! the same email from being queued twice.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::schema::{contacts, outbox};
use super::{write, DbConnection};
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{CampaignId, ContactId, OutboxId, TargetId};

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
    pub to: String,
    pub reply_to: Option<String>,
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
pub fn enqueue(
    conn: &mut DbConnection,
    email: NewEmail<'_>,
    now: NaiveDateTime,
) -> QueryResult<OutboxId> {
    let id = OutboxId::new();
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(&id),
            outbox::dedupe_key.eq(&email.dedupe_key),
            outbox::kind.eq(email.kind),
            outbox::campaign_id.eq(email.campaign_id),
            outbox::target_id.eq(email.target_id),
            outbox::contact_id.eq(email.contact_id),
            outbox::to_address.eq(email.to),
            outbox::reply_to.eq(email.reply_to),
            outbox::subject.eq(&email.rendered.subject),
            outbox::body_text.eq(&email.rendered.text),
            outbox::body_html.eq(&email.rendered.html),
            outbox::secret_link.eq(&email.secret_link),
            outbox::status.eq(status::QUEUED),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(now),
            outbox::created_at.eq(now),
            outbox::queued_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

pub fn is_queued(conn: &mut DbConnection, dedupe_key: &str) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        outbox::table.filter(outbox::dedupe_key.eq(dedupe_key)),
    ))
    .get_result(conn)
}

/// An email leased to one worker.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub email: OutgoingEmail,
    /// Attempts so far, this one included.
    pub attempts: i32,
    /// When this round of attempts began.
    pub queued_at: NaiveDateTime,
    pub contact_id: Option<ContactId>,
}

#[derive(Queryable)]
struct ClaimRow {
    id: OutboxId,
    to_address: String,
    reply_to: Option<String>,
    subject: String,
    body_text: String,
    body_html: String,
    secret_link: Option<String>,
    attempts: i32,
    queued_at: NaiveDateTime,
    contact_id: Option<ContactId>,
}

macro_rules! due_rows {
    ($now:expr, $limit:expr) => {
        outbox::table
            .filter(outbox::status.eq(status::QUEUED))
            .filter(outbox::next_attempt_at.le($now))
            .filter(
                outbox::lease_until
                    .is_null()
                    .or(outbox::lease_until.lt($now)),
            )
            .order(outbox::next_attempt_at.asc())
            .limit($limit)
            .select((
                outbox::id,
                outbox::to_address,
                outbox::reply_to,
                outbox::subject,
                outbox::body_text,
                outbox::body_html,
                outbox::secret_link,
                outbox::attempts,
                outbox::queued_at,
                outbox::contact_id,
            ))
    };
}

/// Leases up to `limit` due emails to `owner` until `now + lease`. On
/// PostgreSQL the rows are locked with `FOR UPDATE SKIP LOCKED`, so workers
/// running at once take different rows; SQLite's `BEGIN IMMEDIATE` lets one
/// writer at a time claim.
pub fn claim(
    conn: &mut DbConnection,
    owner: &str,
    now: NaiveDateTime,
    limit: i64,
    lease: Duration,
) -> QueryResult<Vec<Claimed>> {
    write(conn, |conn| {
        let rows: Vec<ClaimRow> = match conn {
            DbConnection::Postgres(pg) => {
                due_rows!(now, limit).for_update().skip_locked().load(pg)?
            }
            DbConnection::Sqlite(sqlite) => due_rows!(now, limit).load(sqlite)?,
        };
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<&OutboxId> = rows.iter().map(|r| &r.id).collect();
        diesel::update(outbox::table.filter(outbox::id.eq_any(ids)))
            .set((
                outbox::lease_until.eq(now + lease),
                outbox::lease_owner.eq(owner),
                outbox::attempts.eq(outbox::attempts + 1),
            ))
            .execute(conn)?;
        Ok(rows
            .into_iter()
            .map(|r| Claimed {
                email: OutgoingEmail {
                    id: r.id,
                    to: r.to_address,
                    reply_to: r.reply_to,
                    subject: r.subject,
                    text: r.body_text,
                    html: r.body_html,
                    secret_link: r.secret_link,
                },
                attempts: r.attempts + 1,
                queued_at: r.queued_at,
                contact_id: r.contact_id,
            })
            .collect())
    })
}

/// Extends `owner`'s leases on these emails to `until`; returns how many
/// it still held. An email whose lease ran out and was claimed by another
/// worker is no longer this owner's, and is not counted.
pub fn renew(
    conn: &mut DbConnection,
    ids: &[OutboxId],
    owner: &str,
    until: NaiveDateTime,
) -> QueryResult<usize> {
    if ids.is_empty() {
        return Ok(0);
    }
    diesel::update(
        outbox::table
            .filter(outbox::id.eq_any(ids))
            .filter(outbox::lease_owner.eq(owner))
            .filter(outbox::status.eq(status::QUEUED)),
    )
    .set(outbox::lease_until.eq(until))
    .execute(conn)
}

/// Gives back emails that `owner` claimed and did not try to send: due
/// again at once for any worker, their attempt not counted.
pub fn release(conn: &mut DbConnection, ids: &[OutboxId], owner: &str) -> QueryResult<usize> {
    if ids.is_empty() {
        return Ok(0);
    }
    diesel::update(
        outbox::table
            .filter(outbox::id.eq_any(ids))
            .filter(outbox::lease_owner.eq(owner))
            .filter(outbox::status.eq(status::QUEUED)),
    )
    .set((
        outbox::lease_until.eq(None::<NaiveDateTime>),
        outbox::lease_owner.eq(None::<String>),
        outbox::attempts.eq(outbox::attempts - 1),
    ))
    .execute(conn)
}

/// Ends the leases of every queued email whose owner begins with
/// `owner_prefix`: those of a worker that is known to be gone (see
/// `jobs::identity`). Whether it sent them before it stopped is unknown,
/// so they go out again: at least once rather than never.
pub fn take_back(conn: &mut DbConnection, owner_prefix: &str) -> QueryResult<usize> {
    let pattern = format!(
        "{}%",
        owner_prefix
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    diesel::update(
        outbox::table
            .filter(outbox::status.eq(status::QUEUED))
            .filter(outbox::lease_until.is_not_null())
            .filter(outbox::lease_owner.like(pattern).escape('\\')),
    )
    .set((
        outbox::lease_until.eq(None::<NaiveDateTime>),
        outbox::lease_owner.eq(None::<String>),
    ))
    .execute(conn)
}

/// Records a delivery. Only the lease holder may: a worker whose lease ran
/// out and was taken over changes nothing. Returns whether it was recorded.
pub fn mark_sent(
    conn: &mut DbConnection,
    id: &OutboxId,
    owner: &str,
    answer: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        outbox::table
            .filter(outbox::id.eq(id))
            .filter(outbox::lease_owner.eq(owner)),
    )
    .set((
        outbox::status.eq(status::SENT),
        outbox::sent_at.eq(now),
        outbox::last_answer.eq(truncate(answer)),
        outbox::secret_link.eq(None::<String>),
        outbox::lease_until.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// A temporary failure: try again at `next_attempt_at`.
pub fn mark_retry(
    conn: &mut DbConnection,
    id: &OutboxId,
    owner: &str,
    answer: &str,
    next_attempt_at: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        outbox::table
            .filter(outbox::id.eq(id))
            .filter(outbox::lease_owner.eq(owner)),
    )
    .set((
        outbox::next_attempt_at.eq(next_attempt_at),
        outbox::last_answer.eq(truncate(answer)),
        outbox::lease_until.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// A permanent failure, or temporary ones for too long. A refusal by the
/// server (`bounce`) is also recorded against the contact.
pub fn mark_failed(
    conn: &mut DbConnection,
    claimed: &Claimed,
    owner: &str,
    answer: &str,
    bounce: bool,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    write(conn, |conn| {
        let changed = diesel::update(
            outbox::table
                .filter(outbox::id.eq(&claimed.email.id))
                .filter(outbox::lease_owner.eq(owner)),
        )
        .set((
            outbox::status.eq(status::FAILED),
            outbox::failed_at.eq(now),
            outbox::last_answer.eq(truncate(answer)),
            outbox::secret_link.eq(None::<String>),
            outbox::lease_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
        if changed == 1 && bounce {
            if let Some(contact) = &claimed.contact_id {
                diesel::update(contacts::table.find(contact))
                    .set((
                        contacts::bounced_at.eq(now),
                        contacts::bounce_reason.eq(truncate(answer)),
                    ))
                    .execute(conn)?;
            }
        }
        Ok(changed == 1)
    })
}

fn truncate(answer: &str) -> String {
    answer.chars().take(500).collect()
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
        .first(conn)
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
