//! The web layer: actix-web handlers, extractors and middleware.

pub mod admin;
pub mod assets;
pub mod auth;
pub mod client;
pub mod csrf;
pub mod error;
pub mod headers;
pub mod health;
pub mod login;
pub mod page;
pub mod questionnaire_view;
pub mod respond;
pub mod state;

use actix_web::{web, HttpResponse};

pub use state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home))
        .route("/healthz", web::get().to(health::check))
        .route("/static/{name}", web::get().to(assets::serve))
        .route("/admin/login", web::get().to(login::form))
        .route("/admin/login", web::post().to(login::submit))
        .route("/admin/logout", web::post().to(login::logout))
        .configure(respond::routes)
        .configure(admin::routes);
}

/// Until public scorecards exist, the home page leads to the sign-in.
async fn home() -> HttpResponse {
    page::see_other("/admin/login")
}
