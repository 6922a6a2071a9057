//! A representative signed in through a secret link. Like staff sessions,
//! the cookie holds a secret and the database its digest; the session ends
//! with its link (revoked or expired) or after the idle time.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::Cookie;
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use chrono::Duration;

use crate::db::links::{self, Holder};
use crate::db::sessions::Lifetimes;
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

impl FromRequest for MaybeRespondent {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let reader = Reader::of(req);
        let digest = crate::web::auth::cookie_value(req, COOKIE)
            .filter(|v| secret::looks_like_token(v))
            .map(|v| secret::digest(&v));
        Box::pin(async move {
            let (Some(state), Some(digest)) = (state, digest) else {
                return Ok(MaybeRespondent(None));
            };
            let lifetimes = Lifetimes {
                idle: Duration::minutes(state.config.respondent_idle_minutes),
                absolute: Duration::hours(state.config.respondent_lifetime_hours),
            };
            let valid_days = state.config.link_valid_days;
            let d = digest.clone();
            let holder = state
                .db(move |conn| Ok(links::resume(conn, &d, lifetimes, valid_days, time::now())?))
                .await?;
            Ok(MaybeRespondent(holder.map(|holder| Respondent {
                holder,
                session_digest: digest,
                reader,
            })))
        })
    }
}
