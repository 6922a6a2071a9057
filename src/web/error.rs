//! Errors in the web layer.
//!
//! The rules:
//! * Below the web layer, queries return `diesel::QueryResult` and other
//!   steps `anyhow::Result`, each adding `.context(..)` that says what was
//!   being done; the chain tells the whole story in the log.
//! * Handlers return `Result<_, AppError>`. Every variant but `Internal`
//!   carries or implies a plain sentence for the person in front of the
//!   page. `Internal` is logged with its cause chain (`{:?}`) and shown as a
//!   plain apology with no detail: never a stack trace, never a bare 500.
//! * A bad form is not an error: the handler shows the form again with the
//!   problem beside the field.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::{header, StatusCode};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use askama::Template;

pub use super::app_error::AppError;
use super::language::Reader;
use super::page::{html, PageContext};
use crate::domain::i18n::{Lang, Tr};

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub page: PageContext,
    pub heading: String,
    pub explanation: String,
    /// `Some("en")` when the explanation is a sentence the code gave (in
    /// English) on a page in another language.
    pub explanation_lang: Option<&'static str>,
    /// The request's id, for a report to quote (`web::observe`).
    pub reference: Option<String>,
}

/// What an error page explains below its heading. Kept on the response
/// ([`HttpResponse::extensions`]) so that [`render_plain_errors`], which
/// sees the request, can write the page again in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Explanation {
    /// The status's own explanation.
    Default,
    /// A sentence the code gave, in English (a staff form's problem).
    Given(String),
    /// Too many failed attempts: wait this many seconds.
    TooManyAttempts(i64),
    /// Too many passwords being checked at once.
    Busy,
    /// A sentence already in the page's language.
    Written(String),
}

impl ErrorPage {
    /// The page in English (staff pages, and where no request is at hand).
    pub fn for_status(status: StatusCode, explanation: Option<String>) -> ErrorPage {
        ErrorPage::in_language(
            Tr::english(),
            status,
            explanation.map_or(Explanation::Default, Explanation::Given),
        )
    }

    /// The page in the language of `tr`.
    pub fn in_language(tr: Tr, status: StatusCode, explanation: Explanation) -> ErrorPage {
        let key = status_key(status);
        let heading = tr.t(&format!("error-{key}-heading"));
        let mut explanation_lang = None;
        let explanation = match explanation {
            Explanation::Default => tr.t(&format!("error-{key}-text")),
            Explanation::Given(why) => {
                if tr.code() != "en" {
                    explanation_lang = Some("en");
                }
                why
            }
            Explanation::TooManyAttempts(seconds) => {
                tr.t1("error-too-many-wait", "wait", human_wait(tr, seconds))
            }
            Explanation::Busy => tr.t("error-busy"),
            Explanation::Written(text) => text,
        };
        ErrorPage {
            page: PageContext::bare(heading.clone()).in_language(tr),
            heading,
            explanation,
            explanation_lang,
            reference: super::observe::current_request_id(),
        }
    }
}

/// The part of the catalogue keys (`error-<key>-heading`, `error-<key>-text`)
/// for a status.
fn status_key(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "400",
        403 => "403",
        404 => "404",
        405 => "405",
        413 => "413",
        415 => "415",
        429 => "429",
        503 => "503",
        s if s >= 500 => "500",
        _ => "other",
    }
}

/// Every key [`status_key`] gives, for the catalogue test.
#[cfg(test)]
const STATUS_KEYS: [&str; 10] = [
    "400", "403", "404", "405", "413", "415", "429", "503", "500", "other",
];

/// The reader's language on an error page: English under /admin (staff
/// pages stay English); elsewhere the address's `?lang=`, the switch's
/// cookie, the browser's `Accept-Language`, else English.
pub fn reader_tr(req: &HttpRequest) -> Tr {
    if is_staff_path(req.path()) {
        return Tr::english();
    }
    let reader = Reader::of(req);
    Tr::new(
        reader
            .in_address
            .or(reader.chosen)
            .or(reader.browser)
            .unwrap_or_else(Lang::english),
    )
}

fn is_staff_path(path: &str) -> bool {
    path == "/admin" || path.starts_with("/admin/")
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::SignInRequired { .. } | AppError::TwoFactorSetupRequired => {
                StatusCode::SEE_OTHER
            }
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) | AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        let status = self.status_code();
        let explanation: Explanation = match self {
            AppError::SignInRequired { next } => {
                let location = format!(
                    "/admin/login?next={}",
                    url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                );
                return HttpResponse::SeeOther()
                    .insert_header((header::LOCATION, location))
                    .finish();
            }
            AppError::TwoFactorSetupRequired => {
                return HttpResponse::SeeOther()
                    .insert_header((header::LOCATION, "/admin/account?setup=required"))
                    .finish();
            }
            AppError::Internal(e) => {
                tracing::error!(error = ?e, "request failed");
                Explanation::Default
            }
            AppError::Unavailable(why) => {
                tracing::warn!(%why, "service unavailable");
                Explanation::Default
            }
            AppError::Forbidden(why) | AppError::BadRequest(why) => Explanation::Given(why.clone()),
            AppError::TooManyRequests {
                retry_after_seconds,
            } => Explanation::TooManyAttempts(*retry_after_seconds),
            AppError::Busy { .. } => Explanation::Busy,
            AppError::NotFound => Explanation::Default,
        };
        let mut response = HttpResponse::build(status);
        if let AppError::TooManyRequests {
            retry_after_seconds,
        }
        | AppError::Busy {
            retry_after_seconds,
        } = self
        {
            response.insert_header((header::RETRY_AFTER, retry_after_seconds.to_string()));
        }
        // Written in English here, where no request is at hand; the
        // error handler (`render_plain_errors`) writes it again in the
        // reader's language.
        let page = ErrorPage::in_language(Tr::english(), status, explanation.clone());
        let mut response = html(&mut response, &page);
        response.extensions_mut().insert(explanation);
        response
    }
}

fn human_wait(tr: Tr, seconds: i64) -> String {
    let minutes = if seconds <= 60 {
        1
    } else {
        (seconds + 59) / 60
    };
    tr.t1("error-wait-minutes", "count", minutes)
}

/// Gives errors produced by actix itself (a malformed form, a body too
/// large, an unknown method) the same page as ours, keeping their status
/// and headers.
pub fn render_plain_errors<B: MessageBody + 'static>(
    res: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    // Our own pages and JSON answers are left alone; actix's own errors
    // come as plain text or with no body at all.
    let is_plain = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v.starts_with("text/plain"));
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    // Our own error pages (`AppError`), written in English where the
    // request was not at hand, are written again in the reader's language.
    let ours = res.response().extensions().get::<Explanation>().cloned();
    let explanation = match ours {
        Some(explanation) => {
            let tr = reader_tr(res.request());
            if tr.code() == "en" {
                return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
            }
            explanation
        }
        None if is_plain => Explanation::Default,
        None => return Ok(ErrorHandlerResponse::Response(res.map_into_left_body())),
    };
    if status.is_server_error() && explanation == Explanation::Default && is_plain {
        tracing::error!(%status, path = %res.request().path(), "request failed");
    }
    let tr = reader_tr(res.request());
    let (req, old) = res.into_parts();
    let mut builder = HttpResponse::build(status);
    for (name, value) in old.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            builder.append_header((name.clone(), value.clone()));
        }
    }
    let mut new = html(
        &mut builder,
        &ErrorPage::in_language(tr, status, explanation.clone()),
    );
    new.extensions_mut().insert(explanation);
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(req, new).map_into_right_body(),
    ))
}

pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::body::MessageBody;

    fn body_of(response: HttpResponse) -> String {
        let bytes = response.into_body().try_into_bytes().unwrap_or_default();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[test]
    fn an_internal_error_is_a_plain_page_without_detail() {
        let error = AppError::Internal(
            anyhow::anyhow!("connection refused").context("loading the secret thing"),
        );
        let response = error.error_response();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = body_of(response);
        assert!(body.contains("Something went wrong on our side"));
        assert!(body.contains("class=\"brand\""), "in the site layout");
        assert!(!body.contains("secret thing"), "no cause shown");
        assert!(!body.contains("connection refused"));
    }

    #[test]
    fn too_many_requests_says_how_long_to_wait() {
        let response = AppError::TooManyRequests {
            retry_after_seconds: 600,
        }
        .error_response();
        assert_eq!(response.headers().get(header::RETRY_AFTER).unwrap(), "600");
        assert!(body_of(response).contains("10 minutes"));
    }

    #[test]
    fn every_status_has_a_heading_and_a_text_in_every_language() {
        for lang in Lang::all() {
            let tr = Tr::new(lang);
            for key in STATUS_KEYS {
                for part in ["heading", "text"] {
                    let key = format!("error-{key}-{part}");
                    assert!(tr.has(&key), "{} lacks {key}", lang.code());
                }
            }
        }
        assert_eq!(status_key(StatusCode::BAD_GATEWAY), "500");
        assert_eq!(status_key(StatusCode::CONFLICT), "other");
    }

    #[test]
    fn a_burmese_page_is_burmese_and_marks_an_english_sentence() {
        let my = Tr::new(Lang::parse("my").unwrap());
        let page = ErrorPage::in_language(my, StatusCode::NOT_FOUND, Explanation::Default);
        let body = page.render().unwrap();
        assert!(body.contains("<html lang=\"my\""), "{body}");
        assert!(body.contains("စာမျက်နှာ ရှာမတွေ့ပါ"), "{body}");
        let page = ErrorPage::in_language(
            my,
            StatusCode::BAD_REQUEST,
            Explanation::Given("Pick a company.".into()),
        );
        assert!(page
            .render()
            .unwrap()
            .contains("<p lang=\"en\">Pick a company.</p>"));
        let page = ErrorPage::in_language(
            Tr::english(),
            StatusCode::TOO_MANY_REQUESTS,
            Explanation::TooManyAttempts(30),
        );
        assert!(page
            .render()
            .unwrap()
            .contains("Too many failed attempts. Wait a minute before trying again."));
    }
}
