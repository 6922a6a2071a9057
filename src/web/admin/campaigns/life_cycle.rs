//! A campaign's life: moving between states, changing the questionnaire
//! version, and the answer when a change is refused.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::app::campaigns::{self, CampaignError};
use crate::domain::campaign::{CampaignSlug, CampaignState};
use crate::domain::ids::QuestionnaireVersionId;
use crate::web::auth::{EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, see_other, sentence};
use crate::web::state::AppState;

use super::dashboard_page;

#[derive(Deserialize)]
pub struct StateForm {
    #[serde(default)]
    to: String,
}

/// The campaign slug of an address, checked before any query sees it: an
/// address no campaign can have is not found. The staff extractor runs
/// first, so a signed-out visitor is still sent to sign in.
pub(crate) fn slug_of(path: web::Path<String>) -> Result<String, AppError> {
    CampaignSlug::try_from(path.into_inner())
        .map(CampaignSlug::into_string)
        .map_err(|_| AppError::NotFound)
}

pub(crate) async fn refused(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    slug: String,
    error: String,
) -> Result<HttpResponse, AppError> {
    let page = dashboard_page(state, me, csrf, slug, String::new(), None, Some(error)).await?;
    Ok(html(&mut HttpResponse::build(StatusCode::CONFLICT), &page))
}

pub async fn change_state(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<StateForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let to = CampaignState::parse(&form.to)
        .ok_or_else(|| AppError::BadRequest("Unknown campaign state.".into()))?;
    let (actor, s) = (me.actor(), slug.clone());
    let result = state
        .run(move |conn| {
            let campaign = campaigns::by_slug(conn, &s)?;
            campaigns::advance(conn, &actor, &campaign.id, to)
        })
        .await;
    finish(&state, &me, &csrf, slug, result, "state").await
}

pub(crate) async fn finish(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    slug: String,
    result: Result<(), CampaignError>,
    done: &str,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/admin/campaigns/{slug}?done={done}"))),
        Err(e @ (CampaignError::NotAllowed(..) | CampaignError::ExtensionTooEarly)) => {
            refused(state, me, csrf, slug, sentence(&e.to_string())).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct QuestionnaireForm {
    #[serde(default)]
    questionnaire: String,
}

pub async fn change_questionnaire(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<QuestionnaireForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let version = QuestionnaireVersionId::parse(&form.questionnaire)
        .ok_or_else(|| AppError::BadRequest("Choose a questionnaire version.".into()))?;
    let (actor, s) = (me.actor(), slug.clone());
    let result = state
        .run(move |conn| {
            let campaign = campaigns::by_slug(conn, &s)?;
            campaigns::change_questionnaire(conn, &actor, &campaign.id, &version)
        })
        .await;
    finish(&state, &me, &csrf, slug, result, "questionnaire").await
}
