//! The representatives' side, reached only through a secret link: opening
//! the link (a page with a button, because mail scanners open links by
//! themselves), signing in with the button, the start page, asking for more
//! time, and asking for a new link.

pub mod answer;
mod language;
mod lost_link;
mod opening;
pub(crate) mod refusals;
mod requests;
pub mod session;
pub mod unsaved;
mod zawgyi_choice;

use lost_link::{link_form, link_request};
use opening::{open, sign_in};
use requests::{ask_for_time, reply};

use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use self::session::{MaybeRespondent, Respondent};
use super::csrf::{CsrfToken, RenewToken};
use super::error::AppError;
use super::page::{ok, see_other};
use super::state::AppState;
use crate::db::campaigns;
use crate::db::links::{self, Holder};
use crate::db::outreach::extension_requests_of;
use crate::domain::campaign::{days_until, parse_time_zone};
use crate::domain::i18n::Tr;
use crate::domain::{secret, time};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/respond", crate::web::get().to(start))
        .route("/respond/open/{token}", crate::web::get().to(open))
        .route("/respond/open/{token}", crate::web::post().to(sign_in))
        .route("/respond/extension", crate::web::post().to(ask_for_time))
        .route("/respond/reply", crate::web::post().to(reply))
        .route("/respond/logout", crate::web::post().to(logout))
        .route("/respond/language", crate::web::post().to(language::choose))
        .route("/respond/link", crate::web::get().to(link_form))
        .route("/respond/link", crate::web::post().to(link_request))
        .configure(answer::routes);
}

/// "Alpha, Beta and Gamma ask …": the campaign's organisations, in `tr`'s
/// language.
fn organisations_sentence(tr: Tr, names: &[String]) -> String {
    tr.and_list(names)
        .unwrap_or_else(|| tr.t("respond-organisations-fallback"))
}

/// The language of a representative holding `holder`'s link, before they
/// are signed in: their choice here, their contact's, their browser's, the
/// questionnaire's default.
pub(super) async fn holder_tr(
    state: &AppState,
    reader: &crate::web::language::Reader,
    holder: &Holder,
) -> Result<crate::domain::i18n::Tr, AppError> {
    let loaded = state
        .questionnaire(&holder.campaign.questionnaire_version_id)
        .await?;
    Ok(reader.for_respondent(&holder.contact_language, &loaded.1.default_language))
}

/// The campaign's time zone, in which respondent pages give every moment.
pub(super) fn zone_of(holder: &Holder) -> chrono_tz::Tz {
    parse_time_zone(&holder.campaign.time_zone).unwrap_or(chrono_tz::UTC)
}

pub(super) fn deadline_text(tr: Tr, holder: &Holder) -> String {
    tr.date_time(holder.deadline(), zone_of(holder))
}

/// "3 days left", "the deadline passed 1 day ago".
fn days_left(tr: Tr, days: i64, passed: bool) -> String {
    match days {
        d if d >= 1 => tr.t1("respond-start-days-left", "count", d),
        0 if !passed => tr.t("respond-start-less-than-a-day-left"),
        0 => tr.t("respond-start-passed-less-than-a-day-ago"),
        d => tr.t1("respond-start-passed-days-ago", "count", -d),
    }
}

#[derive(Template)]
#[template(path = "respond/start.html")]
struct StartPage {
    title: String,
    tr: crate::domain::i18n::Tr,
    csrf_token: String,
    h: Holder,
    /// The questionnaire's language where the page is in another one: its
    /// texts on this page are marked with it.
    q_lang: Option<String>,
    organisations: String,
    deadline: String,
    days_left: String,
    demands: Vec<(String, String, String)>,
    sections: Vec<answer::SectionRow>,
    latest: Option<(i32, String)>,
    /// Every submitted revision, newest first: number, SHA-256, when, by.
    revisions: Vec<(i32, String, String, String)>,
    /// Whether the working answers differ from the latest revision.
    unsubmitted: bool,
    /// Who of the company worked on the answers, and when.
    colleagues: Vec<String>,
    declined: Option<(String, Option<String>)>,
    can_undo: bool,
    editable: bool,
    requests: Vec<String>,
    can_ask: bool,
    /// Preliminary findings: reply until, the text, whether still open.
    findings: Option<(String, String, bool)>,
    replies: Vec<(String, String)>,
    reply_error: Option<String>,
    reply: String,
    /// The reply looks typed in Zawgyi: its conversion, and the choice.
    zawgyi: Option<crate::domain::zawgyi::Suspected>,
    zawgyi_unicode: String,
    zawgyi_as_typed: String,
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

#[derive(Default)]
struct FormState {
    reply_error: Option<String>,
    /// The reply as typed, given back with its error or its Zawgyi check.
    reply: String,
    zawgyi: Option<crate::domain::zawgyi::Suspected>,
    reason: String,
    reason_error: Option<String>,
    until: String,
    until_error: Option<String>,
    /// The message key of what to say at the top.
    notice: Option<&'static str>,
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
    let (organisations, requests, declined, findings, replies, latest) = state
        .db(move |conn| {
            let latest = crate::db::submissions::latest(conn, &target)?.map(|(_, json)| json);
            let orgs = campaigns::organisations_of(conn, &campaign.id)?;
            let requests = extension_requests_of(conn, &target)?;
            let declined = crate::db::answers::declined(conn, &target)?;
            let findings = crate::db::findings::findings_of(conn, &target)?;
            let replies = crate::db::findings::replies_of(conn, &target)?;
            Ok((orgs, requests, declined, findings, replies, latest))
        })
        .await?;
    let questionnaire = ctx.questionnaire();
    let tr = ctx.tr;
    let lang = questionnaire.reading_language(tr.code()).to_string();
    let tz = zone_of(&holder);
    let now = time::now();
    let days_left = days_left(
        tr,
        days_until(holder.deadline(), now),
        holder.deadline() <= now,
    );
    let pending = requests.iter().any(|(r, _)| r.decision == "pending");
    let requests = requests
        .into_iter()
        .map(|(r, email)| {
            let asked = tr.date_time(r.requested_at, tz);
            match (r.decision.as_str(), r.granted_until) {
                ("granted", Some(until)) => tr.t3(
                    "respond-extension-granted",
                    "email",
                    email,
                    "asked",
                    asked,
                    "until",
                    tr.date_time(until, tz),
                ),
                ("refused", _) => {
                    tr.t2("respond-extension-refused", "email", email, "asked", asked)
                }
                _ => tr.t2("respond-extension-waiting", "email", email, "asked", asked),
            }
        })
        .collect();
    let answers = ctx.answers();
    let unsubmitted = match latest {
        Some(json) => !serde_json::from_str::<crate::domain::answers::Snapshot>(&json)
            .map_err(|e| AppError::Internal(e.into()))?
            .holds_with(
                questionnaire,
                &answers,
                &crate::db::evidence::for_snapshot(&ctx.evidence),
            ),
        None => false,
    };
    let revisions = ctx
        .submissions
        .iter()
        .map(|s| {
            (
                s.revision,
                s.digest.clone(),
                tr.date_time(s.submitted_at, tz),
                s.submitted_by.clone(),
            )
        })
        .collect();
    let open = holder.campaign.state() == crate::domain::campaign::CampaignState::Open;
    // Answering goes on after closing until the company's own deadline.
    let may_answer = crate::domain::campaign::may_answer(
        holder.campaign.state(),
        holder.campaign.cut_short_reason.is_some(),
        holder.deadline(),
        now,
    );
    Ok(StartPage {
        title: holder.campaign.title.clone(),
        tr,
        csrf_token: csrf.value().to_string(),
        q_lang: (lang != tr.code()).then(|| lang.clone()),
        organisations: organisations_sentence(
            tr,
            &organisations
                .into_iter()
                .map(|o| o.name)
                .collect::<Vec<_>>(),
        ),
        deadline: deadline_text(tr, &holder),
        days_left,
        demands: questionnaire
            .demands
            .iter()
            .map(|d| {
                (
                    d.title
                        .get(&lang, &questionnaire.default_language)
                        .to_string(),
                    d.text
                        .get(&lang, &questionnaire.default_language)
                        .to_string(),
                    tr.digits(&answer::sections_for_demand(questionnaire, d.key.as_str())),
                )
            })
            .collect(),
        sections: answer::section_rows(questionnaire, &lang, &answers),
        latest: answer::latest_receipt(&ctx),
        revisions,
        unsubmitted,
        colleagues: ctx.colleagues(None),
        can_undo: declined.is_some() && may_answer && now < holder.deadline(),
        declined: answer::declined_view(declined, &ctx),
        editable: ctx.editable.is_ok(),
        requests,
        can_ask: !pending && open,
        findings: findings.map(|(_, until, body)| (tr.date_time(until, tz), body, now < until)),
        replies: replies
            .into_iter()
            .map(|(body, at, who)| {
                (
                    body,
                    tr.t2(
                        "respond-start-reply-by",
                        "who",
                        who,
                        "when",
                        tr.date_time(at, tz),
                    ),
                )
            })
            .collect(),
        reply_error: form.reply_error,
        reply: form.reply,
        zawgyi: form.zawgyi,
        zawgyi_unicode: tr.t("respond-zawgyi-reply-unicode"),
        zawgyi_as_typed: tr.t("respond-zawgyi-reply-as-typed"),
        h: holder,
        reason: form.reason,
        reason_error: form.reason_error,
        until: form.until,
        until_error: form.until_error,
        notice: form.notice.map(|key| tr.t(key)),
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
        Some("respond-notice-asked")
    } else if query.declined.is_some() {
        Some("respond-notice-declined")
    } else if query.replied.is_some() {
        Some("respond-notice-replied")
    } else if query.undone.is_some() {
        Some("respond-notice-undone")
    } else {
        None
    };
    let page = start_page(
        &state,
        &csrf,
        r,
        FormState {
            notice,
            ..FormState::default()
        },
    )
    .await?;
    Ok(ok(&page))
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
