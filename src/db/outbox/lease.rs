//! The worker's side of the outbox: leasing due emails, renewing and
//! giving back leases, and recording each delivery's result.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{contacts, outbox};
use crate::db::{write, DbConnection};
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{ContactId, OutboxId};

use super::{status, OutgoingEmail};

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
    kind: EmailKind,
    to_address: String,
    reply_to: Option<String>,
    from_name: Option<String>,
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
                outbox::kind,
                outbox::to_address,
                outbox::reply_to,
                outbox::from_name,
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
                    kind: r.kind,
                    to: r.to_address,
                    reply_to: r.reply_to,
                    from_name: r.from_name,
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
