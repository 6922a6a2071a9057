//! A campaign's scorecard, the latest version and earlier ones, sortable,
//! by sector and a page at a time (`listing`). Every page is kept rendered
//! with its gzip: a version never changes, and the list of versions each
//! page links to changes only with a new latest version, whose digest is
//! in the key.

use std::sync::Arc;

use actix_web::http::header::{self, ContentType};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::listing::{self, Listing};
use super::{load, not_modified, public, texts_language, Language};
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
    #[serde(default)]
    sector: String,
    page: Option<usize>,
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
    listing: Listing,
    sectors: Vec<(String, usize)>,
    /// Companies in the listing (the sector's, or all), and its pages.
    total: usize,
    pages: usize,
    version_path: String,
    licence_url: &'static str,
    /// The reader's language and whether links carry it.
    language: Language,
    /// `?lang=…` for links, or empty.
    lq: String,
    /// The language of the questionnaire's texts when not the page's.
    text_lang: Option<String>,
}

impl CampaignPage {
    fn score(&self, s: &Option<f64>) -> String {
        self.page
            .tr
            .digits(&crate::domain::publication::score_text(*s))
    }

    fn signed(&self, change: &Option<f64>) -> String {
        self.page
            .tr
            .digits(&crate::domain::publication::signed(*change))
    }

    /// A score's `<meter>` value, 0 to 100 (the template draws none for
    /// n/a).
    fn bar(&self, s: &Option<f64>) -> u32 {
        s.map_or(0, |v| v.clamp(0.0, 100.0).round() as u32)
    }

    /// This page's companies that did not respond or declined.
    fn silent(&self) -> Vec<&PublishedCompany> {
        self.companies
            .iter()
            .filter(|c| c.standing != "responded" && c.standing != "still has time")
            .collect()
    }

    /// This page's companies that still had time to answer.
    fn still_answering(&self) -> Vec<&PublishedCompany> {
        self.companies
            .iter()
            .filter(|c| c.standing == "still has time")
            .collect()
    }

    /// A company's standing in its row. One that still has time says
    /// only that: its deadline is in the list below the table, once for
    /// all the companies that share it.
    fn row_standing(&self, c: &PublishedCompany) -> String {
        if c.standing == "still has time" {
            crate::domain::publication::standing(&self.page.tr, &c.standing)
        } else {
            self.doc.standing_text(&self.page.tr, c)
        }
    }

    /// This page's companies that still had time, by their deadline,
    /// earliest first (most share the campaign's; an extension gives one
    /// its own).
    fn waiting_by_deadline(&self) -> Vec<(&str, Vec<&PublishedCompany>)> {
        let mut groups: Vec<(&str, Vec<&PublishedCompany>)> = Vec::new();
        for c in self.still_answering() {
            let deadline = c.outreach.deadline.as_str();
            match groups.iter_mut().find(|(d, _)| *d == deadline) {
                Some((_, companies)) => companies.push(c),
                None => groups.push((deadline, vec![c])),
            }
        }
        groups.sort_by(|a, b| a.0.cmp(b.0));
        groups
    }

    /// The first page of a sector (empty: all).
    fn href(&self, sector: &str, page: usize) -> String {
        self.language
            .link(self.listing.href(&self.version_path, sector, page))
    }

    /// A page of this listing's sector.
    fn page_href(&self, page: &usize) -> String {
        self.language.link(
            self.listing
                .href(&self.version_path, &self.listing.sector, *page),
        )
    }

    fn sorted_href(&self, sort: &str) -> String {
        self.language
            .link(self.listing.sorted_href(&self.version_path, sort))
    }

    /// A sort as the reader says it ("total").
    fn sort_label(&self, sort: &str) -> String {
        self.page.tr.t(match sort {
            "total" => "public-sort-total",
            "standing" => "public-sort-standing",
            "sector" => "public-sort-sector",
            _ => "public-sort-name",
        })
    }

    fn organisations(&self) -> String {
        super::organisations(&self.doc, self.page.tr)
    }

    /// A whole number in the reader's digits.
    fn n<T: Copy + TryInto<i64>>(&self, n: &T) -> String {
        (*n).try_into()
            .map(|n| self.page.tr.number(n))
            .unwrap_or_default()
    }

    /// The first and last position shown, counted from 1.
    fn shown(&self) -> (usize, usize) {
        let first = (self.listing.page - 1) * super::listing::PER_PAGE;
        (first + 1, first + self.companies.len())
    }
}

/// The latest version's digest, looked up at most once a second.
async fn latest_digest(state: &AppState, slug: &str) -> Result<String, AppError> {
    if let Some(d) = state.public_cache.latest(slug) {
        return d.ok_or(AppError::NotFound);
    }
    let s = slug.to_string();
    let d = state
        .db(move |conn| Ok(publications::latest_digest(conn, &s)?))
        .await?;
    if d.is_some() {
        state.public_cache.set_latest(slug, d.clone());
    }
    d.ok_or(AppError::NotFound)
}

pub(super) async fn campaign_response(
    req: &HttpRequest,
    state: &AppState,
    slug: String,
    version: Option<i32>,
    query: SortQuery,
) -> Result<HttpResponse, AppError> {
    let sort = match query.sort.as_str() {
        "total" | "standing" | "sector" | "name" => query.sort,
        _ => String::new(),
    };
    let page = query.page.unwrap_or(1);
    // Sectors are slugs; anything else names none (and must not reach a
    // header).
    if !query
        .sector
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(AppError::NotFound);
    }
    // Every page, of the latest version or an earlier one, is served from
    // memory while the latest version stands: what a page shows depends on
    // its own version and on the list of versions, which changes only
    // with the latest.
    let language = Language::of(req);
    let latest = latest_digest(state, &slug).await?;
    let which = version.map_or_else(|| "latest".to_string(), |v| format!("v{v}"));
    let etag = format!(
        "\"{latest}-page-{which}-{sort}-{}-{page}-{}\"",
        query.sector,
        language.key()
    );
    if let Some(mut r) = page_not_modified(req, &etag) {
        language.vary(&mut r);
        return Ok(r);
    }
    if let Some(page) = state.public_cache.page(&etag) {
        let mut r = cached(req, &etag, page);
        language.vary(&mut r);
        return Ok(r);
    }
    let (stored, doc) = load(state, &slug, version).await?;
    let listing =
        Listing::parse(&doc, &sort, &query.sector, Some(page)).ok_or(AppError::NotFound)?;
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
    let questionnaire = super::published_questionnaire(state, &doc).await?;
    let text_lang = texts_language(questionnaire.as_ref(), language.tr);
    let body = CampaignPage {
        page: language.page(doc.campaign.title.clone(), req),
        language,
        lq: language.link_query(),
        text_lang,
        companies: listing.companies(&doc),
        sectors: listing::sectors(&doc),
        total: listing.total(&doc),
        pages: listing.pages(&doc),
        doc,
        stored,
        versions,
        sort,
        listing,
        version_path,
        licence_url: LICENCE_URL,
    }
    .render()
    .map_err(|e| AppError::Internal(e.into()))?;
    let page = Page::new(actix_web::web::Bytes::from(body));
    state.public_cache.put_page(etag.clone(), page.clone());
    let mut r = cached(req, &etag, page);
    language.vary(&mut r);
    Ok(r)
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
        query.into_inner(),
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
    campaign_response(&req, &state, slug, Some(version), query.into_inner()).await
}
