//! Answering: one page per section (a plain form that saves a draft; with
//! our script it also autosaves), the review page, submitting with a
//! receipt, and declining.

use std::collections::HashMap;

use actix_web::http::header::{self, ContentType};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::session::{MaybeRespondent, Respondent};
use super::unsaved::{self, Why};
use super::{deadline_text, ended};
use crate::db::links::Holder;
use crate::db::responses::{
    self, Change, Conflict, ResponseError, StoredAnswer, SubmissionRow, Submitted,
};
use crate::domain::answers::{self as rules, Answers, Progress, Snapshot};
use crate::domain::campaign::{parse_time_zone, show_in_zone};
use crate::domain::questionnaire::{Question, Questionnaire, Section};
use crate::domain::time;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{html, ok, see_other};
use crate::web::questionnaire_view::{QuestionView, QuestionnaireView, SectionView};
use crate::web::state::{AppState, LoadedQuestionnaire};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/respond/sections/{key}")
            .app_data(web::FormConfig::default().limit(crate::web::csrf::ANSWER_FORM_LIMIT))
            .route(web::get().to(section))
            .route(web::post().to(save)),
    )
    .route("/respond/review", web::get().to(review))
    .route("/respond/submit", web::post().to(submit))
    .route("/respond/receipt/{revision}", web::get().to(receipt))
    .route("/respond/submissions/{file}", web::get().to(snapshot_file))
    .route("/respond/decline", web::get().to(decline_form))
    .route("/respond/decline", web::post().to(decline))
    .route("/respond/decline/undo", web::post().to(undo_decline));
}

/// What every answering page needs.
pub(super) struct Context {
    pub r: Respondent,
    pub loaded: LoadedQuestionnaire,
    pub stored: Vec<StoredAnswer>,
    /// `Err` says why answers cannot change now.
    pub editable: Result<(), String>,
    pub submissions: Vec<SubmissionRow>,
}

impl Context {
    pub(super) async fn load(state: &AppState, r: Respondent) -> Result<Context, AppError> {
        let loaded = state
            .questionnaire(&r.holder.campaign.questionnaire_version_id)
            .await?;
        let holder = r.holder.clone();
        let (stored, editable, submissions) = state
            .db(move |conn| {
                let stored = responses::answers_of(conn, &holder.link.target_id)?;
                let editable = match responses::editable(conn, &holder, time::now()) {
                    Ok(()) => Ok(()),
                    Err(ResponseError::Database(e)) => return Err(e.into()),
                    Err(e) => Err(crate::web::page::sentence(&e.to_string())),
                };
                let submissions = responses::submissions_of(conn, &holder.link.target_id)?;
                Ok((stored, editable, submissions))
            })
            .await?;
        Ok(Context {
            r,
            loaded,
            stored,
            editable,
            submissions,
        })
    }

    pub(super) fn questionnaire(&self) -> &Questionnaire {
        &self.loaded.1
    }

    pub(super) fn answers(&self) -> Answers {
        responses::as_map(&self.stored)
    }

    fn tz(&self) -> chrono_tz::Tz {
        parse_time_zone(&self.r.holder.campaign.time_zone).unwrap_or(chrono_tz::UTC)
    }
}

/// One question on a section page: the question as shown, what is in the
/// field, its version, who changed it last, and what is wrong with it.
pub struct QuestionForm {
    pub view: QuestionView,
    pub value: String,
    pub values: Vec<String>,
    pub version: i32,
    /// The digest of the answer at `version`: a save whose text still has
    /// it leaves the answer alone.
    pub base: String,
    /// What the last save did to this answer that the person should know.
    pub notes: Vec<String>,
    pub last_changed: Option<String>,
    pub problems: Vec<String>,
    pub hidden: bool,
    pub condition_question: Option<String>,
    pub condition_values: String,
    pub conflict: Option<ConflictView>,
}

pub struct ConflictView {
    pub by: String,
    pub when: String,
    pub theirs: String,
}

impl QuestionForm {
    pub fn has(&self, key: &str) -> bool {
        self.values.iter().any(|v| v == key)
    }

    /// Labels of the chosen options, or the text, for reading back.
    pub fn shown_values(&self) -> Vec<String> {
        if self.view.options.is_empty() {
            return self.values.clone();
        }
        self.values
            .iter()
            .map(|v| {
                self.view
                    .options
                    .iter()
                    .find(|o| &o.key == v)
                    .map(|o| o.label.clone())
                    .unwrap_or_else(|| v.clone())
            })
            .collect()
    }
}

fn question_form(
    ctx: &Context,
    q: &Question,
    view: QuestionView,
    answers: &Answers,
    conflict: Option<&Conflict>,
    notes: Vec<String>,
) -> QuestionForm {
    let stored = ctx.stored.iter().find(|a| a.question_key == q.key.as_str());
    let tz = ctx.tz();
    let stored_value = stored.map(|a| a.value.clone()).unwrap_or_default();
    let (value, version, base) = match conflict {
        // Mine stays in the field; saving it again applies it over theirs,
        // since it differs from theirs, the base the page now carries.
        Some(c) => (
            c.mine.clone(),
            c.theirs.version,
            rules::base_of(&c.theirs.value),
        ),
        None => (
            stored_value.clone(),
            stored.map_or(0, |a| a.version),
            rules::base_of(&stored_value),
        ),
    };
    let me = &ctx.r.holder.link.contact_id;
    let who = |a: &StoredAnswer| {
        if &a.updated_by == me {
            "you".to_string()
        } else {
            a.updated_by_name.clone()
        }
    };
    QuestionForm {
        values: rules::values(q.kind, &value),
        problems: rules::problems(q, &value),
        last_changed: stored.map(|a| format!("{} on {}", who(a), show_in_zone(a.updated_at, tz))),
        hidden: !rules::is_shown(ctx.questionnaire(), q, answers),
        condition_question: q.condition.as_ref().map(|c| c.question.to_string()),
        condition_values: q
            .condition
            .as_ref()
            .map(|c| {
                c.any_of
                    .iter()
                    .map(|k| k.to_string())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default(),
        conflict: conflict.map(|c| {
            let theirs_values = rules::values(q.kind, &c.theirs.value);
            let labels: Vec<String> = if q.kind.is_choice() {
                theirs_values
                    .iter()
                    .map(|v| {
                        view.options
                            .iter()
                            .find(|o| &o.key == v)
                            .map(|o| o.label.clone())
                            .unwrap_or_else(|| v.clone())
                    })
                    .collect()
            } else {
                theirs_values
            };
            ConflictView {
                by: who(&c.theirs),
                when: show_in_zone(c.theirs.updated_at, tz),
                theirs: if labels.is_empty() {
                    "(no answer: they cleared it)".to_string()
                } else {
                    labels.join("\n")
                },
            }
        }),
        value,
        version,
        base,
        notes,
        view,
    }
}

#[derive(Template)]
#[template(path = "respond/section.html")]
struct SectionPage {
    title: String,
    csrf_token: String,
    h: Holder,
    section: SectionView,
    total_sections: usize,
    questions: Vec<QuestionForm>,
    progress: Progress,
    next_key: Option<String>,
    editable: bool,
    locked: Option<String>,
    notice: Option<String>,
    conflicts: usize,
}

fn section_page(
    ctx: &Context,
    csrf: &CsrfToken,
    key: &str,
    conflicts: &[Conflict],
    notice: Option<String>,
    notes: &HashMap<String, Vec<String>>,
) -> Result<SectionPage, AppError> {
    let q = ctx.questionnaire();
    let index = q
        .sections
        .iter()
        .position(|s| s.key.as_str() == key)
        .ok_or(AppError::NotFound)?;
    let mut view = QuestionnaireView::new(q, &q.default_language);
    let section_view = view.sections.remove(index);
    let section = &q.sections[index];
    let answers = ctx.answers();
    let mut views: HashMap<String, QuestionView> = HashMap::new();
    let SectionView {
        key: skey,
        number,
        title,
        intro,
        questions,
    } = section_view;
    for v in questions {
        views.insert(v.key.clone(), v);
    }
    let forms: Vec<QuestionForm> = section
        .questions
        .iter()
        .filter_map(|question| {
            let v = views.remove(question.key.as_str())?;
            let conflict = conflicts.iter().find(|c| c.key == question.key.as_str());
            let notes = notes
                .get(question.key.as_str())
                .cloned()
                .unwrap_or_default();
            Some(question_form(ctx, question, v, &answers, conflict, notes))
        })
        .collect();
    Ok(SectionPage {
        title: title.clone(),
        csrf_token: csrf.value().to_string(),
        h: ctx.r.holder.clone(),
        section: SectionView {
            key: skey,
            number,
            title,
            intro,
            questions: Vec::new(),
        },
        total_sections: q.sections.len(),
        progress: Progress::of(q, &section.questions, &answers),
        next_key: q.sections.get(index + 1).map(|s| s.key.to_string()),
        editable: ctx.editable.is_ok(),
        locked: ctx.editable.clone().err(),
        notice,
        conflicts: conflicts.len(),
        questions: forms,
    })
}

#[derive(Deserialize)]
pub struct SectionQuery {
    #[serde(default)]
    saved: Option<String>,
}

async fn section(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
    path: web::Path<String>,
    query: web::Query<SectionQuery>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let ctx = Context::load(&state, r).await?;
    let notice = query
        .saved
        .as_ref()
        .map(|_| "Saved. Your answers are a draft until you submit them.".to_string());
    let page = section_page(
        &ctx,
        &csrf,
        &path.into_inner(),
        &[],
        notice,
        &HashMap::new(),
    )?;
    Ok(ok(&page))
}

/// The autosave answer: what was saved, what conflicts, the versions and
/// bases the page must now carry, and what to show beside each field.
#[derive(Serialize)]
struct SaveReply {
    saved: usize,
    conflicts: Vec<ConflictReply>,
    versions: HashMap<String, i32>,
    /// For the answers stored exactly as sent: the page's new base.
    bases: HashMap<String, String>,
    /// For every answer sent: its problems, as a plain save would show them.
    problems: HashMap<String, Vec<String>>,
    /// For answers the save changed on the way (characters removed).
    notes: HashMap<String, Vec<String>>,
}

#[derive(Serialize)]
struct ConflictReply {
    question: String,
    by: String,
}

fn wants_json(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

/// A section's posted form, read: what the person changed, and what to say
/// beside each field.
struct Posted {
    changes: Vec<Change>,
    /// Every answer sent, as it would be stored, by question key.
    values: Vec<(String, String)>,
    notes: HashMap<String, Vec<String>>,
}

/// Reads the answers the page carried (each has its version field). An
/// answer whose text is still the page's base was not touched: it is
/// neither written nor a conflict, however stale the page.
fn read_posted(section: &Section, pairs: &[(String, String)]) -> Result<Posted, AppError> {
    let field = |name: &str| -> Vec<String> {
        pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let mut posted = Posted {
        changes: Vec::new(),
        values: Vec::new(),
        notes: HashMap::new(),
    };
    for q in &section.questions {
        let Some(seen) = field(&format!("v.{}", q.key)).first().cloned() else {
            continue;
        };
        if !field(&format!("keep.{}", q.key)).is_empty() {
            continue;
        }
        let seen_version: i32 = seen.parse().map_err(|_| {
            AppError::BadRequest("The page sent a version that is not a number.".into())
        })?;
        let raw = field(&format!("a.{}", q.key));
        let value = rules::from_form(q, &raw)
            .map_err(|e| AppError::BadRequest(crate::web::page::sentence(&e.0)))?;
        if let Some(note) = rules::removed_note(&raw) {
            posted.notes.insert(q.key.to_string(), vec![note]);
        }
        posted.values.push((q.key.to_string(), value.clone()));
        let base = field(&format!("o.{}", q.key));
        if base.first().map(String::as_str) == Some(rules::base_of(&value).as_str()) {
            continue;
        }
        posted.changes.push(Change {
            key: q.key.to_string(),
            value,
            seen_version,
        });
    }
    Ok(posted)
}

async fn save(
    req: HttpRequest,
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: Result<MaybeRespondent, AppError>,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let pairs = form.into_inner();
    let json = wants_json(&req);
    let r = match respondent {
        Ok(MaybeRespondent(Some(r))) => r,
        // The script says so itself and keeps the text in the page.
        Ok(MaybeRespondent(None)) if json => return Ok(ended()),
        Ok(MaybeRespondent(None)) => {
            return Ok(unsaved::response(
                Why::SignedOut,
                unsaved::typed(&pairs, None),
                false,
            ))
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "a save could not check its session");
            return Ok(unsaved::response(
                Why::NotStored,
                unsaved::typed(&pairs, None),
                json,
            ));
        }
    };
    let key = path.into_inner();
    // Autosave comes every few seconds: only the cached questionnaire and
    // the save itself, which checks what may change inside its transaction.
    let loaded = state
        .questionnaire(&r.holder.campaign.questionnaire_version_id)
        .await?;
    let questionnaire = &loaded.1;
    let (index, section) = questionnaire
        .sections
        .iter()
        .enumerate()
        .find(|(_, s)| s.key.as_str() == key)
        .ok_or(AppError::NotFound)?;
    let lang = questionnaire.default_language.as_str();
    let typed = || unsaved::typed(&pairs, Some((index + 1, section, lang)));
    let posted = read_posted(section, &pairs)?;
    let then = pairs
        .iter()
        .find(|(k, _)| k == "then")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let holder = r.holder.clone();
    let changes = posted.changes;
    let result = state
        .db(move |conn| Ok(responses::save(conn, &holder, &changes, time::now())))
        .await;
    let outcome = match result {
        Ok(Ok(outcome)) => outcome,
        Ok(Err(ResponseError::Database(e))) => {
            tracing::error!(error = %e, "a save could not be stored");
            return Ok(unsaved::response(Why::NotStored, typed(), json));
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "a save could not reach the database");
            return Ok(unsaved::response(Why::NotStored, typed(), json));
        }
        // No longer allowed (closed, declined, submitted): the page says why.
        Ok(Err(e)) => {
            if json {
                let message = crate::web::page::sentence(&e.to_string());
                return Ok(HttpResponse::Conflict()
                    .content_type(ContentType::json())
                    .body(serde_json::json!({ "error": message }).to_string()));
            }
            let ctx = Context::load(&state, r).await?;
            let page = section_page(&ctx, &csrf, &key, &[], None, &HashMap::new())?;
            return Ok(html(&mut HttpResponse::Conflict(), &page));
        }
    };
    if json {
        let problems = posted
            .values
            .iter()
            .filter_map(|(k, v)| {
                let q = section.questions.iter().find(|q| q.key.as_str() == k)?;
                Some((k.clone(), rules::problems(q, v)))
            })
            .collect();
        let bases = posted
            .values
            .iter()
            .filter(|(k, _)| outcome.as_sent.contains(k))
            .map(|(k, v)| (k.clone(), rules::base_of(v)))
            .collect();
        let reply = SaveReply {
            saved: outcome.saved,
            conflicts: outcome
                .conflicts
                .iter()
                .map(|c| ConflictReply {
                    question: c.key.clone(),
                    by: c.theirs.updated_by_name.clone(),
                })
                .collect(),
            versions: outcome.versions.iter().cloned().collect(),
            bases,
            problems,
            notes: posted.notes,
        };
        return Ok(HttpResponse::Ok()
            .content_type(ContentType::json())
            .body(serde_json::to_string(&reply).map_err(|e| AppError::Internal(e.into()))?));
    }
    if !outcome.conflicts.is_empty() || !posted.notes.is_empty() {
        let conflicted = !outcome.conflicts.is_empty();
        let ctx = Context::load(&state, r).await?;
        let notice = (!conflicted)
            .then(|| "Saved, with a change: see the note beside the answer.".to_string());
        let page = section_page(&ctx, &csrf, &key, &outcome.conflicts, notice, &posted.notes)?;
        let status = if conflicted {
            StatusCode::CONFLICT
        } else {
            StatusCode::OK
        };
        return Ok(html(&mut HttpResponse::build(status), &page));
    }
    let next = questionnaire.sections.get(index + 1);
    Ok(match (then.as_str(), next) {
        ("next", Some(next)) => see_other(&format!("/respond/sections/{}?saved=1", next.key)),
        ("review", _) | ("next", None) => see_other("/respond/review"),
        _ => see_other(&format!("/respond/sections/{key}?saved=1#saved")),
    })
}

/// A question and its answer on the review page.
pub struct ReviewLine {
    pub number: String,
    pub key: String,
    pub prompt: String,
    pub answer: Vec<String>,
    pub missing: bool,
    pub problems: Vec<String>,
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
    csrf_token: String,
    h: Holder,
    deadline: String,
    sections: Vec<ReviewSection>,
    blockers: Vec<(String, String, String)>,
    editable: bool,
    locked: Option<String>,
    next_revision: i32,
}

fn review_page(ctx: &Context, csrf: &CsrfToken) -> ReviewPage {
    let q = ctx.questionnaire();
    let answers = ctx.answers();
    let view = QuestionnaireView::new(q, &q.default_language);
    let mut sections = Vec::new();
    let mut section_of: HashMap<String, String> = HashMap::new();
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
            lines.push(ReviewLine {
                number: form.view.number.clone(),
                key: question.key.to_string(),
                prompt: form.view.prompt.clone(),
                answer: form.shown_values(),
                missing: question.required && !rules::is_answered(&value),
                problems: form.problems.clone(),
            });
        }
        sections.push(ReviewSection {
            key: section.key.to_string(),
            number: sv.number,
            title: sv.title,
            lines,
        });
    }
    let blockers = rules::blockers(q, &answers)
        .into_iter()
        .map(|(number, problem)| {
            let href = section_of.get(&number).cloned().unwrap_or_default();
            (number, problem, href)
        })
        .collect();
    ReviewPage {
        title: "Review and submit".to_string(),
        csrf_token: csrf.value().to_string(),
        deadline: deadline_text(&ctx.r.holder),
        h: ctx.r.holder.clone(),
        sections,
        blockers,
        editable: ctx.editable.is_ok(),
        locked: ctx.editable.clone().err(),
        next_revision: ctx.submissions.first().map_or(1, |s| s.revision + 1),
    }
}

async fn review(
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

async fn submit(
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
    let result = state
        .db(
            move |conn| match responses::submit(conn, &holder, &loaded.0, &loaded.1, time::now()) {
                Ok(row) => Ok(Ok(row)),
                Err(ResponseError::Database(e)) => Err(e.into()),
                Err(ResponseError::Template(e)) => Err(AppError::Internal(e.into())),
                Err(e) => Ok(Err(e)),
            },
        )
        .await?;
    match result {
        Ok(Submitted::New(row)) => Ok(see_other(&format!("/respond/receipt/{}", row.revision))),
        Ok(Submitted::Already(row)) => Ok(see_other(&format!(
            "/respond/receipt/{}?already=1",
            row.revision
        ))),
        Err(_) => {
            // Incomplete, or no longer allowed: the review page says which.
            let ctx = Context::load(&state, ctx.r).await?;
            let page = review_page(&ctx, &csrf);
            Ok(html(
                &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
                &page,
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "respond/receipt.html")]
struct ReceiptPage {
    title: String,
    csrf_token: String,
    h: Holder,
    row: SubmissionRow,
    submitted_at: String,
    snapshot: Snapshot,
    amendable: bool,
    /// Shown after a second press: nothing new was submitted.
    already: bool,
}

#[derive(Deserialize)]
pub struct ReceiptQuery {
    #[serde(default)]
    already: Option<String>,
}

async fn receipt(
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
        .db(move |conn| Ok(responses::submission(conn, &target, revision)?))
        .await?;
    let (row, json) = found.ok_or(AppError::NotFound)?;
    let snapshot: Snapshot =
        serde_json::from_str(&json).map_err(|e| AppError::Internal(e.into()))?;
    let ctx = Context::load(&state, r).await?;
    Ok(ok(&ReceiptPage {
        title: "Receipt".to_string(),
        csrf_token: csrf.value().to_string(),
        submitted_at: show_in_zone(row.submitted_at, ctx.tz()),
        h: ctx.r.holder.clone(),
        row,
        snapshot,
        amendable: ctx.editable.is_ok(),
        already: query.already.is_some(),
    }))
}

/// The exact submitted document: its SHA-256 is the receipt's digest.
async fn snapshot_file(
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
        .db(move |conn| Ok(responses::submission(conn, &target, revision)?))
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

#[derive(Template)]
#[template(path = "respond/decline.html")]
struct DeclinePage {
    title: String,
    csrf_token: String,
    h: Holder,
    published: bool,
    deadline: String,
    error: Option<String>,
    reason: String,
}

async fn decline_form(
    csrf: CsrfToken,
    respondent: MaybeRespondent,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    Ok(ok(&DeclinePage {
        title: "Decline to answer".to_string(),
        csrf_token: csrf.value().to_string(),
        published: r.holder.campaign.publish_decline_reasons,
        deadline: deadline_text(&r.holder),
        h: r.holder,
        error: None,
        reason: String::new(),
    }))
}

#[derive(Deserialize)]
pub struct DeclineForm {
    #[serde(default)]
    reason: String,
}

async fn decline(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
    form: web::Form<DeclineForm>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let reason = form.into_inner().reason;
    let too_long = reason.trim().chars().count() > 5000;
    let holder = r.holder.clone();
    let result = if too_long {
        Err("Keep the reason under 5,000 characters.".to_string())
    } else {
        let text = reason.clone();
        state
            .db(
                move |conn| match responses::decline(conn, &holder, &text, time::now()) {
                    Ok(()) => Ok(Ok(())),
                    Err(ResponseError::Database(e)) => Err(e.into()),
                    Err(e) => Ok(Err(crate::web::page::sentence(&e.to_string()))),
                },
            )
            .await?
    };
    match result {
        Ok(()) => Ok(see_other("/respond?declined=1")),
        Err(message) => Ok(html(
            &mut HttpResponse::UnprocessableEntity(),
            &DeclinePage {
                title: "Decline to answer".to_string(),
                csrf_token: csrf.value().to_string(),
                published: r.holder.campaign.publish_decline_reasons,
                deadline: deadline_text(&r.holder),
                h: r.holder,
                error: Some(message),
                reason,
            },
        )),
    }
}

async fn undo_decline(
    state: web::Data<AppState>,
    respondent: MaybeRespondent,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let holder = r.holder.clone();
    let result = state
        .db(
            move |conn| match responses::undo_decline(conn, &holder, time::now()) {
                Ok(()) => Ok(Ok(())),
                Err(ResponseError::Database(e)) => Err(e.into()),
                Err(e) => Ok(Err(crate::web::page::sentence(&e.to_string()))),
            },
        )
        .await?;
    match result {
        Ok(()) => Ok(see_other("/respond?undone=1")),
        Err(message) => Err(AppError::Forbidden(message)),
    }
}

/// For the start page: each section's progress.
pub struct SectionRow {
    pub key: String,
    pub number: usize,
    pub title: String,
    pub progress: Progress,
}

pub(super) fn section_rows(q: &Questionnaire, answers: &Answers) -> Vec<SectionRow> {
    let lang = q.default_language.as_str();
    q.sections
        .iter()
        .enumerate()
        .map(|(i, s)| SectionRow {
            key: s.key.to_string(),
            number: i + 1,
            title: s.title.get(lang, lang).to_string(),
            progress: Progress::of(q, &s.questions, answers),
        })
        .collect()
}

/// "1, 3": the sections asking about a demand.
pub(super) fn sections_for_demand(q: &Questionnaire, demand: &str) -> String {
    q.sections
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.questions
                .iter()
                .any(|qq| qq.demands.iter().any(|d| d.as_str() == demand))
        })
        .map(|(i, _)| (i + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn latest_receipt(ctx: &Context) -> Option<(i32, String)> {
    ctx.submissions
        .first()
        .map(|s| (s.revision, show_in_zone(s.submitted_at, ctx.tz())))
}

pub(super) fn declined_view(
    at: Option<(NaiveDateTime, Option<String>)>,
    ctx: &Context,
) -> Option<(String, Option<String>)> {
    at.map(|(when, reason)| (show_in_zone(when, ctx.tz()), reason))
}
