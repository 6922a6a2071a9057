//! Scoring question by question, the way index researchers work indicator
//! by indicator: one page per written question that shows every company's
//! submitted answer to it beside the question's rubric, each with the same
//! scoring form (and the same use case and checks) as the page per company.

use actix_web::{web, HttpResponse};
use askama::Template;

use super::campaign_by_slug;
use super::review::{
    labelled, review_of, reviewer_questions, save_score, Problem, QuestionLink, Saved, ScoreForm,
};
use crate::app::review::stamp;
use crate::db::campaigns::{self, Campaign};
use crate::db::scores::ScoreRow;
use crate::domain::ids::TargetId;
use crate::domain::scoring::{QuestionScore, Standing};
use crate::web::auth::{AnyStaff, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other, PageContext};
use crate::web::questionnaire_view::{OptionView, QuestionView};
use crate::web::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/admin/campaigns/{slug}/review/questions/{question}",
        crate::web::get().to(show),
    )
    .route(
        "/admin/campaigns/{slug}/review/questions/{question}/{target}",
        crate::web::post().to(score),
    );
}

/// One company's answer to the question, with its score and form.
pub struct CompanyAnswer {
    pub target: TargetId,
    pub company_name: String,
    pub answer: Vec<String>,
    pub score: String,
    pub current: Option<ScoreRow>,
    pub stamp: String,
    pub error: Option<String>,
    pub typed_rationale: String,
}

#[derive(Template)]
#[template(path = "admin/review_question.html")]
struct QuestionPage {
    page: PageContext,
    campaign: Campaign,
    question: QuestionView,
    previous: Option<QuestionLink>,
    next: Option<QuestionLink>,
    answers: Vec<CompanyAnswer>,
    /// Companies that submitted but were not shown this question.
    not_shown: Vec<String>,
    pending: usize,
}

async fn question_page(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    slug: &str,
    key: &str,
    problem: Option<Problem>,
) -> Result<QuestionPage, AppError> {
    let campaign = campaign_by_slug(state, slug).await?;
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;
    let all = reviewer_questions(&loaded.1);
    let at = all
        .iter()
        .position(|qv| qv.key == key)
        .ok_or(AppError::NotFound)?;
    let link = |qv: &QuestionView| QuestionLink {
        key: qv.key.clone(),
        number: qv.number.clone(),
        prompt: qv.prompt.text.clone(),
    };
    let previous = at.checked_sub(1).map(|i| link(&all[i]));
    let next = all.get(at + 1).map(link);
    let question = all.into_iter().nth(at).ok_or(AppError::NotFound)?;
    let (id, l, c) = (campaign.id.clone(), loaded.clone(), campaign.clone());
    let reviewed = state
        .db(move |conn| {
            let mut out = Vec::new();
            for row in campaigns::targets(conn, &id)? {
                let reviewed = review_of(conn, &l.1, &c, &row)?;
                if reviewed.card.standing == Standing::Responded {
                    out.push((row, reviewed));
                }
            }
            Ok(out)
        })
        .await?;
    let mut answers = Vec::new();
    let mut not_shown = Vec::new();
    for (row, reviewed) in reviewed {
        let given = reviewed.snapshot.as_ref().and_then(|s| {
            s.answers
                .iter()
                .find(|a| a.question == question.key)
                .map(|a| a.values.clone())
        });
        let Some(values) = given else {
            not_shown.push(row.company_name);
            continue;
        };
        let current = reviewed
            .scores
            .iter()
            .find(|s| s.question_key == question.key)
            .cloned();
        let mine = problem
            .as_ref()
            .filter(|p| p.question == question.key && p.target.as_ref() == Some(&row.id));
        answers.push(CompanyAnswer {
            answer: labelled(&question, Some(&values)),
            score: match reviewed.card.question(&question.key) {
                Some(QuestionScore::Points(p)) => format!("{p:.0}"),
                Some(QuestionScore::NotApplicable) => "not applicable".to_string(),
                Some(QuestionScore::Pending) => "to score".to_string(),
                None => String::new(),
            },
            stamp: stamp(current.as_ref().map(|c| c.scored_at)),
            current,
            error: mine.map(|p| p.message.clone()),
            typed_rationale: mine.map(|p| p.rationale.clone()).unwrap_or_default(),
            target: row.id,
            company_name: row.company_name,
        });
    }
    let pending = answers.iter().filter(|a| a.score == "to score").count();
    Ok(QuestionPage {
        page: PageContext::new(
            format!("{} {} · Review", question.number, question.prompt),
            csrf,
            Some(me),
        ),
        campaign,
        question,
        previous,
        next,
        answers,
        not_shown,
        pending,
    })
}

pub async fn show(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let (slug, key) = path.into_inner();
    let page = question_page(&state, &me, &csrf, &slug, &key, None).await?;
    Ok(ok(&page))
}

/// Saves one company's score from the page per question and returns to
/// the same page at that company.
pub async fn score(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
    form: HtmlForm<ScoreForm>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let (slug, key, target) = path.into_inner();
    let target_id = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    let form = form.into_inner();
    let rationale = form.rationale.trim().to_string();
    match save_score(&state, &me, &slug, &key, target_id.clone(), form).await? {
        Saved::Done => Ok(see_other(&format!(
            "/admin/campaigns/{slug}/review/questions/{key}#t-{target}"
        ))),
        Saved::Refused(status, message) => {
            let page = question_page(
                &state,
                &me,
                &csrf,
                &slug,
                &key,
                Some(Problem {
                    question: key.clone(),
                    target: Some(target_id),
                    message,
                    rationale,
                }),
            )
            .await?;
            Ok(html(&mut HttpResponse::build(status), &page))
        }
    }
}

impl QuestionPage {
    fn rubric(&self) -> &[OptionView] {
        &self.question.rubric
    }
}
