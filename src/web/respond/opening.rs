//! Opening a secret link: a page with a button (mail scanners open links
//! by themselves), and signing in with the button.

use actix_web::http::StatusCode;
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use askama::Template;

use super::{deadline_text, holder_tr, organisations_sentence, session};
use crate::db::links::{self, Holder, Validity};
use crate::db::{self as database, campaigns};
use crate::domain::i18n::Tr;
use crate::domain::{secret, time};
use crate::web::csrf::{CsrfToken, RenewToken};
use crate::web::error::AppError;
use crate::web::language::Reader;
use crate::web::page::{html, see_other};
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "respond/open.html")]
pub(super) struct OpenPage {
    title: String,
    holder: Option<Holder>,
    token: String,
    organisations: String,
    deadline: String,
    problem: String,
    csrf_token: String,
    tr: Tr,
}

/// The page saying why a link does not work: `title` and `problem` are
/// message keys.
pub(super) fn problem_page(status: StatusCode, tr: Tr, title: &str, problem: &str) -> HttpResponse {
    html(
        &mut HttpResponse::build(status),
        &OpenPage {
            title: tr.t(title),
            holder: None,
            token: String::new(),
            organisations: String::new(),
            deadline: String::new(),
            problem: tr.t(problem),
            csrf_token: String::new(),
            tr,
        },
    )
}

/// What opening a link finds.
pub(super) enum Opened {
    /// The link works now: its holder.
    Usable(Box<Holder>),
    /// It does not: the page that says why.
    Refused(HttpResponse),
}

/// Opens a link: its holder if it works now, or the page that says why not.
pub(super) async fn usable(
    state: &AppState,
    reader: &Reader,
    token: &str,
) -> Result<Opened, AppError> {
    let t = token.to_string();
    let found = state.db(move |conn| Ok(links::find(conn, &t)?)).await?;
    let Some(holder) = found else {
        return Ok(Opened::Refused(problem_page(
            StatusCode::NOT_FOUND,
            reader.for_respondent("", ""),
            "respond-link-unknown-title",
            "respond-link-unknown",
        )));
    };
    let tr = holder_tr(state, reader, &holder).await?;
    let problem = match holder.validity(state.config.link_valid_days, time::now()) {
        Validity::Valid => return Ok(Opened::Usable(Box::new(holder))),
        Validity::Revoked => "respond-link-revoked",
        Validity::Expired => "respond-link-expired",
        Validity::CampaignNotOpen => "respond-link-not-open",
    };
    Ok(Opened::Refused(problem_page(
        StatusCode::GONE,
        tr,
        "respond-link-gone-title",
        problem,
    )))
}

/// Showing the page records nothing: a scanner that follows the link
/// neither signs in nor marks the company as having viewed it.
pub(super) async fn open(
    state: web::Data<AppState>,
    path: web::Path<String>,
    csrf: CsrfToken,
    reader: Reader,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let holder = match usable(&state, &reader, &token).await? {
        Opened::Usable(h) => *h,
        Opened::Refused(page) => return Ok(page),
    };
    let tr = holder_tr(&state, &reader, &holder).await?;
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
            deadline: deadline_text(tr, &holder),
            organisations: organisations_sentence(tr, &organisations),
            holder: Some(holder),
            token,
            problem: String::new(),
            csrf_token: csrf.value().to_string(),
            tr,
        },
    ))
}

pub(super) async fn sign_in(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let holder = match usable(&state, &Reader::of(&req), &token).await? {
        Opened::Usable(h) => *h,
        Opened::Refused(page) => return Ok(page),
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
