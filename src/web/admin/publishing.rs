//! Publishing a closed campaign: a new numbered, immutable version of its
//! scorecard.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::campaign_by_slug;
use super::campaigns::refused;
use super::campaigns::slug_of;
use crate::app::publishing::PublishError;
use crate::domain::time;
use crate::web::auth::EditorOnly;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{see_other, sentence};
use crate::web::state::AppState;

#[derive(Deserialize)]
pub struct PublishForm {
    #[serde(default)]
    note: String,
}

/// Publishes the campaign's results as a new version (editors and admins).
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
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;
    let note: String = form.note.trim().chars().take(2000).collect();
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
        Err(e @ PublishError::NotClosed(_)) => {
            refused(&state, &me, &csrf, slug, sentence(&e.to_string())).await
        }
        Err(e) => Err(e.into()),
    }
}
