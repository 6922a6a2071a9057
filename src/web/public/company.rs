//! A company's published answers with scores and reasons, the
//! methodology, and a company across every campaign.

use std::sync::Arc;

use actix_web::http::header::{self};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::{load, not_modified, public};
use crate::db::publications::{self, Stored};
use crate::domain::campaign::CampaignSlug;
use crate::domain::company::CompanySlug;
use crate::domain::publication::{Publication, PublishedCompany, LICENCE_URL};
use crate::web::error::AppError;
use crate::web::page::{html, PageContext};
use crate::web::questionnaire_view::QuestionnaireView;
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "public/company.html")]
pub(super) struct CompanyPage {
    page: PageContext,
    doc: Arc<Publication>,
    stored: Stored,
    c: PublishedCompany,
    licence_url: &'static str,
}

impl CompanyPage {
    fn score(&self, s: &Option<f64>) -> String {
        crate::domain::publication::score_text(*s)
    }

    /// The day, as people write it, in the campaign's zone.
    fn date(&self, t: &Option<String>) -> String {
        t.as_deref()
            .map(|s| self.doc.day(s))
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

pub(super) async fn company(
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
pub(super) struct MethodologyPage {
    page: PageContext,
    doc: Arc<Publication>,
    view: QuestionnaireView,
    licence_url: &'static str,
}

pub(super) async fn methodology(
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
            view: QuestionnaireView::new(&questionnaire, crate::domain::i18n::Tr::english()),
            doc,
            licence_url: LICENCE_URL,
        },
    ))
}

#[derive(Template)]
#[template(path = "public/company_across.html")]
pub(super) struct AcrossPage {
    page: PageContext,
    name: String,
    rows: Vec<(Arc<Publication>, PublishedCompany)>,
    licence_url: &'static str,
}

impl AcrossPage {
    fn score(&self, s: &Option<f64>) -> String {
        crate::domain::publication::score_text(*s)
    }
}

/// A company across every published campaign that asked it.
pub(super) async fn company_across(
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
