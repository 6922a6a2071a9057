//! Staff accounts, for admins: create, change role, disable, end sessions.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::accounts::{self, AccountError};
use crate::db::sessions::{self, StaffSession};
use crate::db::staff::{self, StaffUser};
use crate::domain::i18n::Tr;
use crate::domain::ids::StaffUserId;
use crate::domain::password::NewPassword;
use crate::domain::{time, Email, Role};
use crate::web::auth::AdminOnly;
use crate::web::client::Client;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other, sentence, PageContext};
use crate::web::state::AppState;

#[derive(Default)]
struct NewUserFields {
    email: String,
    name: String,
    role: String,
    email_error: Option<String>,
    name_error: Option<String>,
    role_error: Option<String>,
    password_error: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    page: PageContext,
    users: Vec<StaffUser>,
    form: NewUserFields,
    roles: [Role; 3],
    notice: Option<String>,
}

#[derive(Deserialize)]
pub struct Notice {
    #[serde(default)]
    done: String,
}

fn notice_text(done: &str) -> Option<String> {
    let tr = Tr::english();
    Some(match done {
        "created" => tr.t("admin-notice-user-created"),
        "role" => tr.t("admin-notice-user-role"),
        "disabled" => tr.t("admin-notice-user-disabled"),
        "enabled" => tr.t("admin-notice-user-enabled"),
        "sessions" => tr.t("admin-notice-user-sessions"),
        "two_factor" => tr.t("admin-notice-user-two-factor"),
        _ => return None,
    })
}

pub async fn list(
    staff: AdminOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    query: web::Query<Notice>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = staff;
    let users = state.db(|conn| Ok(staff::list(conn)?)).await?;
    Ok(ok(&UsersPage {
        page: PageContext::new(
            Tr::english().t("admin-title-staff-accounts"),
            &csrf,
            Some(&me),
        ),
        users,
        form: NewUserFields {
            role: Role::Reviewer.to_string(),
            ..Default::default()
        },
        roles: Role::ALL,
        notice: notice_text(&query.done),
    }))
}

#[derive(Deserialize)]
pub struct NewUserForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    password: String,
}

pub async fn create(
    staff: AdminOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    client: Client,
    form: HtmlForm<NewUserForm>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = staff;
    let form = form.into_inner();
    let mut fields = NewUserFields {
        email: form.email.clone(),
        name: form.name.clone(),
        role: form.role.clone(),
        ..Default::default()
    };
    let email = Email::parse(&form.email)
        .map_err(|e| fields.email_error = Some(sentence(&e.to_string())))
        .ok();
    if form.name.trim().is_empty() {
        fields.name_error = Some(Tr::english().t("admin-contacts-enter-the-person-s-name"));
    } else if let Some(problem) = crate::domain::single_line::problem(&form.name) {
        fields.name_error = Some(problem.into());
    }
    let role = form
        .role
        .parse::<Role>()
        .map_err(|e| fields.role_error = Some(sentence(&e.to_string())))
        .ok();
    let password = NewPassword::parse_for(&form.password, &[&form.email, &form.name])
        .map_err(|e| fields.password_error = Some(sentence(&e.to_string())))
        .ok();

    if let (Some(email), Some(role), Some(password), None) =
        (email, role, password, &fields.name_error)
    {
        let (actor, name, ip) = (me.actor(), form.name.clone(), client.ip.clone());
        let created = state
            .run(move |conn| {
                accounts::create(conn, &actor, &email, &name, role, &password, Some(&ip))
            })
            .await;
        match created {
            Ok(_) => return Ok(see_other("/admin/users?done=created")),
            Err(AccountError::EmailTaken(_)) => {
                fields.email_error =
                    Some(Tr::english().t("admin-users-there-is-already-an-account"))
            }
            Err(e) => return Err(e.into()),
        }
    }

    let users = state.db(|conn| Ok(staff::list(conn)?)).await?;
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &UsersPage {
            page: PageContext::new(
                Tr::english().t("admin-title-staff-accounts"),
                &csrf,
                Some(&me),
            ),
            users,
            form: fields,
            roles: Role::ALL,
            notice: None,
        },
    ))
}

#[derive(Template)]
#[template(path = "admin/user.html")]
struct UserPage {
    page: PageContext,
    user: StaffUser,
    sessions: Vec<StaffSession>,
    roles: [Role; 3],
    notice: Option<String>,
    is_me: bool,
}

fn parse_id(raw: &str) -> Result<StaffUserId, AppError> {
    StaffUserId::parse(raw).ok_or(AppError::NotFound)
}

pub async fn show(
    staff: AdminOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<Notice>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = staff;
    let id = parse_id(&path)?;
    let lifetimes = state.session_lifetimes();
    let (user, sessions) = state
        .db(move |conn| {
            let user = staff::find(conn, &id)?.ok_or(AppError::NotFound)?;
            let sessions = sessions::list_for_user(conn, &id, lifetimes, time::now())?;
            Ok((user, sessions))
        })
        .await?;
    let is_me = user.id == me.user.id;
    Ok(ok(&UserPage {
        page: PageContext::new(
            Tr::english().t1("admin-title-account-of", "name", &user.name),
            &csrf,
            Some(&me),
        ),
        user,
        sessions,
        roles: Role::ALL,
        notice: notice_text(&query.done),
        is_me,
    }))
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

pub async fn change_role(
    staff: AdminOnly,
    state: web::Data<AppState>,
    client: Client,
    path: web::Path<String>,
    form: HtmlForm<RoleForm>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = staff;
    let id = parse_id(&path)?;
    let role = form
        .role
        .parse::<Role>()
        .map_err(|e| AppError::BadRequest(sentence(&e.to_string())))?;
    let (actor, ip, target) = (me.actor(), client.ip, id.clone());
    state
        .run(move |conn| accounts::set_role(conn, &actor, &target, role, Some(&ip)))
        .await?;
    Ok(see_other(&format!("/admin/users/{id}?done=role")))
}

pub async fn disable(
    staff: AdminOnly,
    state: web::Data<AppState>,
    client: Client,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = staff;
    let id = parse_id(&path)?;
    let (actor, ip, target) = (me.actor(), client.ip, id.clone());
    state
        .run(move |conn| accounts::disable(conn, &actor, &target, Some(&ip)))
        .await?;
    Ok(see_other(&format!("/admin/users/{id}?done=disabled")))
}

pub async fn enable(
    staff: AdminOnly,
    state: web::Data<AppState>,
    client: Client,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = staff;
    let id = parse_id(&path)?;
    let (actor, ip, target) = (me.actor(), client.ip, id.clone());
    state
        .run(move |conn| accounts::enable(conn, &actor, &target, Some(&ip)))
        .await?;
    Ok(see_other(&format!("/admin/users/{id}?done=enabled")))
}

pub async fn end_sessions(
    staff: AdminOnly,
    state: web::Data<AppState>,
    client: Client,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = staff;
    let id = parse_id(&path)?;
    let (actor, ip, target) = (me.actor(), client.ip, id.clone());
    state
        .run(move |conn| accounts::end_sessions(conn, &actor, &target, Some(&ip)))
        .await?;
    Ok(see_other(&format!("/admin/users/{id}?done=sessions")))
}
