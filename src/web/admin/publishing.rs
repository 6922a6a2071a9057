//! Publishing a closed campaign: a new numbered, immutable version of its
//! scorecard.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::campaign_by_slug;
use super::campaigns::slug_of;
use super::campaigns::{confirm_page, refused, Entered, Step};
use crate::app::publishing::PublishError;
use crate::db::campaigns::Campaign;
use crate::domain::campaign::CampaignState;
use crate::domain::time;
use crate::web::auth::{EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{see_other, sentence};
use crate::web::state::AppState;

#[derive(Deserialize)]
pub struct PublishForm {
    #[serde(default)]
    note: String,
    /// "yes" once the editor has read what will be published.
    #[serde(default)]
    confirm: String,
    /// The version number the confirmation page offered to publish.
    #[serde(default)]
    version: String,
}

/// Publishes the campaign's results as a new version (editors and admins),
/// after a page that says what the version will show.
pub async fn publish(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<PublishForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let campaign = campaign_by_slug(&state, &slug).await?;
    let form = form.into_inner();
    if form.confirm != "yes" {
        if Step::between(campaign.state(), CampaignState::Published).is_none() {
            let e = PublishError::NotClosed(campaign.state());
            return refused(&state, &me, &csrf, slug, sentence(&e.to_string())).await;
        }
        let entered = Entered {
            note: form.note,
            ..Entered::default()
        };
        return confirm_page(
            &state,
            &me,
            &csrf,
            campaign,
            Step::Publish,
            entered,
            None,
            None,
        )
        .await;
    }
    publish_confirmed(
        &state,
        &me,
        &csrf,
        campaign,
        &form.note,
        form.version.trim().parse().ok(),
    )
    .await
}

/// Publishes a new version now: the editor has confirmed version
/// `expected`. A second press of the same button (a double click) lands on
/// the version the first one made.
pub(crate) async fn publish_confirmed(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    campaign: Campaign,
    note: &str,
    expected: Option<i32>,
) -> Result<HttpResponse, AppError> {
    let slug = campaign.slug.clone();
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;
    let note: String = note.trim().chars().take(2000).collect();
    let (actor, by) = (me.actor(), me.user.id.clone());
    let result = state
        .run(move |conn| {
            crate::app::publishing::publish(
                conn,
                &actor,
                Some(&by),
                &campaign,
                &loaded,
                &note,
                expected,
                time::now(),
            )
        })
        .await;
    match result {
        Ok(stored) => {
            // This server shows the new version at once; others within a second.
            state
                .public_cache
                .set_latest(&slug, Some(stored.digest.clone()));
            Ok(see_other(&format!(
                "/admin/campaigns/{slug}?done=published&version={}",
                stored.version
            )))
        }
        Err(PublishError::AlreadyPublished(v)) => Ok(see_other(&format!(
            "/admin/campaigns/{slug}?done=published&version={v}"
        ))),
        Err(e @ (PublishError::NotClosed(_) | PublishError::Overtaken(_))) => {
            refused(state, me, csrf, slug, sentence(&e.to_string())).await
        }
        Err(e) => Err(e.into()),
    }
}
