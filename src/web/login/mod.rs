//! Staff sign-in and sign-out.

use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::auth::{
    private_cookie, removal_cookie, session_cookie, session_digest, MaybeSignedIn, SignedIn,
};
use super::client::Client;
use super::csrf::{CsrfToken, RenewToken};
use super::error::AppError;
use super::page::{html, see_other, sentence, PageContext};
use super::state::AppState;
use crate::app::sign_in;
use crate::db::sign_in_attempts::{self, Step};
use crate::db::{staff, two_factor};
use crate::domain::{password, secret, time, Email};
use crate::web::form::HtmlForm;

mod second_factor;

pub use second_factor::{code_form, code_submit};

pub const FAILED: &str = "The email address or the password is not right.";

#[derive(Template)]
#[template(path = "admin/login.html")]
struct LoginPage {
    page: PageContext,
    email: String,
    next: String,
    email_error: Option<String>,
    /// Always empty: a wrong password is reported above the form, in the
    /// same words as an unknown email.
    password_error: Option<String>,
    error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    signed_out: Option<String>,
}

pub async fn form(
    query: web::Query<LoginQuery>,
    csrf: CsrfToken,
    signed_in: MaybeSignedIn,
) -> Result<HttpResponse, AppError> {
    let next = safe_next(&query.next);
    if signed_in.0.is_some() {
        return Ok(see_other(&next));
    }
    let notice = query
        .signed_out
        .as_ref()
        .map(|_| "You are signed out.".to_string());
    Ok(html(
        &mut HttpResponse::Ok(),
        &LoginPage {
            page: PageContext::new("Sign in", &csrf, None),
            email: String::new(),
            next,
            email_error: None,
            password_error: None,
            error: None,
            notice,
        },
    ))
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: HtmlForm<LoginForm>,
    client: Client,
    csrf: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let LoginForm {
        email,
        password: candidate,
        next,
    } = form.into_inner();
    let next = safe_next(&next);
    let show_again = |status: actix_web::http::StatusCode,
                      email_error: Option<String>,
                      error: Option<String>| {
        html(
            &mut HttpResponse::build(status),
            &LoginPage {
                page: PageContext::new("Sign in", &csrf, None),
                email: email.clone(),
                next: next.clone(),
                email_error,
                password_error: None,
                error,
                notice: None,
            },
        )
    };
    let parsed = match Email::parse(&email) {
        Ok(e) => e,
        Err(e) => {
            return Ok(show_again(
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
                Some(sentence(&e.to_string())),
                None,
            ))
        }
    };

    // Count the attempt before any hashing, in one transaction with the
    // check of the limits: a flood of guesses costs a query each, not
    // 19 MiB and two argon2 passes each, and parallel guesses cannot all
    // slip under the limit.
    let (ip, who) = (client.ip.clone(), parsed.clone());
    let (attempt, user) = state
        .count_attempt(move |conn| {
            let attempt = sign_in_attempts::begin(conn, &who, &ip, Step::Password, time::now())?;
            let user = match attempt {
                Ok(_) => staff::find_by_email(conn, &who)?,
                Err(_) => None,
            };
            Ok((attempt, user))
        })
        .await?;
    let attempt = attempt.map_err(|wait| AppError::TooManyRequests {
        retry_after_seconds: wait.num_seconds().max(1),
    })?;

    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let verified = match state
        .password_work(move |area| password::verify_in(area, &candidate, stored.as_deref()))
        .await
    {
        Ok(v) => v,
        Err(busy @ AppError::Busy { .. }) => {
            // Never checked: it does not count against anyone.
            state
                .db(move |conn| Ok(sign_in_attempts::forget(conn, &attempt)?))
                .await?;
            return Err(busy);
        }
        Err(e) => return Err(e),
    };

    let user = match user {
        Some(u) if verified && u.is_active() => u,
        other => {
            let reason = match other {
                None => "no such account",
                Some(u) if !u.is_active() => "account disabled",
                Some(_) => "wrong password",
            };
            state.metrics.sign_in_failures.inc();
            let (ip, who) = (client.ip.clone(), parsed.to_string());
            state
                .db(move |conn| Ok(sign_in::record_failure(conn, &who, &ip, reason)?))
                .await?;
            return Ok(show_again(
                actix_web::http::StatusCode::UNAUTHORIZED,
                None,
                Some(FAILED.to_string()),
            ));
        }
    };

    if user.has_two_factor() {
        // The password was right; the session waits for the code. Nothing
        // here lets the browser in: only the code step makes a session.
        let pending = secret::generate();
        let (digest, id, to) = (pending.digest.clone(), user.id.clone(), next.clone());
        state
            .db(move |conn| {
                Ok(two_factor::create_pending(
                    conn,
                    &digest,
                    &id,
                    &to,
                    time::now(),
                )?)
            })
            .await?;
        let mut response = see_other("/admin/login/code");
        response
            .add_cookie(&private_cookie(
                PENDING_COOKIE,
                &pending.token,
                state.https(),
            ))
            .map_err(|e| AppError::Internal(anyhow::anyhow!("setting the cookie: {e}")))?;
        return Ok(response);
    }
    begin_session(&req, &state, &client, user, &next).await
}

/// The cookie that names a sign-in waiting for its second-factor code.
pub(super) const PENDING_COOKIE: &str = "answerable_pending";

/// A new session at every sign-in: a session id planted before sign-in is
/// worth nothing after it.
pub(super) async fn begin_session(
    req: &HttpRequest,
    state: &AppState,
    client: &Client,
    user: staff::StaffUser,
    next: &str,
) -> Result<HttpResponse, AppError> {
    let previous = session_digest(req);
    let new = secret::generate();
    let (digest, lifetimes) = (new.digest.clone(), state.session_lifetimes());
    let (ip, agent) = (client.ip.clone(), client.user_agent.clone());
    state
        .db(move |conn| {
            Ok(sign_in::begin_session(
                conn,
                &user,
                &digest,
                previous.as_deref(),
                lifetimes,
                &ip,
                agent.as_deref(),
            )?)
        })
        .await?;
    req.extensions_mut()
        .insert(RenewToken(secret::generate().token));
    let mut response = see_other(next);
    response
        .add_cookie(&session_cookie(&new.token, state.https()))
        .map_err(|e| AppError::Internal(anyhow::anyhow!("setting the session cookie: {e}")))?;
    let mut gone = private_cookie(PENDING_COOKIE, "", state.https());
    gone.make_removal();
    response
        .add_cookie(&gone)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("removing a cookie: {e}")))?;
    Ok(response)
}

pub async fn logout(
    req: HttpRequest,
    state: web::Data<AppState>,
    signed_in: MaybeSignedIn,
    client: Client,
) -> Result<HttpResponse, AppError> {
    if let Some(SignedIn { user, session_id }) = signed_in.0 {
        let ip = client.ip.clone();
        state
            .db(move |conn| Ok(sign_in::end_session(conn, &user, &session_id, &ip)?))
            .await?;
    }
    req.extensions_mut()
        .insert(RenewToken(secret::generate().token));
    let mut response = see_other("/admin/login?signed_out=1");
    response
        .add_cookie(&removal_cookie(state.https()))
        .map_err(|e| AppError::Internal(anyhow::anyhow!("removing the session cookie: {e}")))?;
    Ok(response)
}

/// Only paths on this site: `next` must not send anyone elsewhere, and
/// must be safe to put in a `Location` header.
///
/// A browser drops tabs and newlines from a URL and reads `\\` as `/`, so
/// `/\t/evil.example` or `/\\evil.example` would become `//evil.example`, an
/// address on another site. Only printable ASCII is kept, the path must
/// start with a single `/`, and the same must hold once more
/// percent-decoded (for anything that decodes it again).
pub fn safe_next(next: &str) -> String {
    fn on_site(path: &str) -> bool {
        let mut chars = path.chars();
        chars.next() == Some('/')
            && !matches!(chars.next(), Some('/' | '\\'))
            && path.chars().all(|c| c.is_ascii_graphic() && c != '\\')
    }
    let decoded = percent_encoding::percent_decode_str(next).decode_utf8_lossy();
    if on_site(next) && on_site(&decoded) {
        next.to_string()
    } else {
        "/admin".to_string()
    }
}

#[cfg(test)]
mod tests;
