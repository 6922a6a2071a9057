//! Server-side staff sessions. The cookie holds a secret; the table holds
//! its digest, so a session can be ended here whatever the browser keeps.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::schema::{staff_sessions, staff_users};
use super::staff::StaffUser;
use super::DbConnection;
use crate::domain::ids::StaffUserId;

/// Only write `last_seen_at` when it is at least this old: a page view
/// should not cost a write.
const TOUCH_AFTER_SECONDS: i64 = 60;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = staff_sessions)]
pub struct StaffSession {
    pub id: String,
    pub user_id: StaffUserId,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
}

/// How long sessions live.
#[derive(Debug, Clone, Copy)]
pub struct Lifetimes {
    pub idle: Duration,
    pub absolute: Duration,
}

pub fn create(
    conn: &mut DbConnection,
    digest: &str,
    user_id: &StaffUserId,
    client_ip: Option<&str>,
    user_agent: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(staff_sessions::table)
        .values((
            staff_sessions::id.eq(digest),
            staff_sessions::user_id.eq(user_id),
            staff_sessions::created_at.eq(now),
            staff_sessions::last_seen_at.eq(now),
            staff_sessions::client_ip.eq(client_ip),
            staff_sessions::user_agent.eq(user_agent.map(|ua| truncate(ua, 300))),
        ))
        .execute(conn)
        .map(drop)
}

/// The live session with this digest and its active user, noting that it
/// was used now. Expired sessions are deleted when met.
pub fn resume(
    conn: &mut DbConnection,
    digest: &str,
    lifetimes: Lifetimes,
    now: NaiveDateTime,
) -> QueryResult<Option<(StaffSession, StaffUser)>> {
    let found = staff_sessions::table
        .inner_join(staff_users::table)
        .filter(staff_sessions::id.eq(digest))
        .select((StaffSession::as_select(), StaffUser::as_select()))
        .get_result::<(StaffSession, StaffUser)>(conn)
        .optional()?;
    let Some((session, user)) = found else {
        return Ok(None);
    };
    let expired = session.last_seen_at + lifetimes.idle <= now
        || session.created_at + lifetimes.absolute <= now;
    if expired || !user.is_active() {
        delete(conn, digest)?;
        return Ok(None);
    }
    if now - session.last_seen_at >= Duration::seconds(TOUCH_AFTER_SECONDS) {
        diesel::update(staff_sessions::table.find(digest))
            .set(staff_sessions::last_seen_at.eq(now))
            .execute(conn)?;
    }
    Ok(Some((session, user)))
}

pub fn delete(conn: &mut DbConnection, digest: &str) -> QueryResult<usize> {
    diesel::delete(staff_sessions::table.find(digest)).execute(conn)
}

pub fn delete_for_user(conn: &mut DbConnection, user_id: &StaffUserId) -> QueryResult<usize> {
    diesel::delete(staff_sessions::table.filter(staff_sessions::user_id.eq(user_id))).execute(conn)
}

/// Live sessions of a user, newest first, for an admin to review and end.
pub fn list_for_user(
    conn: &mut DbConnection,
    user_id: &StaffUserId,
    lifetimes: Lifetimes,
    now: NaiveDateTime,
) -> QueryResult<Vec<StaffSession>> {
    staff_sessions::table
        .filter(staff_sessions::user_id.eq(user_id))
        .filter(staff_sessions::last_seen_at.gt(now - lifetimes.idle))
        .filter(staff_sessions::created_at.gt(now - lifetimes.absolute))
        .order(staff_sessions::last_seen_at.desc())
        .select(StaffSession::as_select())
        .load(conn)
}

/// Removes sessions that can no longer be used.
pub fn delete_expired(
    conn: &mut DbConnection,
    lifetimes: Lifetimes,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::delete(
        staff_sessions::table.filter(
            staff_sessions::last_seen_at
                .le(now - lifetimes.idle)
                .or(staff_sessions::created_at.le(now - lifetimes.absolute)),
        ),
    )
    .execute(conn)
}

fn truncate(s: &str, max_chars: usize) -> String {
    s.chars().take(max_chars).collect()
}
