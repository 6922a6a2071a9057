//! The directory as staff see it: the list with its filters, and the same
//! as CSV in the import's columns.

use actix_web::http::header;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::companies::{self, Company, Filter};
use crate::domain::company::Sector;
use crate::domain::country::Country;
use crate::domain::i18n::Tr;
use crate::web::auth::AnyStaff;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{ok, sentence, PageContext};
use crate::web::state::AppState;

// GLOB

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    sector: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    archived: String,
    /// "created-updated-unchanged" after an import from the admin pages.
    #[serde(default)]
    imported: String,
}

#[derive(Template)]
#[template(path = "admin/companies.html")]
struct ListPage {
    page: PageContext,
    companies: Vec<Company>,
    sectors: [Sector; 5],
    sector: String,
    country: String,
    q: String,
    archived: bool,
    filter_error: Option<String>,
    can_edit: bool,
    imported: Option<String>,
}

fn imported_notice(counts: &str) -> Option<String> {
    let n: Vec<usize> = counts.split('-').filter_map(|x| x.parse().ok()).collect();
    match n[..] {
        [created, updated, unchanged] => Some(format!(
            "Imported: {created} created, {updated} updated, {unchanged} unchanged."
        )),
        _ => None,
    }
}

pub async fn list(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let query = query.into_inner();
    let mut filter = Filter {
        sector: Sector::parse(&query.sector).ok(),
        search: Some(query.q.clone()),
        include_archived: !query.archived.is_empty(),
        ..Default::default()
    };
    let mut filter_error = None;
    if !query.country.trim().is_empty() {
        match Country::parse(&query.country) {
            Ok(c) => filter.country = Some(c),
            Err(e) => filter_error = Some(sentence(&e.to_string())),
        }
    }
    let companies = state
        .db(move |conn| Ok(companies::list(conn, &filter)?))
        .await?;
    Ok(ok(&ListPage {
        page: PageContext::new(Tr::english().t("admin-title-companies"), &csrf, Some(&me)),
        companies,
        sectors: Sector::ALL,
        sector: query.sector,
        country: query.country,
        q: query.q,
        archived: !query.archived.is_empty(),
        filter_error,
        can_edit: me.user.role.includes(crate::domain::Role::Editor),
        imported: imported_notice(&query.imported),
    }))
}

/// The directory as CSV, in the import's columns.
pub async fn export(
    _staff: AnyStaff,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let records = state
        .db(|conn| Ok(crate::db::directory::records(conn)?))
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"companies.csv\"",
        ))
        .body(crate::domain::directory_csv::write(&records)))
}
