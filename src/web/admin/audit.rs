//! The audit log, newest first, for admins.

use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::audit::{self, AuditEntry};
use crate::domain::i18n::Tr;
use crate::web::auth::AdminOnly;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{ok, PageContext};
use crate::web::state::AppState;

const PAGE_SIZE: i64 = 100;

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    page: PageContext,
    entries: Vec<AuditEntry>,
    action: String,
    next_page: Option<i64>,
    previous_page: Option<i64>,
}

#[derive(Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    action: String,
    #[serde(default)]
    page: Option<i64>,
}

pub async fn list(
    staff: AdminOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = staff;
    let page_number = query.page.unwrap_or(1).max(1);
    let action = query.action.trim().to_string();
    let filter = (!action.is_empty()).then(|| action.clone());
    let mut entries = state
        .db(move |conn| {
            Ok(audit::recent(
                conn,
                filter.as_deref(),
                PAGE_SIZE + 1,
                (page_number - 1) * PAGE_SIZE,
            )?)
        })
        .await?;
    let has_more = entries.len() as i64 > PAGE_SIZE;
    entries.truncate(PAGE_SIZE as usize);
    Ok(ok(&AuditPage {
        page: PageContext::new(Tr::english().t("admin-title-audit-log"), &csrf, Some(&me)),
        entries,
        action,
        next_page: has_more.then_some(page_number + 1),
        previous_page: (page_number > 1).then_some(page_number - 1),
    }))
}
