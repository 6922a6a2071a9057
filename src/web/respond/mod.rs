//! The representatives' side, reached only through a secret link: opening
//! the link (a page with a button, because mail scanners open links by
//! themselves), signing in with the button, the start page, asking for more
//! time, and asking for a new link.

pub mod answer;
pub mod session;
pub mod unsaved;

use actix_web::http::StatusCode;
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use askama::Template;
use chrono::NaiveDate;
use serde::Deserialize;

use self::session::{MaybeRespondent, Respondent};
use super::client::Client;
use super::csrf::{CsrfToken, RenewToken};
use super::error::AppError;
use super::page::{html, ok, see_other, sentence};
use super::state::AppState;
use crate::app::outreach::{self, OutreachError};
use crate::db::links::{self, Holder, Validity};
use crate::db::outreach::extension_requests_of;
use crate::db::{self as database, campaigns};
use crate::domain::campaign::{days_until, parse_time_zone, show_in_zone};
use crate::domain::outreach::end_of_day;
use crate::domain::{secret, time, Email};
use crate::web::form::HtmlForm;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/respond", web::get().to(start))
        .route("/respond/open/{token}", web::get().to(open))
        .route("/respond/open/{token}", web::post().to(sign_in))
        .route("/respond/extension", web::post().to(ask_for_time))
        .route("/respond/reply", web::post().to(reply))
        .route("/respond/logout", web::post().to(logout))
        .route("/respond/link", web::get().to(link_form))
        .route("/respond/link", web::post().to(link_request))
        .configure(answer::routes);
}

fn organisations_sentence(names: &[String]) -> String {
    crate::email::compose::and_list(names)
        .unwrap_or_else(|| "The campaign's organisations".to_string())
}

pub(super) fn deadline_text(holder: &Holder) -> String {
    let tz = parse_time_zone(&holder.campaign.time_zone).unwrap_or(chrono_tz::UTC);
    show_in_zone(holder.deadline(), tz)
}

#[derive(Template)]
#[template(path = "respond/open.html")]
struct OpenPage {
    title: String,
    holder: Option<Holder>,
    token: String,
    organisations: String,
    deadline: String,
    problem: String,
    csrf_token: String,
}

fn problem_page(status: StatusCode, title: &str, problem: &str) -> HttpResponse {
    html(
        &mut HttpResponse::build(status),
        &OpenPage {
            title: title.to_string(),
            holder: None,
            token: String::new(),
            organisations: String::new(),
            deadline: String::new(),
            problem: problem.to_string(),
            csrf_token: String::new(),
        },
    )
}

/// A link's holder if the link works now, or the page that says why not.
async fn usable(state: &AppState, token: &str) -> Result<Result<Holder, HttpResponse>, AppError> {
    let t = token.to_string();
    let found = state.db(move |conn| Ok(links::find(conn, &t)?)).await?;
    let Some(holder) = found else {
        return Ok(Err(problem_page(
            StatusCode::NOT_FOUND,
            "This link does not work",
            "We do not know this link. Perhaps part of it was lost when it was copied.",
        )));
    };
    let problem = match holder.validity(state.config.link_valid_days, time::now()) {
        Validity::Valid => return Ok(Ok(holder)),
        Validity::Revoked => "This link has been replaced by a newer one, or withdrawn.",
        Validity::Expired => "This link has expired.",
        Validity::CampaignNotOpen => "This questionnaire is not open.",
    };
    Ok(Err(problem_page(
        StatusCode::GONE,
        "This link no longer works",
        problem,
    )))
}

/// Showing the page records nothing: a scanner that follows the link
/// neither signs in nor marks the company as having viewed it.
async fn open(
    state: web::Data<AppState>,
    path: web::Path<String>,
    csrf: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let holder = match usable(&state, &token).await? {
        Ok(h) => h,
        Err(page) => return Ok(page),
    };
    let id = holder.campaign.id.clone();
    let organisations = state
        .db(move |conn| Ok(campaigns::organisations_of(conn, &id)?))
        .await?
        .into_iter()
        .map(|o| o.name)
        .collect::<Vec<_>>();
    Ok(html(
        // The global Referrer-Policy (same-origin) keeps the token in this
        // address from other sites; `no-referrer` would make browsers send
        // `Origin: null` with the button's form, which CSRF checks refuse.
        &mut HttpResponse::Ok(),
        &OpenPage {
            title: holder.campaign.title.clone(),
            deadline: deadline_text(&holder),
            organisations: organisations_sentence(&organisations),
            holder: Some(holder),
            token,
            problem: String::new(),
            csrf_token: csrf.value().to_string(),
        },
    ))
}

async fn sign_in(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let holder = match usable(&state, &token).await? {
        Ok(h) => h,
        Err(page) => return Ok(page),
    };
    let new = secret::generate();
    let digest = new.digest.clone();
    state
        .db(move |conn| {
            Ok(database::write(conn, |conn| {
                links::sign_in(conn, &holder, &digest, time::now())
            })?)
        })
        .await?;
    req.extensions_mut()
        .insert(RenewToken(secret::generate().token));
    let mut response = see_other("/respond");
    response
        .add_cookie(&session::cookie(&new.token, state.https()))
        .map_err(|e| AppError::Internal(anyhow::anyhow!("setting the cookie: {e}")))?;
    Ok(response)
}

#[derive(Template)]
#[template(path = "respond/start.html")]
struct StartPage {
    title: String,
    csrf_token: String,
    h: Holder,
    organisations: String,
    deadline: String,
    days_left: String,
    demands: Vec<(String, String, String)>,
    sections: Vec<answer::SectionRow>,
    latest: Option<(i32, String)>,
    declined: Option<(String, Option<String>)>,
    can_undo: bool,
    editable: bool,
    requests: Vec<String>,
    can_ask: bool,
    /// Preliminary findings: reply until, the text, whether still open.
    findings: Option<(String, String, bool)>,
    replies: Vec<(String, String)>,
    reply_error: Option<String>,
    reason: String,
    reason_error: Option<String>,
    until: String,
    until_error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize)]
struct StartQuery {
    #[serde(default)]
    asked: Option<String>,
    #[serde(default)]
    declined: Option<String>,
    #[serde(default)]
    undone: Option<String>,
    #[serde(default)]
    replied: Option<String>,
}

pub(super) fn ended() -> HttpResponse {
    see_other("/respond/link?ended=1")
}

struct FormState {
    reply_error: Option<String>,
    reason: String,
    reason_error: Option<String>,
    until: String,
    until_error: Option<String>,
    notice: Option<String>,
}

async fn start_page(
    state: &AppState,
    csrf: &CsrfToken,
    r: Respondent,
    form: FormState,
) -> Result<StartPage, AppError> {
    let ctx = answer::Context::load(state, r).await?;
    let holder = ctx.r.holder.clone();
    let campaign = holder.campaign.clone();
    let target = holder.link.target_id.clone();
    let (organisations, requests, declined, findings, replies) = state
        .db(move |conn| {
            let orgs = campaigns::organisations_of(conn, &campaign.id)?;
            let requests = extension_requests_of(conn, &target)?;
            let declined = crate::db::answers::declined(conn, &target)?;
            let findings = crate::db::findings::findings_of(conn, &target)?;
            let replies = crate::db::findings::replies_of(conn, &target)?;
            Ok((orgs, requests, declined, findings, replies))
        })
        .await?;
    let questionnaire = ctx.questionnaire();
    let lang = questionnaire.default_language.clone();
    let tz = parse_time_zone(&holder.campaign.time_zone).unwrap_or(chrono_tz::UTC);
    let now = time::now();
    let days = days_until(holder.deadline(), now);
    let days_left = match days {
        d if d > 1 => format!("{d} days left"),
        1 => "1 day left".to_string(),
        0 if holder.deadline() > now => "less than a day left".to_string(),
        0 => "the deadline passed less than a day ago".to_string(),
        -1 => "the deadline passed 1 day ago".to_string(),
        d => format!("the deadline passed {} days ago", -d),
    };
    let pending = requests.iter().any(|(r, _)| r.decision == "pending");
    let requests = requests
        .into_iter()
        .map(|(r, email)| {
            let asked = show_in_zone(r.requested_at, tz);
            match (r.decision.as_str(), r.granted_until) {
                ("granted", Some(until)) => format!(
                    "Asked by {email} on {asked}: granted until {}.",
                    show_in_zone(until, tz)
                ),
                ("refused", _) => format!("Asked by {email} on {asked}: refused."),
                _ => format!("Asked by {email} on {asked}: waiting for an answer."),
            }
        })
        .collect();
    let answers = ctx.answers();
    let open = holder.campaign.state() == crate::domain::campaign::CampaignState::Open;
    Ok(StartPage {
        title: holder.campaign.title.clone(),
        csrf_token: csrf.value().to_string(),
        organisations: organisations_sentence(
            &organisations
                .into_iter()
                .map(|o| o.name)
                .collect::<Vec<_>>(),
        ),
        deadline: deadline_text(&holder),
        days_left,
        demands: questionnaire
            .demands
            .iter()
            .map(|d| {
                (
                    d.title.get(&lang, &lang).to_string(),
                    d.text.get(&lang, &lang).to_string(),
                    answer::sections_for_demand(questionnaire, d.key.as_str()),
                )
            })
            .collect(),
        sections: answer::section_rows(questionnaire, &answers),
        latest: answer::latest_receipt(&ctx),
        can_undo: declined.is_some() && open && now < holder.deadline(),
        declined: answer::declined_view(declined, &ctx),
        editable: ctx.editable.is_ok(),
        requests,
        can_ask: !pending && open,
        findings: findings.map(|(_, until, body)| (show_in_zone(until, tz), body, now < until)),
        replies: replies
            .into_iter()
            .map(|(body, at, who)| (body, format!("{who}, {}", show_in_zone(at, tz))))
            .collect(),
        reply_error: form.reply_error,
        h: holder,
        reason: form.reason,
        reason_error: form.reason_error,
        until: form.until,
        until_error: form.until_error,
        notice: form.notice,
    })
}

async fn start(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
    query: web::Query<StartQuery>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let notice = if query.asked.is_some() {
        Some(
            "Your request for more time is sent. The campaign's staff will write to you."
                .to_string(),
        )
    } else if query.declined.is_some() {
        Some(
            "Recorded: your company declines to answer. You can undo this until the deadline."
                .to_string(),
        )
    } else if query.replied.is_some() {
        Some("Your reply is recorded; the reviewers will read it.".to_string())
    } else if query.undone.is_some() {
        Some("Your company no longer declines: answer the questionnaire and submit before the deadline.".to_string())
    } else {
        None
    };
    let page = start_page(
        &state,
        &csrf,
        r,
        FormState {
            reply_error: None,
            reason: String::new(),
            reason_error: None,
            until: String::new(),
            until_error: None,
            notice,
        },
    )
    .await?;
    Ok(ok(&page))
}

#[derive(Deserialize)]
struct ExtensionForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    until: String,
}

async fn ask_for_time(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
    form: HtmlForm<ExtensionForm>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let ExtensionForm { reason, until } = form.into_inner();
    let tz = parse_time_zone(&r.holder.campaign.time_zone).unwrap_or(chrono_tz::UTC);
    let mut reason_error = None;
    let mut until_error = None;
    let reason_text = reason.trim().to_string();
    if reason_text.is_empty() {
        reason_error = Some("Say briefly why you need more time.".to_string());
    } else if reason_text.chars().count() > 2000 {
        reason_error = Some("Keep the reason under 2,000 characters.".to_string());
    }
    let until_utc = if until.trim().is_empty() {
        None
    } else {
        match NaiveDate::parse_from_str(until.trim(), "%Y-%m-%d")
            .ok()
            .and_then(|d| end_of_day(d, tz))
        {
            Some(t) if t > r.holder.deadline() => Some(t),
            Some(_) => {
                until_error = Some("Give a day after the current deadline.".to_string());
                None
            }
            None => {
                until_error = Some("Give a date such as 2027-01-31.".to_string());
                None
            }
        }
    };
    let mut form_state = FormState {
        reply_error: None,
        reason: reason.clone(),
        reason_error,
        until: until.clone(),
        until_error,
        notice: None,
    };
    if form_state.reason_error.is_none() && form_state.until_error.is_none() {
        let holder = r.holder.clone();
        let settings = state.outreach();
        let result = state
            .run(move |conn| {
                outreach::request_extension(
                    conn,
                    &holder,
                    &reason_text,
                    until_utc,
                    &settings,
                    time::now(),
                )
            })
            .await;
        match result {
            Ok(_) => return Ok(see_other("/respond?asked=1#more-time")),
            Err(OutreachError::Invalid(message)) => form_state.reason_error = Some(message),
            Err(OutreachError::NotAllowed(..)) => {
                form_state.reason_error =
                    Some("This questionnaire no longer takes requests for more time.".to_string())
            }
            Err(e) => return Err(e.into()),
        }
    }
    let page = start_page(&state, &csrf, r, form_state).await?;
    Ok(html(&mut HttpResponse::UnprocessableEntity(), &page))
}

#[derive(Deserialize)]
struct ReplyForm {
    #[serde(default)]
    body: String,
}

/// A reply to the preliminary findings, while the window is open.
async fn reply(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
    form: HtmlForm<ReplyForm>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let body = form.into_inner().body;
    let holder = r.holder.clone();
    let result = state
        .run(move |conn| crate::app::review::add(conn, &holder, &body, time::now()))
        .await;
    use crate::app::review::ReplyError;
    match result {
        Ok(()) => Ok(see_other("/respond?replied=1#findings")),
        Err(
            e @ (ReplyError::NotSent
            | ReplyError::Closed(_)
            | ReplyError::Empty
            | ReplyError::TooLong),
        ) => {
            let page = start_page(
                &state,
                &csrf,
                r,
                FormState {
                    reply_error: Some(sentence(&e.to_string())),
                    reason: String::new(),
                    reason_error: None,
                    until: String::new(),
                    until_error: None,
                    notice: None,
                },
            )
            .await?;
            Ok(html(&mut HttpResponse::UnprocessableEntity(), &page))
        }
        Err(e) => Err(e.into()),
    }
}

async fn logout(
    req: HttpRequest,
    state: web::Data<AppState>,
    respondent: MaybeRespondent,
) -> Result<HttpResponse, AppError> {
    if let Some(r) = respondent.0 {
        state
            .db(move |conn| Ok(links::end_session(conn, &r.session_digest)?))
            .await?;
    }
    req.extensions_mut()
        .insert(RenewToken(secret::generate().token));
    let mut response = see_other("/respond/link?signed_out=1");
    response
        .add_cookie(&session::removal_cookie(state.https()))
        .map_err(|e| AppError::Internal(anyhow::anyhow!("removing the cookie: {e}")))?;
    Ok(response)
}

#[derive(Template)]
#[template(path = "respond/link.html")]
struct LinkPage {
    title: String,
    csrf_token: String,
    email: String,
    email_error: Option<String>,
    sent: bool,
    notice: Option<String>,
}

#[derive(Deserialize)]
struct LinkQuery {
    #[serde(default)]
    ended: Option<String>,
    #[serde(default)]
    signed_out: Option<String>,
}

async fn link_form(csrf: CsrfToken, query: web::Query<LinkQuery>) -> HttpResponse {
    let notice = if query.signed_out.is_some() {
        Some("You are signed out. Your link still works until it expires.".to_string())
    } else if query.ended.is_some() {
        Some("You are not signed in, or your session has ended. Open the link from our email again, or ask for a new one here.".to_string())
    } else {
        None
    };
    ok(&LinkPage {
        title: "Ask for a new link".to_string(),
        csrf_token: csrf.value().to_string(),
        email: String::new(),
        email_error: None,
        sent: false,
        notice,
    })
}

#[derive(Deserialize)]
struct LinkForm {
    #[serde(default)]
    email: String,
}

/// The answer is the same whether or not the address is known: the page
/// must not tell anyone which companies were asked or who works there.
async fn link_request(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    client: Client,
    form: HtmlForm<LinkForm>,
) -> Result<HttpResponse, AppError> {
    let typed = form.into_inner().email;
    let email = match Email::parse(&typed) {
        Ok(e) => e,
        Err(e) => {
            return Ok(html(
                &mut HttpResponse::UnprocessableEntity(),
                &LinkPage {
                    title: "Ask for a new link".to_string(),
                    csrf_token: csrf.value().to_string(),
                    email: typed,
                    email_error: Some(sentence(&e.to_string())),
                    sent: false,
                    notice: None,
                },
            ))
        }
    };
    let settings = state.outreach();
    let address = email.to_string();
    let asked = state
        .run(move |conn| outreach::request_link(conn, &address, &client.ip, &settings, time::now()))
        .await?;
    if asked == outreach::LinkRequest::TooManyFromClient {
        return Err(AppError::TooManyRequests {
            retry_after_seconds: 3600,
        });
    }
    Ok(ok(&LinkPage {
        title: "Ask for a new link".to_string(),
        csrf_token: csrf.value().to_string(),
        email: email.to_string(),
        email_error: None,
        sent: true,
        notice: None,
    }))
}
