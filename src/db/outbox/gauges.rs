//! The outbox as `/metrics` shows it: read at scrape time, in a few small
//! queries over the status column.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::status;
use crate::db::schema::outbox;
use crate::db::DbConnection;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutboxGauges {
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
    /// Queued emails that have failed at least once and wait to be tried
    /// again (counted among `queued` too).
    pub retrying: i64,
    /// When the longest-waiting queued email was queued.
    pub oldest_queued_at: Option<NaiveDateTime>,
}

pub fn gauges(conn: &mut DbConnection) -> QueryResult<OutboxGauges> {
    let (queued, sent, failed) = super::counts(conn)?;
    let retrying = outbox::table
        .filter(outbox::status.eq(status::QUEUED))
        .filter(outbox::attempts.gt(0))
        .count()
        .get_result(conn)?;
    let oldest_queued_at = outbox::table
        .filter(outbox::status.eq(status::QUEUED))
        .select(diesel::dsl::min(outbox::queued_at))
        .first::<Option<NaiveDateTime>>(conn)?;
    Ok(OutboxGauges {
        queued,
        sent,
        failed,
        retrying,
        oldest_queued_at,
    })
}
