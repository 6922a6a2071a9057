//! A company's published answers with scores and reasons, the
//! methodology, and a company across every campaign.

use std::sync::Arc;

use actix_web::http::header::{self};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::{load, not_modified, public, texts_language, Language};
use crate::db::publications::{self, Stored};
use crate::domain::campaign::CampaignSlug;
use crate::domain::company::CompanySlug;
use crate::domain::i18n::Tr;
use crate::domain::publication::{Publication, PublishedCompany, LICENCE_URL};
use crate::domain::questionnaire::QuestionKind;
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
    /// `?lang=…` for links, or empty.
    lq: String,
    /// The language of the questionnaire's texts when not the page's.
    text_lang: Option<String>,
    /// The questions answered by choosing the questionnaire's labels.
    choice_questions: std::collections::HashSet<String>,
}

impl CompanyPage {
    /// The `lang` of an answer's values: the questionnaire's for a
    /// choice (when not the page's), none for the company's own words.
    fn values_lang(&self, question: &str) -> Option<&str> {
        self.text_lang
            .as_deref()
            .filter(|_| self.choice_questions.contains(question))
    }

    fn score(&self, s: &Option<f64>) -> String {
        self.page
            .tr
            .digits(&crate::domain::publication::score_text(*s))
    }

    /// The day, as people write it, in the campaign's zone.
    fn date(&self, t: &Option<String>) -> String {
        t.as_deref()
            .map(|s| self.doc.day(&self.page.tr, s))
            .unwrap_or_else(|| "—".to_string())
    }

    /// An answer's points, in the reader's digits.
    fn points(&self, s: &f64) -> String {
        self.page.tr.digits(&s.to_string())
    }

    /// A day written YYYY-MM-DD, in the reader's digits.
    fn received(&self, day: &str) -> String {
        self.page.tr.digits(day)
    }

    /// Why an answer has no points ("not applicable"), in the reader's words.
    fn scoring(&self, scoring: &str) -> String {
        let tr = self.page.tr;
        match scoring {
            "points" => tr.t("public-scoring-points"),
            "not applicable" => tr.t("public-scoring-not-applicable"),
            "not scored" => tr.t("public-scoring-not-scored"),
            "pending" => tr.t("public-scoring-pending"),
            other => other.to_string(),
        }
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
    let language = Language::of(&req);
    let (stored, doc) = load(&state, &slug, None).await?;
    let etag = format!("\"{}-company-{company}-{}\"", stored.digest, language.key());
    if let Some(mut r) = not_modified(&req, &etag) {
        language.vary(&mut r);
        return Ok(r);
    }
    let c = doc.company(&company).cloned().ok_or(AppError::NotFound)?;
    let questionnaire = super::published_questionnaire(&state, &doc).await?;
    let text_lang = texts_language(questionnaire.as_ref(), language.tr);
    // Answers to choice questions are the questionnaire's labels, in its
    // language; written answers are the company's own words.
    let choice_questions = questionnaire
        .map(|q| {
            q.1.questions()
                .filter(|(_, question)| {
                    matches!(
                        question.kind,
                        QuestionKind::SingleChoice
                            | QuestionKind::MultipleChoice
                            | QuestionKind::YesPartialNo
                    )
                })
                .map(|(_, question)| question.key.to_string())
                .collect()
        })
        .unwrap_or_default();
    let mut response = HttpResponse::Ok();
    public(&mut response, &etag);
    let mut response = html(
        &mut response,
        &CompanyPage {
            page: language.page(format!("{} · {}", c.name, doc.campaign.title), &req),
            doc,
            stored,
            c,
            licence_url: LICENCE_URL,
            lq: language.link_query(),
            text_lang,
            choice_questions,
        },
    );
    language.vary(&mut response);
    Ok(response)
}

#[derive(Template)]
#[template(path = "public/methodology.html")]
pub(super) struct MethodologyPage {
    page: PageContext,
    doc: Arc<Publication>,
    view: QuestionnaireView,
    licence_url: &'static str,
    /// `?lang=…` for links, or empty.
    lq: String,
    /// The language the questionnaire view speaks in.
    vtr: Tr,
}

impl MethodologyPage {
    /// The language of a view's text (`lang` when it fell back, else the
    /// view's) when it is not the page's.
    fn lang_of(&self, said: &Option<String>) -> Option<String> {
        let lang = said.clone().unwrap_or_else(|| self.vtr.code().to_string());
        (lang != self.page.tr.code()).then_some(lang)
    }

    fn points(&self, p: &u8) -> String {
        self.vtr
            .t1("public-methodology-points", "points", u32::from(*p))
    }
}

pub(super) async fn methodology(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CampaignSlug>,
) -> Result<HttpResponse, AppError> {
    let language = Language::of(&req);
    let slug = path.into_inner().into_string();
    let (stored, doc) = load(&state, &slug, None).await?;
    let etag = format!("\"{}-methodology-{}\"", stored.digest, language.key());
    if let Some(mut r) = not_modified(&req, &etag) {
        language.vary(&mut r);
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
    let mut response = html(
        &mut response,
        &MethodologyPage {
            page: language.page(
                language
                    .tr
                    .t1("public-methodology-title", "campaign", &doc.campaign.title),
                &req,
            ),
            view: QuestionnaireView::new(&questionnaire, language.tr),
            vtr: language.tr,
            doc,
            licence_url: LICENCE_URL,
            lq: language.link_query(),
        },
    );
    language.vary(&mut response);
    Ok(response)
}

#[derive(Template)]
#[template(path = "public/company_across.html")]
pub(super) struct AcrossPage {
    page: PageContext,
    name: String,
    rows: Vec<(Arc<Publication>, PublishedCompany)>,
    licence_url: &'static str,
    /// `?lang=…` for links, or empty.
    lq: String,
}

impl AcrossPage {
    fn score(&self, s: &Option<f64>) -> String {
        self.page
            .tr
            .digits(&crate::domain::publication::score_text(*s))
    }
}

/// A company across every published campaign that asked it.
pub(super) async fn company_across(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<CompanySlug>,
) -> Result<HttpResponse, AppError> {
    let language = Language::of(&req);
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
    let mut response = html(
        &mut response,
        &AcrossPage {
            page: language.page(name.clone(), &req),
            name,
            rows,
            licence_url: LICENCE_URL,
            lq: language.link_query(),
        },
    );
    language.vary(&mut response);
    Ok(response)
}
