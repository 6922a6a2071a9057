//! A section's page: every question with what is stored, who changed it
//! last, its problems, and both texts where colleagues clashed.

use std::collections::HashMap;

use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::answering::Conflict;
use crate::db::answers::StoredAnswer;
use crate::db::links::Holder;
use crate::domain::answers::{self as rules, Answers, Progress};
use crate::domain::i18n::IntoArg;
use crate::domain::questionnaire::Question;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::ok;
use crate::web::questionnaire_view::{QuestionView, QuestionnaireView, SectionView};
use crate::web::respond::ended;
use crate::web::respond::session::MaybeRespondent;
use crate::web::state::AppState;

use super::Context;

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
    /// A written answer that looks typed in Zawgyi, with its conversion.
    pub zawgyi: Option<crate::domain::zawgyi::Suspected>,
    pub last_changed: Option<String>,
    pub problems: Vec<String>,
    pub hidden: bool,
    pub condition_question: Option<String>,
    pub condition_values: String,
    pub conflict: Option<ConflictView>,
    /// Whether documents may be attached to this answer, those attached,
    /// and why the last upload was refused.
    pub takes_documents: bool,
    pub documents: Vec<DocumentView>,
    pub upload_problem: Option<String>,
}

/// A document attached to an answer, as listed under it.
pub struct DocumentView {
    pub id: String,
    pub file_name: String,
    pub size: String,
    pub sha256: String,
    pub by: String,
    pub when: String,
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
                    .map(|o| o.label.text.clone())
                    .unwrap_or_else(|| v.clone())
            })
            .collect()
    }
}

pub(super) fn question_form(
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
    let tr = ctx.tr;
    let who = |a: &StoredAnswer| {
        if &a.updated_by == me {
            tr.t("respond-question-you")
        } else {
            a.updated_by_name.clone()
        }
    };
    let documents = ctx
        .evidence
        .iter()
        .filter(|d| d.question_key == q.key.as_str())
        .map(|d| DocumentView {
            id: d.id.to_string(),
            file_name: d.file_name.clone(),
            size: crate::domain::documents::show_size_in(tr, i64::from(d.size)),
            sha256: d.sha256.clone(),
            by: d.attached_by.clone(),
            when: tr.date_time(d.attached_at, tz),
        })
        .collect();
    QuestionForm {
        zawgyi: if q.kind.is_choice() {
            None
        } else {
            crate::domain::zawgyi::suspect(&value)
        },
        takes_documents: crate::domain::documents::takes_documents(q.kind),
        documents,
        upload_problem: None,
        values: rules::values(q.kind, &value),
        problems: rules::problems_in(q, &value, tr),
        last_changed: stored.map(|a| {
            tr.t2(
                "respond-question-changed-by",
                "who",
                who(a),
                "when",
                tr.date_time(a.updated_at, tz),
            )
        }),
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
                            .map(|o| o.label.text.clone())
                            .unwrap_or_else(|| v.clone())
                    })
                    .collect()
            } else {
                theirs_values
            };
            ConflictView {
                by: who(&c.theirs),
                when: tr.date_time(c.theirs.updated_at, tz),
                theirs: if labels.is_empty() {
                    tr.t("respond-conflict-cleared")
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
pub(super) struct SectionPage {
    title: String,
    tr: crate::domain::i18n::Tr,
    csrf_token: String,
    h: Holder,
    section: SectionView,
    total_sections: usize,
    questions: Vec<QuestionForm>,
    next_key: Option<String>,
    editable: bool,
    locked: Option<String>,
    notice: Option<String>,
    conflicts: usize,
    /// Who worked on this section's answers, and when.
    colleagues: Vec<String>,
    /// What may be attached to answers, as a person reads it.
    evidence_hint: String,
    /// "2 of 5 questions answered; …".
    progress_text: String,
}

impl SectionPage {
    /// Marks the upload field of `question` with why the upload was refused.
    pub(super) fn refuse_upload(&mut self, question: &str, why: String) {
        if let Some(q) = self.questions.iter_mut().find(|q| q.view.key == question) {
            q.upload_problem = Some(why);
        }
    }
}

pub(super) fn section_page(
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
    let mut view = QuestionnaireView::new(q, ctx.tr);
    let section_view = view.sections.remove(index);
    let section = &q.sections[index];
    let answers = ctx.answers();
    let mut views: HashMap<String, QuestionView> = HashMap::new();
    let SectionView {
        key: skey,
        number,
        title,
        intro,
        untranslated,
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
    let progress = Progress::of(q, &section.questions, &answers);
    let tr = ctx.tr;
    Ok(SectionPage {
        progress_text: tr.with(
            "respond-section-progress",
            &[
                ("answered", progress.answered.into_arg()),
                ("shown", progress.shown.into_arg()),
                ("required-answered", progress.required_answered.into_arg()),
                ("required", progress.required.into_arg()),
            ],
        ),
        title: title.text.clone(),
        tr: ctx.tr,
        csrf_token: csrf.value().to_string(),
        h: ctx.r.holder.clone(),
        section: SectionView {
            key: skey,
            number,
            title,
            intro,
            untranslated,
            questions: Vec::new(),
        },
        total_sections: q.sections.len(),
        next_key: q.sections.get(index + 1).map(|s| s.key.to_string()),
        editable: ctx.editable.is_ok(),
        locked: ctx.editable.clone().err(),
        notice,
        conflicts: conflicts.len(),
        colleagues: ctx.colleagues(Some(
            &section
                .questions
                .iter()
                .map(|q| q.key.as_str())
                .collect::<Vec<_>>(),
        )),
        questions: forms,
        evidence_hint: tr.t3(
            "respond-evidence-hint",
            "accepted",
            tr.t("respond-evidence-accepted"),
            "size",
            crate::domain::documents::show_size_in(tr, ctx.evidence_rules.max_bytes as i64),
            "count",
            ctx.evidence_rules.max_per_question,
        ),
    })
}

#[derive(Deserialize)]
pub struct SectionQuery {
    #[serde(default)]
    saved: Option<String>,
    #[serde(default)]
    attached: Option<String>,
    #[serde(default)]
    removed: Option<String>,
    #[serde(default)]
    unicode: Option<String>,
}

pub(super) async fn section(
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
    let tr = ctx.tr;
    let notice = if query.attached.is_some() {
        Some(tr.t("respond-notice-attached"))
    } else if query.removed.is_some() {
        Some(tr.t("respond-notice-removed"))
    } else if query.unicode.is_some() {
        Some(tr.t("respond-notice-unicode"))
    } else {
        query.saved.as_ref().map(|_| tr.t("respond-notice-saved"))
    };
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
