//! Staff record a company's answer that came by letter or email: the
//! document (uploaded), when and by whom it was received, and optionally
//! its text against the questions.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use futures_util::StreamExt;

use super::campaign_by_slug;
use crate::app::letters::{self, LetterError, LetterInput};
use crate::db::campaigns::{self, Campaign, TargetDetail};
use crate::db::letters as stored;
use crate::db::staff;
use crate::domain::answers::{self as rules, Answers};
use crate::domain::i18n::Tr;
use crate::domain::ids::TargetId;
use crate::domain::letters::{self as rules_of_letters, FieldProblem, ACCEPTED, LETTER_LIMIT};
use crate::domain::time;
use crate::web::auth::{AnyStaff, EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{html, ok, see_other, PageContext};
use crate::web::questionnaire_view::{QuestionView, QuestionnaireView};
use crate::web::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/admin/campaigns/{slug}/targets/{target}/letter",
        crate::web::get().to(form),
    )
    .route(
        "/admin/campaigns/{slug}/targets/{target}/letter",
        crate::web::post().to(record),
    )
    .route(
        "/admin/campaigns/{slug}/targets/{target}/letters/{sha256}",
        crate::web::get().to(download),
    );
}

impl From<LetterError> for AppError {
    fn from(e: LetterError) -> Self {
        match e {
            LetterError::NotFound => AppError::NotFound,
            LetterError::Outage(e) => e.into(),
            LetterError::Database(e) => e.into(),
            e @ (LetterError::NotAllowed(_) | LetterError::Answers(_)) => {
                AppError::Internal(e.into())
            }
        }
    }
}

/// One question on the letter form, with what was entered.
struct LetterQuestion {
    view: QuestionView,
    value: String,
    problems: Vec<String>,
}

impl LetterQuestion {
    fn has(&self, option: &str) -> bool {
        self.value.lines().any(|v| v == option)
    }
}

#[derive(Template)]
#[template(path = "admin/letter.html")]
struct LetterPage {
    page: PageContext,
    campaign: Campaign,
    target: TargetDetail,
    questions: Vec<LetterQuestion>,
    staff_names: Vec<String>,
    received_on: String,
    received_by: String,
    problems: Vec<FieldProblem>,
    error: Option<String>,
    accepted: &'static str,
    limit_mb: usize,
}

impl LetterPage {
    fn problem(&self, field: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message.as_str())
    }
}

/// What the form posted, kept to show it again.
#[derive(Default)]
struct Posted {
    document: Vec<u8>,
    too_large: bool,
    file_name: String,
    received_on: String,
    received_by: String,
    /// `a.<question>` fields, each value in order.
    answers: Vec<(String, String)>,
}

/// Why the form is shown again: problems beside fields and a summary.
#[derive(Default)]
struct Refusal {
    problems: Vec<FieldProblem>,
    /// By question key.
    answer_problems: Vec<(String, String)>,
    error: Option<String>,
}

async fn page(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    (slug, target): (&str, &str),
    posted: &Posted,
    refusal: Refusal,
) -> Result<LetterPage, AppError> {
    let Refusal {
        problems,
        answer_problems,
        error,
    } = refusal;
    let target_id = TargetId::parse(target).ok_or(AppError::NotFound)?;
    let s = slug.to_string();
    let (campaign, target, staff_names) = state
        .db(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
            let target =
                campaigns::target(conn, &campaign.id, &target_id)?.ok_or(AppError::NotFound)?;
            let names = staff::list(conn)?
                .into_iter()
                .filter(|u| u.disabled_at.is_none())
                .map(|u| u.name)
                .collect::<Vec<_>>();
            Ok((campaign, target, names))
        })
        .await?;
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;
    let questionnaire = &loaded.1;
    let view = QuestionnaireView::new(questionnaire, crate::domain::i18n::Tr::english());
    let entered = answers_of(posted);
    let questions = view
        .sections
        .into_iter()
        .flat_map(|s| s.questions)
        .map(|q| LetterQuestion {
            value: entered.get(&q.key).cloned().unwrap_or_default(),
            problems: answer_problems
                .iter()
                .filter(|(k, _)| *k == q.key)
                .map(|(_, p)| p.clone())
                .collect(),
            view: q,
        })
        .collect();
    let received_by = if posted.received_by.is_empty() && problems.is_empty() {
        me.user.name.clone()
    } else {
        posted.received_by.clone()
    };
    Ok(LetterPage {
        page: PageContext::new(
            format!("A response by letter · {}", target.company_name),
            csrf,
            Some(me),
        ),
        campaign,
        target,
        questions,
        staff_names,
        received_on: posted.received_on.clone(),
        received_by,
        problems,
        error,
        accepted: ACCEPTED,
        limit_mb: LETTER_LIMIT / (1024 * 1024),
    })
}

/// The posted answers as stored text (choices one per line), unchecked.
fn answers_of(posted: &Posted) -> Answers {
    let mut out = Answers::new();
    for (name, value) in &posted.answers {
        let key = name.trim_start_matches("a.").to_string();
        out.entry(key)
            .and_modify(|v: &mut String| {
                v.push('\n');
                v.push_str(value)
            })
            .or_insert_with(|| value.clone());
    }
    out
}

pub async fn form(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let (slug, target) = path.into_inner();
    let page = page(
        &state,
        &me,
        &csrf,
        (&slug, &target),
        &Posted::default(),
        Refusal::default(),
    )
    .await?;
    Ok(ok(&page))
}

/// Reads the form, keeping at most the limit (and a byte more, to know) of
/// the document and a sane amount of each text field.
async fn read(mut body: Multipart) -> Result<Posted, AppError> {
    const TEXT_LIMIT: usize = 200 * 1024;
    // All the text fields together: far more than every question's longest
    // answer, far less than memory.
    const TEXT_TOTAL: usize = 8 * 1024 * 1024;
    let mut posted = Posted::default();
    let mut text_total = 0;
    while let Some(field) = body.next().await {
        let mut field = field.map_err(|_| {
            AppError::BadRequest(Tr::english().t("admin-letters-the-form-could-not-be"))
        })?;
        let name = field.name().unwrap_or_default().to_string();
        let is_document = name == "document";
        if is_document {
            posted.file_name = field
                .content_disposition()
                .and_then(|d| d.get_filename())
                .unwrap_or_default()
                .chars()
                .filter(|c| !c.is_control())
                .take(200)
                .collect();
        }
        let limit = if is_document {
            LETTER_LIMIT + 1
        } else {
            TEXT_LIMIT
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| {
                AppError::BadRequest(Tr::english().t("admin-letters-the-form-could-not-be"))
            })?;
            // Read to the end, keep only up to the limit.
            let room = limit.saturating_sub(bytes.len());
            bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
        }
        if is_document {
            posted.too_large = bytes.len() > LETTER_LIMIT;
            posted.document = bytes;
            continue;
        }
        text_total += bytes.len();
        if text_total > TEXT_TOTAL {
            return Err(AppError::BadRequest(
                Tr::english().t("admin-letters-the-form-is-larger-than"),
            ));
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        match name.as_str() {
            "received_on" => posted.received_on = text,
            "received_by" => posted.received_by = text,
            n if n.starts_with("a.") && !text.is_empty() => posted.answers.push((name, text)),
            _ => {}
        }
    }
    Ok(posted)
}

pub async fn record(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: Multipart,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let (slug, target) = path.into_inner();
    let target_id = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    let campaign = campaign_by_slug(&state, &slug).await?;
    let posted = read(body).await?;
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;

    let mut problems = Vec::new();
    let kind = if posted.too_large {
        rules_of_letters::check_document(&vec![0; LETTER_LIMIT + 1])
    } else {
        rules_of_letters::check_document(&posted.document)
    }
    .map_err(|p| problems.push(p))
    .ok();
    let today = time::now().date();
    let received_on = rules_of_letters::parse_received_on(&posted.received_on, today)
        .map_err(|p| problems.push(p))
        .ok();
    let received_by = rules_of_letters::parse_received_by(&posted.received_by)
        .map_err(|p| problems.push(p))
        .ok();
    // Answers: the same parsing as a representative's form.
    let questionnaire = &loaded.1;
    let mut answers = Answers::new();
    let mut answer_problems = Vec::new();
    for (_, q) in questionnaire.questions() {
        let name = format!("a.{}", q.key);
        let values: Vec<String> = posted
            .answers
            .iter()
            .filter(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
            .collect();
        match rules::from_form(q, &values) {
            Ok(v) if v.is_empty() => {}
            Ok(v) => {
                answers.insert(q.key.to_string(), v);
            }
            Err(rules::BadPost(message)) => answer_problems.push((q.key.to_string(), message)),
        }
    }

    let refused = |problems: Vec<FieldProblem>, answer_problems, error: String| {
        let (state, me, csrf, slug, target) = (&state, &me, &csrf, &slug, &target);
        let posted = &posted;
        async move {
            let refusal = Refusal {
                problems,
                answer_problems,
                error: Some(error),
            };
            let page = page(state, me, csrf, (slug, target), posted, refusal).await?;
            Ok::<_, AppError>(html(
                &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
                &page,
            ))
        }
    };
    let (Some(kind), Some(received_on), Some(received_by), true) =
        (kind, received_on, received_by, answer_problems.is_empty())
    else {
        let message = if problems.iter().any(|p| p.field == "document") {
            "admin-letter-not-recorded"
        } else {
            "admin-letter-not-recorded-choose-again"
        };
        return refused(problems, answer_problems, Tr::english().t(message)).await;
    };
    let file_name = if posted.file_name.trim().is_empty() {
        format!("letter.{}", kind.extension())
    } else {
        posted.file_name.clone()
    };
    let input = LetterInput {
        document: posted.document.clone(),
        kind,
        file_name,
        received_on,
        received_by,
        answers,
    };
    let (actor, c, t, l) = (me.actor(), campaign.clone(), target_id, loaded.clone());
    let result = state
        .run(move |conn| {
            letters::record_letter(conn, &actor, &c, &t, (&l.0, &l.1), &input, time::now())
        })
        .await;
    match result {
        Ok(recorded) => Ok(see_other(&format!(
            "/admin/campaigns/{slug}/targets/{target}?done=letter&revision={}",
            recorded.revision
        ))),
        Err(LetterError::Answers(found)) => {
            refused(
                Vec::new(),
                found,
                Tr::english().t("admin-letters-nothing-was-recorded-correct-what"),
            )
            .await
        }
        Err(LetterError::NotAllowed(why)) => refused(Vec::new(), Vec::new(), why).await,
        Err(e) => Err(e.into()),
    }
}

/// The document as received, for staff.
pub async fn download(
    staff: AnyStaff,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(_) = staff;
    let (slug, target, sha256) = path.into_inner();
    let target_id = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    let campaign = campaign_by_slug(&state, &slug).await?;
    let found = state
        .db(move |conn| {
            campaigns::target(conn, &campaign.id, &target_id)?.ok_or(AppError::NotFound)?;
            Ok(stored::document(conn, &target_id, &sha256)?)
        })
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(attachment(found.0, found.1))
}

/// A letter served for download, never shown in the browser.
pub fn attachment(content_type: String, bytes: Vec<u8>) -> HttpResponse {
    crate::web::documents::attachment("letter", &content_type, bytes)
}
