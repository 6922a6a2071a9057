//! A campaign's scorecard: the latest version (kept rendered, with its
//! gzip) and earlier versions, sortable.

use std::sync::Arc;

use actix_web::http::header::{self, ContentType};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::{load, not_modified, public};
use crate::db::publications::{self, Stored};
use crate::domain::campaign::CampaignSlug;
use crate::domain::publication::{Publication, PublishedCompany, LICENCE_URL};
use crate::web::error::AppError;
use crate::web::page::PageContext;
use crate::web::public_cache::Page;
use crate::web::state::AppState;

#[derive(Deserialize)]
pub struct SortQuery {
    #[serde(default)]
    sort: String,
}

#[derive(Template)]
#[template(path = "public/campaign.html")]
pub(super) struct CampaignPage {
    page: PageContext,
    doc: Arc<Publication>,
    stored: Stored,
    versions: Vec<Stored>,
    companies: Vec<PublishedCompany>,
    sort: String,
    version_path: String,
    licence_url: &'static str,
}

impl CampaignPage {
    fn score(&self, s: &Option<f64>) -> String {
        crate::domain::publication::score_text(*s)
    }

    fn signed(&self, change: &Option<f64>) -> String {
        crate::domain::publication::signed(*change)
    }

    /// A bar 0 to 100 wide, drawn by the server.
    fn bar(&self, s: &Option<f64>) -> u32 {
        s.map_or(0, |v| v.clamp(0.0, 100.0).round() as u32)
    }

    fn silent(&self) -> Vec<&PublishedCompany> {
        self.doc
            .companies
            .iter()
            .filter(|c| c.standing != "responded" && c.standing != "still has time")
            .collect()
    }
}

pub(super) fn sorted(doc: &Publication, sort: &str) -> Vec<PublishedCompany> {
    let mut companies = doc.companies.clone();
    match sort {
        "total" => companies.sort_by(|a, b| {
            b.total
                .unwrap_or(-1.0)
                .partial_cmp(&a.total.unwrap_or(-1.0))
                .unwrap_or(std::cmp::Ordering::Equal)
        }),
        "standing" => {
            companies.sort_by(|a, b| a.standing.cmp(&b.standing).then(a.name.cmp(&b.name)))
        }
        "sector" => companies.sort_by(|a, b| a.sector.cmp(&b.sector).then(a.name.cmp(&b.name))),
        _ => companies.sort_by(|a, b| a.name.cmp(&b.name)),
    }
    companies
}

pub(super) async fn campaign_response(
    req: &HttpRequest,
    state: &AppState,
    slug: String,
    version: Option<i32>,
    sort: String,
) -> Result<HttpResponse, AppError> {
    let sort = match sort.as_str() {
        "total" | "standing" | "sector" | "name" => sort,
        _ => String::new(),
    };
    // The latest version's page is served from memory while it stands.
    if version.is_none() {
        let digest = match state.public_cache.latest(&slug) {
            Some(d) => d,
            None => {
                let s = slug.clone();
                let d = state
                    .db(move |conn| Ok(publications::latest_digest(conn, &s)?))
                    .await?;
                if d.is_some() {
                    state.public_cache.set_latest(&slug, d.clone());
                }
                d
            }
        };
        let digest = digest.ok_or(AppError::NotFound)?;
        let etag = format!("\"{digest}-page-false-{sort}\"");
        if let Some(r) = page_not_modified(req, &etag) {
            return Ok(r);
        }
        if let Some(page) = state.public_cache.page(&etag) {
            return Ok(cached(req, &etag, page));
        }
    }
    let (stored, doc) = load(state, &slug, version).await?;
    let etag = format!("\"{}-page-{}-{}\"", stored.digest, version.is_some(), sort);
    if let Some(r) = page_not_modified(req, &etag) {
        return Ok(r);
    }
    let s = slug.clone();
    let versions = state
        .db(move |conn| {
            let campaign =
                crate::db::campaigns::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
            Ok(publications::versions(conn, &campaign)?)
        })
        .await?;
    let version_path = match version {
        Some(v) => format!("/campaigns/{slug}/versions/{v}"),
        None => format!("/campaigns/{slug}"),
    };
    let body = CampaignPage {
        page: PageContext::bare(doc.campaign.title.clone()),
        companies: sorted(&doc, &sort),
        doc,
        stored,
        versions,
        sort,
        version_path,
        licence_url: LICENCE_URL,
    }
    .render()
    .map_err(|e| AppError::Internal(e.into()))?;
    let page = Page::new(actix_web::web::Bytes::from(body));
    if version.is_none() {
        state.public_cache.put_page(etag.clone(), page.clone());
    }
    Ok(cached(req, &etag, page))
}

/// Whether the client takes gzip (every browser does).
fn accepts_gzip(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")))
}

/// The ETag of one representation of a page: the gzipped bytes are not the
/// identity bytes, so they carry a tag of their own (RFC 9110 §8.8.3), the
/// page's tag with `-gz` inside the quotes.
fn representation_etag(etag: &str, gzip: bool) -> String {
    match (gzip, etag.strip_suffix('"')) {
        (true, Some(open)) => format!("{open}-gz\""),
        _ => etag.to_string(),
    }
}

/// 304 when the client holds the tag of the representation it would get.
fn page_not_modified(req: &HttpRequest, etag: &str) -> Option<HttpResponse> {
    let mut response = not_modified(req, &representation_etag(etag, accepts_gzip(req)))?;
    response.headers_mut().insert(
        header::VARY,
        header::HeaderValue::from_static("Accept-Encoding"),
    );
    Some(response)
}

/// A rendered page, gzipped for clients that accept it (every browser),
/// each representation with its own ETag.
pub(super) fn cached(req: &HttpRequest, etag: &str, page: Page) -> HttpResponse {
    let gzip = !page.gzip.is_empty() && accepts_gzip(req);
    let mut response = HttpResponse::Ok();
    public(&mut response, &representation_etag(etag, gzip));
    response
        .content_type(ContentType::html())
        .insert_header((header::VARY, "Accept-Encoding"));
    if gzip {
        response
            .insert_header((header::CONTENT_ENCODING, "gzip"))
            .body(page.gzip)
    } else {
        response.body(page.identity)
    }
}

pub(super) async fn campaign(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CampaignSlug>,
    query: web::Query<SortQuery>,
) -> Result<HttpResponse, AppError> {
    campaign_response(
        &req,
        &state,
        path.into_inner().into_string(),
        None,
        query.into_inner().sort,
    )
    .await
}

pub(super) async fn version_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(CampaignSlug, i32)>,
    query: web::Query<SortQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, version) = path.into_inner();
    let slug = slug.into_string();
    campaign_response(&req, &state, slug, Some(version), query.into_inner().sort).await
}
