//! The company form: creating a company and changing its details.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::directory::companies::{self as use_cases, CompanyInput};
use crate::app::directory::{company_by_slug, ChangeError};
use crate::db::companies::{self, Company, Contact, EXPORTS};
use crate::db::directory::OPERATES;
use crate::domain::company::{parse_website, CompanySlug, Sector};
use crate::domain::country::Country;
use crate::domain::i18n::Tr;
use crate::domain::single_line;
use crate::web::auth::{EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other, sentence, PageContext};
use crate::web::state::AppState;

// GLOB

/// The company form's raw fields, kept to show them again with errors.
#[derive(Deserialize, Default, Clone)]
pub struct CompanyForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    slug: String,
    #[serde(default)]
    sector: String,
    #[serde(default)]
    hq_country: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    parent: String,
    #[serde(default)]
    operates_in: String,
    #[serde(default)]
    exports_to: String,
    #[serde(default)]
    notes: String,
}

#[derive(Template)]
#[template(path = "admin/company_form.html")]
struct FormPage {
    page: PageContext,
    form: CompanyForm,
    errors: HashMap<&'static str, String>,
    sectors: [Sector; 5],
    /// None when creating; the slug when editing (it never changes).
    editing: Option<String>,
}

impl FormPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).cloned()
    }
}

fn parse_countries(text: &str) -> Result<Vec<Country>, String> {
    let mut out = Vec::new();
    for code in text
        .split([';', ',', ' '])
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let c = Country::parse(code).map_err(|e| sentence(&e.to_string()))?;
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out.sort();
    Ok(out)
}

/// The form's fields that need no database, checked.
struct Checked {
    sector: Sector,
    hq_country: Country,
    website: Option<String>,
    operates_in: Vec<Country>,
    exports_to: Vec<Country>,
}

/// Checks the form; parent is resolved by the caller (it needs the database).
fn check(form: &CompanyForm, errors: &mut HashMap<&'static str, String>) -> Option<Checked> {
    if form.name.trim().is_empty() {
        errors.insert(
            "name",
            Tr::english().t("admin-form-enter-the-company-s-name"),
        );
    } else if let Some(problem) = single_line::problem(&form.name) {
        errors.insert("name", problem.into());
    }
    let sector = Sector::parse(&form.sector)
        .map_err(|e| errors.insert("sector", sentence(&e)))
        .ok();
    let hq = Country::parse(&form.hq_country)
        .map_err(|e| errors.insert("hq_country", sentence(&e.to_string())))
        .ok();
    let website = if form.website.trim().is_empty() {
        Some(None)
    } else {
        parse_website(&form.website)
            .map(Some)
            .map_err(|e| errors.insert("website", sentence(&e)))
            .ok()
    };
    let operates = parse_countries(&form.operates_in)
        .map_err(|e| errors.insert("operates_in", e))
        .ok();
    let exports = parse_countries(&form.exports_to)
        .map_err(|e| errors.insert("exports_to", e))
        .ok();
    Some(Checked {
        sector: sector?,
        hq_country: hq?,
        website: website?,
        operates_in: operates?,
        exports_to: exports?,
    })
}

fn form_page(
    me: &SignedIn,
    csrf: &CsrfToken,
    form: CompanyForm,
    errors: HashMap<&'static str, String>,
    editing: Option<String>,
) -> FormPage {
    let title = match &editing {
        Some(_) => Tr::english().t1("admin-company-edit-title", "name", &form.name),
        None => Tr::english().t("admin-form-new-company").to_string(),
    };
    FormPage {
        page: PageContext::new(title, csrf, Some(me)),
        form,
        errors,
        sectors: Sector::ALL,
        editing,
    }
}

pub async fn new_form(staff: EditorOnly, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let form = CompanyForm {
        sector: Sector::TelecomOperator.as_str().into(),
        ..Default::default()
    };
    Ok(ok(&form_page(&me, &csrf, form, HashMap::new(), None)))
}

async fn save(
    me: SignedIn,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    form: CompanyForm,
    editing: Option<String>,
) -> Result<HttpResponse, AppError> {
    let mut errors = HashMap::new();
    let slug = match &editing {
        Some(s) => CompanySlug::parse(s)
            .map_err(|_| AppError::NotFound)?
            .into(),
        None => CompanySlug::parse(&form.slug)
            .map_err(|e| errors.insert("slug", sentence(&e)))
            .ok(),
    };
    let checked = check(&form, &mut errors);
    let parent_slug = form.parent.trim().to_string();
    let parent = if parent_slug.is_empty() {
        None
    } else {
        let s = parent_slug.clone();
        let found = state
            .db(move |conn| Ok(companies::find_by_slug(conn, &s)?))
            .await?;
        if found.is_none() {
            errors.insert(
                "parent",
                Tr::english().t1("admin-company-no-parent", "slug", &parent_slug),
            );
        }
        found.map(|p| p.id)
    };
    let (Some(slug), Some(checked), true) = (slug, checked, errors.is_empty()) else {
        return Ok(refused(&me, &csrf, form, errors, editing));
    };
    let input = CompanyInput {
        name: form.name.trim().to_string(),
        sector: checked.sector,
        hq_country: checked.hq_country,
        website: checked.website,
        parent,
        operates_in: checked.operates_in,
        exports_to: checked.exports_to,
        notes: form.notes.trim().to_string(),
    };
    let (actor, creating, s) = (me.actor(), editing.is_none(), slug.clone());
    let saved = state
        .run(move |conn| {
            if creating {
                use_cases::create(conn, &actor, &s, &input).map(drop)
            } else {
                let company = company_by_slug(conn, s.as_str())?;
                use_cases::update(conn, &actor, &company.id, &input)
            }
        })
        .await;
    match saved {
        Ok(()) => return Ok(see_other(&format!("/admin/companies/{slug}?done=saved"))),
        Err(ChangeError::SlugTaken) => {
            errors.insert(
                "slug",
                Tr::english().t("admin-form-another-company-already-has-this"),
            );
        }
        Err(ChangeError::OwnParent) => {
            errors.insert(
                "parent",
                Tr::english().t("admin-form-a-company-cannot-be-its"),
            );
        }
        Err(e) => return Err(e.into()),
    }
    Ok(refused(&me, &csrf, form, errors, editing))
}

/// The form again, with its problems beside the fields.
fn refused(
    me: &SignedIn,
    csrf: &CsrfToken,
    form: CompanyForm,
    errors: HashMap<&'static str, String>,
    editing: Option<String>,
) -> HttpResponse {
    html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &form_page(me, csrf, form, errors, editing),
    )
}

pub async fn create(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    form: HtmlForm<CompanyForm>,
) -> Result<HttpResponse, AppError> {
    save(staff.0, csrf, state, form.into_inner(), None).await
}

pub async fn update(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<CompanyForm>,
) -> Result<HttpResponse, AppError> {
    save(
        staff.0,
        csrf,
        state,
        form.into_inner(),
        Some(path.into_inner()),
    )
    .await
}

pub(super) async fn load(
    state: &AppState,
    slug: String,
) -> Result<
    (
        Company,
        Vec<String>,
        Vec<String>,
        Vec<Contact>,
        Option<Company>,
    ),
    AppError,
> {
    state
        .db(move |conn| {
            let company = company_by_slug(conn, &slug)?;
            let operates = companies::countries(conn, &company.id, OPERATES)?;
            let exports = companies::countries(conn, &company.id, EXPORTS)?;
            let contacts = companies::contacts_of(conn, &company.id)?;
            let parent = match &company.parent_id {
                Some(id) => companies::find(conn, id)?,
                None => None,
            };
            Ok((company, operates, exports, contacts, parent))
        })
        .await
}

pub async fn edit_form(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let (company, operates, exports, _, parent) = load(&state, path.into_inner()).await?;
    let form = CompanyForm {
        name: company.name.clone(),
        slug: company.slug.clone(),
        sector: company.sector.clone(),
        hq_country: company.hq_country.clone(),
        website: company.website.clone().unwrap_or_default(),
        parent: parent.map(|p| p.slug).unwrap_or_default(),
        operates_in: operates.join("; "),
        exports_to: exports.join("; "),
        notes: company.notes.clone(),
    };
    Ok(ok(&form_page(
        &me,
        &csrf,
        form,
        HashMap::new(),
        Some(company.slug),
    )))
}
