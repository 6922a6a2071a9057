//! Review: the queue of a campaign's responses with their scores so far,
//! and one page per company with each submitted answer beside its score —
//! from the questionnaire for choices, from a reviewer (a rubric level and
//! a rationale that will be published) for written answers.
//!
//! About 450 lines: the queue, the page and the scoring form share the
//! roll-up of one response (`review_of`); split them when that moves to
//! the domain.

use std::collections::HashMap;

use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::campaign_by_slug;
use crate::app::review::NewScore;
use crate::db::campaigns::{self, Campaign, TargetRow};
use crate::db::scores::{self, ScoreRow};
use crate::db::submissions::{self, SubmissionRow};
use crate::domain::answers::Snapshot;
use crate::domain::campaign::{parse_time_zone, show_in_zone, TargetStatus};
use crate::domain::ids::TargetId;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::scoring::{self, QuestionScore, Scorecard, Standing};
use crate::domain::time;
use crate::web::auth::AnyStaff;
use crate::web::auth::SignedIn;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other, PageContext};
use crate::web::questionnaire_view::{OptionView, QuestionnaireView};
use crate::web::state::AppState;

/// Whole points, or "n/a" / "to score".
pub fn shown(score: Option<f64>) -> String {
    score.map_or_else(|| "n/a".to_string(), |p| format!("{p:.0}"))
}

/// A company's card from its latest submission and the reviewers' scores.
struct Reviewed {
    latest: Option<SubmissionRow>,
    snapshot: Option<Snapshot>,
    scores: Vec<ScoreRow>,
    card: Scorecard,
}

fn review_of(
    conn: &mut crate::db::DbConnection,
    questionnaire: &Questionnaire,
    target: &TargetId,
    status: TargetStatus,
) -> Result<Reviewed, AppError> {
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
        Standing::of(status, latest.is_some(), false),
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
    let id = campaign.id.clone();
    let l = loaded.clone();
    let lines = state
        .db(move |conn| {
            let mut lines = Vec::new();
            for row in campaigns::targets(conn, &id)? {
                let reviewed = review_of(conn, &l.1, &row.id, row.status)?;
                lines.push(QueueLine {
                    standing: reviewed.card.standing.label(),
                    revision: reviewed.latest.as_ref().map(|s| s.revision),
                    pending: reviewed.card.pending,
                    total: shown(reviewed.card.total),
                    row,
                });
            }
            Ok(lines)
        })
        .await?;
    let lang = loaded.1.default_language.clone();
    Ok(ok(&QueuePage {
        page: PageContext::new(format!("Review · {}", campaign.title), &csrf, Some(&me)),
        demands: loaded
            .1
            .demands
            .iter()
            .map(|d| d.title.get(&lang, &lang).to_string())
            .collect(),
        campaign,
        lines,
    }))
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
}

impl ReviewPage {
    /// The findings as the company receives them: each scored question,
    /// its score and, for written answers, the level and the reason.
    fn findings_text(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!("Total: {}\n", self.total));
        for (title, score) in &self.demands {
            out.push_str(&format!("{title}: {score}\n"));
        }
        out.push('\n');
        for l in &self.lines {
            out.push_str(&format!("{} {}\n  Score: {}", l.number, l.prompt, l.score));
            if let Some(c) = &l.current {
                out.push_str(&format!(" ({}). Why: {}", c.level, c.rationale));
            }
            out.push_str("\n\n");
        }
        out
    }
}

struct Problem {
    question: String,
    message: String,
    rationale: String,
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
    let (id, l) = (campaign.id.clone(), loaded.clone());
    let (row, reviewed, findings, replies) = state
        .db(move |conn| {
            let row = campaigns::targets(conn, &id)?
                .into_iter()
                .find(|t| t.id == target_id)
                .ok_or(AppError::NotFound)?;
            let reviewed = review_of(conn, &l.1, &row.id, row.status)?;
            let findings = crate::db::findings::findings_of(conn, &row.id)?;
            let replies = crate::db::findings::replies_of(conn, &row.id)?;
            Ok((row, reviewed, findings, replies))
        })
        .await?;
    let q = &loaded.1;
    let lang = q.default_language.clone();
    let view = QuestionnaireView::new(q, &lang);
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
        let answer: Vec<String> = by_key
            .get(&qv.key)
            .map(|values| {
                values
                    .iter()
                    .map(|v| {
                        qv.options
                            .iter()
                            .find(|o| &o.key == v)
                            .map(|o| o.label.clone())
                            .unwrap_or_else(|| v.clone())
                    })
                    .collect()
            })
            .unwrap_or_default();
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
            key: qv.key.clone(),
            number: qv.number.clone(),
            prompt: qv.prompt.clone(),
            rubric: qv.rubric,
            guidance: qv.scoring_guidance,
            answer,
            score,
        });
    }
    let tz = parse_time_zone(&campaign.time_zone).unwrap_or(chrono_tz::UTC);
    Ok(ReviewPage {
        page: PageContext::new(format!("Review · {}", row.company_name), csrf, Some(me)),
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

#[derive(Deserialize)]
pub struct ScoreForm {
    #[serde(default)]
    level: String,
    #[serde(default)]
    rationale: String,
}

/// Reviewers, editors and admins score; the rationale is required because
/// it is published beside the score.
pub async fn score(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
    form: HtmlForm<ScoreForm>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let (slug, target, question_key) = path.into_inner();
    let target_id = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    let ScoreForm { level, rationale } = form.into_inner();
    let campaign = campaign_by_slug(&state, &slug).await?;
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;
    let question = loaded
        .1
        .question(&question_key)
        .filter(|q| scoring::needs_reviewer(q))
        .ok_or(AppError::NotFound)?;
    let rubric = question.rubric();
    let chosen = rubric.iter().find(|r| r.key.as_str() == level);
    let rationale = rationale.trim().to_string();
    let message = match chosen {
        None => Some("Choose a level.".to_string()),
        Some(_) if rationale.is_empty() => {
            Some("Write the rationale: it is published beside the score.".to_string())
        }
        Some(_) if rationale.chars().count() > 5000 => {
            Some("Keep the rationale under 5,000 characters.".to_string())
        }
        Some(_) => None,
    };
    if let Some(message) = message {
        let page = review_page(
            &state,
            &me,
            &csrf,
            slug,
            target,
            Some(Problem {
                question: question_key,
                message,
                rationale,
            }),
        )
        .await?;
        return Ok(html(&mut HttpResponse::UnprocessableEntity(), &page));
    }
    let points = chosen.and_then(|r| r.points);
    let (actor, by) = (me.actor(), me.user.id.clone());
    let q_key = question_key.clone();
    state
        .run(move |conn| {
            crate::app::review::score(
                conn,
                &actor,
                &by,
                &campaign,
                &target_id,
                &NewScore {
                    question: &q_key,
                    level: &level,
                    points,
                    rationale: &rationale,
                },
                time::now(),
            )
        })
        .await?;
    Ok(see_other(&format!(
        "/admin/campaigns/{slug}/review/{target}#s-{question_key}"
    )))
}

/// Sends the company its preliminary findings and opens the reply window
/// (editors and admins: it writes to the company).
pub async fn send_findings(
    staff: crate::web::auth::EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let crate::web::auth::EditorOnly(me) = staff;
    let (slug, target) = path.into_inner();
    let page = review_page(&state, &me, &csrf, slug.clone(), target.clone(), None).await?;
    if page.latest.is_none() {
        return Err(AppError::BadRequest(
            "Findings are sent only to companies that submitted answers.".into(),
        ));
    }
    let text = page.findings_text();
    let (actor, settings, id) = (me.actor(), state.outreach(), page.target.id.clone());
    state
        .run(move |conn| {
            crate::app::review::send_findings(conn, &actor, &id, &text, &settings, time::now())
        })
        .await?;
    Ok(see_other(&format!(
        "/admin/campaigns/{slug}/review/{target}#findings"
    )))
}
