//! A company's contacts: adding, editing, the primary contact, archiving.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::directory::contacts::{self, ContactInput};
use crate::app::directory::{company_by_slug, ChangeError};
use crate::db::companies::Company;
use crate::domain::i18n::Tr;
use crate::domain::ids::ContactId;
use crate::domain::single_line;
use crate::domain::Email;
use crate::web::auth::{EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other, sentence, PageContext};
use crate::web::state::AppState;

use super::{load, CompanyPage};

#[derive(Deserialize, Default, Clone)]
pub struct ContactForm {
    #[serde(default)]
    pub(super) name: String,
    #[serde(default)]
    pub(super) email: String,
    #[serde(default)]
    pub(super) role: String,
    #[serde(default)]
    pub(super) language: String,
}

/// Checks the contact form; problems go into `errors` by field.
fn check_contact(
    form: &ContactForm,
    errors: &mut HashMap<&'static str, String>,
) -> Option<ContactInput> {
    if form.name.trim().is_empty() {
        errors.insert(
            "name",
            Tr::english().t("admin-contacts-enter-the-person-s-name"),
        );
    } else if let Some(problem) = single_line::problem(&form.name) {
        errors.insert("name", problem.into());
    }
    let email = Email::parse(&form.email)
        .map_err(|e| errors.insert("email", sentence(&e.to_string())))
        .ok();
    let language = if form.language.trim().is_empty() {
        "en".to_string()
    } else {
        form.language.trim().to_string()
    };
    if !errors.is_empty() {
        return None;
    }
    Some(ContactInput {
        name: form.name.trim().to_string(),
        email: email?,
        role: form.role.trim().to_string(),
        language,
    })
}

#[derive(Template)]
#[template(path = "admin/contact_form.html")]
struct ContactPage {
    page: PageContext,
    company: Company,
    contact_id: String,
    form: ContactForm,
    errors: HashMap<&'static str, String>,
}

impl ContactPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).cloned()
    }
}

pub async fn edit_contact_form(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let (slug, raw) = path.into_inner();
    let id = ContactId::parse(&raw).ok_or(AppError::NotFound)?;
    let (company, contact) = state
        .db(move |conn| {
            let company = company_by_slug(conn, &slug)?;
            let contact = contacts::contact(conn, &company, &id)?;
            Ok((company, contact))
        })
        .await?;
    Ok(ok(&ContactPage {
        page: PageContext::new(
            Tr::english().t1("admin-title-edit-contact-of", "name", &contact.name),
            &csrf,
            Some(&me),
        ),
        contact_id: contact.id.to_string(),
        form: ContactForm {
            name: contact.name,
            email: contact.email,
            role: contact.role,
            language: contact.language,
        },
        company,
        errors: HashMap::new(),
    }))
}

pub async fn update_contact(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    form: HtmlForm<ContactForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let (slug, raw) = path.into_inner();
    let id = ContactId::parse(&raw).ok_or(AppError::NotFound)?;
    let form = form.into_inner();
    let mut errors: HashMap<&'static str, String> = HashMap::new();
    if let Some(input) = check_contact(&form, &mut errors) {
        let (actor, s) = (me.actor(), slug.clone());
        let saved = state
            .run(move |conn| {
                let company = company_by_slug(conn, &s)?;
                contacts::update_contact(conn, &actor, &company, &id, &input)
            })
            .await;
        match saved {
            Ok(()) => {
                return Ok(see_other(&format!(
                    "/admin/companies/{slug}?done=contact-saved"
                )))
            }
            Err(ChangeError::EmailTaken) => {
                errors.insert(
                    "email",
                    Tr::english().t("admin-contacts-another-contact-of-the-company"),
                );
            }
            Err(e) => return Err(e.into()),
        }
    }
    let company = state.run(move |conn| company_by_slug(conn, &slug)).await?;
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &ContactPage {
            page: PageContext::new(
                Tr::english().t("admin-title-edit-contact"),
                &csrf,
                Some(&me),
            ),
            company,
            contact_id: raw,
            form,
            errors,
        },
    ))
}

pub async fn add_contact(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<ContactForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = path.into_inner();
    let form = form.into_inner();
    let mut errors: HashMap<&'static str, String> = HashMap::new();
    if let Some(input) = check_contact(&form, &mut errors) {
        let (actor, s) = (me.actor(), slug.clone());
        let added = state
            .run(move |conn| {
                let company = company_by_slug(conn, &s)?;
                contacts::add_contact(conn, &actor, &company, &input)
            })
            .await;
        match added {
            Ok(()) => return Ok(see_other(&format!("/admin/companies/{slug}?done=contact"))),
            Err(ChangeError::EmailTaken) => {
                errors.insert(
                    "email",
                    Tr::english().t("admin-contacts-this-person-is-already-a"),
                );
            }
            Err(e) => return Err(e.into()),
        }
    }
    let (company, operates, exports, contacts, parent) = load(&state, slug).await?;
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &CompanyPage {
            page: PageContext::new(company.name.clone(), &csrf, Some(&me)),
            company,
            operates,
            exports,
            contacts,
            parent,
            notice: None,
            can_edit: true,
            contact_form: form,
            contact_errors: errors,
        },
    ))
}

async fn contact_action(
    me: SignedIn,
    state: web::Data<AppState>,
    path: (String, String),
    primary: bool,
) -> Result<HttpResponse, AppError> {
    let (slug, raw) = path;
    let id = ContactId::parse(&raw).ok_or(AppError::NotFound)?;
    let (actor, s) = (me.actor(), slug.clone());
    state
        .run(move |conn| {
            let company = company_by_slug(conn, &s)?;
            if primary {
                contacts::make_primary(conn, &actor, &company, &id)
            } else {
                contacts::archive_contact(conn, &actor, &company, &id)
            }
        })
        .await?;
    let done = if primary {
        "primary"
    } else {
        "contact-archived"
    };
    Ok(see_other(&format!("/admin/companies/{slug}?done={done}")))
}

pub async fn make_primary(
    staff: EditorOnly,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    contact_action(staff.0, state, path.into_inner(), true).await
}

pub async fn archive_contact(
    staff: EditorOnly,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    contact_action(staff.0, state, path.into_inner(), false).await
}
