//! The staff home page.

use actix_web::HttpResponse;
use askama::Template;

use crate::web::auth::AnyStaff;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{ok, PageContext};

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardPage {
    page: PageContext,
    name: String,
    role: String,
}

pub async fn show(staff: AnyStaff, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    Ok(ok(&DashboardPage {
        page: PageContext::new("Dashboard", &csrf, Some(&me)),
        name: me.user.name.clone(),
        role: me.user.role.to_string(),
    }))
}
