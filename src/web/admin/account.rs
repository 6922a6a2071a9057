//! A staff member's own account: change the password, set up or turn off
//! the second factor. An admin's reset of someone else's second factor is
//! here too, beside the rules it undoes.

use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::db::audit::action;
use crate::db::sign_in_attempts::{self, Step};
use crate::db::{staff, two_factor};
use crate::domain::i18n::Tr;
use crate::domain::ids::StaffUserId;
use crate::domain::password::{self, NewPassword};
use crate::domain::totp::{self, Secret};
use crate::domain::{time, Email};
use crate::web::auth::{AdminOnly, SignedIn};
use crate::web::client::Client;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{ok, see_other, sentence, PageContext};
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "admin/account.html")]
struct AccountPage {
    page: PageContext,
    notice: Option<String>,
    required: bool,
    has_two_factor: bool,
    unused_codes: i64,
    /// While setting up: the key in base32 and the otpauth:// address.
    setup: Option<(String, String)>,
    /// Just after setting up, shown once.
    recovery_codes: Vec<String>,
    code_error: Option<String>,
    current_error: Option<String>,
    new_error: Option<String>,
    /// Which emails the person gets: (field name, label, on).
    notifications: Vec<(String, &'static str, bool)>,
}

async fn page(state: &AppState, me: &SignedIn, csrf: &CsrfToken) -> Result<AccountPage, AppError> {
    let id = me.user.id.clone();
    let unused_codes = state
        .db(move |conn| Ok(two_factor::unused_recovery_codes(conn, &id)?))
        .await?;
    let notifications = super::notification_settings::shown(state, me).await?;
    Ok(AccountPage {
        page: PageContext::new(Tr::english().t("admin-title-your-account"), csrf, Some(me)),
        required: state.config.require_two_factor && !me.user.has_two_factor(),
        has_two_factor: me.user.has_two_factor(),
        unused_codes,
        notice: None,
        setup: None,
        recovery_codes: Vec::new(),
        code_error: None,
        current_error: None,
        new_error: None,
        notifications,
    })
}

#[derive(Deserialize)]
pub struct AccountQuery {
    #[serde(default)]
    done: String,
}

pub async fn show(
    me: SignedIn,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    query: web::Query<AccountQuery>,
) -> Result<HttpResponse, AppError> {
    let mut p = page(&state, &me, &csrf).await?;
    p.notice = match query.done.as_str() {
        "password" => Some(Tr::english().t("admin-account-your-password-was-changed-and")),
        "off" => Some(Tr::english().t("admin-account-two-factor-sign-in-is")),
        "notifications" => {
            Some(Tr::english().t("admin-account-your-email-notifications-are-saved"))
        }
        _ => None,
    };
    Ok(ok(&p))
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// Counts a check of something secret (a password or a code) against the
/// sign-in limits of this account at this address.
async fn count(state: &AppState, me: &SignedIn, ip: &str, step: Step) -> Result<(), AppError> {
    let email = Email::parse(&me.user.email)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("stored email: {e}")))?;
    let ip = ip.to_string();
    state
        .count_attempt(move |conn| {
            Ok(sign_in_attempts::begin(
                conn,
                &email,
                &ip,
                step,
                time::now(),
            )?)
        })
        .await?
        .map(drop)
        .map_err(|wait| AppError::TooManyRequests {
            retry_after_seconds: wait.num_seconds().max(1),
        })
}

pub async fn change_password(
    me: SignedIn,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    client: Client,
    form: HtmlForm<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let mut p = page(&state, &me, &csrf).await?;
    let new = NewPassword::parse_for(&form.new_password, &[&me.user.email, &me.user.name])
        .map_err(|e| p.new_error = Some(sentence(&e.to_string())));
    count(&state, &me, &client.ip, Step::Password).await?;
    let stored = me.user.password_hash.clone();
    let current = form.current_password;
    let (right, hash) = state
        .password_work(move |area| {
            let right = password::verify_in(area, &current, Some(&stored));
            let hash = match (&new, right) {
                (Ok(n), true) => Some(n.hash_in(area)),
                _ => None,
            };
            (right, hash)
        })
        .await?;
    if !right {
        p.current_error = Some(Tr::english().t("admin-account-this-is-not-your-current"));
    }
    let Some(hash) = hash else {
        return Ok(HttpResponse::UnprocessableEntity()
            .content_type("text/html; charset=utf-8")
            .body(p.render().map_err(|e| AppError::Internal(e.into()))?));
    };
    let (user, keep, ip) = (me.user.clone(), me.session_id.clone(), client.ip.clone());
    state
        .db(move |conn| {
            crate::app::two_factor::change_password(conn, &user, &hash, &keep, Some(&ip))?;
            sign_in_attempts::clear(conn, &user.email, &ip)?;
            Ok(())
        })
        .await?;
    Ok(see_other("/admin/account?done=password"))
}

pub async fn start_setup(
    me: SignedIn,
    csrf: CsrfToken,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    if me.user.has_two_factor() {
        return Ok(see_other("/admin/account"));
    }
    let secret = Secret::generate();
    let (id, kept) = (me.user.id.clone(), secret.clone());
    state
        .db(move |conn| Ok(two_factor::begin_setup(conn, &id, &kept)?))
        .await?;
    let mut p = page(&state, &me, &csrf).await?;
    p.setup = Some(setup_view(&state, &me, &secret));
    Ok(ok(&p))
}

fn setup_view(state: &AppState, me: &SignedIn, secret: &Secret) -> (String, String) {
    let issuer = format!(
        "Answerable ({})",
        state.base_url.host_str().unwrap_or("local")
    );
    (
        secret.to_base32(),
        secret.otpauth_uri(&issuer, &me.user.email),
    )
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    pub code: String,
}

pub async fn confirm_setup(
    me: SignedIn,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    client: Client,
    form: HtmlForm<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let id = me.user.id.clone();
    let found = state
        .db(move |conn| Ok(two_factor::secret(conn, &id)?))
        .await?;
    let secret = match found {
        Some((secret, false)) => secret,
        _ => return Ok(see_other("/admin/account")),
    };
    count(&state, &me, &client.ip, Step::Code).await?;
    let mut p = page(&state, &me, &csrf).await?;
    let Some(step) = secret.matching_step(&form.code, time::now().and_utc().timestamp()) else {
        p.setup = Some(setup_view(&state, &me, &secret));
        p.code_error = Some(Tr::english().t("admin-account-this-code-is-not-right"));
        return Ok(ok(&p));
    };
    let codes = totp::new_recovery_codes();
    let (user, kept, ip, actor) = (
        me.user.clone(),
        codes.clone(),
        client.ip.clone(),
        me.actor(),
    );
    state
        .db(move |conn| {
            crate::app::two_factor::enable(conn, &actor, &user, step, &kept, Some(&ip))?;
            sign_in_attempts::clear(conn, &user.email, &ip)?;
            Ok(())
        })
        .await?;
    p.has_two_factor = true;
    p.required = false;
    p.recovery_codes = codes;
    Ok(ok(&p))
}

pub async fn disable(
    me: SignedIn,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    client: Client,
    form: HtmlForm<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let id = me.user.id.clone();
    let found = state
        .db(move |conn| Ok(two_factor::secret(conn, &id)?))
        .await?;
    let Some((secret, true)) = found else {
        return Ok(see_other("/admin/account"));
    };
    count(&state, &me, &client.ip, Step::Code).await?;
    let accepted = match secret.matching_step(&form.code, time::now().and_utc().timestamp()) {
        Some(step) => {
            let id = me.user.id.clone();
            state
                .db(move |conn| Ok(two_factor::use_step(conn, &id, step)?))
                .await?
        }
        None => false,
    };
    if !accepted {
        let mut p = page(&state, &me, &csrf).await?;
        p.code_error = Some(Tr::english().t("admin-account-this-code-is-not-right"));
        return Ok(ok(&p));
    }
    let (user, ip, actor) = (me.user.clone(), client.ip.clone(), me.actor());
    state
        .db(move |conn| {
            Ok(crate::app::two_factor::remove(
                conn,
                &actor,
                &user,
                action::TWO_FACTOR_DISABLED,
                Some(&ip),
            )?)
        })
        .await?;
    Ok(see_other("/admin/account?done=off"))
}

/// An admin turns off someone's second factor (a lost phone); they set it
/// up again at their next sign-in if the configuration requires it.
pub async fn admin_reset(
    admin: AdminOnly,
    state: web::Data<AppState>,
    client: Client,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = admin;
    let id = StaffUserId::parse(&path.into_inner()).ok_or(AppError::NotFound)?;
    let (actor, ip, target) = (me.actor(), client.ip.clone(), id.clone());
    state
        .db(move |conn| {
            let user = staff::find(conn, &target)?.ok_or(AppError::NotFound)?;
            crate::app::two_factor::remove(
                conn,
                &actor,
                &user,
                action::TWO_FACTOR_RESET,
                Some(&ip),
            )?;
            Ok(())
        })
        .await?;
    Ok(see_other(&format!("/admin/users/{id}?done=two_factor")))
}
