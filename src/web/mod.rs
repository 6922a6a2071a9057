//! The web layer: actix-web handlers, extractors and middleware.

pub mod admin;
pub mod api;
pub mod app_error;
pub mod assets;
pub mod auth;
pub mod client;
pub mod csrf;
pub mod csrf_token;
pub mod documents;
pub mod error;
pub mod favicon;
pub mod form;
pub mod headers;
pub mod health;
pub mod language;
pub mod login;
pub mod methods;
pub mod metrics;
pub mod observe;
pub mod page;
pub mod probes;
pub mod public;
pub mod public_cache;
pub mod questionnaire_view;
pub mod respond;
pub mod slow_body;
pub mod state;
mod use_case_errors;

use actix_web::web;

pub use state::AppState;

/// A route for GET that answers HEAD too, as RFC 9110 asks of every GET
/// resource: the same status and headers, and no body (actix-web leaves
/// the body out of a HEAD response and keeps its length).
pub fn get() -> actix_web::Route {
    use actix_web::http::Method;
    web::route().guard(methods::Methods(vec![Method::GET, Method::HEAD]))
}

/// A route for POST. Like [`get`], it tells [`methods::not_routed`] that
/// its path answers POST, for the `Allow` of a 405.
pub fn post() -> actix_web::Route {
    web::route().guard(methods::Methods(vec![actix_web::http::Method::POST]))
}

/// A route for PATCH (the JSON API's partial changes), noted like [`post`].
pub fn patch() -> actix_web::Route {
    web::route().guard(methods::Methods(vec![actix_web::http::Method::PATCH]))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", crate::web::get().to(probes::check))
        // Every method, so that no 405 tells that the address exists.
        .route("/metrics", web::route().to(probes::scrape))
        .route("/static/{name}", crate::web::get().to(assets::serve))
        .route("/favicon.ico", crate::web::get().to(favicon::serve))
        .route("/admin/login", crate::web::get().to(login::form))
        .route("/admin/login", crate::web::post().to(login::submit))
        .route("/admin/login/code", crate::web::get().to(login::code_form))
        .route(
            "/admin/login/code",
            crate::web::post().to(login::code_submit),
        )
        .route("/admin/logout", crate::web::post().to(login::logout))
        .configure(public::routes)
        .configure(respond::routes)
        .configure(admin::routes)
        .configure(api::routes);
}
