//! The organisations that co-sign campaigns.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::directory::organisations::add_organisation as add;
use crate::app::directory::ChangeError;
use crate::db::companies::{self, Organisation};
use crate::domain::company::parse_website;
use crate::domain::single_line;
use crate::web::auth::{AnyStaff, EditorOnly};
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
    form: HtmlForm<OrganisationForm>,
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
            .run(move |conn| add(conn, &actor, &n, w.as_deref()))
            .await;
        match added {
            Ok(()) => return Ok(see_other("/admin/organisations")),
            Err(ChangeError::NameTaken) => {
                name_error = Some("An organisation with this name exists already.".into())
            }
            Err(e) => return Err(e.into()),
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
