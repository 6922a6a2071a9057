//! What a representative asks of the coalition from the start page: more
//! time, and a reply to the preliminary findings.

use actix_web::{web, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;

use super::session::MaybeRespondent;
use super::zawgyi_choice::{settle, Settled};
use super::{ended, start_page, FormState};
use crate::app::outreach::{self, OutreachError};
use crate::domain::campaign::parse_time_zone;
use crate::domain::outreach::end_of_day;
use crate::domain::time;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, see_other};
use crate::web::state::AppState;

#[derive(Deserialize)]
pub(super) struct ExtensionForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    until: String,
}

pub(super) async fn ask_for_time(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
    form: HtmlForm<ExtensionForm>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let ExtensionForm { reason, until } = form.into_inner();
    let tr = super::holder_tr(&state, &r.reader, &r.holder).await?;
    let tz = parse_time_zone(&r.holder.campaign.time_zone).unwrap_or(chrono_tz::UTC);
    let mut reason_error = None;
    let mut until_error = None;
    let reason_text = reason.trim().to_string();
    if reason_text.is_empty() {
        reason_error = Some(tr.t("respond-extension-say-why"));
    } else if reason_text.chars().count() > 2000 {
        reason_error = Some(tr.t("respond-extension-too-long"));
    }
    let until_utc = if until.trim().is_empty() {
        None
    } else {
        match NaiveDate::parse_from_str(until.trim(), "%Y-%m-%d")
            .ok()
            .and_then(|d| end_of_day(d, tz))
        {
            Some(t) if t > r.holder.deadline() => Some(t),
            Some(_) => {
                until_error = Some(tr.t("respond-extension-after-deadline"));
                None
            }
            None => {
                until_error = Some(tr.t("respond-extension-date-shape"));
                None
            }
        }
    };
    let mut form_state = FormState {
        reply_error: None,
        reason: reason.clone(),
        reason_error,
        until: until.clone(),
        until_error,
        ..FormState::default()
    };
    if form_state.reason_error.is_none() && form_state.until_error.is_none() {
        let holder = r.holder.clone();
        let settings = state.outreach();
        let result = state
            .run(move |conn| {
                outreach::request_extension(
                    conn,
                    &holder,
                    &reason_text,
                    until_utc,
                    &settings,
                    time::now(),
                )
            })
            .await;
        match result {
            Ok(_) => return Ok(see_other("/respond?asked=1#more-time")),
            Err(OutreachError::Invalid(message)) => form_state.reason_error = Some(message),
            Err(OutreachError::NotAllowed(..)) => {
                form_state.reason_error = Some(tr.t("respond-extension-not-allowed"))
            }
            Err(e) => return Err(e.into()),
        }
    }
    let page = start_page(&state, &csrf, r, form_state).await?;
    Ok(html(&mut HttpResponse::UnprocessableEntity(), &page))
}

#[derive(Deserialize)]
pub(super) struct ReplyForm {
    #[serde(default)]
    body: String,
    /// `unicode` or `as-typed`, when the reply looked typed in Zawgyi.
    #[serde(default)]
    zawgyi: Option<String>,
}

/// A reply to the preliminary findings, while the window is open.
pub(super) async fn reply(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
    form: HtmlForm<ReplyForm>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let form = form.into_inner();
    let tr = super::holder_tr(&state, &r.reader, &r.holder).await?;
    let typed = form.body.clone();
    let body = match settle(form.body, form.zawgyi.as_deref()) {
        Settled::Ready(body) => body,
        // Asking is not an error: the typed text comes back with the choice.
        Settled::Ask(found) => {
            let page = start_page(
                &state,
                &csrf,
                r,
                FormState {
                    reply: typed,
                    zawgyi: Some(found),
                    ..FormState::default()
                },
            )
            .await?;
            return Ok(html(&mut HttpResponse::Ok(), &page));
        }
    };
    let (holder, base) = (r.holder.clone(), state.base_url.clone());
    let result = state
        .run(move |conn| crate::app::review::add(conn, &holder, &body, &base, time::now()))
        .await;
    use crate::app::review::ReplyError;
    match result {
        Ok(()) => Ok(see_other("/respond?replied=1#findings")),
        Err(
            e @ (ReplyError::NotSent
            | ReplyError::Closed(..)
            | ReplyError::Empty
            | ReplyError::TooLong),
        ) => {
            let page = start_page(
                &state,
                &csrf,
                r,
                FormState {
                    reply_error: Some(super::refusals::reply(tr, &e)),
                    reply: typed,
                    ..FormState::default()
                },
            )
            .await?;
            Ok(html(&mut HttpResponse::UnprocessableEntity(), &page))
        }
        Err(e) => Err(e.into()),
    }
}
