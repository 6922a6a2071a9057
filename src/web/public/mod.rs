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
use crate::domain::publication::{Publication, LICENCE, LICENCE_URL};
use crate::web::error::AppError;
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
