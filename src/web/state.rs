//! What every handler can reach: the database pool and the configuration.

use std::sync::Arc;

use chrono::Duration;
use url::Url;

use super::error::AppError;
use crate::config::Config;
use crate::db::sessions::Lifetimes;
use crate::db::{DbConnection, Pool};

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub config: Arc<Config>,
    /// The address in links, from the configuration or the bound port.
    pub base_url: Url,
}

impl AppState {
    /// Runs database work on the blocking thread pool, carrying the
    /// request's tracing span with it.
    pub async fn db<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
    {
        let pool = self.pool.clone();
        let span = tracing::Span::current();
        tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("database task")))?
    }

    pub fn session_lifetimes(&self) -> Lifetimes {
        Lifetimes {
            idle: Duration::minutes(self.config.session_idle_minutes),
            absolute: Duration::hours(self.config.session_lifetime_hours),
        }
    }

    /// What outreach (links in emails) needs to know.
    pub fn outreach(&self) -> crate::db::outreach::Settings {
        crate::db::outreach::Settings {
            base_url: self.base_url.clone(),
            link_valid_days: self.config.link_valid_days,
        }
    }

    /// Whether cookies must be `Secure`.
    pub fn https(&self) -> bool {
        self.base_url.scheme() == "https"
    }
}
