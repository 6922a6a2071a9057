//! Answering: one page per section (a plain form that saves a draft; with
//! our script it also autosaves), the review page, submitting with a
//! receipt, and declining, one file each; here what they share.

mod decline;
mod evidence;
mod saving;
mod section;
mod submission;
mod unicode;

use decline::{decline, decline_form, undo_decline};
use saving::save;
use section::{question_form, section, section_page};
use submission::{receipt, review, snapshot_file, submit};

use actix_web::web;
use chrono::NaiveDateTime;

use crate::app::answering::{self as responses, ResponseError};
use crate::db::answers::{self, StoredAnswer};
use crate::db::submissions::{self, SubmissionRow};
use crate::domain::answers::{Answers, Progress};
use crate::domain::campaign::parse_time_zone;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::time;
use crate::web::error::AppError;
use crate::web::respond::session::Respondent;
use crate::web::state::{AppState, LoadedQuestionnaire};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/respond/sections/{key}")
            .app_data(web::PayloadConfig::default().limit(crate::web::form::ANSWER_FORM_LIMIT))
            .route(crate::web::get().to(section))
            .route(crate::web::post().to(save))
            .default_service(web::to(crate::web::methods::not_routed)),
    )
    .route("/respond/review", crate::web::get().to(review))
    .route("/respond/submit", crate::web::post().to(submit))
    .route("/respond/receipt/{revision}", crate::web::get().to(receipt))
    .route(
        "/respond/submissions/{file}",
        crate::web::get().to(snapshot_file),
    )
    .configure(evidence::routes)
    .configure(unicode::routes)
    .route("/respond/decline", crate::web::get().to(decline_form))
    .route("/respond/decline", crate::web::post().to(decline))
    .route("/respond/decline/undo", crate::web::post().to(undo_decline));
}

/// What every answering page needs.
pub(super) struct Context {
    pub r: Respondent,
    /// The representative's language, for the interface and the
    /// questionnaire's texts.
    pub tr: crate::domain::i18n::Tr,
    pub loaded: LoadedQuestionnaire,
    pub stored: Vec<StoredAnswer>,
    /// `Err` says why answers cannot change now.
    pub editable: Result<(), String>,
    pub submissions: Vec<SubmissionRow>,
    /// The documents attached to the answers, and the campaign's rules.
    pub evidence: Vec<crate::db::evidence::Attached>,
    pub evidence_rules: crate::domain::documents::EvidenceRules,
}

impl Context {
    pub(super) async fn load(state: &AppState, r: Respondent) -> Result<Context, AppError> {
        let loaded = state
            .questionnaire(&r.holder.campaign.questionnaire_version_id)
            .await?;
        let holder = r.holder.clone();
        let tr = r.tr(&loaded.1.default_language);
        let (stored, editable, submissions, evidence, evidence_rules) = state
            .run(move |conn| {
                let stored = answers::answers_of(conn, &holder.link.target_id)?;
                let editable = match responses::editable(conn, &holder, time::now()) {
                    Err(e) if !e.is_refusal() => return Err(e),
                    verdict => verdict.map_err(|e| crate::web::respond::refusals::response(tr, &e)),
                };
                let submissions = submissions::submissions_of(conn, &holder.link.target_id)?;
                let evidence = crate::db::evidence::attached_to(conn, &holder.link.target_id)?;
                let rules = crate::db::evidence::rules_of(conn, &holder.campaign.id)?;
                Ok::<_, ResponseError>((stored, editable, submissions, evidence, rules))
            })
            .await?;
        Ok(Context {
            r,
            tr,
            loaded,
            stored,
            editable,
            submissions,
            evidence,
            evidence_rules,
        })
    }

    pub(super) fn questionnaire(&self) -> &Questionnaire {
        &self.loaded.1
    }

    pub(super) fn answers(&self) -> Answers {
        answers::as_map(&self.stored)
    }

    pub(super) fn tz(&self) -> chrono_tz::Tz {
        parse_time_zone(&self.r.holder.campaign.time_zone).unwrap_or(chrono_tz::UTC)
    }

    /// Who of the company's contacts last changed the stored answers (of
    /// the questions `keys`, or all), most recent first: "Aung Aung: 4
    /// answers, last on 3 December 2026, 14:05 (Asia/Yangon, UTC+06:30)",
    /// so that two officers do not write the same answer twice. Only
    /// contacts of this company can change its answers.
    pub(super) fn colleagues(&self, keys: Option<&[&str]>) -> Vec<String> {
        let me = &self.r.holder.link.contact_id;
        let mut by: Vec<(&StoredAnswer, usize)> = Vec::new();
        for a in &self.stored {
            if keys.is_some_and(|k| !k.contains(&a.question_key.as_str())) {
                continue;
            }
            match by.iter_mut().find(|(b, _)| b.updated_by == a.updated_by) {
                Some((latest, n)) => {
                    *n += 1;
                    if a.updated_at > latest.updated_at {
                        *latest = a;
                    }
                }
                None => by.push((a, 1)),
            }
        }
        by.sort_by_key(|b| std::cmp::Reverse(b.0.updated_at));
        by.into_iter()
            .map(|(a, n)| {
                let name = if &a.updated_by == me {
                    self.tr
                        .t1("respond-colleague-you", "name", &a.updated_by_name)
                } else {
                    a.updated_by_name.clone()
                };
                self.tr.t3(
                    "respond-colleague",
                    "name",
                    name,
                    "count",
                    n,
                    "when",
                    self.tr.date_time(a.updated_at, self.tz()),
                )
            })
            .collect()
    }
}

/// For the start page: each section's progress.
pub struct SectionRow {
    pub key: String,
    pub number: usize,
    pub title: String,
    pub progress: Progress,
}

pub(super) fn section_rows(q: &Questionnaire, lang: &str, answers: &Answers) -> Vec<SectionRow> {
    let default = q.default_language.as_str();
    q.sections
        .iter()
        .enumerate()
        .map(|(i, s)| SectionRow {
            key: s.key.to_string(),
            number: i + 1,
            title: s.title.get(lang, default).to_string(),
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
        .map(|s| (s.revision, ctx.tr.date_time(s.submitted_at, ctx.tz())))
}

pub(super) fn declined_view(
    at: Option<(NaiveDateTime, Option<String>)>,
    ctx: &Context,
) -> Option<(String, Option<String>)> {
    at.map(|(when, reason)| (ctx.tr.date_time(when, ctx.tz()), reason))
}
