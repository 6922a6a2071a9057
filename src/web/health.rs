//! `GET /healthz`: 200 when the database answers, 503 otherwise.

use actix_web::{web, HttpResponse};
use serde_json::json;

use super::state::AppState;
use crate::db;

pub async fn check(state: web::Data<AppState>) -> HttpResponse {
    let backend = state.config.database.backend_name();
    let answered = state.db(|conn| Ok(db::ping(conn))).await.unwrap_or(false);
    if answered {
        HttpResponse::Ok().json(json!({"status": "ok", "database": backend}))
    } else {
        HttpResponse::ServiceUnavailable()
            .json(json!({"status": "unavailable", "database": backend}))
    }
}
