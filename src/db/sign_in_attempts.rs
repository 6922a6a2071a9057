//! Sign-in attempts, counted before any password or code is checked. The
//! count and the new row are one write transaction that no other attempt
//! can interleave with (SQLite's single writer; on PostgreSQL a
//! transaction-scoped advisory lock), so forty attempts sent at once
//! against a limit of five are five checks and thirty-five refusals.

use chrono::{Duration, NaiveDateTime};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use super::audit::action;
use super::schema::{audit_log, sign_in_attempts};
use super::{write, DbConnection};
use crate::domain::ids::SignInAttemptId;
use crate::domain::throttle::{self, Recent};
use crate::domain::Email;

/// The advisory lock key that serialises attempt counting on PostgreSQL
/// (any fixed number; this one reads "sign-in" in ASCII, roughly).
const ADVISORY_LOCK: i64 = 0x5349_474e_494e;

/// What is being checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Password,
    Code,
}

impl Step {
    fn as_str(self) -> &'static str {
        match self {
            Step::Password => "password",
            Step::Code => "code",
        }
    }
}

/// Counts an attempt at `email` from `client_ip`, if the limits allow one
/// now; otherwise says how long to wait.
pub fn begin(
    conn: &mut DbConnection,
    email: &Email,
    client_ip: &str,
    step: Step,
    now: NaiveDateTime,
) -> QueryResult<Result<SignInAttemptId, Duration>> {
    write(conn, |conn| {
        if let DbConnection::Postgres(pg) = conn {
            pg.batch_execute(&format!("SELECT pg_advisory_xact_lock({ADVISORY_LOCK})"))?;
        }
        let since = now - throttle::LONGEST_WINDOW;
        diesel::delete(sign_in_attempts::table.filter(sign_in_attempts::at.le(since)))
            .execute(conn)?;
        let rows: Vec<(NaiveDateTime, String, String)> = sign_in_attempts::table
            .filter(
                sign_in_attempts::email
                    .eq(email.as_str())
                    .or(sign_in_attempts::client_ip.eq(client_ip)),
            )
            .select((
                sign_in_attempts::at,
                sign_in_attempts::email,
                sign_in_attempts::client_ip,
            ))
            .load(conn)?;
        let mut recent = Recent::default();
        for (at, e, ip) in rows {
            let (same_account, same_address) = (e == email.as_str(), ip == client_ip);
            if same_account && same_address {
                recent.pair.push(at);
            }
            if same_account {
                recent.account.push(at);
            }
            if same_address {
                recent.address.push(at);
            }
        }
        recent.known_address = diesel::select(diesel::dsl::exists(
            audit_log::table
                .filter(audit_log::action.eq(action::LOGIN_SUCCEEDED))
                .filter(audit_log::subject.eq(email.as_str()))
                .filter(audit_log::client_ip.eq(client_ip))
                .filter(audit_log::at.gt(now - throttle::KNOWN_ADDRESS)),
        ))
        .get_result(conn)?;
        if let Some(wait) = recent.wait(now) {
            return Ok(Err(wait));
        }
        let id = SignInAttemptId::new();
        diesel::insert_into(sign_in_attempts::table)
            .values((
                sign_in_attempts::id.eq(&id),
                sign_in_attempts::at.eq(now),
                sign_in_attempts::email.eq(email.as_str()),
                sign_in_attempts::client_ip.eq(client_ip),
                sign_in_attempts::step.eq(step.as_str()),
            ))
            .execute(conn)?;
        Ok(Ok(id))
    })
}

/// Takes back an attempt that was counted but never checked (the server
/// was too busy to check it).
pub fn forget(conn: &mut DbConnection, id: &SignInAttemptId) -> QueryResult<()> {
    diesel::delete(sign_in_attempts::table.find(id))
        .execute(conn)
        .map(drop)
}

/// After a successful sign-in: the account starts afresh at this address.
pub fn clear(conn: &mut DbConnection, email: &str, client_ip: &str) -> QueryResult<()> {
    diesel::delete(
        sign_in_attempts::table
            .filter(sign_in_attempts::email.eq(email))
            .filter(sign_in_attempts::client_ip.eq(client_ip)),
    )
    .execute(conn)
    .map(drop)
}
