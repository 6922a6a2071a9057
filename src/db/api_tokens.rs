//! Tokens of the JSON API, as stored: the SHA-256 of each token, never the
//! token. The changes are use cases in `app::api_tokens`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{api_tokens, staff_users};
use super::DbConnection;
use crate::domain::ids::{ApiTokenId, StaffUserId};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct ApiToken {
    pub id: ApiTokenId,
    pub name: String,
    /// `read` or `write` (checked by the table); parsed by `domain::api_scope`.
    pub scope: String,
    pub prefix: String,
    pub created_by: Option<StaffUserId>,
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

/// A token as the admin page lists it, with the email of who made it.
pub struct Listed {
    pub token: ApiToken,
    pub created_by_email: Option<String>,
}

pub struct NewToken<'a> {
    pub id: &'a ApiTokenId,
    pub name: &'a str,
    pub scope: &'a str,
    pub digest: &'a str,
    pub prefix: &'a str,
    pub created_by: Option<&'a StaffUserId>,
    pub now: NaiveDateTime,
}

pub fn insert(conn: &mut DbConnection, new: &NewToken<'_>) -> QueryResult<()> {
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::id.eq(new.id),
            api_tokens::name.eq(new.name),
            api_tokens::scope.eq(new.scope),
            api_tokens::token_sha256.eq(new.digest),
            api_tokens::prefix.eq(new.prefix),
            api_tokens::created_by.eq(new.created_by),
            api_tokens::created_at.eq(new.now),
        ))
        .execute(conn)
        .map(drop)
}

/// Every token, newest first, revoked ones too.
pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<Listed>> {
    let rows: Vec<(ApiToken, Option<String>)> = api_tokens::table
        .left_join(staff_users::table.on(api_tokens::created_by.eq(staff_users::id.nullable())))
        .order((api_tokens::created_at.desc(), api_tokens::id.desc()))
        .select((ApiToken::as_select(), staff_users::email.nullable()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(token, created_by_email)| Listed {
            token,
            created_by_email,
        })
        .collect())
}

pub fn find(conn: &mut DbConnection, id: &ApiTokenId) -> QueryResult<Option<ApiToken>> {
    api_tokens::table
        .find(id)
        .select(ApiToken::as_select())
        .get_result(conn)
        .optional()
}

/// The token stored under this digest, unless revoked.
pub fn active_by_digest(conn: &mut DbConnection, digest: &str) -> QueryResult<Option<ApiToken>> {
    api_tokens::table
        .filter(api_tokens::token_sha256.eq(digest))
        .filter(api_tokens::revoked_at.is_null())
        .select(ApiToken::as_select())
        .get_result(conn)
        .optional()
}

/// Notes when the token was last used.
pub fn touch(conn: &mut DbConnection, id: &ApiTokenId, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(api_tokens::table.find(id))
        .set(api_tokens::last_used_at.eq(now))
        .execute(conn)
        .map(drop)
}

/// Revokes the token; false when it was revoked already.
pub fn revoke(conn: &mut DbConnection, id: &ApiTokenId, now: NaiveDateTime) -> QueryResult<bool> {
    diesel::update(
        api_tokens::table
            .find(id)
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(now))
    .execute(conn)
    .map(|n| n > 0)
}
