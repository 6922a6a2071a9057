//! Tokens for the JSON API: made by admins (or at the command line), shown
//! once, stored as their SHA-256, revoked for good; each act audited.

use crate::db::api_tokens::{self, ApiToken, NewToken};
use crate::db::audit::{self, Actor};
use crate::db::{write, DbConnection};
use crate::domain::api_scope::ApiScope;
use crate::domain::ids::{ApiTokenId, StaffUserId};
use crate::domain::{secret, single_line, time};

/// What every token starts with, so that a leaked one can be recognised
/// (by secret scanners, by people).
pub const TOKEN_PREFIX: &str = "answ_";
/// Characters of the token kept for display: the fixed start and a few more.
const SHOWN: usize = TOKEN_PREFIX.len() + 6;

#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("{0}")]
    BadName(String),
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Outage(#[from] super::Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// A token just made: `token` is shown once and never again.
pub struct Made {
    pub id: ApiTokenId,
    pub token: String,
}

/// A token that authenticated a request.
#[derive(Debug, Clone)]
pub struct Bearer {
    pub id: ApiTokenId,
    pub name: String,
    pub scope: ApiScope,
}

impl Bearer {
    /// The actor the audit log names for what this token does.
    pub fn actor(&self) -> Actor {
        Actor::ApiToken {
            name: self.name.clone(),
        }
    }
}

/// Checks a token's name: one line, 1 to 100 characters.
pub fn parse_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("Give the token a name that says who or what uses it.".into());
    }
    if let Some(problem) = single_line::problem(name) {
        return Err(problem.into());
    }
    if name.chars().count() > 100 {
        return Err("The name is longer than 100 characters.".into());
    }
    Ok(name.to_string())
}

pub fn create(
    conn: &mut DbConnection,
    actor: &Actor,
    by: Option<&StaffUserId>,
    name: &str,
    scope: ApiScope,
) -> Result<Made, TokenError> {
    let name = parse_name(name).map_err(TokenError::BadName)?;
    let fresh = secret::generate();
    let token = format!("{TOKEN_PREFIX}{}", fresh.token);
    let digest = secret::digest(&token);
    let prefix: String = token.chars().take(SHOWN).collect();
    let id = ApiTokenId::new();
    write(conn, |conn| {
        let now = time::now();
        api_tokens::insert(
            conn,
            &NewToken {
                id: &id,
                name: &name,
                scope: scope.as_str(),
                digest: &digest,
                prefix: &prefix,
                created_by: by,
                now,
            },
        )?;
        audit::record(
            conn,
            actor,
            "api_token.created",
            &name,
            None,
            &format!("scope {scope}, {prefix}…"),
            now,
        )?;
        Ok::<_, TokenError>(())
    })?;
    Ok(Made { id, token })
}

pub fn revoke(conn: &mut DbConnection, actor: &Actor, id: &ApiTokenId) -> Result<(), TokenError> {
    write(conn, |conn| {
        let now = time::now();
        let token = api_tokens::find(conn, id)?.ok_or(TokenError::NotFound)?;
        if api_tokens::revoke(conn, id, now)? {
            audit::record(
                conn,
                actor,
                "api_token.revoked",
                &token.name,
                None,
                &format!("{}…", token.prefix),
                now,
            )?;
        }
        Ok(())
    })
}

/// The active token a request presents, if any; notes that it was used.
pub fn authenticate(
    conn: &mut DbConnection,
    presented: &str,
) -> Result<Option<Bearer>, TokenError> {
    let Some(rest) = presented.strip_prefix(TOKEN_PREFIX) else {
        return Ok(None);
    };
    if !secret::looks_like_token(rest) {
        return Ok(None);
    }
    let digest = secret::digest(presented);
    let Some(found): Option<ApiToken> = api_tokens::active_by_digest(conn, &digest)? else {
        return Ok(None);
    };
    let Ok(scope) = ApiScope::parse(&found.scope) else {
        return Ok(None);
    };
    // Noted at most once a minute, so that a busy script does not turn
    // every read into a write.
    let now = time::now();
    if found
        .last_used_at
        .is_none_or(|t| now - t >= chrono::Duration::minutes(1))
    {
        write(conn, |conn| api_tokens::touch(conn, &found.id, now))?;
    }
    Ok(Some(Bearer {
        id: found.id,
        name: found.name,
        scope,
    }))
}
