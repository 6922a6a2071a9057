//! The JSON API under `/api`, for scripts a coalition's data person
//! writes: the company directory, campaigns and their targets' statuses,
//! the outreach log, submitted snapshots, and publishing. Each handler
//! calls the same use case or query as the admin pages.
//!
//! Every operation but the document itself (`/api/openapi.json`) takes
//! `Authorization: Bearer <token>`, made by an admin at `/admin/api-tokens`;
//! writes need a token of the write scope. Cookies are never read here,
//! so the CSRF check (`web::csrf`) leaves `/api/` alone, and this scope
//! refuses any write that carries no bearer token.

pub mod campaigns;
pub mod companies;
pub mod error;
pub mod openapi;
pub mod outreach;
pub mod pagination;
pub mod publishing;
pub mod submissions;

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::{header, Method};
use actix_web::{web, FromRequest, HttpRequest};

pub use error::ApiError;

use crate::app::api_tokens::{self, Bearer};
use crate::domain::api_scope::ApiScope;
use crate::web::state::AppState;

/// The token a request carries in `Authorization: Bearer …`, if any.
pub fn bearer_token(req: &HttpRequest) -> Option<&str> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

/// Refuses a write to the API (any path under `/api`, known or not) that
/// carries no bearer token, before any handler runs: the API reads no
/// cookie, so no CSRF check protects it (`web::csrf` leaves `/api/` to
/// this), and a browser on another site cannot send a bearer token.
async fn writes_need_a_bearer_token(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<
    actix_web::dev::ServiceResponse<actix_web::body::EitherBody<impl actix_web::body::MessageBody>>,
    actix_web::Error,
> {
    if !crate::web::methods::is_safe(req.method()) && bearer_token(req.request()).is_none() {
        let response = actix_web::ResponseError::error_response(&ApiError::Unauthenticated);
        return Ok(req.into_response(response).map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// The caller of an API operation: a script holding an active token.
pub struct Caller(pub Bearer);

impl Caller {
    /// The caller, if its token may change things.
    pub fn writing(self) -> Result<Bearer, ApiError> {
        if self.0.scope.allows(ApiScope::Write) {
            Ok(self.0)
        } else {
            Err(ApiError::ReadOnly)
        }
    }
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Caller, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let presented = bearer_token(req).map(str::to_string);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let (Some(presented), Some(state)) = (presented, state) else {
                return Err(ApiError::Unauthenticated);
            };
            let found = state
                .run(move |conn| api_tokens::authenticate(conn, &presented))
                .await?;
            found.map(Caller).ok_or(ApiError::Unauthenticated)
        })
    }
}

/// One operation of the API: its method, its path as the OpenAPI document
/// writes it, and the route that serves it.
pub struct Operation {
    pub method: Method,
    pub path: &'static str,
    pub route: actix_web::Route,
}

fn op(path: &'static str, route: actix_web::Route, method: Method) -> Operation {
    Operation {
        method,
        path,
        route,
    }
}

/// Every operation, listed once: registered from here, and a test checks
/// that the OpenAPI document has each of them.
pub fn operations() -> Vec<Operation> {
    use crate::web::{get, patch, post};
    vec![
        op("/api/openapi.json", get().to(openapi::serve), Method::GET),
        op("/api/companies", get().to(companies::list), Method::GET),
        op("/api/companies", post().to(companies::create), Method::POST),
        op(
            "/api/companies/{slug}",
            get().to(companies::show),
            Method::GET,
        ),
        op(
            "/api/companies/{slug}",
            patch().to(companies::update),
            Method::PATCH,
        ),
        op("/api/campaigns", get().to(campaigns::list), Method::GET),
        op(
            "/api/campaigns/{slug}",
            get().to(campaigns::show),
            Method::GET,
        ),
        op(
            "/api/campaigns/{slug}/targets",
            get().to(campaigns::targets),
            Method::GET,
        ),
        op(
            "/api/campaigns/{slug}/targets/{company}/outreach",
            get().to(outreach::log),
            Method::GET,
        ),
        op(
            "/api/campaigns/{slug}/targets/{company}/submissions",
            get().to(submissions::list),
            Method::GET,
        ),
        op(
            "/api/campaigns/{slug}/targets/{company}/submissions/{revision}",
            get().to(submissions::show),
            Method::GET,
        ),
        op(
            "/api/campaigns/{slug}/publications",
            get().to(publishing::list),
            Method::GET,
        ),
        op(
            "/api/campaigns/{slug}/publications",
            post().to(publishing::publish),
            Method::POST,
        ),
    ]
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    let mut scope = web::scope("/api")
        .wrap(actix_web::middleware::from_fn(writes_need_a_bearer_token))
        .app_data(error::json_config())
        .app_data(error::query_config())
        .app_data(error::path_config());
    for operation in operations() {
        let path = operation
            .path
            .strip_prefix("/api")
            .expect("API paths start with /api");
        scope = scope.route(path, operation.route);
    }
    cfg.service(scope);
}

/// A UTC time as RFC 3339 (`2026-12-03T14:05:00Z`).
pub fn utc(t: chrono::NaiveDateTime) -> String {
    t.and_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
