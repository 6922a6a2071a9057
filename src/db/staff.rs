//! Staff accounts.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{staff_sessions, staff_users};
use super::DbConnection;
use crate::domain::ids::StaffUserId;
use crate::domain::{Email, Role};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = staff_users)]
pub struct StaffUser {
    pub id: StaffUserId,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub password_hash: String,
    pub disabled_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// When the person confirmed their second factor; `None`: they have none.
    pub totp_enabled_at: Option<NaiveDateTime>,
}

impl StaffUser {
    pub fn is_active(&self) -> bool {
        self.disabled_at.is_none()
    }

    pub fn has_two_factor(&self) -> bool {
        self.totp_enabled_at.is_some()
    }
}

#[derive(Insertable)]
#[diesel(table_name = staff_users)]
struct NewStaffUser<'a> {
    id: &'a StaffUserId,
    email: &'a str,
    name: &'a str,
    role: Role,
    password_hash: &'a str,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

pub fn create(
    conn: &mut DbConnection,
    email: &Email,
    name: &str,
    role: Role,
    password_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<StaffUser> {
    let id = StaffUserId::new();
    diesel::insert_into(staff_users::table)
        .values(NewStaffUser {
            id: &id,
            email: email.as_str(),
            name,
            role,
            password_hash,
            created_at: now,
            updated_at: now,
        })
        .execute(conn)?;
    staff_users::table
        .find(&id)
        .select(StaffUser::as_select())
        .get_result(conn)
}

pub fn find_by_email(conn: &mut DbConnection, email: &Email) -> QueryResult<Option<StaffUser>> {
    staff_users::table
        .filter(staff_users::email.eq(email.as_str()))
        .select(StaffUser::as_select())
        .get_result(conn)
        .optional()
}

pub fn find(conn: &mut DbConnection, id: &StaffUserId) -> QueryResult<Option<StaffUser>> {
    staff_users::table
        .find(id)
        .select(StaffUser::as_select())
        .get_result(conn)
        .optional()
}

pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<StaffUser>> {
    staff_users::table
        .order((staff_users::disabled_at.is_not_null(), staff_users::email))
        .select(StaffUser::as_select())
        .load(conn)
}

pub fn count_active_admins(conn: &mut DbConnection) -> QueryResult<i64> {
    staff_users::table
        .filter(staff_users::role.eq(Role::Admin))
        .filter(staff_users::disabled_at.is_null())
        .count()
        .get_result(conn)
}

pub fn set_role(
    conn: &mut DbConnection,
    id: &StaffUserId,
    role: Role,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(staff_users::table.find(id))
        .set((staff_users::role.eq(role), staff_users::updated_at.eq(now)))
        .execute(conn)
        .map(drop)
}

/// Disables the account and ends all its sessions at once.
pub fn disable(conn: &mut DbConnection, id: &StaffUserId, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(staff_users::table.find(id))
        .set((
            staff_users::disabled_at.eq(Some(now)),
            staff_users::updated_at.eq(now),
        ))
        .execute(conn)?;
    diesel::delete(staff_sessions::table.filter(staff_sessions::user_id.eq(id))).execute(conn)?;
    Ok(())
}

pub fn enable(conn: &mut DbConnection, id: &StaffUserId, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(staff_users::table.find(id))
        .set((
            staff_users::disabled_at.eq(None::<NaiveDateTime>),
            staff_users::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}
