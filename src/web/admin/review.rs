//! Review: the queue of a campaign's responses with their scores so far,
//! and one page per company with each submitted answer beside its score —
//! from the questionnaire for choices, from a reviewer (a rubric level and
//! a rationale that will be published) for written answers.
//!
//! Saving a score is in `saving` (shared with the page per question,
//! `super::review_questions`), sending the findings in `findings`.

mod findings;
mod questions_to_score;
mod saving;

pub use findings::send_findings;
pub(super) use questions_to_score::{reviewer_questions, still_to_score, QuestionLink};
pub(super) use saving::{save_score, Saved};
pub use saving::{score, ScoreForm};

use std::collections::HashMap;

use actix_web::{web, HttpResponse};
use askama::Template;

use super::campaign_by_slug;
use crate::app::review::stamp;
use crate::db::campaigns::{self, Campaign, TargetRow};
use crate::db::scores::{self, ScoreRow};
use crate::db::submissions::{self, SubmissionRow};
use crate::domain::answers::Snapshot;
use crate::domain::campaign::{parse_time_zone, show_in_zone};
use crate::domain::findings::Unjudged;
use crate::domain::i18n::Tr;
use crate::domain::ids::TargetId;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::scoring::{self, QuestionScore, Scorecard, Standing};
use crate::web::auth::AnyStaff;
use crate::web::auth::SignedIn;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{ok, PageContext};
use crate::web::questionnaire_view::{OptionView, QuestionView, QuestionnaireView};
use crate::web::state::AppState;

/// Whole points, or "n/a" / "to score".
pub fn shown(score: Option<f64>) -> String {
    score.map_or_else(|| "n/a".to_string(), |p| format!("{p:.0}"))
}

/// A company's card from its latest submission and the reviewers' scores.
pub(super) struct Reviewed {
    pub latest: Option<SubmissionRow>,
    pub snapshot: Option<Snapshot>,
    pub scores: Vec<ScoreRow>,
    pub card: Scorecard,
}

/// The card of the company of `row`; a company that may still answer
/// (`domain::campaign::still_has_time`) is neither scored nor silent yet.
pub(super) fn review_of(
    conn: &mut crate::db::DbConnection,
    questionnaire: &Questionnaire,
    campaign: &Campaign,
    row: &TargetRow,
) -> Result<Reviewed, AppError> {
    let (target, status) = (&row.id, row.status);
    let has_time = crate::domain::campaign::still_has_time(
        campaign.state(),
        campaign.cut_short_reason.is_some(),
        status,
        row.own_deadline.unwrap_or(campaign.deadline_at),
        crate::domain::time::now(),
    );
    let latest = submissions::submissions_of(conn, target)?
        .into_iter()
        .next();
    let snapshot = match &latest {
        Some(row) => {
            let (_, json) =
                submissions::submission(conn, target, row.revision)?.ok_or(AppError::NotFound)?;
            Some(
                serde_json::from_str::<Snapshot>(&json)
                    .map_err(|e| AppError::Internal(e.into()))?,
            )
        }
        None => None,
    };
    let scores = scores::scores_of(conn, target)?;
    let answers = snapshot
        .as_ref()
        .map(Snapshot::answers_map)
        .unwrap_or_default();
    let card = scoring::score(
        questionnaire,
        Standing::of(status, latest.is_some(), has_time),
        &answers,
        &scores::judgements(&scores),
    );
    Ok(Reviewed {
        latest,
        snapshot,
        scores,
        card,
    })
}

pub struct QueueLine {
    pub row: TargetRow,
    pub standing: &'static str,
    pub revision: Option<i32>,
    pub pending: usize,
    pub total: String,
}

#[derive(Template)]
#[template(path = "admin/review_queue.html")]
struct QueuePage {
    page: PageContext,
    campaign: Campaign,
    lines: Vec<QueueLine>,
    demands: Vec<String>,
    /// Written questions, each with how many companies are still to score.
    questions: Vec<(QuestionLink, usize)>,
    /// What the latest published version no longer tells truly: company,
    /// what happened, when.
    late_replies: Vec<(String, &'static str, String)>,
}

pub async fn queue(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let slug = path.into_inner();
    let campaign = campaign_by_slug(&state, &slug).await?;
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;
    let (id, c) = (campaign.id.clone(), campaign.clone());
    let l = loaded.clone();
    let (lines, cards, late) = state
        .db(move |conn| {
            let mut lines = Vec::new();
            let mut cards = Vec::new();
            for row in campaigns::targets(conn, &id)? {
                let reviewed = review_of(conn, &l.1, &c, &row)?;
                cards.push(reviewed.card.clone());
                lines.push(QueueLine {
                    standing: reviewed.card.standing.label(),
                    revision: reviewed.latest.as_ref().map(|s| s.revision),
                    pending: reviewed.card.pending,
                    total: shown(reviewed.card.total),
                    row,
                });
            }
            let late = crate::app::review::republish_needed(conn, &c, crate::domain::time::now())?;
            Ok((lines, cards, late))
        })
        .await?;
    let lang = loaded.1.default_language.clone();
    let tz = parse_time_zone(&campaign.time_zone).unwrap_or(chrono_tz::UTC);
    Ok(ok(&QueuePage {
        page: PageContext::new(
            Tr::english().t1("admin-title-review", "name", &campaign.title),
            &csrf,
            Some(&me),
        ),
        demands: loaded
            .1
            .demands
            .iter()
            .map(|d| d.title.get(&lang, &lang).to_string())
            .collect(),
        questions: still_to_score(&loaded.1, &cards),
        late_replies: late
            .into_iter()
            .map(|(company, why, at)| (company, why.describe(), show_in_zone(at, tz)))
            .collect(),
        campaign,
        lines,
    }))
}

/// A submitted answer as people read it: choices by their labels, text as
/// written.
pub(super) fn labelled(qv: &QuestionView, values: Option<&Vec<String>>) -> Vec<String> {
    values
        .map(|values| {
            values
                .iter()
                .map(|v| {
                    qv.options
                        .iter()
                        .find(|o| &o.key == v)
                        .map(|o| o.label.text.clone())
                        .unwrap_or_else(|| v.clone())
                })
                .collect()
        })
        .unwrap_or_default()
}

/// One scored question on the review page.
pub struct ScoreLine {
    pub key: String,
    pub number: String,
    pub prompt: String,
    pub answer: Vec<String>,
    pub score: String,
    pub by_reviewer: bool,
    pub rubric: Vec<OptionView>,
    pub guidance: Option<String>,
    pub current: Option<ScoreRow>,
    pub error: Option<String>,
    pub typed_rationale: String,
    /// The stored score's stamp, so that a stale form cannot overwrite.
    pub stamp: String,
}

#[derive(Template)]
#[template(path = "admin/review.html")]
struct ReviewPage {
    page: PageContext,
    campaign: Campaign,
    target: TargetRow,
    standing: &'static str,
    latest: Option<SubmissionRow>,
    submitted_at: String,
    lines: Vec<ScoreLine>,
    demands: Vec<(String, String)>,
    total: String,
    pending: usize,
    /// Sent at, reply until, the text.
    findings: Option<(String, String, String)>,
    /// The company's replies: text, when, who.
    replies: Vec<(String, String, String)>,
    can_send: bool,
    /// Scored questions still to judge: findings wait for them.
    unjudged: Vec<Unjudged>,
    /// Why sending the findings was just refused.
    findings_error: Option<String>,
}

/// A form shown again with what was wrong, beside the question (and, on
/// the page per question, the company) it belongs to.
pub(super) struct Problem {
    pub question: String,
    pub target: Option<TargetId>,
    pub message: String,
    pub rationale: String,
}

async fn review_page(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    slug: String,
    target: String,
    problem: Option<Problem>,
) -> Result<ReviewPage, AppError> {
    let target_id = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    let campaign = campaign_by_slug(state, &slug).await?;
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;
    let (id, l, c) = (campaign.id.clone(), loaded.clone(), campaign.clone());
    let (row, reviewed, findings, replies) = state
        .db(move |conn| {
            let row = campaigns::targets(conn, &id)?
                .into_iter()
                .find(|t| t.id == target_id)
                .ok_or(AppError::NotFound)?;
            let reviewed = review_of(conn, &l.1, &c, &row)?;
            let findings = crate::db::findings::findings_of(conn, &row.id)?;
            let replies = crate::db::findings::replies_of(conn, &row.id)?;
            Ok((row, reviewed, findings, replies))
        })
        .await?;
    let q = &loaded.1;
    let lang = q.default_language.clone();
    let view = QuestionnaireView::new(q, crate::domain::i18n::Tr::english());
    let by_key: HashMap<String, Vec<String>> = reviewed
        .snapshot
        .as_ref()
        .map(|s| {
            s.answers
                .iter()
                .map(|a| (a.question.clone(), a.values.clone()))
                .collect()
        })
        .unwrap_or_default();
    let mut lines = Vec::new();
    for qv in view.sections.into_iter().flat_map(|s| s.questions) {
        let Some(question) = q.question(&qv.key) else {
            continue;
        };
        if question.scoring.is_none() {
            continue;
        }
        let answer = labelled(&qv, by_key.get(&qv.key));
        let score = match reviewed.card.question(&qv.key) {
            Some(QuestionScore::Points(p)) => format!("{p:.0}"),
            Some(QuestionScore::NotApplicable) => "not applicable".to_string(),
            Some(QuestionScore::Pending) => "to score".to_string(),
            None => String::new(),
        };
        let mine = problem.as_ref().filter(|p| p.question == qv.key);
        lines.push(ScoreLine {
            // Only questions the company was shown (the snapshot holds those).
            by_reviewer: scoring::needs_reviewer(question)
                && reviewed.card.standing == Standing::Responded
                && by_key.contains_key(&qv.key),
            current: reviewed
                .scores
                .iter()
                .find(|s| s.question_key == qv.key)
                .cloned(),
            error: mine.map(|p| p.message.clone()),
            typed_rationale: mine.map(|p| p.rationale.clone()).unwrap_or_default(),
            stamp: stamp(
                reviewed
                    .scores
                    .iter()
                    .find(|s| s.question_key == qv.key)
                    .map(|s| s.scored_at),
            ),
            key: qv.key.clone(),
            number: qv.number.clone(),
            prompt: qv.prompt.text.clone(),
            rubric: qv.rubric,
            guidance: qv.scoring_guidance.map(|g| g.text),
            answer,
            score,
        });
    }
    let tz = parse_time_zone(&campaign.time_zone).unwrap_or(chrono_tz::UTC);
    Ok(ReviewPage {
        page: PageContext::new(
            Tr::english().t1("admin-title-review", "name", &row.company_name),
            csrf,
            Some(me),
        ),
        standing: reviewed.card.standing.label(),
        submitted_at: reviewed
            .latest
            .as_ref()
            .map(|s| show_in_zone(s.submitted_at, tz))
            .unwrap_or_default(),
        demands: q
            .demands
            .iter()
            .map(|d| {
                (
                    d.title.get(&lang, &lang).to_string(),
                    shown(reviewed.card.demand(d.key.as_str())),
                )
            })
            .collect(),
        total: shown(reviewed.card.total),
        pending: reviewed.card.pending,
        findings: findings
            .map(|(sent, until, body)| (show_in_zone(sent, tz), show_in_zone(until, tz), body)),
        replies: replies
            .into_iter()
            .map(|(body, at, who)| (body, show_in_zone(at, tz), who))
            .collect(),
        can_send: reviewed.card.standing == Standing::Responded
            && me.user.role.includes(crate::domain::Role::Editor),
        unjudged: reviewed
            .snapshot
            .as_ref()
            .map(|s| crate::domain::findings::unjudged(s, &reviewed.card))
            .unwrap_or_default(),
        findings_error: None,
        latest: reviewed.latest,
        target: row,
        campaign,
        lines,
    })
}

pub async fn show(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let (slug, target) = path.into_inner();
    let page = review_page(&state, &me, &csrf, slug, target, None).await?;
    Ok(ok(&page))
}
