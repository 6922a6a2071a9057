//! The second step of a staff sign-in: the TOTP or recovery code.

use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::{begin_session, PENDING_COOKIE};
use crate::app::sign_in;
use crate::db::sign_in_attempts::{self, Step};
use crate::db::two_factor;
use crate::domain::{secret, time, Email};
use crate::web::client::Client;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, see_other, PageContext};
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "admin/login_code.html")]
struct CodePage {
    page: PageContext,
    error: Option<String>,
    code_error: Option<String>,
}

fn pending_digest(req: &HttpRequest) -> Option<String> {
    req.cookie(PENDING_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| secret::looks_like_token(v))
        .map(|v| secret::digest(&v))
}

pub async fn code_form(req: HttpRequest, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    if pending_digest(&req).is_none() {
        return Ok(see_other("/admin/login"));
    }
    Ok(html(
        &mut HttpResponse::Ok(),
        &CodePage {
            page: PageContext::new("Two-factor sign-in", &csrf, None),
            error: None,
            code_error: None,
        },
    ))
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn code_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: HtmlForm<CodeForm>,
    client: Client,
    csrf: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let Some(digest) = pending_digest(&req) else {
        return Ok(see_other("/admin/login"));
    };
    let looked_up = digest.clone();
    let Some((user, next)) = state
        .db(move |conn| Ok(two_factor::find_pending(conn, &looked_up, time::now())?))
        .await?
    else {
        return Ok(see_other("/admin/login"));
    };
    let email = Email::parse(&user.email)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("stored email: {e}")))?;
    // Codes are throttled like passwords, with the same counts.
    let (ip, code, id) = (client.ip.clone(), form.code.clone(), user.id.clone());
    let (attempt, accepted) = state
        .count_attempt(move |conn| {
            let attempt = sign_in_attempts::begin(conn, &email, &ip, Step::Code, time::now())?;
            if attempt.is_err() {
                return Ok((attempt, false));
            }
            let Some((secret, true)) = two_factor::secret(conn, &id)? else {
                return Ok((attempt, false));
            };
            let accepted = match secret.matching_step(&code, time::now().and_utc().timestamp()) {
                // A code is taken once: the same code again (a replay, or
                // someone who saw it typed) is refused.
                Some(step) => two_factor::use_step(conn, &id, step)?,
                None if code.contains('-') => {
                    sign_in::use_recovery_code(conn, &id, email.as_str(), &code, &ip)?
                }
                None => false,
            };
            Ok((attempt, accepted))
        })
        .await?;
    attempt.map_err(|wait| AppError::TooManyRequests {
        retry_after_seconds: wait.num_seconds().max(1),
    })?;
    if !accepted {
        state.metrics.sign_in_failures.inc();
        let (ip, who) = (client.ip.clone(), user.email.clone());
        state
            .db(move |conn| Ok(sign_in::record_failure(conn, &who, &ip, "wrong code")?))
            .await?;
        return Ok(html(
            &mut HttpResponse::Unauthorized(),
            &CodePage {
                page: PageContext::new("Two-factor sign-in", &csrf, None),
                error: None,
                code_error: Some(
                    "This code is not right, or was already used. Type the code your app shows now, or a recovery code.".into(),
                ),
            },
        ));
    }
    state
        .db(move |conn| Ok(two_factor::delete_pending(conn, &digest)?))
        .await?;
    begin_session(&req, &state, &client, user, &next).await
}
