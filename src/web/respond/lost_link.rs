//! Asking for a new link, for a contact who lost theirs: the same page
//! whether or not the address is known.

use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::outreach::{self};
use crate::domain::i18n::Tr;
use crate::domain::{time, Email};
use crate::web::client::Client;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::language::Reader;
use crate::web::page::{html, ok};
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "respond/link.html")]
pub(super) struct LinkPage {
    title: String,
    csrf_token: String,
    email: String,
    email_error: Option<String>,
    sent: bool,
    notice: Option<String>,
    tr: Tr,
}

#[derive(Deserialize)]
pub(super) struct LinkQuery {
    #[serde(default)]
    ended: Option<String>,
    #[serde(default)]
    signed_out: Option<String>,
}

pub(super) async fn link_form(
    csrf: CsrfToken,
    reader: Reader,
    query: web::Query<LinkQuery>,
) -> HttpResponse {
    let tr = reader.for_respondent("", "");
    let notice = if query.signed_out.is_some() {
        Some(tr.t("respond-notice-signed-out"))
    } else if query.ended.is_some() {
        Some(tr.t("respond-notice-ended"))
    } else {
        None
    };
    ok(&LinkPage {
        title: tr.t("respond-newlink-title"),
        csrf_token: csrf.value().to_string(),
        email: String::new(),
        email_error: None,
        sent: false,
        notice,
        tr,
    })
}

#[derive(Deserialize)]
pub(super) struct LinkForm {
    #[serde(default)]
    email: String,
}

/// The answer is the same whether or not the address is known: the page
/// must not tell anyone which companies were asked or who works there.
pub(super) async fn link_request(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    client: Client,
    reader: Reader,
    form: HtmlForm<LinkForm>,
) -> Result<HttpResponse, AppError> {
    let tr = reader.for_respondent("", "");
    let typed = form.into_inner().email;
    let email = match Email::parse(&typed) {
        Ok(e) => e,
        Err(e) => {
            return Ok(html(
                &mut HttpResponse::UnprocessableEntity(),
                &LinkPage {
                    title: tr.t("respond-newlink-title"),
                    csrf_token: csrf.value().to_string(),
                    email: typed,
                    email_error: Some(super::refusals::email(tr, &e)),
                    sent: false,
                    notice: None,
                    tr,
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
        title: tr.t("respond-newlink-title"),
        csrf_token: csrf.value().to_string(),
        email: email.to_string(),
        email_error: None,
        sent: true,
        notice: None,
        tr,
    }))
}
