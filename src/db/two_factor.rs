//! Staff second factor: the TOTP secret, the last step used, recovery
//! codes, and sign-ins waiting for their code. Turning it on or off, with
//! its audit entry, is a use case: `app::two_factor`.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::schema::{staff_pending_sign_ins, staff_recovery_codes, staff_users};
use super::staff::StaffUser;
use super::DbConnection;
use crate::domain::ids::StaffUserId;
use crate::domain::time;
use crate::domain::totp::{recovery_digest, Secret};

/// How long the code step of a sign-in may wait after the password step.
pub const PENDING_MINUTES: i64 = 5;

/// The account's TOTP secret and whether it is enabled yet.
pub fn secret(conn: &mut DbConnection, id: &StaffUserId) -> QueryResult<Option<(Secret, bool)>> {
    let row: Option<(Option<String>, Option<NaiveDateTime>)> = staff_users::table
        .find(id)
        .select((staff_users::totp_secret, staff_users::totp_enabled_at))
        .get_result(conn)
        .optional()?;
    Ok(row.and_then(|(secret, enabled)| {
        secret
            .as_deref()
            .and_then(Secret::from_hex)
            .map(|s| (s, enabled.is_some()))
    }))
}

/// Keeps a new secret, not yet enabled, for the person to confirm.
pub fn begin_setup(conn: &mut DbConnection, id: &StaffUserId, secret: &Secret) -> QueryResult<()> {
    diesel::update(
        staff_users::table
            .find(id)
            .filter(staff_users::totp_enabled_at.is_null()),
    )
    .set((
        staff_users::totp_secret.eq(Some(secret.to_hex())),
        staff_users::totp_last_step.eq(None::<i64>),
    ))
    .execute(conn)
    .map(drop)
}

/// Takes the time step of a right code, once: `false` if a code of this
/// step (or a later one) was already accepted, so a code seen over a
/// shoulder cannot be used again.
pub fn use_step(conn: &mut DbConnection, id: &StaffUserId, step: i64) -> QueryResult<bool> {
    let changed = diesel::update(
        staff_users::table.find(id).filter(
            staff_users::totp_last_step
                .is_null()
                .or(staff_users::totp_last_step.lt(step)),
        ),
    )
    .set(staff_users::totp_last_step.eq(Some(step)))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Uses up a recovery code; `false` if it is not one of the account's
/// unused codes.
pub fn use_recovery_code(
    conn: &mut DbConnection,
    id: &StaffUserId,
    code: &str,
) -> QueryResult<bool> {
    let changed = diesel::update(
        staff_recovery_codes::table
            .filter(staff_recovery_codes::user_id.eq(id))
            .filter(staff_recovery_codes::code_digest.eq(recovery_digest(code)))
            .filter(staff_recovery_codes::used_at.is_null()),
    )
    .set(staff_recovery_codes::used_at.eq(Some(time::now())))
    .execute(conn)?;
    Ok(changed == 1)
}

pub fn unused_recovery_codes(conn: &mut DbConnection, id: &StaffUserId) -> QueryResult<i64> {
    staff_recovery_codes::table
        .filter(staff_recovery_codes::user_id.eq(id))
        .filter(staff_recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)
}

/// A sign-in whose password was right, waiting for its code.
pub fn create_pending(
    conn: &mut DbConnection,
    digest: &str,
    user_id: &StaffUserId,
    next: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::delete(
        staff_pending_sign_ins::table.filter(
            staff_pending_sign_ins::created_at.le(now - Duration::minutes(PENDING_MINUTES)),
        ),
    )
    .execute(conn)?;
    diesel::insert_into(staff_pending_sign_ins::table)
        .values((
            staff_pending_sign_ins::id.eq(digest),
            staff_pending_sign_ins::user_id.eq(user_id),
            staff_pending_sign_ins::created_at.eq(now),
            staff_pending_sign_ins::next.eq(next),
        ))
        .execute(conn)
        .map(drop)
}

/// The account (still active) and `next` of a pending sign-in that has
/// not expired.
pub fn find_pending(
    conn: &mut DbConnection,
    digest: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<(StaffUser, String)>> {
    let found = staff_pending_sign_ins::table
        .inner_join(staff_users::table)
        .filter(staff_pending_sign_ins::id.eq(digest))
        .filter(staff_pending_sign_ins::created_at.gt(now - Duration::minutes(PENDING_MINUTES)))
        .select((StaffUser::as_select(), staff_pending_sign_ins::next))
        .get_result::<(StaffUser, String)>(conn)
        .optional()?;
    Ok(found.filter(|(user, _)| user.is_active() && user.totp_enabled_at.is_some()))
}

pub fn delete_pending(conn: &mut DbConnection, digest: &str) -> QueryResult<()> {
    diesel::delete(staff_pending_sign_ins::table.find(digest))
        .execute(conn)
        .map(drop)
}
