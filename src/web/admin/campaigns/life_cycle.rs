//! A campaign's life: moving between states, changing the questionnaire
//! version, and the answer when a change is refused.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::confirm::{self, Entered, Step};
use crate::app::campaigns::{self, CampaignError, Closing};
use crate::domain::campaign::{CampaignSlug, CampaignState};
use crate::domain::i18n::Tr;
use crate::domain::ids::QuestionnaireVersionId;
use crate::domain::time;
use crate::web::admin::campaign_by_slug;
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
    /// "yes" once the editor has read the confirmation page.
    #[serde(default)]
    confirm: String,
    /// When closing: "keep" (companies keep their time) or "end".
    #[serde(default)]
    closing: String,
    #[serde(default)]
    reason: String,
    /// The fingerprint of who still had time, as the page showed it.
    #[serde(default)]
    seen: String,
    /// When publishing through this form: the note, and the version
    /// number the confirmation offered.
    #[serde(default)]
    note: String,
    #[serde(default)]
    version: String,
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

/// Opens, closes, reopens or publishes a campaign: first a page that says
/// what will happen (and, when closing, who still has time to answer),
/// then, when that page's form comes back confirmed, the step itself.
pub async fn change_state(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<StateForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let form = form.into_inner();
    let to = CampaignState::parse(&form.to).ok_or_else(|| {
        AppError::BadRequest(Tr::english().t("admin-life-cycle-unknown-campaign-state"))
    })?;
    let campaign = campaign_by_slug(&state, &slug).await?;
    let Some(step) = Step::between(campaign.state(), to) else {
        let e = CampaignError::NotAllowed(campaign.state(), "move to that state");
        return refused(&state, &me, &csrf, slug, sentence(&e.to_string())).await;
    };
    let entered = Entered {
        closing: form.closing.clone(),
        reason: form.reason.clone(),
        note: form.note.clone(),
    };
    if form.confirm != "yes" {
        return confirm::page(&state, &me, &csrf, campaign, step, entered, None, None).await;
    }
    let (actor, id) = (me.actor(), campaign.id.clone());
    let result = match step {
        Step::Publish => {
            return super::super::publishing::publish_confirmed(
                &state,
                &me,
                &csrf,
                campaign,
                &form.note,
                form.version.trim().parse().ok(),
            )
            .await
        }
        Step::Open => {
            state
                .run(move |conn| campaigns::open(conn, &actor, &id))
                .await
        }
        Step::Reopen => {
            state
                .run(move |conn| campaigns::reopen(conn, &actor, &id))
                .await
        }
        Step::Close => {
            let closing = if form.closing == "end" {
                Closing::EndTheirTime {
                    reason: form.reason.clone(),
                }
            } else {
                Closing::KeepTheirTime
            };
            let seen = form.seen.clone();
            state
                .run(move |conn| campaigns::close(conn, &actor, &id, &closing, &seen, time::now()))
                .await
        }
    };
    match result {
        Err(e @ CampaignError::ReasonNeeded) => {
            let message = sentence(&e.to_string());
            confirm::page(
                &state,
                &me,
                &csrf,
                campaign,
                step,
                entered,
                None,
                Some(message),
            )
            .await
        }
        Err(e @ CampaignError::StillAnsweringChanged) => {
            let message = sentence(&e.to_string());
            // The page is built afresh: the list as it stands now.
            let campaign = campaign_by_slug(&state, &slug).await?;
            confirm::page(
                &state,
                &me,
                &csrf,
                campaign,
                step,
                entered,
                Some(message),
                None,
            )
            .await
        }
        result => finish(&state, &me, &csrf, slug, result, "state").await,
    }
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
    let version = QuestionnaireVersionId::parse(&form.questionnaire).ok_or_else(|| {
        AppError::BadRequest(Tr::english().t("admin-form-choose-a-questionnaire-version"))
    })?;
    let (actor, s) = (me.actor(), slug.clone());
    let result = state
        .run(move |conn| {
            let campaign = campaigns::by_slug(conn, &s)?;
            campaigns::change_questionnaire(conn, &actor, &campaign.id, &version)
        })
        .await;
    finish(&state, &me, &csrf, slug, result, "questionnaire").await
}
