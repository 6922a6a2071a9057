//! Published versions of a campaign's scorecard, and publishing a new one
//! through `app::publishing::publish`, as the admin page does: the caller
//! names the version it expects to make, so that a request sent twice
//! publishes once.

use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::campaigns::{campaign, CampaignPath};
use super::error::ErrorBody;
use super::{utc, ApiError, Caller};
use crate::db::publications::{self, Stored};
use crate::domain::time;
use crate::web::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct PublicationOut {
    pub version: i32,
    /// SHA-256 of the published document, lowercase hex.
    pub sha256: String,
    #[schema(format = DateTime)]
    pub published_at: String,
}

impl From<&Stored> for PublicationOut {
    fn from(s: &Stored) -> Self {
        PublicationOut {
            version: s.version,
            sha256: s.digest.clone(),
            published_at: utc(s.published_at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PublicationList {
    /// Newest first.
    pub items: Vec<PublicationOut>,
}

/// What to publish.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PublishRequest {
    /// The number of the version this request makes: one more than the
    /// latest published (1 for the first). If it exists already, nothing
    /// is published again (409).
    #[schema(minimum = 1)]
    #[serde(deserialize_with = "whole_number")]
    pub expected_version: i32,
    /// A note published with the version (at most 2000 characters kept).
    #[serde(default)]
    #[schema(pattern = r"^[^\u0000]*$")]
    pub note: String,
}

/// An `i32` written as JSON allows: `2` or `2.0` (JSON Schema counts both
/// as integers), never `2.5`.
fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
    let n = serde_json::Number::deserialize(d)?;
    let whole = match (n.as_i64(), n.as_f64()) {
        (Some(i), _) => i32::try_from(i).ok(),
        (None, Some(f)) if f.fract() == 0.0 && f.abs() <= f64::from(i32::MAX) => Some(f as i32),
        _ => None,
    };
    whole.ok_or_else(|| {
        serde::de::Error::custom(format!(
            "expected_version must be a whole number from 1 to {}, not {n}",
            i32::MAX
        ))
    })
}

/// The campaign's published versions.
#[utoipa::path(get, path = "/api/campaigns/{slug}/publications", tag = "publishing",
    params(CampaignPath),
    responses(
        (status = 200, description = "The versions, newest first", body = PublicationList),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 404, description = "No such campaign", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn list(
    _caller: Caller,
    state: web::Data<AppState>,
    path: web::Path<CampaignPath>,
) -> Result<HttpResponse, ApiError> {
    let slug = path.into_inner().slug;
    let versions = state
        .run(move |conn| {
            let found = campaign(conn, &slug)?;
            Ok::<_, ApiError>(publications::versions(conn, &found)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(PublicationList {
        items: versions.iter().map(PublicationOut::from).collect(),
    }))
}

/// Publishes the closed campaign's results as a new version (write scope).
#[utoipa::path(post, path = "/api/campaigns/{slug}/publications", tag = "publishing",
    params(CampaignPath),
    request_body = PublishRequest,
    responses(
        (status = 201, description = "Published", body = PublicationOut),
        (status = 400, description = "The body could not be read", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "A read-only token", body = ErrorBody),
        (status = 404, description = "No such campaign", body = ErrorBody),
        (status = 409, description = "Not closed, or that version exists already", body = ErrorBody),
        (status = 422, description = "A field is not acceptable", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn publish(
    caller: Caller,
    state: web::Data<AppState>,
    path: web::Path<CampaignPath>,
    body: web::Json<PublishRequest>,
) -> Result<HttpResponse, ApiError> {
    let bearer = caller.writing()?;
    let body = body.into_inner();
    if body.expected_version < 1 {
        return Err(ApiError::invalid(
            "expected_version",
            "the expected version is 1 or more",
        ));
    }
    if body.note.contains('\0') {
        return Err(ApiError::invalid(
            "note",
            "the note contains a NUL character",
        ));
    }
    let slug = path.into_inner().slug;
    let found = {
        let slug = slug.clone();
        state.run(move |conn| campaign(conn, &slug)).await?
    };
    let loaded = state.questionnaire(&found.questionnaire_version_id).await?;
    let note: String = body.note.trim().chars().take(2000).collect();
    let actor = bearer.actor();
    let stored = state
        .run(move |conn| {
            crate::app::publishing::publish(
                conn,
                &actor,
                None,
                &found,
                &loaded,
                &note,
                Some(body.expected_version),
                time::now(),
            )
        })
        .await?;
    // This server shows the new version at once; others within a second.
    state
        .public_cache
        .set_latest(&slug, Some(stored.digest.clone()));
    Ok(HttpResponse::Created().json(PublicationOut::from(&stored)))
}
