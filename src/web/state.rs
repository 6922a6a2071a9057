//! What every handler can reach: the database pool and the configuration.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use chrono::Duration;
use url::Url;

use super::error::AppError;
use crate::config::Config;
use crate::db::questionnaires::QuestionnaireVersion;
use crate::db::sessions::Lifetimes;
use crate::db::{DbConnection, Pool};
use crate::domain::ids::QuestionnaireVersionId;
use crate::domain::publication::Publication;
use crate::domain::questionnaire::Questionnaire;

/// A stored questionnaire version with its parsed questionnaire.
pub type LoadedQuestionnaire = Arc<(QuestionnaireVersion, Questionnaire)>;

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub config: Arc<Config>,
    /// The address in links, from the configuration or the bound port.
    pub base_url: Url,
    /// Versions are immutable, so a parsed one can be kept for good.
    pub questionnaires: Arc<RwLock<HashMap<QuestionnaireVersionId, LoadedQuestionnaire>>>,
    /// Published versions are immutable too: parsed once, by digest.
    pub publications: Arc<RwLock<HashMap<String, Arc<Publication>>>>,
    pub public_cache: Arc<super::public_cache::PublicCache>,
    /// Permits to run argon2 (19 MiB and tens of milliseconds each): one
    /// per core, so a flood of sign-ins queues here instead of filling
    /// memory and starving every other request.
    pub password_checks: Arc<tokio::sync::Semaphore>,
}

/// How long a sign-in waits for a permit to check its password before the
/// server answers 503 with `Retry-After`.
const PASSWORD_CHECK_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// One permit per core the process may use, at least one.
pub fn password_check_permits() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().max(1))
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

    /// Runs password hashing or checking with one of the few permits for
    /// it, off the async workers; if none frees up soon, [`AppError::Busy`].
    pub async fn password_work<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let permit = tokio::time::timeout(
            PASSWORD_CHECK_WAIT,
            self.password_checks.clone().acquire_owned(),
        )
        .await
        .map_err(|_| AppError::Busy {
            retry_after_seconds: PASSWORD_CHECK_WAIT.as_secs() as i64,
        })?
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("password permits")))?;
        let span = tracing::Span::current();
        tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let value = f();
            drop(permit);
            value
        })
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("checking a password")))
    }

    pub fn session_lifetimes(&self) -> Lifetimes {
        Lifetimes {
            idle: Duration::minutes(self.config.session_idle_minutes),
            absolute: Duration::hours(self.config.session_lifetime_hours),
        }
    }

    /// A questionnaire version, parsed once and then kept.
    pub async fn questionnaire(
        &self,
        id: &QuestionnaireVersionId,
    ) -> Result<LoadedQuestionnaire, AppError> {
        if let Some(found) = self
            .questionnaires
            .read()
            .ok()
            .and_then(|m| m.get(id).cloned())
        {
            return Ok(found);
        }
        let key = id.clone();
        let loaded = self
            .db(move |conn| crate::db::questionnaires::by_id(conn, &key)?.ok_or(AppError::NotFound))
            .await?;
        let loaded = Arc::new(loaded);
        if let Ok(mut map) = self.questionnaires.write() {
            map.insert(id.clone(), loaded.clone());
        }
        Ok(loaded)
    }

    /// A published document, parsed once and kept by its digest.
    pub fn publication(&self, digest: &str, json: &str) -> Result<Arc<Publication>, AppError> {
        if let Some(found) = self
            .publications
            .read()
            .ok()
            .and_then(|m| m.get(digest).cloned())
        {
            return Ok(found);
        }
        let parsed: Publication = serde_json::from_str(json).map_err(|e| {
            AppError::Internal(anyhow::Error::new(e).context("reading a publication"))
        })?;
        let parsed = Arc::new(parsed);
        if let Ok(mut map) = self.publications.write() {
            map.insert(digest.to_string(), parsed.clone());
        }
        Ok(parsed)
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
