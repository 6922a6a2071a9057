//! Cross-site request forgery protection, for every state-changing request
//! in one place so that no handler can forget it:
//!
//! 1. the request must come from our own pages: `Sec-Fetch-Site` is
//!    same-origin (or absent: not a browser), and `Origin`, when present,
//!    is our own address;
//! 2. it must carry the token from the `answerable_csrf` cookie, as the
//!    form field `csrf_token` (urlencoded forms), the `X-CSRF-Token` header
//!    (scripts) or the `csrf_token` query parameter (file uploads).
//!
//! The cookie is set on the first response to a browser and renewed at
//! sign-in; templates put the same value in every form.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::Cookie;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;
use actix_web::web::{self, BytesMut};
use actix_web::{HttpMessage, HttpResponse};
use futures_util::StreamExt;
use subtle::ConstantTimeEq;

pub use super::csrf_token::CsrfToken;
use super::csrf_token::Issued;
use super::error::{ErrorPage, Explanation};
use super::form::form_limit;
use super::methods::is_safe;
use super::page::html;
use super::state::AppState;
use crate::domain::secret;

pub const COOKIE: &str = "answerable_csrf";
pub const FIELD: &str = "csrf_token";
pub const HEADER: &str = "x-csrf-token";

/// Marks the response so that the middleware sets this fresh token as the
/// cookie (at sign-in, a new session gets a new token).
#[derive(Debug, Clone)]
pub struct RenewToken(pub String);

pub fn cookie(token: &str, secure: bool) -> Cookie<'static> {
    super::auth::private_cookie(COOKIE, token, secure)
}

pub async fn protect(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let secure = state.as_ref().is_some_and(|s| s.https());
    let existing =
        super::auth::cookie_value(req.request(), COOKIE).filter(|v| secret::looks_like_token(v));
    if let Some(token) = &existing {
        req.extensions_mut().insert(CsrfToken(token.clone()));
    }

    // The JSON API (`web::api`) reads no cookie: a request to it is
    // authenticated by its bearer token alone, which another site cannot
    // make a browser send, so it needs no CSRF token. Its own scope
    // refuses a write without a bearer token (`api::routes`).
    let api = req.path().starts_with("/api/");
    if !api && !is_safe(req.method()) {
        if let Err(why) = check_origin(&req, state.as_ref().map(|s| s.get_ref())) {
            return Ok(reject(req, why));
        }
        let submitted = match submitted_token(&mut req).await {
            Ok(t) => t,
            Err(status) => {
                let tr = super::error::reader_tr(req.request());
                let page = ErrorPage::in_language(tr, status, Explanation::Default);
                let response = html(&mut HttpResponse::build(status), &page);
                return Ok(req.into_response(response).map_into_right_body());
            }
        };
        let matches = match (&existing, &submitted) {
            (Some(a), Some(b)) => bool::from(a.as_bytes().ct_eq(b.as_bytes())),
            _ => false,
        };
        if !matches {
            return Ok(reject(req, FORM_EXPIRED));
        }
    }

    let mut res = next.call(req).await?;
    let renewed = res.request().extensions().get::<RenewToken>().cloned();
    let issued = res.request().extensions().get::<Issued>().is_some();
    let set = renewed.map(|r| r.0).or(if existing.is_none() && issued {
        res.request()
            .extensions()
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
    } else {
        None
    });
    if let Some(value) = set {
        res.response_mut()
            .add_cookie(&cookie(&value, secure))
            .map_err(actix_web::error::ErrorInternalServerError)?;
    }
    Ok(res.map_into_left_body())
}

/// Why a form is refused (English; `error-form-expired` in the catalogues).
const FORM_EXPIRED: &str = "This form has expired. Go back, reload the page and send it again.";
/// `error-form-other-site` in the catalogues.
const OTHER_SITE: &str = "This form was sent from another site, so it was refused.";

fn reject<B>(req: ServiceRequest, why: &str) -> ServiceResponse<EitherBody<B>> {
    tracing::info!(path = %req.path(), why, "request refused by CSRF protection");
    // The reader's language where the sentence is in the catalogue.
    let tr = super::error::reader_tr(req.request());
    let explanation = match why {
        FORM_EXPIRED => Explanation::Written(tr.t("error-form-expired")),
        OTHER_SITE => Explanation::Written(tr.t("error-form-other-site")),
        other => Explanation::Given(other.to_string()),
    };
    let page = ErrorPage::in_language(tr, StatusCode::FORBIDDEN, explanation);
    let response = html(&mut HttpResponse::Forbidden(), &page);
    req.into_response(response).map_into_right_body()
}

fn check_origin(req: &ServiceRequest, state: Option<&AppState>) -> Result<(), &'static str> {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if !matches!(site, "same-origin" | "none") {
            return Err(OTHER_SITE);
        }
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return Ok(());
    };
    // Our own origin exactly as the base URL begins (what browsers send
    // on every autosave): no need to parse it.
    if state.is_some_and(|s| {
        s.base_url
            .as_str()
            .strip_prefix(origin)
            .is_some_and(|path| path.starts_with('/'))
    }) {
        return Ok(());
    }
    let Ok(origin) = url::Url::parse(origin) else {
        return Err(OTHER_SITE);
    };
    let theirs = host_and_port(&origin);
    let ours = state.map(|s| host_and_port(&s.base_url));
    // The Host header names the server the browser believes it talks to;
    // a cross-site form cannot change it.
    let host = req.connection_info().host().to_string();
    if ours.as_deref() == Some(theirs.as_str()) || host == theirs {
        Ok(())
    } else {
        Err(OTHER_SITE)
    }
}

fn host_and_port(url: &url::Url) -> String {
    match url.port() {
        Some(port) => format!("{}:{}", url.host_str().unwrap_or(""), port),
        None => url.host_str().unwrap_or("").to_string(),
    }
}

/// The token the request carries, reading (and putting back) the body of
/// an urlencoded form. Errors are the status to answer with.
async fn submitted_token(req: &mut ServiceRequest) -> Result<Option<String>, StatusCode> {
    if let Some(v) = req.headers().get(HEADER).and_then(|v| v.to_str().ok()) {
        return Ok(Some(v.to_string()));
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if content_type.starts_with("application/x-www-form-urlencoded") {
        let limit = form_limit(req.path());
        if let Some(length) = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok())
        {
            if length > limit {
                return Err(StatusCode::PAYLOAD_TOO_LARGE);
            }
        }
        let mut payload = req.take_payload();
        let mut body = BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|_| StatusCode::BAD_REQUEST)?;
            if body.len() + chunk.len() > limit {
                return Err(StatusCode::PAYLOAD_TOO_LARGE);
            }
            body.extend_from_slice(&chunk);
        }
        let body = body.freeze();
        let token = url::form_urlencoded::parse(&body)
            .find(|(k, _)| k == FIELD)
            .map(|(_, v)| v.into_owned());
        req.set_payload(Payload::from(body));
        return Ok(token);
    }
    Ok(url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == FIELD)
        .map(|(_, v)| v.into_owned()))
}
