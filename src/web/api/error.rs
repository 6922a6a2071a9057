//! The JSON API's one error shape, `{"error": {"code", "message", "field"}}`,
//! for every refusal: bad input (400/422, naming the field), no or bad
//! token (401, with `WWW-Authenticate: Bearer`), too small a scope (403),
//! nothing there (404), a conflict with the current state (409). Actix's
//! own refusals of a body, a query or a path come here too
//! ([`json_config`], [`query_config`], [`path_config`]).

use actix_web::http::{header, StatusCode};
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::api_tokens::TokenError;
use crate::app::directory::ChangeError;
use crate::app::publishing::PublishError;
use crate::app::Outage;
use crate::web::page::sentence;

/// What went wrong, for a script to branch on (`code`) and a person to
/// read (`message`).
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// One of `bad_request`, `invalid`, `unauthenticated`, `forbidden`,
    /// `not_found`, `conflict`, `unavailable`, `internal`.
    pub code: String,
    pub message: String,
    /// The field of the body or the parameter at fault, when one is.
    pub field: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The request could not be read: malformed JSON, a bad parameter.
    #[error("{message}")]
    BadRequest {
        message: String,
        field: Option<String>,
    },
    /// Well-formed, but a value is not acceptable.
    #[error("{message}")]
    Invalid { message: String, field: String },
    #[error("a valid API token is required")]
    Unauthenticated,
    #[error("this token may only read")]
    ReadOnly,
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Conflict(String),
    #[error("the database cannot be reached just now")]
    Unavailable,
    #[error(transparent)]
    Internal(anyhow::Error),
}

impl ApiError {
    pub fn invalid(field: &str, message: impl Into<String>) -> ApiError {
        ApiError::Invalid {
            message: sentence(&message.into()),
            field: field.to_string(),
        }
    }

    fn code(&self) -> &'static str {
        match self {
            ApiError::BadRequest { .. } => "bad_request",
            ApiError::Invalid { .. } => "invalid",
            ApiError::Unauthenticated => "unauthenticated",
            ApiError::ReadOnly => "forbidden",
            ApiError::NotFound => "not_found",
            ApiError::Conflict(_) => "conflict",
            ApiError::Unavailable => "unavailable",
            ApiError::Internal(_) => "internal",
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unauthenticated => StatusCode::UNAUTHORIZED,
            ApiError::ReadOnly => StatusCode::FORBIDDEN,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let message = match self {
            ApiError::Internal(e) => {
                tracing::error!(error = ?e, "API request failed");
                "Something went wrong on our side; it has been logged.".to_string()
            }
            ApiError::Unauthenticated => {
                "Send a valid API token as `Authorization: Bearer <token>`; an admin makes one at /admin/api-tokens.".to_string()
            }
            ApiError::ReadOnly => {
                "This token may only read; ask an admin for a token with the write scope.".to_string()
            }
            ApiError::NotFound => "There is nothing at this address.".to_string(),
            ApiError::Unavailable => {
                "The service cannot reach its database just now. Try again in a minute.".to_string()
            }
            other => other.to_string(),
        };
        let field = match self {
            ApiError::BadRequest { field, .. } => field.clone(),
            ApiError::Invalid { field, .. } => Some(field.clone()),
            _ => None,
        };
        let mut response = HttpResponse::build(self.status_code());
        if matches!(self, ApiError::Unauthenticated) {
            response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
        }
        response.json(ErrorBody {
            error: ErrorDetail {
                code: self.code().to_string(),
                message,
                field,
            },
        })
    }
}

impl From<Outage> for ApiError {
    fn from(e: Outage) -> Self {
        match e {
            Outage::NoConnection(_) => ApiError::Unavailable,
            Outage::Task(e) => ApiError::Internal(anyhow::Error::new(e).context("database task")),
        }
    }
}

impl From<diesel::result::Error> for ApiError {
    fn from(e: diesel::result::Error) -> Self {
        ApiError::Internal(anyhow::Error::new(e).context("querying the database"))
    }
}

impl From<crate::web::error::AppError> for ApiError {
    fn from(e: crate::web::error::AppError) -> Self {
        use crate::web::error::AppError as E;
        match e {
            E::NotFound => ApiError::NotFound,
            E::Unavailable(_) | E::Busy { .. } => ApiError::Unavailable,
            E::Internal(e) => ApiError::Internal(e),
            other => ApiError::Internal(anyhow::anyhow!("{other}")),
        }
    }
}

impl From<TokenError> for ApiError {
    fn from(e: TokenError) -> Self {
        match e {
            TokenError::BadName(why) => ApiError::invalid("name", why),
            TokenError::NotFound => ApiError::NotFound,
            TokenError::Outage(e) => e.into(),
            TokenError::Database(e) => e.into(),
        }
    }
}

impl From<ChangeError> for ApiError {
    fn from(e: ChangeError) -> Self {
        match e {
            ChangeError::SlugTaken => ApiError::Conflict(sentence(&e.to_string())),
            ChangeError::OwnParent => ApiError::invalid("parent", e.to_string()),
            ChangeError::EmailTaken | ChangeError::NameTaken => {
                ApiError::Conflict(sentence(&e.to_string()))
            }
            ChangeError::NotFound => ApiError::NotFound,
            ChangeError::Outage(e) => e.into(),
            ChangeError::Database(e) => e.into(),
        }
    }
}

impl From<PublishError> for ApiError {
    fn from(e: PublishError) -> Self {
        match e {
            PublishError::NotClosed(_)
            | PublishError::AlreadyPublished(_)
            | PublishError::Overtaken(_) => ApiError::Conflict(sentence(&e.to_string())),
            PublishError::Outage(e) => e.into(),
            PublishError::Database(e) => e.into(),
        }
    }
}

/// Bodies: malformed JSON is 400, a missing or mistyped field 422, each
/// naming the field (serde's message names it, with line and column).
pub fn json_config() -> actix_web::web::JsonConfig {
    actix_web::web::JsonConfig::default()
        .limit(crate::web::form::FORM_LIMIT)
        .error_handler(|err, _req: &HttpRequest| {
            use actix_web::error::JsonPayloadError as E;
            let api = match &err {
                E::Deserialize(e) if e.is_data() => ApiError::Invalid {
                    message: sentence(&e.to_string()),
                    field: field_named(&e.to_string()).unwrap_or_else(|| "body".into()),
                },
                E::Deserialize(e) => ApiError::BadRequest {
                    message: sentence(&format!("the body is not valid JSON: {e}")),
                    field: Some("body".into()),
                },
                E::ContentType => ApiError::BadRequest {
                    message: "Send the body as JSON, with `Content-Type: application/json`.".into(),
                    field: Some("body".into()),
                },
                E::OverflowKnownLength { .. } | E::Overflow { .. } => ApiError::BadRequest {
                    message: "The body is too large.".into(),
                    field: Some("body".into()),
                },
                other => ApiError::BadRequest {
                    message: sentence(&other.to_string()),
                    field: Some("body".into()),
                },
            };
            api.into()
        })
}

pub fn query_config() -> actix_web::web::QueryConfig {
    actix_web::web::QueryConfig::default().error_handler(|err, _req| {
        let text = err.to_string();
        ApiError::BadRequest {
            field: field_named(&text),
            message: sentence(&format!("a query parameter is not right: {text}")),
        }
        .into()
    })
}

pub fn path_config() -> actix_web::web::PathConfig {
    actix_web::web::PathConfig::default().error_handler(|_err, _req| ApiError::NotFound.into())
}

/// The field serde's message names (`unknown field `x``, `missing field
/// `x``, `... at line 1 column 5` names none).
fn field_named(message: &str) -> Option<String> {
    if !["missing field", "unknown field", "duplicate field"]
        .iter()
        .any(|m| message.starts_with(m))
    {
        return None;
    }
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    let name = &message[start..start + len];
    name.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
        .then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_name_their_field() {
        assert_eq!(
            field_named("missing field `name` at line 1 column 2").as_deref(),
            Some("name")
        );
        assert_eq!(field_named("expected value at line 1 column 1"), None);
    }
}
