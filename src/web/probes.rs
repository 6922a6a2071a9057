//! The two addresses that tell operators how the service is:
//! `GET /healthz` (is the database there and taking writes? see
//! `health.rs`) and `GET /metrics` (the counters of `metrics.rs`, for the
//! addresses in `metrics_allow` or a request bearing `metrics_token`; to
//! anyone else the address does not exist).

use std::net::IpAddr;

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::json;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::app_error::AppError;
use super::client::Client;
use super::state::AppState;

/// `GET /healthz`: 200 with the backend's name, or 503 with what failed.
pub async fn check(state: web::Data<AppState>) -> HttpResponse {
    let backend = state.config.database.backend_name();
    match state.health.database(&state.pool).await {
        Ok(()) => HttpResponse::Ok().json(json!({"status": "ok", "database": backend})),
        Err(problem) => HttpResponse::ServiceUnavailable().json(json!({
            "status": "unavailable",
            "database": backend,
            "problem": problem,
        })),
    }
}

/// Whether this request may read the metrics: a matching bearer token
/// (compared in constant time, through digests so that the length does
/// not show either) or an allowed client address.
fn allowed(state: &AppState, req: &HttpRequest, client: &Client) -> bool {
    if let Some(token) = &state.config.metrics_token {
        let offered = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        if let Some(offered) = offered {
            let a = Sha256::digest(offered.as_bytes());
            let b = Sha256::digest(token.as_bytes());
            if bool::from(a.as_slice().ct_eq(b.as_slice())) {
                return true;
            }
        }
    }
    client
        .ip
        .parse::<IpAddr>()
        .is_ok_and(|ip| state.config.metrics_allow.iter().any(|r| r.contains(ip)))
}

/// `GET /metrics`, or 404 to a caller that may not read them.
pub async fn scrape(
    req: HttpRequest,
    state: web::Data<AppState>,
    client: Client,
) -> Result<HttpResponse, AppError> {
    let readable = matches!(req.method().as_str(), "GET" | "HEAD");
    if !readable || !allowed(&state, &req, &client) {
        return Err(AppError::NotFound);
    }
    let pool = state.pool.state();
    let outbox = state
        .db(|conn| Ok(crate::db::outbox::gauges::gauges(conn)?))
        .await?;
    let body = state.metrics.render(&pool, &outbox)?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, prometheus::TEXT_FORMAT))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}
