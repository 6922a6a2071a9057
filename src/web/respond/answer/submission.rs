//! Reviewing and submitting the answers, the receipt, and the exact
//! submitted document.

use std::collections::HashMap;

use actix_web::http::header::{self, ContentType};
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::answering::{self as responses, Submitted};
use crate::db::links::Holder;
use crate::db::submissions::{self, SubmissionRow};
use crate::domain::answers::{self as rules, Snapshot};
use crate::domain::time;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{html, ok, see_other};
use crate::web::questionnaire_view::QuestionnaireView;
use crate::web::respond::session::MaybeRespondent;
use crate::web::respond::{deadline_text, ended};
use crate::web::state::AppState;

use super::{question_form, Context};

/// A question and its answer on the review page.
pub struct ReviewLine {
    pub number: String,
    pub key: String,
    pub prompt: String,
    pub answer: Vec<String>,
    pub missing: bool,
    pub problems: Vec<String>,
    /// The answer looks typed in Zawgyi.
    pub zawgyi: bool,
}

pub struct ReviewSection {
    pub key: String,
    pub number: usize,
    pub title: String,
    pub lines: Vec<ReviewLine>,
}

#[derive(Template)]
#[template(path = "respond/review.html")]
struct ReviewPage {
    title: String,
    tr: crate::domain::i18n::Tr,
    csrf_token: String,
    h: Holder,
    deadline: String,
    sections: Vec<ReviewSection>,
    blockers: Vec<(String, String, String)>,
    /// Answers that look typed in Zawgyi: number and where to convert.
    zawgyi: Vec<(String, String)>,
    editable: bool,
    locked: Option<String>,
    next_revision: i32,
}

fn review_page(ctx: &Context, csrf: &CsrfToken) -> ReviewPage {
    let q = ctx.questionnaire();
    let answers = ctx.answers();
    let view = QuestionnaireView::new(q, ctx.tr);
    let mut sections = Vec::new();
    let mut section_of: HashMap<String, String> = HashMap::new();
    let mut zawgyi = Vec::new();
    for (section, sv) in q.sections.iter().zip(view.sections) {
        let mut lines = Vec::new();
        for (question, qv) in section.questions.iter().zip(sv.questions) {
            section_of.insert(
                qv.number.clone(),
                format!("{}#q-{}", section.key, question.key),
            );
            if !rules::is_shown(q, question, &answers) {
                continue;
            }
            let value = answers
                .get(question.key.as_str())
                .cloned()
                .unwrap_or_default();
            let form = question_form(ctx, question, qv, &answers, None, Vec::new());
            if form.zawgyi.is_some() {
                zawgyi.push((
                    form.view.number.clone(),
                    format!("{}#z-{}", section.key, question.key),
                ));
            }
            lines.push(ReviewLine {
                zawgyi: form.zawgyi.is_some(),
                number: form.view.number.clone(),
                key: question.key.to_string(),
                prompt: form.view.prompt.text.clone(),
                answer: form.shown_values(),
                missing: question.required && !rules::is_answered(&value),
                problems: form.problems.clone(),
            });
        }
        sections.push(ReviewSection {
            key: section.key.to_string(),
            number: sv.number,
            title: sv.title.text,
            lines,
        });
    }
    let blockers = rules::blockers_in(q, &answers, ctx.tr)
        .into_iter()
        .map(|(number, problem)| {
            let href = section_of.get(&number).cloned().unwrap_or_default();
            (number, problem, href)
        })
        .collect();
    ReviewPage {
        title: ctx.tr.t("respond-review-title"),
        tr: ctx.tr,
        csrf_token: csrf.value().to_string(),
        deadline: deadline_text(ctx.tr, &ctx.r.holder),
        h: ctx.r.holder.clone(),
        sections,
        blockers,
        zawgyi,
        editable: ctx.editable.is_ok(),
        locked: ctx.editable.clone().err(),
        next_revision: ctx.submissions.first().map_or(1, |s| s.revision + 1),
    }
}

pub(super) async fn review(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let ctx = Context::load(&state, r).await?;
    Ok(ok(&review_page(&ctx, &csrf)))
}

pub(super) async fn submit(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let ctx = Context::load(&state, r).await?;
    let holder = ctx.r.holder.clone();
    let loaded = ctx.loaded.clone();
    let base = state.base_url.clone();
    let result = state
        .run(move |conn| responses::submit(conn, &holder, &loaded.0, &loaded.1, &base, time::now()))
        .await;
    match result {
        Ok(Submitted::New(row)) => {
            state.metrics.submissions.inc();
            Ok(see_other(&format!("/respond/receipt/{}", row.revision)))
        }
        Ok(Submitted::Already(row)) => Ok(see_other(&format!(
            "/respond/receipt/{}?already=1",
            row.revision
        ))),
        Err(e) if e.is_refusal() => {
            // Incomplete, or no longer allowed: the review page says which.
            let ctx = Context::load(&state, ctx.r).await?;
            let page = review_page(&ctx, &csrf);
            Ok(html(
                &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
                &page,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

/// A document attached to an answer, on the receipt: name, size, SHA-256.
type ReceiptDocument = (String, String, String);

/// An answer on the receipt: its number, its prompt, its values as shown (a
/// choice by its label, not its key), its documents, and the language of
/// the values where they are the questionnaire's labels in another
/// language than the page's.
type ReceiptAnswer = (
    String,
    String,
    Vec<String>,
    Vec<ReceiptDocument>,
    Option<String>,
);

#[derive(Template)]
#[template(path = "respond/receipt.html")]
struct ReceiptPage {
    title: String,
    tr: crate::domain::i18n::Tr,
    csrf_token: String,
    h: Holder,
    /// The questionnaire's language where the page is in another one.
    q_lang: Option<String>,
    row: SubmissionRow,
    submitted_at: String,
    answers: Vec<ReceiptAnswer>,
    amendable: bool,
    /// Shown after a second press: nothing new was submitted.
    already: bool,
}

#[derive(Deserialize)]
pub struct ReceiptQuery {
    #[serde(default)]
    already: Option<String>,
}

pub(super) async fn receipt(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
    path: web::Path<i32>,
    query: web::Query<ReceiptQuery>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let revision = path.into_inner();
    let target = r.holder.link.target_id.clone();
    let found = state
        .db(move |conn| Ok(submissions::submission(conn, &target, revision)?))
        .await?;
    let (row, json) = found.ok_or(AppError::NotFound)?;
    let snapshot: Snapshot =
        serde_json::from_str(&json).map_err(|e| AppError::Internal(e.into()))?;
    let ctx = Context::load(&state, r).await?;
    let questionnaire = ctx.questionnaire();
    let lang = questionnaire.reading_language(ctx.tr.code());
    let answers = snapshot
        .answers
        .iter()
        .map(|a| {
            (
                a.number.clone(),
                questionnaire
                    .question(&a.question)
                    .map(|q| {
                        q.prompt
                            .get(lang, &questionnaire.default_language)
                            .to_string()
                    })
                    .unwrap_or_else(|| a.prompt.clone()),
                Snapshot::shown_values(questionnaire, lang, a),
                a.documents
                    .iter()
                    .map(|d| {
                        (
                            d.file_name.clone(),
                            crate::domain::documents::show_size_in(ctx.tr, i64::from(d.size)),
                            d.sha256.clone(),
                        )
                    })
                    .collect(),
                questionnaire
                    .question(&a.question)
                    .filter(|q| q.kind.is_choice() && lang != ctx.tr.code())
                    .map(|_| lang.to_string()),
            )
        })
        .collect();
    Ok(ok(&ReceiptPage {
        title: ctx.tr.t("respond-receipt-title"),
        tr: ctx.tr,
        csrf_token: csrf.value().to_string(),
        q_lang: (lang != ctx.tr.code()).then(|| lang.to_string()),
        submitted_at: ctx.tr.date_time(row.submitted_at, ctx.tz()),
        h: ctx.r.holder.clone(),
        row,
        answers,
        amendable: ctx.editable.is_ok(),
        already: query.already.is_some(),
    }))
}

/// The exact submitted document: its SHA-256 is the receipt's digest.
pub(super) async fn snapshot_file(
    state: web::Data<AppState>,
    respondent: MaybeRespondent,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let revision: i32 = path
        .strip_suffix(".json")
        .and_then(|n| n.parse().ok())
        .ok_or(AppError::NotFound)?;
    let target = r.holder.link.target_id.clone();
    let (_, json) = state
        .db(move |conn| Ok(submissions::submission(conn, &target, revision)?))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(ContentType::json())
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"submission-{revision}.json\""),
        ))
        .body(json))
}
