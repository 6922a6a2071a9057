//! The language switch on the respondent pages: remembered in this
//! browser, and once signed in as the contact's preferred language, so
//! that the emails that follow are in it too.

use actix_web::http::header::REFERER;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use super::session::MaybeRespondent;
use crate::db::audit::Actor;
use crate::domain::i18n::Lang;
use crate::web::error::AppError;
use crate::web::language::choice_cookie;
use crate::web::page::see_other;
use crate::web::state::AppState;

#[derive(Deserialize)]
pub(super) struct Choice {
    lang: String,
}

pub(super) async fn choose(
    req: HttpRequest,
    state: web::Data<AppState>,
    respondent: MaybeRespondent,
    form: web::Form<Choice>,
) -> Result<HttpResponse, AppError> {
    let back = back_to(&req);
    let Some(lang) = Lang::parse(&form.lang) else {
        return Ok(see_other(&back));
    };
    if let Some(r) = respondent.0 {
        let actor = Actor::Representative {
            email: r.holder.contact_email.clone(),
        };
        let contact = r.holder.link.contact_id.clone();
        let company = r.holder.company_id.clone();
        state
            .db(move |conn| {
                let slug = crate::db::companies::find(conn, &company)?
                    .map(|c| c.slug)
                    .unwrap_or_default();
                crate::app::directory::contacts::choose_language(
                    conn, &actor, &contact, &slug, lang,
                )
                .map_err(|e| AppError::Internal(anyhow::anyhow!("choosing a language: {e:?}")))?;
                Ok(())
            })
            .await?;
    }
    let mut response = see_other(&back);
    response
        .add_cookie(&choice_cookie(lang, state.https()))
        .map_err(|e| AppError::Internal(anyhow::anyhow!("setting the cookie: {e}")))?;
    Ok(response)
}

/// The respondent page the switch was pressed on (its path and query, from
/// `Referer`, which this site sends to itself), else the start page.
fn back_to(req: &HttpRequest) -> String {
    let host = req.connection_info().host().to_string();
    req.headers()
        .get(REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.split_once("://").map(|(_, rest)| rest))
        .and_then(|rest| rest.strip_prefix(host.as_str()))
        .filter(|path| path.starts_with("/respond") && !path.starts_with("//"))
        .map(str::to_string)
        .unwrap_or_else(|| "/respond".to_string())
}
