//! Public pages and open data, read only from published versions: the
//! list of published campaigns, a campaign's scorecard, each company's
//! answers with scores and reasons, the methodology, and the scorecard as
//! CSV and JSON. Every answer carries an ETag (the version's digest), so an
//! unchanged page costs a 304.

use std::sync::Arc;

mod company;
mod data_package;
mod evidence;
mod letters;
mod listing;
mod open_data;
mod questionnaire;
mod scorecard;

use actix_web::http::header::{self};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use company::{company, company_across, methodology};
use open_data::{feed, latest_csv, latest_json, version_csv, version_json};
use scorecard::{campaign, version_page};

use crate::db::publications::{self, Stored};
use crate::domain::i18n::Tr;
use crate::domain::publication::{Publication, LICENCE, LICENCE_URL};
use crate::web::error::AppError;
use crate::web::language::Reader;
use crate::web::page::{html, PageContext};
use crate::web::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", crate::web::get().to(home))
        .route("/campaigns/{slug}", crate::web::get().to(campaign))
        .route(
            "/campaigns/{slug}/methodology",
            crate::web::get().to(methodology),
        )
        .route(
            "/campaigns/{slug}/questionnaire",
            crate::web::get().to(questionnaire::whole),
        )
        .route(
            "/campaigns/{slug}/scorecard.schema.json",
            crate::web::get().to(data_package::schema),
        )
        .route(
            "/campaigns/{slug}/datapackage.json",
            crate::web::get().to(data_package::latest),
        )
        .route(
            "/campaigns/{slug}/versions/{version}/datapackage.json",
            crate::web::get().to(data_package::version),
        )
        .route(
            "/campaigns/{slug}/scorecard.json",
            crate::web::get().to(latest_json),
        )
        .route(
            "/campaigns/{slug}/scorecard.csv",
            crate::web::get().to(latest_csv),
        )
        .route(
            "/campaigns/{slug}/versions/{version}",
            crate::web::get().to(version_page),
        )
        .route(
            "/campaigns/{slug}/versions/{version}/scorecard.json",
            crate::web::get().to(version_json),
        )
        .route(
            "/campaigns/{slug}/versions/{version}/scorecard.csv",
            crate::web::get().to(version_csv),
        )
        .route(
            "/campaigns/{slug}/companies/{company}",
            crate::web::get().to(company),
        )
        .route(
            "/campaigns/{slug}/companies/{company}/letter",
            crate::web::get().to(letters::letter),
        )
        .route(
            "/campaigns/{slug}/companies/{company}/evidence/{sha256}",
            crate::web::get().to(evidence::document),
        )
        .route("/companies/{slug}", crate::web::get().to(company_across))
        .route("/feed.atom", crate::web::get().to(feed));
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

/// A public reader's language: the address's (`?lang=my`, a link that can
/// be shared, which links between public pages then carry), else the
/// browser's, else English. A `?lang=` naming no catalogue is ignored.
#[derive(Debug, Clone, Copy)]
pub(super) struct Language {
    pub tr: Tr,
    /// Whether the address named the language.
    pub in_address: bool,
}

impl Language {
    pub fn of(req: &HttpRequest) -> Language {
        let reader = Reader::of(req);
        Language {
            tr: reader.for_public(),
            in_address: reader.in_address.is_some(),
        }
    }

    /// The layout's context for this page, with the switch to it in
    /// every language (its other parameters kept).
    pub fn page(&self, title: impl Into<String>, req: &HttpRequest) -> PageContext {
        PageContext::bare(title).public(self.tr, req.path(), req.query_string())
    }

    /// What links to other public pages end with: `?lang=my` when the
    /// language came from the address, else nothing.
    pub fn link_query(&self) -> String {
        if self.in_address {
            format!("?lang={}", self.tr.code())
        } else {
            String::new()
        }
    }

    /// `href` (which may have parameters already) with the language when
    /// the address named it.
    pub fn link(&self, href: String) -> String {
        if !self.in_address {
            return href;
        }
        let joint = if href.contains('?') { '&' } else { '?' };
        format!("{href}{joint}lang={}", self.tr.code())
    }

    /// What sets one rendering apart from another in caches and ETags:
    /// the language, and whether links carry it.
    pub fn key(&self) -> String {
        if self.in_address {
            format!("{}-lang", self.tr.code())
        } else {
            self.tr.code().to_string()
        }
    }

    /// Without `?lang=` the page depends on `Accept-Language`: say so to
    /// caches (beside any `Vary: Accept-Encoding`).
    pub fn vary(&self, response: &mut HttpResponse) {
        if !self.in_address {
            response.headers_mut().append(
                header::VARY,
                header::HeaderValue::from_static("Accept-Language"),
            );
        }
    }
}

/// The questionnaire a published version was scored against (kept in
/// memory once loaded); `None` if it is no longer stored.
async fn published_questionnaire(
    state: &AppState,
    doc: &Publication,
) -> Result<Option<crate::web::state::LoadedQuestionnaire>, AppError> {
    let digest = doc.campaign.questionnaire.digest.clone();
    let found = state
        .db(move |conn| Ok(crate::db::questionnaires::find_by_digest(conn, &digest)?))
        .await?;
    match found {
        Some(v) => Ok(Some(state.questionnaire(&v.id).await?)),
        None => Ok(None),
    }
}

/// The language of a published version's questionnaire texts (demand
/// titles, prompts, levels, choices): its questionnaire's default
/// language; `Some` when it is not the page's, and those texts carry
/// `lang`.
fn texts_language(
    questionnaire: Option<&crate::web::state::LoadedQuestionnaire>,
    tr: Tr,
) -> Option<String> {
    let lang = &questionnaire?.1.default_language;
    (lang != tr.code()).then(|| lang.clone())
}

/// "A, B, C": a campaign's organisations as the pages list them.
fn organisations(doc: &Publication, tr: Tr) -> String {
    doc.campaign
        .organisations
        .join(&tr.t("public-list-separator"))
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
    /// `?lang=…` for links, or empty.
    lq: String,
}

impl HomePage {
    fn organisations(&self, doc: &Publication) -> String {
        organisations(doc, self.page.tr)
    }
}

async fn home(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let language = Language::of(&req);
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
    let mut response = html(
        &mut response,
        &HomePage {
            page: language.page(language.tr.t("public-published-campaigns"), &req),
            campaigns,
            licence: LICENCE,
            licence_url: LICENCE_URL,
            lq: language.link_query(),
        },
    );
    language.vary(&mut response);
    Ok(response)
}
