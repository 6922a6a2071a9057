//! What every page's layout needs, and turning a template into a response.

use actix_web::http::header::ContentType;
use actix_web::{HttpResponse, HttpResponseBuilder};
use askama::Template;

use super::auth::SignedIn;
use super::csrf_token::CsrfToken;
use super::language::{choices, Choice};
use crate::domain::i18n::Tr;
use crate::domain::Role;

/// The signed-in person, as the layout shows them.
#[derive(Debug, Clone)]
pub struct StaffBadge {
    pub name: String,
    pub email: String,
    pub role: Role,
}

/// Filled by each handler and read by `base.html`.
#[derive(Debug, Clone)]
pub struct PageContext {
    pub title: String,
    pub csrf_token: String,
    pub staff: Option<StaffBadge>,
    /// The reader's language: English on staff pages.
    pub tr: Tr,
    /// The public pages' language switch (links to this page in each
    /// language); empty on staff pages.
    pub switch: Vec<Choice>,
}

impl PageContext {
    pub fn new(title: impl Into<String>, csrf: &CsrfToken, staff: Option<&SignedIn>) -> Self {
        PageContext {
            title: title.into(),
            csrf_token: csrf.value().to_string(),
            staff: staff.map(|s| StaffBadge {
                name: s.user.name.clone(),
                email: s.user.email.clone(),
                role: s.user.role,
            }),
            tr: Tr::english(),
            switch: vec![],
        }
    }

    /// A public page in the reader's language, with the switch to this
    /// page (`path`, its other parameters `query`) in every language.
    pub fn public(mut self, tr: Tr, path: &str, query: &str) -> Self {
        self.switch = choices(tr.lang(), path, query);
        self.tr = tr;
        self
    }

    /// For pages with no form and no signed-in person (error pages).
    pub fn bare(title: impl Into<String>) -> Self {
        PageContext {
            title: title.into(),
            csrf_token: String::new(),
            staff: None,
            tr: Tr::english(),
            switch: vec![],
        }
    }

    /// The same page in the language of `tr` (no language switch: error pages).
    pub fn in_language(mut self, tr: Tr) -> Self {
        self.tr = tr;
        self
    }

    pub fn is_admin(&self) -> bool {
        self.staff.as_ref().is_some_and(|s| s.role == Role::Admin)
    }
}

/// Renders `template` as the body of `response`. A template that fails to
/// render is a bug; the person still gets a plain page, not a bare 500.
pub fn html(response: &mut HttpResponseBuilder, template: &impl Template) -> HttpResponse {
    match template.render() {
        Ok(body) => response.content_type(ContentType::html()).body(body),
        Err(e) => {
            tracing::error!(error = ?e, "rendering a template failed");
            HttpResponse::InternalServerError()
                .content_type(ContentType::plaintext())
                .body("Something went wrong on our side. The problem has been logged.")
        }
    }
}

/// A 200 page.
pub fn ok(template: &impl Template) -> HttpResponse {
    html(&mut HttpResponse::Ok(), template)
}

/// Turns a validation message ("the password must have…") into a sentence
/// to show beside a field ("The password must have….").
pub fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>() + ".",
        None => String::new(),
    }
}

/// The answer to a form that worked: go to `to` (303, so the browser GETs it).
pub fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, to.to_string()))
        .finish()
}
