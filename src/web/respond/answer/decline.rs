//! Declining to answer, and taking it back until the deadline.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::answering as responses;
use crate::db::links::Holder;
use crate::domain::time;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other};
use crate::web::respond::session::MaybeRespondent;
use crate::web::respond::zawgyi_choice::{settle, Settled};
use crate::web::respond::{deadline_text, ended};
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "respond/decline.html")]
struct DeclinePage {
    title: String,
    tr: crate::domain::i18n::Tr,
    csrf_token: String,
    h: Holder,
    published: bool,
    deadline: String,
    error: Option<String>,
    reason: String,
    /// The reason looks typed in Zawgyi: its conversion, and the choice.
    zawgyi: Option<crate::domain::zawgyi::Suspected>,
    zawgyi_unicode: String,
    zawgyi_as_typed: String,
}

pub(super) async fn decline_form(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let tr = crate::web::respond::holder_tr(&state, &r.reader, &r.holder).await?;
    Ok(ok(&DeclinePage {
        title: tr.t("respond-decline-title"),
        tr,
        csrf_token: csrf.value().to_string(),
        published: r.holder.campaign.publish_decline_reasons,
        deadline: deadline_text(tr, &r.holder),
        h: r.holder,
        error: None,
        reason: String::new(),
        zawgyi: None,
        zawgyi_unicode: tr.t("respond-zawgyi-decline-unicode"),
        zawgyi_as_typed: tr.t("respond-zawgyi-decline-as-typed"),
    }))
}

#[derive(Deserialize)]
pub struct DeclineForm {
    #[serde(default)]
    reason: String,
    /// `unicode` or `as-typed`, when the reason looked typed in Zawgyi.
    #[serde(default)]
    zawgyi: Option<String>,
}

pub(super) async fn decline(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
    form: HtmlForm<DeclineForm>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let form = form.into_inner();
    let tr = crate::web::respond::holder_tr(&state, &r.reader, &r.holder).await?;
    let form_reason = form.reason.clone();
    let (reason, asked) = match settle(form.reason, form.zawgyi.as_deref()) {
        Settled::Ready(reason) => (reason, None),
        Settled::Ask(found) => (String::new(), Some(found)),
    };
    let result = if let Some(found) = asked {
        Err(Refused::Zawgyi(found))
    } else if reason.trim().chars().count() > 5000 {
        Err(Refused::Because(tr.t("respond-decline-too-long")))
    } else {
        let holder = r.holder.clone();
        let (text, base) = (reason.clone(), state.base_url.clone());
        match state
            .run(move |conn| responses::decline(conn, &holder, &text, &base, time::now()))
            .await
        {
            Ok(()) => Ok(()),
            Err(e) if e.is_refusal() => Err(Refused::Because(
                crate::web::respond::refusals::response(tr, &e),
            )),
            Err(e) => return Err(e.into()),
        }
    };
    let (status, error, zawgyi, reason) = match result {
        Ok(()) => return Ok(see_other("/respond?declined=1")),
        // Asking is not an error: the typed text comes back with the choice.
        Err(Refused::Zawgyi(found)) => (StatusCode::OK, None, Some(found), form_reason),
        Err(Refused::Because(message)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(message),
            None,
            reason,
        ),
    };
    Ok(html(
        &mut HttpResponse::build(status),
        &DeclinePage {
            title: tr.t("respond-decline-title"),
            tr,
            csrf_token: csrf.value().to_string(),
            published: r.holder.campaign.publish_decline_reasons,
            deadline: deadline_text(tr, &r.holder),
            h: r.holder,
            error,
            reason,
            zawgyi,
            zawgyi_unicode: tr.t("respond-zawgyi-decline-unicode"),
            zawgyi_as_typed: tr.t("respond-zawgyi-decline-as-typed"),
        },
    ))
}

enum Refused {
    Zawgyi(crate::domain::zawgyi::Suspected),
    Because(String),
}

pub(super) async fn undo_decline(
    state: web::Data<AppState>,
    respondent: MaybeRespondent,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let holder = r.holder.clone();
    // What the rules refuse is shown as a plain "not allowed" page.
    state
        .run(move |conn| responses::undo_decline(conn, &holder, time::now()))
        .await?;
    Ok(see_other("/respond?undone=1"))
}
