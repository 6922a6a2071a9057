//! The company directory for staff: list with filters, a page per company
//! with its contacts, forms to create and edit, archiving, and the
//! organisations that co-sign campaigns. Reading is open to all staff;
//! changes need an editor.

use std::collections::HashMap;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::companies::{
    self, ChangeError, Company, CompanyInput, Contact, ContactInput, Filter, Organisation, EXPORTS,
};
use crate::db::directory::OPERATES;
use crate::domain::company::{parse_website, CompanySlug, Sector};
use crate::domain::country::Country;
use crate::domain::ids::ContactId;
use crate::domain::single_line;
use crate::domain::Email;
use crate::web::auth::{AnyStaff, EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{html, ok, see_other, sentence, PageContext};
use crate::web::state::AppState;

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
        page: PageContext::new("Companies", &csrf, Some(&me)),
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
        errors.insert("name", "Enter the company's name.".into());
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
        Some(_) => format!("Edit {}", form.name),
        None => "New company".to_string(),
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
    let (actor, editing_slug) = (me.actor(), editing.clone());
    let form_for_db = form.clone();
    let outcome = state
        .db(move |conn| {
            let parent = if parent_slug.is_empty() {
                None
            } else {
                match companies::find_by_slug(conn, &parent_slug)? {
                    Some(p) => Some(p.id),
                    None => {
                        errors.insert(
                            "parent",
                            format!("There is no company with the slug `{parent_slug}`."),
                        );
                        None
                    }
                }
            };
            let (Some(slug), Some(checked), true) = (slug, checked, errors.is_empty()) else {
                return Ok(Err(errors));
            };
            let input = CompanyInput {
                name: form_for_db.name.trim().to_string(),
                sector: checked.sector,
                hq_country: checked.hq_country,
                website: checked.website,
                parent,
                operates_in: checked.operates_in,
                exports_to: checked.exports_to,
                notes: form_for_db.notes.trim().to_string(),
            };
            let result = match &editing_slug {
                None => companies::create(conn, &actor, &slug, &input).map(drop),
                Some(_) => {
                    let company =
                        companies::find_by_slug(conn, slug.as_str())?.ok_or(AppError::NotFound)?;
                    companies::update(conn, &actor, &company.id, &input)
                }
            };
            match result {
                Ok(()) => Ok(Ok(slug)),
                Err(ChangeError::SlugTaken) => {
                    errors.insert("slug", "Another company already has this slug.".into());
                    Ok(Err(errors))
                }
                Err(ChangeError::OwnParent) => {
                    errors.insert("parent", "A company cannot be its own parent.".into());
                    Ok(Err(errors))
                }
                Err(ChangeError::NotFound) => Err(AppError::NotFound),
                Err(e) => Err(AppError::Internal(e.into())),
            }
        })
        .await?;
    match outcome {
        Ok(slug) => Ok(see_other(&format!("/admin/companies/{slug}?done=saved"))),
        Err(errors) => Ok(html(
            &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
            &form_page(&me, &csrf, form, errors, editing),
        )),
    }
}

pub async fn create(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    form: web::Form<CompanyForm>,
) -> Result<HttpResponse, AppError> {
    save(staff.0, csrf, state, form.into_inner(), None).await
}

pub async fn update(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: web::Form<CompanyForm>,
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

async fn load(
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
            let company = companies::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
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

#[derive(Template)]
#[template(path = "admin/company.html")]
struct CompanyPage {
    page: PageContext,
    company: Company,
    operates: Vec<String>,
    exports: Vec<String>,
    contacts: Vec<Contact>,
    parent: Option<Company>,
    notice: Option<String>,
    can_edit: bool,
    contact_form: ContactForm,
    contact_errors: HashMap<&'static str, String>,
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
    Some(
        match done {
            "saved" => "The company was saved.",
            "archived" => "The company was archived; it no longer appears in lists and exports.",
            "restored" => "The company was restored.",
            "contact" => "The contact was added.",
            "primary" => "The primary contact was changed.",
            "contact-archived" => "The contact was archived.",
            "contact-saved" => "The contact was saved.",
            _ => return None,
        }
        .to_string(),
    )
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
        .db(move |conn| {
            let company = companies::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
            companies::set_archived(conn, &actor, &company.id, archived).map_err(change_error)
        })
        .await?;
    let done = if archived { "archived" } else { "restored" };
    Ok(see_other(&format!("/admin/companies/{slug}?done={done}")))
}

#[derive(Deserialize, Default, Clone)]
pub struct ContactForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    language: String,
}

/// Checks the contact form; problems go into `errors` by field.
fn check_contact(
    form: &ContactForm,
    errors: &mut HashMap<&'static str, String>,
) -> Option<ContactInput> {
    if form.name.trim().is_empty() {
        errors.insert("name", "Enter the person's name.".into());
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
            let company = companies::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            let contact = companies::contact(conn, &company, &id).map_err(change_error)?;
            Ok((company, contact))
        })
        .await?;
    Ok(ok(&ContactPage {
        page: PageContext::new(format!("Edit contact: {}", contact.name), &csrf, Some(&me)),
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
    form: web::Form<ContactForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let (slug, raw) = path.into_inner();
    let id = ContactId::parse(&raw).ok_or(AppError::NotFound)?;
    let form = form.into_inner();
    let mut errors: HashMap<&'static str, String> = HashMap::new();
    let input = check_contact(&form, &mut errors);
    let (actor, s) = (me.actor(), slug.clone());
    let (company, outcome) = state
        .db(move |conn| {
            let company = companies::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
            let outcome =
                input.map(|input| companies::update_contact(conn, &actor, &company, &id, &input));
            Ok((company, outcome))
        })
        .await?;
    match outcome {
        Some(Ok(())) => {
            return Ok(see_other(&format!(
                "/admin/companies/{slug}?done=contact-saved"
            )))
        }
        Some(Err(ChangeError::EmailTaken)) => {
            errors.insert(
                "email",
                "Another contact of the company has this address.".into(),
            );
        }
        Some(Err(e)) => return Err(change_error(e)),
        None => {}
    }
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &ContactPage {
            page: PageContext::new("Edit contact", &csrf, Some(&me)),
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
    form: web::Form<ContactForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = path.into_inner();
    let form = form.into_inner();
    let mut errors: HashMap<&'static str, String> = HashMap::new();
    if let Some(input) = check_contact(&form, &mut errors) {
        let (actor, s) = (me.actor(), slug.clone());
        let added = state
            .db(move |conn| {
                let company = companies::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
                Ok(companies::add_contact(conn, &actor, &company, &input))
            })
            .await?;
        match added {
            Ok(()) => return Ok(see_other(&format!("/admin/companies/{slug}?done=contact"))),
            Err(ChangeError::EmailTaken) => {
                errors.insert(
                    "email",
                    "This person is already a contact of the company.".into(),
                );
            }
            Err(e) => return Err(change_error(e)),
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
        .db(move |conn| {
            let company = companies::find_by_slug(conn, &s)?.ok_or(AppError::NotFound)?;
            let result = if primary {
                companies::make_primary(conn, &actor, &company, &id)
            } else {
                companies::archive_contact(conn, &actor, &company, &id)
            };
            result.map_err(change_error)
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

#[derive(Template)]
#[template(path = "admin/organisations.html")]
struct OrganisationsPage {
    page: PageContext,
    organisations: Vec<Organisation>,
    name: String,
    website: String,
    name_error: Option<String>,
    website_error: Option<String>,
    can_edit: bool,
}

pub async fn organisations(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let organisations = state.db(|conn| Ok(companies::organisations(conn)?)).await?;
    Ok(ok(&OrganisationsPage {
        page: PageContext::new("Organisations", &csrf, Some(&me)),
        organisations,
        name: String::new(),
        website: String::new(),
        name_error: None,
        website_error: None,
        can_edit: me.user.role.includes(crate::domain::Role::Editor),
    }))
}

#[derive(Deserialize)]
pub struct OrganisationForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    website: String,
}

pub async fn add_organisation(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    form: web::Form<OrganisationForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let form = form.into_inner();
    let name = form.name.trim().to_string();
    let mut name_error = if name.is_empty() {
        Some("Enter the organisation's name.".to_string())
    } else {
        single_line::problem(&name).map(str::to_string)
    };
    let website = if form.website.trim().is_empty() {
        Ok(None)
    } else {
        parse_website(&form.website).map(Some)
    };
    let mut website_error = website.as_ref().err().map(|e| sentence(e));
    if let (None, Ok(website)) = (&name_error, &website) {
        let (actor, n, w) = (me.actor(), name.clone(), website.clone());
        let added = state
            .db(move |conn| Ok(companies::add_organisation(conn, &actor, &n, w.as_deref())))
            .await?;
        match added {
            Ok(()) => return Ok(see_other("/admin/organisations")),
            Err(ChangeError::NameTaken) => {
                name_error = Some("An organisation with this name exists already.".into())
            }
            Err(e) => return Err(change_error(e)),
        }
    }
    let organisations = state.db(|conn| Ok(companies::organisations(conn)?)).await?;
    if website_error.is_none() && website.is_err() {
        website_error = Some("Enter a web address starting with https://.".into());
    }
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &OrganisationsPage {
            page: PageContext::new("Organisations", &csrf, Some(&me)),
            organisations,
            name: form.name,
            website: form.website,
            name_error,
            website_error,
            can_edit: true,
        },
    ))
}

fn change_error(e: ChangeError) -> AppError {
    match e {
        ChangeError::NotFound => AppError::NotFound,
        ChangeError::Database(e) => e.into(),
        other => AppError::BadRequest(sentence(&other.to_string())),
    }
}
