//! A representative signed in through a secret link. Like staff sessions,
//! the cookie holds a secret and the database its digest; the session ends
//! with its link (revoked or expired) or after the idle time.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::Cookie;
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use chrono::Duration;

use crate::config::Config;
use crate::db::links::{self, Holder};
use crate::db::sessions::Lifetimes;
use crate::db::DbConnection;
use crate::domain::i18n::Tr;
use crate::domain::{secret, time};
use crate::web::auth::private_cookie;
use crate::web::error::AppError;
use crate::web::language::Reader;
use crate::web::state::AppState;

pub const COOKIE: &str = "answerable_respondent";

#[derive(Debug, Clone)]
pub struct Respondent {
    pub holder: Holder,
    pub session_digest: String,
    /// What the request says about the representative's language.
    pub reader: Reader,
}

impl Respondent {
    /// The representative's language, the campaign's `default` last.
    pub fn tr(&self, default: &str) -> Tr {
        self.reader
            .for_respondent(&self.holder.contact_language, default)
    }
}

/// The representative, if the request carries a live session.
pub struct MaybeRespondent(pub Option<Respondent>);

pub fn cookie(token: &str, secure: bool) -> Cookie<'static> {
    private_cookie(COOKIE, token, secure)
}

pub fn removal_cookie(secure: bool) -> Cookie<'static> {
    let mut c = cookie("", secure);
    c.make_removal();
    c
}

/// What a request carries to find its representative by: the digest of
/// its session cookie (if it looks like one) and what it says of the
/// reader's language.
pub struct SessionKey {
    digest: Option<String>,
    reader: Reader,
}

impl SessionKey {
    pub fn of(req: &HttpRequest) -> SessionKey {
        SessionKey {
            digest: crate::web::auth::cookie_value(req, COOKIE)
                .filter(|v| secret::looks_like_token(v))
                .map(|v| secret::digest(&v)),
            reader: Reader::of(req),
        }
    }

    /// What the request says of the reader's language, for a page written
    /// before the session is known.
    pub fn reader(&self) -> Reader {
        self.reader.clone()
    }

    /// The representative, if the session is live, on a connection the
    /// caller holds: inside its own database task, so that a save checks
    /// its session and saves in one trip to the blocking pool.
    pub fn resume(
        self,
        conn: &mut DbConnection,
        config: &Config,
    ) -> diesel::QueryResult<Option<Respondent>> {
        let Some(digest) = self.digest else {
            return Ok(None);
        };
        let lifetimes = Lifetimes {
            idle: Duration::minutes(config.respondent_idle_minutes),
            absolute: Duration::hours(config.respondent_lifetime_hours),
        };
        let holder = links::resume(
            conn,
            &digest,
            lifetimes,
            config.link_valid_days,
            time::now(),
        )?;
        Ok(holder.map(|holder| Respondent {
            holder,
            session_digest: digest,
            reader: self.reader,
        }))
    }
}

impl FromRequest for MaybeRespondent {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let key = SessionKey::of(req);
        Box::pin(async move {
            let Some(state) = state.filter(|_| key.digest.is_some()) else {
                return Ok(MaybeRespondent(None));
            };
            let config = state.config.clone();
            let respondent = state.db(move |conn| Ok(key.resume(conn, &config)?)).await?;
            Ok(MaybeRespondent(respondent))
        })
    }
}
