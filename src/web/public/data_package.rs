//! Beside the data: the JSON Schema of `scorecard.json` and the
//! Frictionless Data Package describing `scorecard.csv`, for the latest
//! version and for each version (the package names its version's CSV by
//! digest).

use actix_web::http::header::ContentType;
use actix_web::{web, HttpRequest, HttpResponse};

use super::{load, not_modified, public};
use crate::domain::campaign::CampaignSlug;
use crate::domain::publication::{data_package, scorecard_schema};
use crate::web::error::AppError;
use crate::web::state::AppState;

/// The same schema for every campaign and version.
pub(super) async fn schema(_path: web::Path<CampaignSlug>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/schema+json")
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(scorecard_schema().to_string())
}

async fn package_response(
    req: &HttpRequest,
    state: &AppState,
    slug: String,
    version: Option<i32>,
) -> Result<HttpResponse, AppError> {
    let (stored, doc) = load(state, &slug, version).await?;
    let etag = format!("\"{}-datapackage\"", stored.digest);
    if let Some(r) = not_modified(req, &etag) {
        return Ok(r);
    }
    let package = data_package(&doc, &doc.to_csv());
    let mut response = HttpResponse::Ok();
    public(&mut response, &etag);
    Ok(response
        .content_type(ContentType::json())
        .body(serde_json::to_string_pretty(&package).unwrap_or_default()))
}

pub(super) async fn latest(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CampaignSlug>,
) -> Result<HttpResponse, AppError> {
    package_response(&req, &state, path.into_inner().into_string(), None).await
}

pub(super) async fn version(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(CampaignSlug, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, v) = path.into_inner();
    package_response(&req, &state, slug.into_string(), Some(v)).await
}
