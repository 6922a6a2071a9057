//! Staff signing in and out: what is recorded, each with its audit entry.
//! Checking the password (argon2, with its permits) and the attempt counts
//! happen before, in the web layer and `db::sign_in_attempts`.

use diesel::QueryResult;

use crate::db::audit::{self, action, Actor};
use crate::db::sessions::{self, Lifetimes};
use crate::db::staff::StaffUser;
use crate::db::{sign_in_attempts, two_factor, write, DbConnection};
use crate::domain::ids::StaffUserId;
use crate::domain::time;

fn staff_actor(user: &StaffUser) -> Actor {
    Actor::Staff {
        id: user.id.clone(),
        email: user.email.clone(),
    }
}

/// A sign-in that failed, and why (never shown to the person: the page
/// says the same for every reason).
pub fn record_failure(
    conn: &mut DbConnection,
    who: &str,
    client_ip: &str,
    reason: &str,
) -> QueryResult<()> {
    audit::record(
        conn,
        &Actor::Anonymous,
        action::LOGIN_FAILED,
        who,
        Some(client_ip),
        reason,
        time::now(),
    )
}

/// A new session (`digest` of its secret) for `user`, ending the one the
/// browser had (`previous`) and expired ones, and clearing the failed
/// attempts of this account from this address.
pub fn begin_session(
    conn: &mut DbConnection,
    user: &StaffUser,
    digest: &str,
    previous: Option<&str>,
    lifetimes: Lifetimes,
    client_ip: &str,
    user_agent: Option<&str>,
) -> QueryResult<()> {
    write(conn, |conn| {
        let now = time::now();
        if let Some(old) = previous {
            sessions::delete(conn, old)?;
        }
        sessions::delete_expired(conn, lifetimes, now)?;
        sessions::create(conn, digest, &user.id, Some(client_ip), user_agent, now)?;
        sign_in_attempts::clear(conn, &user.email, client_ip)?;
        audit::record(
            conn,
            &staff_actor(user),
            action::LOGIN_SUCCEEDED,
            &user.email,
            Some(client_ip),
            "",
            now,
        )
    })
}

/// Signing out: the session ends.
pub fn end_session(
    conn: &mut DbConnection,
    user: &StaffUser,
    session_digest: &str,
    client_ip: &str,
) -> QueryResult<()> {
    write(conn, |conn| {
        sessions::delete(conn, session_digest)?;
        audit::record(
            conn,
            &staff_actor(user),
            action::LOGOUT,
            &user.email,
            Some(client_ip),
            "",
            time::now(),
        )
    })
}

/// Takes one of the account's unused recovery codes; whether it was one.
pub fn use_recovery_code(
    conn: &mut DbConnection,
    id: &StaffUserId,
    email: &str,
    code: &str,
    client_ip: &str,
) -> QueryResult<bool> {
    write(conn, |conn| {
        let used = two_factor::use_recovery_code(conn, id, code)?;
        if used {
            audit::record(
                conn,
                &Actor::Anonymous,
                action::RECOVERY_CODE_USED,
                email,
                Some(client_ip),
                "",
                time::now(),
            )?;
        }
        Ok(used)
    })
}
