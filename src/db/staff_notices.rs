//! Staff notifications as stored: each person's choices (a row per kind
//! they chose; without one, their role's default), and whether staff have
//! read a company's replies to its findings.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{replies, staff_notification_choices as choices, staff_users};
use super::DbConnection;
use crate::domain::ids::{StaffUserId, TargetId};
use crate::domain::staff_notice::NoticeKind;
use crate::domain::Role;

/// What one person chose, kind by kind (absent: never chosen).
pub fn choices_of(
    conn: &mut DbConnection,
    user: &StaffUserId,
) -> QueryResult<HashMap<NoticeKind, bool>> {
    let rows: Vec<(NoticeKind, bool)> = choices::table
        .filter(choices::user_id.eq(user))
        .select((choices::kind, choices::wanted))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// Replaces one person's choices with `wanted` for every kind.
pub fn set_choices(
    conn: &mut DbConnection,
    user: &StaffUserId,
    wanted: &[(NoticeKind, bool)],
) -> QueryResult<()> {
    diesel::delete(choices::table.filter(choices::user_id.eq(user))).execute(conn)?;
    for (kind, on) in wanted {
        diesel::insert_into(choices::table)
            .values((
                choices::user_id.eq(user),
                choices::kind.eq(kind),
                choices::wanted.eq(on),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// An active staff member to be told of something.
#[derive(Debug, Clone, Queryable)]
pub struct Recipient {
    pub id: StaffUserId,
    pub email: String,
    pub name: String,
    pub role: Role,
}

/// The active staff members who want to be told of `kind`, in two
/// queries whatever their number.
pub fn recipients(conn: &mut DbConnection, kind: NoticeKind) -> QueryResult<Vec<Recipient>> {
    let staff: Vec<Recipient> = staff_users::table
        .filter(staff_users::disabled_at.is_null())
        .order(staff_users::email.asc())
        .select((
            staff_users::id,
            staff_users::email,
            staff_users::name,
            staff_users::role,
        ))
        .load(conn)?;
    let chosen: HashMap<StaffUserId, bool> = choices::table
        .filter(choices::kind.eq(kind))
        .select((choices::user_id, choices::wanted))
        .load::<(StaffUserId, bool)>(conn)?
        .into_iter()
        .collect();
    Ok(staff
        .into_iter()
        .filter(|s| kind.wanted(s.role, chosen.get(&s.id).copied()))
        .collect())
}

/// Marks a company's unread replies as read; how many were.
pub fn mark_replies_read(
    conn: &mut DbConnection,
    target: &TargetId,
    by: &StaffUserId,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        replies::table
            .filter(replies::target_id.eq(target))
            .filter(replies::read_at.is_null()),
    )
    .set((replies::read_at.eq(now), replies::read_by.eq(by)))
    .execute(conn)
}
