//! Declining to answer, and taking it back until the deadline.

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
use crate::web::respond::{deadline_text, ended};
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "respond/decline.html")]
struct DeclinePage {
    title: String,
    csrf_token: String,
    h: Holder,
    published: bool,
    deadline: String,
    error: Option<String>,
    reason: String,
}

pub(super) async fn decline_form(
    csrf: CsrfToken,
    respondent: MaybeRespondent,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    Ok(ok(&DeclinePage {
        title: "Decline to answer".to_string(),
        csrf_token: csrf.value().to_string(),
        published: r.holder.campaign.publish_decline_reasons,
        deadline: deadline_text(&r.holder),
        h: r.holder,
        error: None,
        reason: String::new(),
    }))
}

#[derive(Deserialize)]
pub struct DeclineForm {
    #[serde(default)]
    reason: String,
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
    let reason = form.into_inner().reason;
    let too_long = reason.trim().chars().count() > 5000;
    let holder = r.holder.clone();
    let result = if too_long {
        Err("Keep the reason under 5,000 characters.".to_string())
    } else {
        let (text, base) = (reason.clone(), state.base_url.clone());
        match state
            .run(move |conn| responses::decline(conn, &holder, &text, &base, time::now()))
            .await
        {
            Ok(()) => Ok(()),
            Err(e) if e.is_refusal() => Err(crate::web::page::sentence(&e.to_string())),
            Err(e) => return Err(e.into()),
        }
    };
    match result {
        Ok(()) => Ok(see_other("/respond?declined=1")),
        Err(message) => Ok(html(
            &mut HttpResponse::UnprocessableEntity(),
            &DeclinePage {
                title: "Decline to answer".to_string(),
                csrf_token: csrf.value().to_string(),
                published: r.holder.campaign.publish_decline_reasons,
                deadline: deadline_text(&r.holder),
                h: r.holder,
                error: Some(message),
                reason,
            },
        )),
    }
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
