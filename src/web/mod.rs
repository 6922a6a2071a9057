//! The web layer: actix-web handlers, extractors and middleware.

pub mod admin;
pub mod assets;
pub mod auth;
pub mod client;
pub mod csrf;
pub mod error;
pub mod form;
pub mod headers;
pub mod health;
pub mod login;
pub mod page;
pub mod public;
pub mod public_cache;
pub mod questionnaire_view;
pub mod respond;
pub mod slow_body;
pub mod state;
mod use_case_errors;

use actix_web::web;

pub use state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(health::check))
        .route("/static/{name}", web::get().to(assets::serve))
        .route("/admin/login", web::get().to(login::form))
        .route("/admin/login", web::post().to(login::submit))
        .route("/admin/login/code", web::get().to(login::code_form))
        .route("/admin/login/code", web::post().to(login::code_submit))
        .route("/admin/logout", web::post().to(login::logout))
        .configure(public::routes)
        .configure(respond::routes)
        .configure(admin::routes);
}
