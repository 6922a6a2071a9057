//! The scorecard as JSON (the published document itself) and CSV, and the
//! Atom feed of publications.

use std::sync::Arc;

use actix_web::http::header::{self, ContentType};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::{load, not_modified, public};
use crate::db::publications::{self, Stored};
use crate::domain::campaign::CampaignSlug;
use crate::domain::publication::{Publication, LICENCE, LICENCE_URL};
use crate::web::error::AppError;
use crate::web::state::AppState;

/// The published document itself: its SHA-256 is the digest on the page.
pub(super) async fn json_response(
    req: &HttpRequest,
    state: &AppState,
    slug: String,
    version: Option<i32>,
) -> Result<HttpResponse, AppError> {
    let (stored, _) = load(state, &slug, version).await?;
    let etag = format!("\"{}\"", stored.digest);
    if let Some(r) = not_modified(req, &etag) {
        return Ok(r);
    }
    let mut response = HttpResponse::Ok();
    public(&mut response, &etag);
    Ok(response
        .content_type(ContentType::json())
        .insert_header((header::LINK, format!("<{LICENCE_URL}>; rel=\"license\"")))
        .body(stored.document))
}

pub(super) async fn csv_response(
    req: &HttpRequest,
    state: &AppState,
    slug: String,
    version: Option<i32>,
) -> Result<HttpResponse, AppError> {
    let (stored, doc) = load(state, &slug, version).await?;
    let etag = format!("\"{}-csv\"", stored.digest);
    if let Some(r) = not_modified(req, &etag) {
        return Ok(r);
    }
    let mut response = HttpResponse::Ok();
    public(&mut response, &etag);
    Ok(response
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{slug}-scorecard-v{}.csv\"",
                doc.version
            ),
        ))
        .insert_header((header::LINK, format!("<{LICENCE_URL}>; rel=\"license\"")))
        .body(doc.to_csv()))
}

pub(super) async fn latest_json(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CampaignSlug>,
) -> Result<HttpResponse, AppError> {
    json_response(&req, &state, path.into_inner().into_string(), None).await
}

pub(super) async fn latest_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CampaignSlug>,
) -> Result<HttpResponse, AppError> {
    csv_response(&req, &state, path.into_inner().into_string(), None).await
}

pub(super) async fn version_json(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(CampaignSlug, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, version) = path.into_inner();
    let slug = slug.into_string();
    json_response(&req, &state, slug, Some(version)).await
}

pub(super) async fn version_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(CampaignSlug, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, version) = path.into_inner();
    let slug = slug.into_string();
    csv_response(&req, &state, slug, Some(version)).await
}

#[derive(Template)]
#[template(path = "public/feed.atom", escape = "xml")]
pub(super) struct Feed {
    base: String,
    updated: String,
    entries: Vec<(String, Stored, Arc<Publication>)>,
    licence: &'static str,
}

/// An entry's summary, one statement a line: who responded, the
/// publishers' note (a sentence of its own, whatever its last character),
/// and the digest, so that neither runs into the other.
fn summary(doc: &Publication, digest: &str) -> String {
    let (responded, of) = doc.responded();
    let mut lines = vec![format!("{responded} of {of} companies responded.")];
    let note = doc.note.trim();
    if !note.is_empty() {
        let stop = if note.ends_with(['.', '!', '?']) {
            ""
        } else {
            "."
        };
        lines.push(format!("Note: {note}{stop}"));
    }
    lines.push(format!("SHA-256: {digest}"));
    lines.join("\n")
}

/// An Atom feed of publications: every version of every campaign.
pub(super) async fn feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let all = state.db(|conn| Ok(publications::all(conn, 50)?)).await?;
    let mut entries = Vec::new();
    for (slug, stored) in all {
        let doc = state.publication(&stored.digest, &stored.document)?;
        entries.push((slug, stored, doc));
    }
    let base = state.base_url.as_str().trim_end_matches('/').to_string();
    let updated = entries
        .first()
        .map(|(_, _, d)| d.published_at.clone())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_string());
    let body = Feed {
        base,
        updated,
        entries,
        licence: LICENCE,
    }
    .render()
    .map_err(|e| AppError::Internal(e.into()))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"))
        .insert_header((header::CACHE_CONTROL, "public, max-age=60"))
        .body(body))
}
