//! Staff pages under `/admin`. Every handler takes a role extractor
//! (`AnyStaff`, `EditorOnly`, `AdminOnly`), so no page forgets its check.

pub mod account;
pub mod api_tokens;
pub mod audit;
pub mod campaigns;
pub mod companies;
pub mod dashboard;
pub mod directory_import;
pub mod evidence;
pub mod letters;
pub mod notification_settings;
pub mod outbox;
pub mod outreach;
pub(crate) mod outreach_log;
pub mod publishing;
pub mod questionnaires;
pub mod review;
pub mod review_questions;
pub mod submissions;
pub mod users;

use actix_web::web;

use crate::web::error::AppError;
use crate::web::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", crate::web::get().to(dashboard::show))
        .route("/admin/", crate::web::get().to(dashboard::show))
        .route("/admin/account", crate::web::get().to(account::show))
        .route(
            "/admin/account/notifications",
            crate::web::post().to(notification_settings::save),
        )
        .route(
            "/admin/campaigns/{slug}/replies/{target}/read",
            crate::web::post().to(dashboard::mark_read),
        )
        .route(
            "/admin/account/password",
            crate::web::post().to(account::change_password),
        )
        .route(
            "/admin/account/two-factor",
            crate::web::post().to(account::start_setup),
        )
        .route(
            "/admin/account/two-factor/confirm",
            crate::web::post().to(account::confirm_setup),
        )
        .route(
            "/admin/account/two-factor/disable",
            crate::web::post().to(account::disable),
        )
        .route(
            "/admin/users/{id}/two-factor/reset",
            crate::web::post().to(account::admin_reset),
        )
        .route("/admin/api-tokens", crate::web::get().to(api_tokens::list))
        .route(
            "/admin/api-tokens",
            crate::web::post().to(api_tokens::create),
        )
        .route(
            "/admin/api-tokens/{id}/revoke",
            crate::web::post().to(api_tokens::revoke),
        )
        .route("/admin/users", crate::web::get().to(users::list))
        .route("/admin/users", crate::web::post().to(users::create))
        .route("/admin/users/{id}", crate::web::get().to(users::show))
        .route(
            "/admin/users/{id}/role",
            crate::web::post().to(users::change_role),
        )
        .route(
            "/admin/users/{id}/disable",
            crate::web::post().to(users::disable),
        )
        .route(
            "/admin/users/{id}/enable",
            crate::web::post().to(users::enable),
        )
        .route(
            "/admin/users/{id}/sessions/end",
            crate::web::post().to(users::end_sessions),
        )
        .route("/admin/audit", crate::web::get().to(audit::list))
        .route("/admin/campaigns", crate::web::get().to(campaigns::list))
        .route("/admin/campaigns", crate::web::post().to(campaigns::create))
        .route(
            "/admin/campaigns/new",
            crate::web::get().to(campaigns::new_form),
        )
        .route(
            "/admin/campaigns/{slug}",
            crate::web::get().to(campaigns::show),
        )
        .route(
            "/admin/campaigns/{slug}",
            crate::web::post().to(campaigns::update),
        )
        .route(
            "/admin/campaigns/{slug}/next-round",
            crate::web::get().to(campaigns::next_round_form),
        )
        .route(
            "/admin/campaigns/{slug}/next-round",
            crate::web::post().to(campaigns::start_next_round),
        )
        .route(
            "/admin/campaigns/{slug}/edit",
            crate::web::get().to(campaigns::edit_form),
        )
        .route(
            "/admin/campaigns/{slug}/targets.csv",
            crate::web::get().to(campaigns::targets_csv),
        )
        .route(
            "/admin/campaigns/{slug}/state",
            crate::web::post().to(campaigns::change_state),
        )
        .route(
            "/admin/campaigns/{slug}/questionnaire",
            crate::web::post().to(campaigns::change_questionnaire),
        )
        .route(
            "/admin/campaigns/{slug}/targets",
            crate::web::post().to(campaigns::add_targets),
        )
        .route(
            "/admin/campaigns/{slug}/extensions",
            crate::web::post().to(campaigns::extend),
        )
        .route(
            "/admin/campaigns/{slug}/send",
            crate::web::post().to(outreach::send),
        )
        .route(
            "/admin/campaigns/{slug}/publish",
            crate::web::post().to(publishing::publish),
        )
        .route(
            "/admin/campaigns/{slug}/rules",
            crate::web::post().to(campaigns::set_rules),
        )
        .route(
            "/admin/campaigns/{slug}/reminders",
            crate::web::post().to(campaigns::set_reminders),
        )
        .route(
            "/admin/campaigns/{slug}/emails",
            crate::web::get().to(campaigns::show_emails),
        )
        .route(
            "/admin/campaigns/{slug}/emails",
            crate::web::post().to(campaigns::save_emails),
        )
        .route(
            "/admin/campaigns/{slug}/emails/preview",
            crate::web::get().to(campaigns::preview_email),
        )
        .route(
            "/admin/campaigns/{slug}/emails/preview.html",
            crate::web::get().to(campaigns::preview_email_html),
        )
        .route(
            "/admin/campaigns/{slug}/targets/{target}",
            crate::web::get().to(outreach::show_target),
        )
        .route(
            "/admin/campaigns/{slug}/targets/{target}/submissions/{file}",
            crate::web::get().to(submissions::show_submission),
        )
        .route(
            "/admin/campaigns/{slug}/targets/{target}/links/{link}/revoke",
            crate::web::post().to(outreach::revoke_link),
        )
        .route(
            "/admin/campaigns/{slug}/targets/{target}/contacts/{contact}/link",
            crate::web::post().to(outreach::reissue_link),
        )
        .route(
            "/admin/campaigns/{slug}/targets/{target}/extensions/{request}",
            crate::web::post().to(outreach::decide),
        )
        .configure(review_questions::routes)
        .configure(letters::routes)
        .configure(evidence::routes)
        .route(
            "/admin/campaigns/{slug}/review",
            crate::web::get().to(review::queue),
        )
        .route(
            "/admin/campaigns/{slug}/review/{target}",
            crate::web::get().to(review::show),
        )
        .route(
            "/admin/campaigns/{slug}/review/{target}/findings",
            crate::web::post().to(review::send_findings),
        )
        .route(
            "/admin/campaigns/{slug}/review/{target}/{question}",
            crate::web::post().to(review::score),
        )
        .route("/admin/outbox", crate::web::get().to(outbox::list))
        .route(
            "/admin/outbox/{id}/retry",
            crate::web::post().to(outbox::retry),
        )
        .route("/admin/companies", crate::web::get().to(companies::list))
        .route("/admin/companies", crate::web::post().to(companies::create))
        .route(
            "/admin/companies/new",
            crate::web::get().to(companies::new_form),
        )
        .route(
            "/admin/companies/export.csv",
            crate::web::get().to(companies::export),
        )
        .route(
            "/admin/companies/import",
            crate::web::get().to(directory_import::form),
        )
        .route(
            "/admin/companies/import",
            crate::web::post().to(directory_import::preview),
        )
        .route(
            "/admin/companies/import/confirm",
            crate::web::post().to(directory_import::confirm),
        )
        .route(
            "/admin/companies/{slug}",
            crate::web::get().to(companies::show),
        )
        .route(
            "/admin/companies/{slug}",
            crate::web::post().to(companies::update),
        )
        .route(
            "/admin/companies/{slug}/edit",
            crate::web::get().to(companies::edit_form),
        )
        .route(
            "/admin/companies/{slug}/archive",
            crate::web::post().to(companies::archive),
        )
        .route(
            "/admin/companies/{slug}/restore",
            crate::web::post().to(companies::restore),
        )
        .route(
            "/admin/companies/{slug}/contacts",
            crate::web::post().to(companies::add_contact),
        )
        .route(
            "/admin/companies/{slug}/contacts/{id}/edit",
            crate::web::get().to(companies::edit_contact_form),
        )
        .route(
            "/admin/companies/{slug}/contacts/{id}",
            crate::web::post().to(companies::update_contact),
        )
        .route(
            "/admin/companies/{slug}/contacts/{id}/primary",
            crate::web::post().to(companies::make_primary),
        )
        .route(
            "/admin/companies/{slug}/contacts/{id}/archive",
            crate::web::post().to(companies::archive_contact),
        )
        .route(
            "/admin/organisations",
            crate::web::get().to(companies::organisations),
        )
        .route(
            "/admin/organisations",
            crate::web::post().to(companies::add_organisation),
        )
        .route(
            "/admin/organisations/{id}/edit",
            crate::web::get().to(companies::edit_organisation_form),
        )
        .route(
            "/admin/organisations/{id}",
            crate::web::post().to(companies::update_organisation_form),
        )
        .route(
            "/admin/organisations/{id}/archive",
            crate::web::post().to(companies::archive_organisation),
        )
        .route(
            "/admin/organisations/{id}/restore",
            crate::web::post().to(companies::restore_organisation),
        )
        .route(
            "/admin/questionnaires",
            crate::web::get().to(questionnaires::list),
        )
        .route(
            "/admin/questionnaires/{slug}/{digest}",
            crate::web::get().to(questionnaires::preview),
        )
        .route(
            "/admin/questionnaires/{slug}/{digest}/map",
            crate::web::get().to(questionnaires::map),
        );
}

/// The campaign at `slug`, or 404: the start of every campaign page.
pub(super) async fn campaign_by_slug(
    state: &AppState,
    slug: &str,
) -> Result<crate::db::campaigns::Campaign, AppError> {
    let s = slug.to_string();
    state
        .run(move |conn| crate::app::campaigns::by_slug(conn, &s))
        .await
        .map_err(AppError::from)
}
