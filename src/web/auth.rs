//! Who is signed in. The session cookie holds a secret whose digest names a
//! row of `staff_sessions`; every request checks that row (and that the
//! account is still active), so ending a session or disabling an account
//! takes effect at once.
//!
//! Handlers under `/admin` take one of [`AnyStaff`], [`EditorOnly`] or
//! [`AdminOnly`]: the role check is in the type of the argument.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};

use super::app_error::AppError;
use super::state::AppState;
use crate::db::audit::Actor;
use crate::db::sessions;
use crate::db::staff::StaffUser;
use crate::domain::{secret, time, Role};

pub const COOKIE: &str = "answerable_session";

/// A signed-in staff member, whatever their role.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: StaffUser,
    /// The digest of this session's secret.
    pub session_id: String,
}

impl SignedIn {
    pub fn actor(&self) -> Actor {
        Actor::Staff {
            id: self.user.id.clone(),
            email: self.user.email.clone(),
        }
    }

    pub fn require(self, role: Role) -> Result<SignedIn, AppError> {
        if self.user.role.includes(role) {
            Ok(self)
        } else {
            Err(AppError::Forbidden(format!(
                "This page is for the {role} role or above; your account has the {} role.",
                self.user.role
            )))
        }
    }
}

/// A cookie scripts cannot read, sent on top-level navigation from other
/// sites but not on their forms or requests, `Secure` over https.
/// On https, our cookies' names carry the `__Host-` prefix: the browser
/// then keeps them only when Secure, for this host alone and path `/`, so
/// no other host of the domain can set or shadow them.
pub fn cookie_name(name: &'static str, secure: bool) -> std::borrow::Cow<'static, str> {
    if secure {
        format!("__Host-{name}").into()
    } else {
        name.into()
    }
}

/// The value of one of our cookies as this request carries it, under the
/// name that the deployment uses.
pub fn cookie_value(req: &HttpRequest, name: &'static str) -> Option<String> {
    let secure = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.https());
    req.cookie(&cookie_name(name, secure))
        .map(|c| c.value().to_string())
}

pub fn private_cookie(name: &'static str, value: &str, secure: bool) -> Cookie<'static> {
    Cookie::build(cookie_name(name, secure), value.to_string())
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .finish()
}

pub fn session_cookie(token: &str, secure: bool) -> Cookie<'static> {
    private_cookie(COOKIE, token, secure)
}

pub fn removal_cookie(secure: bool) -> Cookie<'static> {
    let mut c = session_cookie("", secure);
    c.make_removal();
    c
}

/// The digest of the session secret this request carries, if it looks like one.
pub fn session_digest(req: &HttpRequest) -> Option<String> {
    cookie_value(req, COOKIE)
        .filter(|v| secret::looks_like_token(v))
        .map(|v| secret::digest(&v))
}

async fn signed_in(req: HttpRequest) -> Result<Option<SignedIn>, AppError> {
    let Some(digest) = session_digest(&req) else {
        return Ok(None);
    };
    let state = req
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("application state missing")))?;
    let lifetimes = state.session_lifetimes();
    let found = state
        .db(move |conn| Ok(sessions::resume(conn, &digest, lifetimes, time::now())?))
        .await?;
    Ok(found.map(|(session, user)| SignedIn {
        user,
        session_id: session.id,
    }))
}

fn next_path(req: &HttpRequest) -> String {
    match req.uri().path_and_query() {
        Some(pq) if req.method() == actix_web::http::Method::GET => pq.to_string(),
        _ => "/admin".to_string(),
    }
}

type Fut<T> = Pin<Box<dyn Future<Output = Result<T, AppError>>>>;

impl FromRequest for SignedIn {
    type Error = AppError;
    type Future = Fut<SignedIn>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let next = next_path(&req);
            let required = req
                .app_data::<web::Data<AppState>>()
                .is_some_and(|s| s.config.require_two_factor);
            let path_is_account = req.path().starts_with("/admin/account");
            let found = signed_in(req)
                .await?
                .ok_or(AppError::SignInRequired { next })?;
            // Where the configuration asks for it, setting up a second
            // factor comes before anything else.
            if required && !found.user.has_two_factor() && !path_is_account {
                return Err(AppError::TwoFactorSetupRequired);
            }
            Ok(found)
        })
    }
}

/// The signed-in person if there is one; pages that anyone may see use it.
pub struct MaybeSignedIn(pub Option<SignedIn>);

impl FromRequest for MaybeSignedIn {
    type Error = AppError;
    type Future = Fut<MaybeSignedIn>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(MaybeSignedIn(signed_in(req).await?)) })
    }
}

macro_rules! role_extractor {
    ($(#[$meta:meta])* $name:ident, $role:expr) => {
        $(#[$meta])*
        pub struct $name(pub SignedIn);

        impl FromRequest for $name {
            type Error = AppError;
            type Future = Fut<$name>;

            fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
                let inner = SignedIn::from_request(req, payload);
                Box::pin(async move { Ok($name(inner.await?.require($role)?)) })
            }
        }
    };
}

role_extractor!(
    /// Any signed-in staff member (reviewers and up).
    AnyStaff,
    Role::Reviewer
);
role_extractor!(
    /// Editors and admins.
    EditorOnly,
    Role::Editor
);
role_extractor!(
    /// Admins only.
    AdminOnly,
    Role::Admin
);
