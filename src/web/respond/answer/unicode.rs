//! "Use the Unicode text": a written answer that looks typed in Zawgyi is
//! shown with its Unicode conversion and this button (a small form of its
//! own, so that pressing Enter in a field never presses it). Pressing it
//! stores the conversion of the stored answer, as a save with the version
//! the page showed, so a colleague's newer answer is not overwritten.
//! Nothing is converted any other way.

use std::collections::HashMap;

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::app::answering::{self as responses, Change};
use crate::domain::time;
use crate::domain::zawgyi;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, see_other};
use crate::web::respond::ended;
use crate::web::respond::session::MaybeRespondent;
use crate::web::state::AppState;

use super::{section_page, Context};

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/respond/sections/{key}/unicode/{question}",
        crate::web::post().to(use_unicode),
    );
}

#[derive(Deserialize)]
struct UnicodeForm {
    /// The version of the answer the page showed.
    version: i32,
}

async fn use_unicode(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
    path: web::Path<(String, String)>,
    form: HtmlForm<UnicodeForm>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let (key, question) = path.into_inner();
    let ctx = Context::load(&state, r).await?;
    let in_section = ctx
        .questionnaire()
        .sections
        .iter()
        .find(|s| s.key.as_str() == key)
        .is_some_and(|s| s.questions.iter().any(|q| q.key.as_str() == question));
    if !in_section {
        return Err(AppError::NotFound);
    }
    let back = format!("/respond/sections/{key}?unicode=1#q-{question}");
    let stored = ctx.stored.iter().find(|a| a.question_key == question);
    let Some(found) = stored.and_then(|a| zawgyi::suspect(&a.value)) else {
        // Already Unicode (a second press, or a colleague converted it).
        return Ok(see_other(&back));
    };
    let holder = ctx.r.holder.clone();
    let language = ctx.tr.code();
    let change = Change {
        key: question.clone(),
        value: found.as_unicode,
        seen_version: form.version,
    };
    let result = state
        .run(move |conn| responses::save(conn, &holder, &[change], language, time::now()))
        .await;
    match result {
        Ok(outcome) if outcome.conflicts.is_empty() => {
            state.metrics.saves.inc();
            Ok(see_other(&back))
        }
        // Changed by someone else since the page was shown: both texts.
        Ok(outcome) => {
            let ctx = Context::load(&state, ctx.r).await?;
            let page = section_page(&ctx, &csrf, &key, &outcome.conflicts, None, &HashMap::new())?;
            Ok(html(&mut HttpResponse::Conflict(), &page))
        }
        Err(e) if e.is_refusal() => {
            let ctx = Context::load(&state, ctx.r).await?;
            let page = section_page(&ctx, &csrf, &key, &[], None, &HashMap::new())?;
            Ok(html(&mut HttpResponse::Conflict(), &page))
        }
        Err(e) => Err(e.into()),
    }
}
