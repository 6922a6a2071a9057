//! Public pages and open data, read only from published versions: the
//! list of published campaigns, a campaign's scorecard, each company's
//! answers with scores and reasons, the methodology, and the scorecard as
//! CSV and JSON. Every answer carries an ETag (the version's digest), so an
//! unchanged page costs a 304.

use std::sync::Arc;

use actix_web::http::header::{self, ContentType};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::publications::{self, Stored};
use crate::domain::campaign::CampaignSlug;
use crate::domain::company::CompanySlug;
use crate::domain::publication::{Publication, PublishedCompany, LICENCE, LICENCE_URL};
use crate::web::error::AppError;
use crate::web::page::{html, PageContext};
use crate::web::public_cache::Page;
use crate::web::questionnaire_view::QuestionnaireView;
use crate::web::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home))
        .route("/campaigns/{slug}", web::get().to(campaign))
        .route("/campaigns/{slug}/methodology", web::get().to(methodology))
        .route(
            "/campaigns/{slug}/scorecard.json",
            web::get().to(latest_json),
        )
        .route("/campaigns/{slug}/scorecard.csv", web::get().to(latest_csv))
        .route(
            "/campaigns/{slug}/versions/{version}",
            web::get().to(version_page),
        )
        .route(
            "/campaigns/{slug}/versions/{version}/scorecard.json",
            web::get().to(version_json),
        )
        .route(
            "/campaigns/{slug}/versions/{version}/scorecard.csv",
            web::get().to(version_csv),
        )
        .route(
            "/campaigns/{slug}/companies/{company}",
            web::get().to(company),
        )
        .route("/companies/{slug}", web::get().to(company_across))
        .route("/feed.atom", web::get().to(feed));
}

/// Answers 304 when the browser holds this ETag already.
fn not_modified(req: &HttpRequest, etag: &str) -> Option<HttpResponse> {
    let held = req.headers().get(header::IF_NONE_MATCH)?.to_str().ok()?;
    held.split(',').any(|t| t.trim() == etag).then(|| {
        HttpResponse::NotModified()
            .insert_header((header::ETAG, etag.to_string()))
            .finish()
    })
}

fn public(response: &mut actix_web::HttpResponseBuilder, etag: &str) {
    response
        .insert_header((header::ETAG, etag.to_string()))
        .insert_header((header::CACHE_CONTROL, "public, max-age=60"));
}

async fn load(
    state: &AppState,
    slug: &str,
    version: Option<i32>,
) -> Result<(Stored, Arc<Publication>), AppError> {
    let s = slug.to_string();
    let stored = state
        .db(move |conn| publications::get(conn, &s, version)?.ok_or(AppError::NotFound))
        .await?;
    let document = state.publication(&stored.digest, &stored.document)?;
    Ok((stored, document))
}

#[derive(Template)]
#[template(path = "public/home.html")]
struct HomePage {
    page: PageContext,
    campaigns: Vec<(Arc<Publication>, String)>,
    licence: &'static str,
    licence_url: &'static str,
}

async fn home(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let latest = state
        .db(|conn| Ok(publications::latest_of_each(conn)?))
        .await?;
    let mut campaigns = Vec::new();
    for (_, stored) in latest {
        let doc = state.publication(&stored.digest, &stored.document)?;
        campaigns.push((doc, stored.digest));
    }
    let mut response = HttpResponse::Ok();
    response.insert_header((header::CACHE_CONTROL, "public, max-age=60"));
    Ok(html(
        &mut response,
        &HomePage {
            page: PageContext::bare("Published campaigns"),
            campaigns,
            licence: LICENCE,
            licence_url: LICENCE_URL,
        },
    ))
}

#[derive(Deserialize)]
pub struct SortQuery {
    #[serde(default)]
    sort: String,
}

#[derive(Template)]
#[template(path = "public/campaign.html")]
struct CampaignPage {
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
        s.map_or_else(|| "n/a".to_string(), |v| format!("{v:.0}"))
    }

    /// A bar 0 to 100 wide, drawn by the server.
    fn bar(&self, s: &Option<f64>) -> u32 {
        s.map_or(0, |v| v.clamp(0.0, 100.0).round() as u32)
    }

    fn silent(&self) -> Vec<&PublishedCompany> {
        self.doc
            .companies
            .iter()
            .filter(|c| c.standing != "responded")
            .collect()
    }

    fn date(&self, t: &Option<String>) -> String {
        t.as_deref()
            .map(|s| s[..10.min(s.len())].to_string())
            .unwrap_or_else(|| "—".to_string())
    }
}

fn sorted(doc: &Publication, sort: &str) -> Vec<PublishedCompany> {
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

async fn campaign_response(
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
        if let Some(r) = not_modified(req, &etag) {
            return Ok(r);
        }
        if let Some(page) = state.public_cache.page(&etag) {
            return Ok(cached(req, &etag, page));
        }
    }
    let (stored, doc) = load(state, &slug, version).await?;
    let etag = format!("\"{}-page-{}-{}\"", stored.digest, version.is_some(), sort);
    if let Some(r) = not_modified(req, &etag) {
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

/// A rendered page, gzipped for clients that accept it (every browser).
fn cached(req: &HttpRequest, etag: &str, page: Page) -> HttpResponse {
    let gzip = !page.gzip.is_empty()
        && req
            .headers()
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    let mut response = HttpResponse::Ok();
    public(&mut response, etag);
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

async fn campaign(
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

async fn version_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(CampaignSlug, i32)>,
    query: web::Query<SortQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, version) = path.into_inner();
    let slug = slug.into_string();
    campaign_response(&req, &state, slug, Some(version), query.into_inner().sort).await
}

#[derive(Template)]
#[template(path = "public/company.html")]
struct CompanyPage {
    page: PageContext,
    doc: Arc<Publication>,
    stored: Stored,
    c: PublishedCompany,
    licence_url: &'static str,
}

impl CompanyPage {
    fn score(&self, s: &Option<f64>) -> String {
        s.map_or_else(|| "n/a".to_string(), |v| format!("{v:.0}"))
    }

    fn date(&self, t: &Option<String>) -> String {
        t.as_deref()
            .map(|s| s[..10.min(s.len())].to_string())
            .unwrap_or_else(|| "—".to_string())
    }

    fn demand_title(&self, key: &str) -> String {
        self.doc
            .demands
            .iter()
            .find(|d| d.key == key)
            .map(|d| d.title.clone())
            .unwrap_or_else(|| key.to_string())
    }
}

async fn company(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(CampaignSlug, CompanySlug)>,
) -> Result<HttpResponse, AppError> {
    let (slug, company) = path.into_inner();
    let (slug, company) = (slug.into_string(), company.to_string());
    let (stored, doc) = load(&state, &slug, None).await?;
    let etag = format!("\"{}-company-{company}\"", stored.digest);
    if let Some(r) = not_modified(&req, &etag) {
        return Ok(r);
    }
    let c = doc.company(&company).cloned().ok_or(AppError::NotFound)?;
    let mut response = HttpResponse::Ok();
    public(&mut response, &etag);
    Ok(html(
        &mut response,
        &CompanyPage {
            page: PageContext::bare(format!("{} · {}", c.name, doc.campaign.title)),
            doc,
            stored,
            c,
            licence_url: LICENCE_URL,
        },
    ))
}

#[derive(Template)]
#[template(path = "public/methodology.html")]
struct MethodologyPage {
    page: PageContext,
    doc: Arc<Publication>,
    view: QuestionnaireView,
    licence_url: &'static str,
}

async fn methodology(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CampaignSlug>,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner().into_string();
    let (stored, doc) = load(&state, &slug, None).await?;
    let etag = format!("\"{}-methodology\"", stored.digest);
    if let Some(r) = not_modified(&req, &etag) {
        return Ok(r);
    }
    let (qslug, qdigest) = (
        doc.campaign.questionnaire.slug.clone(),
        doc.campaign.questionnaire.digest.clone(),
    );
    let (_, questionnaire) = state
        .db(move |conn| {
            crate::db::questionnaires::load(conn, &qslug, &qdigest)?.ok_or(AppError::NotFound)
        })
        .await?;
    let mut response = HttpResponse::Ok();
    public(&mut response, &etag);
    Ok(html(
        &mut response,
        &MethodologyPage {
            page: PageContext::bare(format!("Methodology · {}", doc.campaign.title)),
            view: QuestionnaireView::new(&questionnaire, &questionnaire.default_language),
            doc,
            licence_url: LICENCE_URL,
        },
    ))
}

/// The published document itself: its SHA-256 is the digest on the page.
async fn json_response(
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

async fn csv_response(
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

async fn latest_json(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CampaignSlug>,
) -> Result<HttpResponse, AppError> {
    json_response(&req, &state, path.into_inner().into_string(), None).await
}

async fn latest_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CampaignSlug>,
) -> Result<HttpResponse, AppError> {
    csv_response(&req, &state, path.into_inner().into_string(), None).await
}

async fn version_json(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(CampaignSlug, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, version) = path.into_inner();
    let slug = slug.into_string();
    json_response(&req, &state, slug, Some(version)).await
}

async fn version_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(CampaignSlug, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, version) = path.into_inner();
    let slug = slug.into_string();
    csv_response(&req, &state, slug, Some(version)).await
}

#[derive(Template)]
#[template(path = "public/company_across.html")]
struct AcrossPage {
    page: PageContext,
    name: String,
    rows: Vec<(Arc<Publication>, PublishedCompany)>,
    licence_url: &'static str,
}

impl AcrossPage {
    fn score(&self, s: &Option<f64>) -> String {
        s.map_or_else(|| "n/a".to_string(), |v| format!("{v:.0}"))
    }
}

/// A company across every published campaign that asked it.
async fn company_across(
    state: web::Data<AppState>,
    path: web::Path<CompanySlug>,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner().to_string();
    let latest = state
        .db(|conn| Ok(publications::latest_of_each(conn)?))
        .await?;
    let mut rows = Vec::new();
    for (_, stored) in latest {
        let doc = state.publication(&stored.digest, &stored.document)?;
        if let Some(c) = doc.company(&slug).cloned() {
            rows.push((doc, c));
        }
    }
    let name = rows
        .first()
        .map(|(_, c)| c.name.clone())
        .ok_or(AppError::NotFound)?;
    let mut response = HttpResponse::Ok();
    response.insert_header((header::CACHE_CONTROL, "public, max-age=60"));
    Ok(html(
        &mut response,
        &AcrossPage {
            page: PageContext::bare(name.clone()),
            name,
            rows,
            licence_url: LICENCE_URL,
        },
    ))
}

#[derive(Template)]
#[template(path = "public/feed.atom", escape = "xml")]
struct Feed {
    base: String,
    updated: String,
    entries: Vec<(String, Stored, Arc<Publication>)>,
    licence: &'static str,
}

/// An Atom feed of publications: every version of every campaign.
async fn feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
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
