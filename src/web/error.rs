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
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use super::page::{html, PageContext};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// Not signed in: the browser is sent to the sign-in page.
    #[error("sign-in required")]
    SignInRequired { next: String },
    /// Signed in, but a second factor must be set up first.
    #[error("two-factor setup required")]
    TwoFactorSetupRequired,
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("too many attempts")]
    TooManyRequests { retry_after_seconds: i64 },
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// Too many passwords are being checked at once: try again shortly.
    #[error("busy checking passwords")]
    Busy { retry_after_seconds: i64 },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        AppError::Internal(anyhow::Error::new(e).context("querying the database"))
    }
}

impl From<crate::app::Outage> for AppError {
    fn from(e: crate::app::Outage) -> Self {
        match e {
            crate::app::Outage::NoConnection(e) => e.into(),
            crate::app::Outage::Task(e) => {
                AppError::Internal(anyhow::Error::new(e).context("database task"))
            }
        }
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        AppError::Unavailable(format!("no database connection: {e}"))
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub page: PageContext,
    pub heading: String,
    pub explanation: String,
    /// The request's id, for a report to quote (`web::observe`).
    pub reference: Option<String>,
}

impl ErrorPage {
    pub fn for_status(status: StatusCode, explanation: Option<String>) -> ErrorPage {
        let (heading, default) = describe(status);
        ErrorPage {
            page: PageContext::bare(heading),
            heading: heading.to_string(),
            explanation: explanation.unwrap_or_else(|| default.to_string()),
            reference: super::observe::current_request_id(),
        }
    }
}

/// The heading and the default explanation for a status.
fn describe(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        400 => ("The request could not be understood", "Something in what was sent is not right. Go back, check the form and try again."),
        403 => ("Not allowed", "Your account does not have the permission for this page."),
        404 => ("Page not found", "There is no page at this address. Check the address, or start again from the home page."),
        405 => ("Not allowed here", "This address does not accept that kind of request."),
        413 => ("Too much data", "What was sent is larger than this form accepts. Shorten it and try again."),
        415 => ("Unsupported data", "This address does not accept that kind of data."),
        429 => ("Too many attempts", "Please wait a little before trying again."),
        503 => ("Temporarily unavailable", "The service cannot reach its database just now. Try again in a minute."),
        s if s >= 500 => ("Something went wrong on our side", "The problem has been logged. Try again in a moment; if it persists, tell the people who run this service."),
        _ => ("The request could not be completed", "Go back and try again."),
    }
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
        let explanation = match self {
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
                None
            }
            AppError::Unavailable(why) => {
                tracing::warn!(%why, "service unavailable");
                None
            }
            AppError::Forbidden(why) | AppError::BadRequest(why) => Some(why.clone()),
            AppError::TooManyRequests {
                retry_after_seconds,
            } => Some(format!(
                "Too many failed attempts. Wait {} before trying again.",
                human_wait(*retry_after_seconds)
            )),
            AppError::Busy { .. } => Some(
                "The server is busy checking other sign-ins. Try again in a few seconds.".into(),
            ),
            AppError::NotFound => None,
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
        html(&mut response, &ErrorPage::for_status(status, explanation))
    }
}

fn human_wait(seconds: i64) -> String {
    match seconds {
        s if s <= 60 => "a minute".to_string(),
        s => format!("{} minutes", (s + 59) / 60),
    }
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
    if !is_plain || !(status.is_client_error() || status.is_server_error()) {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    if status.is_server_error() {
        tracing::error!(%status, path = %res.request().path(), "request failed");
    }
    let (req, old) = res.into_parts();
    let mut builder = HttpResponse::build(status);
    for (name, value) in old.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            builder.append_header((name.clone(), value.clone()));
        }
    }
    let new = html(&mut builder, &ErrorPage::for_status(status, None));
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
}
