//! Turning a staff member's second factor on and off, and changing a
//! password: each change with its audit entry in one transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::audit::{self, action, Actor};
use crate::db::schema::{
    staff_pending_sign_ins, staff_recovery_codes, staff_sessions, staff_users,
};
use crate::db::staff::StaffUser;
use crate::db::{write, DbConnection};
use crate::domain::time;
use crate::domain::totp::recovery_digest;

/// Enables the second factor once the person typed a right code (at
/// `step`), with fresh recovery codes.
pub fn enable(
    conn: &mut DbConnection,
    actor: &Actor,
    user: &StaffUser,
    step: i64,
    recovery_codes: &[String],
    client_ip: Option<&str>,
) -> QueryResult<()> {
    write(conn, |conn| {
        let now = time::now();
        diesel::update(staff_users::table.find(&user.id))
            .set((
                staff_users::totp_enabled_at.eq(Some(now)),
                staff_users::totp_last_step.eq(Some(step)),
                staff_users::updated_at.eq(now),
            ))
            .execute(conn)?;
        diesel::delete(
            staff_recovery_codes::table.filter(staff_recovery_codes::user_id.eq(&user.id)),
        )
        .execute(conn)?;
        for code in recovery_codes {
            diesel::insert_into(staff_recovery_codes::table)
                .values((
                    staff_recovery_codes::user_id.eq(&user.id),
                    staff_recovery_codes::code_digest.eq(recovery_digest(code)),
                ))
                .execute(conn)?;
        }
        audit::record(
            conn,
            actor,
            action::TWO_FACTOR_ENABLED,
            &user.email,
            client_ip,
            "",
            now,
        )
    })
}

/// Turns the second factor off: by the person (`action::TWO_FACTOR_DISABLED`)
/// or by an admin for someone who lost their device
/// (`action::TWO_FACTOR_RESET`).
pub fn remove(
    conn: &mut DbConnection,
    actor: &Actor,
    user: &StaffUser,
    audit_action: &str,
    client_ip: Option<&str>,
) -> QueryResult<()> {
    write(conn, |conn| {
        let now = time::now();
        diesel::update(staff_users::table.find(&user.id))
            .set((
                staff_users::totp_secret.eq(None::<String>),
                staff_users::totp_enabled_at.eq(None::<NaiveDateTime>),
                staff_users::totp_last_step.eq(None::<i64>),
                staff_users::updated_at.eq(now),
            ))
            .execute(conn)?;
        diesel::delete(
            staff_recovery_codes::table.filter(staff_recovery_codes::user_id.eq(&user.id)),
        )
        .execute(conn)?;
        diesel::delete(
            staff_pending_sign_ins::table.filter(staff_pending_sign_ins::user_id.eq(&user.id)),
        )
        .execute(conn)?;
        audit::record(conn, actor, audit_action, &user.email, client_ip, "", now)
    })
}

/// Sets a new password hash, ending every other session of the account.
pub fn change_password(
    conn: &mut DbConnection,
    user: &StaffUser,
    hash: &str,
    keep_session: &str,
    client_ip: Option<&str>,
) -> QueryResult<usize> {
    write(conn, |conn| {
        let now = time::now();
        diesel::update(staff_users::table.find(&user.id))
            .set((
                staff_users::password_hash.eq(hash),
                staff_users::updated_at.eq(now),
            ))
            .execute(conn)?;
        let ended = diesel::delete(
            staff_sessions::table
                .filter(staff_sessions::user_id.eq(&user.id))
                .filter(staff_sessions::id.ne(keep_session)),
        )
        .execute(conn)?;
        diesel::delete(
            staff_pending_sign_ins::table.filter(staff_pending_sign_ins::user_id.eq(&user.id)),
        )
        .execute(conn)?;
        let actor = Actor::Staff {
            id: user.id.clone(),
            email: user.email.clone(),
        };
        audit::record(
            conn,
            &actor,
            action::PASSWORD_CHANGED,
            &user.email,
            client_ip,
            &format!("{ended} other session(s) ended"),
            now,
        )?;
        Ok(ended)
    })
}
