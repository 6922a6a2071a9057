//! A company's page with its contacts, and archiving it.

use std::collections::HashMap;

use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::directory::{companies, company_by_slug};
use crate::db::companies::{Company, Contact};
use crate::domain::i18n::Tr;
use crate::web::auth::{AnyStaff, EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{ok, see_other, PageContext};
use crate::web::state::AppState;

use super::{load, ContactForm};

#[derive(Template)]
#[template(path = "admin/company.html")]
pub(super) struct CompanyPage {
    pub(super) page: PageContext,
    pub(super) company: Company,
    pub(super) operates: Vec<String>,
    pub(super) exports: Vec<String>,
    pub(super) contacts: Vec<Contact>,
    pub(super) parent: Option<Company>,
    pub(super) notice: Option<String>,
    pub(super) can_edit: bool,
    pub(super) contact_form: ContactForm,
    pub(super) contact_errors: HashMap<&'static str, String>,
}

impl CompanyPage {
    fn contact_error(&self, field: &str) -> Option<String> {
        self.contact_errors.get(field).cloned()
    }
}

#[derive(Deserialize)]
pub struct Done {
    #[serde(default)]
    done: String,
}

fn notice(done: &str) -> Option<String> {
    let tr = Tr::english();
    Some(match done {
        "saved" => tr.t("admin-notice-company-saved"),
        "archived" => tr.t("admin-notice-company-archived"),
        "restored" => tr.t("admin-notice-company-restored"),
        "contact" => tr.t("admin-notice-company-contact"),
        "primary" => tr.t("admin-notice-company-primary"),
        "contact-archived" => tr.t("admin-notice-company-contact-archived"),
        "contact-saved" => tr.t("admin-notice-company-contact-saved"),
        _ => return None,
    })
}

pub async fn show(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<Done>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let (company, operates, exports, contacts, parent) = load(&state, path.into_inner()).await?;
    Ok(ok(&CompanyPage {
        page: PageContext::new(company.name.clone(), &csrf, Some(&me)),
        company,
        operates,
        exports,
        contacts,
        parent,
        notice: notice(&query.done),
        can_edit: me.user.role.includes(crate::domain::Role::Editor),
        contact_form: ContactForm::default(),
        contact_errors: HashMap::new(),
    }))
}

pub async fn archive(
    staff: EditorOnly,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    set_archived(staff.0, state, path.into_inner(), true).await
}

pub async fn restore(
    staff: EditorOnly,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    set_archived(staff.0, state, path.into_inner(), false).await
}

async fn set_archived(
    me: SignedIn,
    state: web::Data<AppState>,
    slug: String,
    archived: bool,
) -> Result<HttpResponse, AppError> {
    let actor = me.actor();
    let s = slug.clone();
    state
        .run(move |conn| {
            let company = company_by_slug(conn, &s)?;
            companies::set_archived(conn, &actor, &company.id, archived)
        })
        .await?;
    let done = if archived { "archived" } else { "restored" };
    Ok(see_other(&format!("/admin/companies/{slug}?done={done}")))
}
