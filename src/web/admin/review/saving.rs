//! Saving a reviewer's score of a written answer: the same checks and use
//! case from the page per company and the page per question; a form filled
//! in against a score that has changed since is refused and shown again.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::{review_page, Problem};
use crate::app::review::{NewScore, ScoreError};
use crate::domain::ids::TargetId;
use crate::domain::judging::judge;
use crate::domain::scoring;
use crate::domain::time;
use crate::web::admin::campaign_by_slug;
use crate::web::auth::{AnyStaff, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, see_other};
use crate::web::state::AppState;

#[derive(Deserialize)]
pub struct ScoreForm {
    #[serde(default)]
    pub level: String,
    #[serde(default)]
    pub rationale: String,
    /// The stamp of the score the form was filled in against.
    #[serde(default)]
    pub seen: Option<String>,
}

/// Where a score was saved, or why it was not (a sentence for the form,
/// and the status to show the form again with).
pub(in crate::web::admin) enum Saved {
    Done,
    Refused(actix_web::http::StatusCode, String),
}

/// Finds the written question `question_key` of the campaign `slug`,
/// checks a typed score and saves it through the use case: the same rules
/// on the page per company and the page per question.
pub(in crate::web::admin) async fn save_score(
    state: &AppState,
    me: &SignedIn,
    slug: &str,
    question_key: &str,
    target_id: TargetId,
    form: ScoreForm,
) -> Result<Saved, AppError> {
    use actix_web::http::StatusCode;
    let campaign = campaign_by_slug(state, slug).await?;
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;
    let question = loaded
        .1
        .question(question_key)
        .filter(|q| scoring::needs_reviewer(q))
        .ok_or(AppError::NotFound)?;
    let judged = match judge(question, &form.level, &form.rationale) {
        Ok(j) => j,
        Err(e) => {
            return Ok(Saved::Refused(
                StatusCode::UNPROCESSABLE_ENTITY,
                e.to_string(),
            ))
        }
    };
    let (actor, by) = (me.actor(), me.user.id.clone());
    let q_key = question.key.to_string();
    let seen = form.seen;
    let result = state
        .run(move |conn| {
            crate::app::review::score(
                conn,
                &actor,
                &by,
                &campaign,
                &target_id,
                &NewScore {
                    question: &q_key,
                    level: &judged.level,
                    points: judged.points,
                    rationale: &judged.rationale,
                    seen: seen.as_deref(),
                },
                time::now(),
            )
        })
        .await;
    match result {
        Ok(()) => Ok(Saved::Done),
        Err(e @ ScoreError::Stale { .. }) => Ok(Saved::Refused(
            StatusCode::CONFLICT,
            crate::web::page::sentence(&e.to_string()),
        )),
        Err(e) => Err(e.into()),
    }
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
    let form = form.into_inner();
    let rationale = form.rationale.trim().to_string();
    match save_score(&state, &me, &slug, &question_key, target_id, form).await? {
        Saved::Done => Ok(see_other(&format!(
            "/admin/campaigns/{slug}/review/{target}#s-{question_key}"
        ))),
        Saved::Refused(status, message) => {
            let page = review_page(
                &state,
                &me,
                &csrf,
                slug,
                target,
                Some(Problem {
                    question: question_key,
                    target: None,
                    message,
                    rationale,
                }),
            )
            .await?;
            Ok(html(&mut HttpResponse::build(status), &page))
        }
    }
}
