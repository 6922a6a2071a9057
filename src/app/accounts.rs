//! Changes to staff accounts, each with its audit entry in the same
//! transaction, and the rules that keep the service administrable. Used by
//! the command line and the admin pages alike.

use super::Outage;
use crate::db::audit::{self, action, Actor};
use crate::db::staff::{self, StaffUser};
use crate::db::{is_unique_violation, sessions, write, DbConnection};
use crate::domain::ids::StaffUserId;
use crate::domain::password::NewPassword;
use crate::domain::{time, Email, Role};

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("there is already an account for {0}")]
    EmailTaken(String),
    #[error("there is no account for {0}")]
    NoSuchAccount(String),
    #[error("the name must not be empty")]
    EmptyName,
    #[error("this is the last active admin account; make another admin first")]
    LastAdmin,
    #[error("you cannot disable your own account")]
    SelfDisable,
    #[error(transparent)]
    Outage(#[from] Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Creates an account. `password` must already meet the policy (its type
/// says so); hashing happens here, so call this off the async workers.
pub fn create(
    conn: &mut DbConnection,
    actor: &Actor,
    email: &Email,
    name: &str,
    role: Role,
    password: &NewPassword,
    client_ip: Option<&str>,
) -> Result<StaffUser, AccountError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AccountError::EmptyName);
    }
    let hash = password.hash();
    write(conn, |conn| {
        let now = time::now();
        let user = staff::create(conn, email, name, role, &hash, now).map_err(|e| {
            if is_unique_violation(&e) {
                AccountError::EmailTaken(email.to_string())
            } else {
                AccountError::Database(e)
            }
        })?;
        audit::record(
            conn,
            actor,
            action::STAFF_CREATED,
            email.as_str(),
            client_ip,
            &format!("role {role}"),
            now,
        )?;
        Ok(user)
    })
}

pub fn set_role(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &StaffUserId,
    role: Role,
    client_ip: Option<&str>,
) -> Result<StaffUser, AccountError> {
    write(conn, |conn| {
        let user =
            staff::find(conn, id)?.ok_or_else(|| AccountError::NoSuchAccount(id.to_string()))?;
        if user.role == role {
            return Ok(user);
        }
        if user.role == Role::Admin && user.is_active() && staff::count_active_admins(conn)? <= 1 {
            return Err(AccountError::LastAdmin);
        }
        let now = time::now();
        staff::set_role(conn, id, role, now)?;
        audit::record(
            conn,
            actor,
            action::STAFF_ROLE_CHANGED,
            &user.email,
            client_ip,
            &format!("{} → {}", user.role, role),
            now,
        )?;
        Ok(staff::find(conn, id)?.expect("the account was just read"))
    })
}

/// Disables an account and ends its sessions.
pub fn disable(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &StaffUserId,
    client_ip: Option<&str>,
) -> Result<StaffUser, AccountError> {
    write(conn, |conn| {
        let user =
            staff::find(conn, id)?.ok_or_else(|| AccountError::NoSuchAccount(id.to_string()))?;
        if let Actor::Staff { id: actor_id, .. } = actor {
            if actor_id == id {
                return Err(AccountError::SelfDisable);
            }
        }
        if !user.is_active() {
            return Ok(user);
        }
        if user.role == Role::Admin && staff::count_active_admins(conn)? <= 1 {
            return Err(AccountError::LastAdmin);
        }
        let now = time::now();
        staff::disable(conn, id, now)?;
        audit::record(
            conn,
            actor,
            action::STAFF_DISABLED,
            &user.email,
            client_ip,
            "",
            now,
        )?;
        Ok(staff::find(conn, id)?.expect("the account was just read"))
    })
}

pub fn enable(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &StaffUserId,
    client_ip: Option<&str>,
) -> Result<StaffUser, AccountError> {
    write(conn, |conn| {
        let user =
            staff::find(conn, id)?.ok_or_else(|| AccountError::NoSuchAccount(id.to_string()))?;
        if user.is_active() {
            return Ok(user);
        }
        let now = time::now();
        staff::enable(conn, id, now)?;
        audit::record(
            conn,
            actor,
            action::STAFF_ENABLED,
            &user.email,
            client_ip,
            "",
            now,
        )?;
        Ok(staff::find(conn, id)?.expect("the account was just read"))
    })
}

/// Ends every session of an account; returns how many there were.
pub fn end_sessions(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &StaffUserId,
    client_ip: Option<&str>,
) -> Result<usize, AccountError> {
    write(conn, |conn| {
        let user =
            staff::find(conn, id)?.ok_or_else(|| AccountError::NoSuchAccount(id.to_string()))?;
        let ended = sessions::delete_for_user(conn, id)?;
        audit::record(
            conn,
            actor,
            action::SESSIONS_ENDED,
            &user.email,
            client_ip,
            &format!("{ended} session(s)"),
            time::now(),
        )?;
        Ok(ended)
    })
}
