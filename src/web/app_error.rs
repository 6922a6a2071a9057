//! What a handler can fail with, as the web layer's own modules (state,
//! sign-in, metrics, method checks) return it; how each is shown to a
//! person (a page in the reader's language, a redirect, a status) is in
//! `error.rs`.

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// Not signed in: the browser is sent to the sign-in page.
    #[error("sign-in required")]
    SignInRequired { next: String },
    /// Signed in, but a second factor must be set up first.
    #[error("two-factor setup required")]
    TwoFactorSetupRequired,
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("too many attempts")]
    TooManyRequests { retry_after_seconds: i64 },
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// Too many passwords are being checked at once: try again shortly.
    #[error("busy checking passwords")]
    Busy { retry_after_seconds: i64 },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        AppError::Internal(anyhow::Error::new(e).context("querying the database"))
    }
}

impl From<crate::app::Outage> for AppError {
    fn from(e: crate::app::Outage) -> Self {
        match e {
            crate::app::Outage::NoConnection(e) => e.into(),
            crate::app::Outage::Task(e) => {
                AppError::Internal(anyhow::Error::new(e).context("database task"))
            }
        }
    }
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        AppError::Unavailable(format!("no database connection: {e}"))
    }
}
