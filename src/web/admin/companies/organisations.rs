//! The organisations that co-sign campaigns.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::directory::organisations::{
    add_organisation as add, set_organisation_archived, update_organisation,
};
use crate::app::directory::ChangeError;
use crate::db::companies::{self, Organisation};
use crate::domain::company::parse_website;
use crate::domain::i18n::Tr;
use crate::domain::ids::OrganisationId;
use crate::domain::single_line;
use crate::web::auth::{AnyStaff, EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other, sentence, PageContext};
use crate::web::state::AppState;

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
        page: PageContext::new(
            Tr::english().t("admin-title-organisations"),
            &csrf,
            Some(&me),
        ),
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

/// A name and a website, checked: each problem is shown beside its field.
struct Checked {
    name: String,
    website: Option<String>,
    name_error: Option<String>,
    website_error: Option<String>,
}

impl Checked {
    fn of(form: &OrganisationForm) -> Checked {
        let name = form.name.trim().to_string();
        let name_error = if name.is_empty() {
            Some(
                Tr::english()
                    .t("admin-organisations-enter-the-organisation-s-name")
                    .to_string(),
            )
        } else {
            single_line::problem(&name).map(str::to_string)
        };
        let (website, website_error) = if form.website.trim().is_empty() {
            (None, None)
        } else {
            match parse_website(&form.website) {
                Ok(w) => (Some(w), None),
                Err(e) => (None, Some(sentence(&e))),
            }
        };
        Checked {
            name,
            website,
            name_error,
            website_error,
        }
    }

    fn is_ok(&self) -> bool {
        self.name_error.is_none() && self.website_error.is_none()
    }
}

const NAME_TAKEN: &str = "An organisation with this name exists already.";

pub async fn add_organisation(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    form: HtmlForm<OrganisationForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let form = form.into_inner();
    let mut checked = Checked::of(&form);
    if checked.is_ok() {
        let (actor, n, w) = (me.actor(), checked.name.clone(), checked.website.clone());
        let added = state
            .run(move |conn| add(conn, &actor, &n, w.as_deref()))
            .await;
        match added {
            Ok(()) => return Ok(see_other("/admin/organisations")),
            Err(ChangeError::NameTaken) => checked.name_error = Some(NAME_TAKEN.into()),
            Err(e) => return Err(e.into()),
        }
    }
    let organisations = state.db(|conn| Ok(companies::organisations(conn)?)).await?;
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &OrganisationsPage {
            page: PageContext::new(
                Tr::english().t("admin-title-organisations"),
                &csrf,
                Some(&me),
            ),
            organisations,
            name: form.name,
            website: form.website,
            name_error: checked.name_error,
            website_error: checked.website_error,
            can_edit: true,
        },
    ))
}

#[derive(Template)]
#[template(path = "admin/organisation_form.html")]
struct EditPage {
    page: PageContext,
    organisation: Organisation,
    name: String,
    website: String,
    name_error: Option<String>,
    website_error: Option<String>,
}

fn organisation_id(path: web::Path<String>) -> Result<OrganisationId, AppError> {
    OrganisationId::parse(&path.into_inner()).ok_or(AppError::NotFound)
}

async fn load(state: &AppState, id: &OrganisationId) -> Result<Organisation, AppError> {
    let id = id.clone();
    state
        .db(move |conn| Ok(companies::organisation(conn, &id)?))
        .await?
        .ok_or(AppError::NotFound)
}

fn edit_page(
    me: &SignedIn,
    csrf: &CsrfToken,
    organisation: Organisation,
    form: OrganisationForm,
    checked: Option<Checked>,
) -> EditPage {
    let (name_error, website_error) = checked
        .map(|c| (c.name_error, c.website_error))
        .unwrap_or_default();
    EditPage {
        page: PageContext::new(
            Tr::english().t1("admin-title-edit-organisation", "name", &organisation.name),
            csrf,
            Some(me),
        ),
        organisation,
        name: form.name,
        website: form.website,
        name_error,
        website_error,
    }
}

pub async fn edit_organisation_form(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let organisation = load(&state, &organisation_id(path)?).await?;
    let form = OrganisationForm {
        name: organisation.name.clone(),
        website: organisation.website.clone().unwrap_or_default(),
    };
    Ok(ok(&edit_page(&me, &csrf, organisation, form, None)))
}

pub async fn update_organisation_form(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<OrganisationForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let id = organisation_id(path)?;
    let organisation = load(&state, &id).await?;
    let form = form.into_inner();
    let mut checked = Checked::of(&form);
    if checked.is_ok() {
        let (actor, n, w) = (me.actor(), checked.name.clone(), checked.website.clone());
        let updated = state
            .run(move |conn| update_organisation(conn, &actor, &id, &n, w.as_deref()))
            .await;
        match updated {
            Ok(()) => return Ok(see_other("/admin/organisations")),
            Err(ChangeError::NameTaken) => checked.name_error = Some(NAME_TAKEN.into()),
            Err(e) => return Err(e.into()),
        }
    }
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &edit_page(&me, &csrf, organisation, form, Some(checked)),
    ))
}

pub async fn archive_organisation(
    staff: EditorOnly,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    set_archived(staff.0, state, organisation_id(path)?, true).await
}

pub async fn restore_organisation(
    staff: EditorOnly,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    set_archived(staff.0, state, organisation_id(path)?, false).await
}

async fn set_archived(
    me: SignedIn,
    state: web::Data<AppState>,
    id: OrganisationId,
    archived: bool,
) -> Result<HttpResponse, AppError> {
    let actor = me.actor();
    state
        .run(move |conn| set_organisation_archived(conn, &actor, &id, archived))
        .await?;
    Ok(see_other("/admin/organisations"))
}
