//! What every handler can reach: the database pool and the configuration.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use chrono::Duration;
use url::Url;

use super::app_error::AppError;
use crate::app::Outage;
use crate::config::Config;
use crate::db::group_commit::{GroupCommit, Unwritten};
use crate::db::questionnaires::QuestionnaireVersion;
use crate::db::sessions::Lifetimes;
use crate::db::{DbConnection, Pool};
use crate::domain::ids::QuestionnaireVersionId;
use crate::domain::password::WorkArea;
use crate::domain::publication::Publication;
use crate::domain::questionnaire::Questionnaire;

/// A stored questionnaire version with its parsed questionnaire.
pub type LoadedQuestionnaire = Arc<(QuestionnaireVersion, Questionnaire)>;

/// The questionnaire versions parsed so far, by id.
pub type Questionnaires = Arc<RwLock<HashMap<QuestionnaireVersionId, LoadedQuestionnaire>>>;

/// Reads a questionnaire version and keeps it parsed.
fn load_questionnaire(
    questionnaires: &Questionnaires,
    conn: &mut DbConnection,
    id: &QuestionnaireVersionId,
) -> Result<LoadedQuestionnaire, AppError> {
    let loaded = crate::db::questionnaires::by_id(conn, id)?.ok_or(AppError::NotFound)?;
    let loaded = Arc::new(loaded);
    if let Ok(mut map) = questionnaires.write() {
        map.insert(id.clone(), loaded.clone());
    }
    Ok(loaded)
}

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub config: Arc<Config>,
    /// The address in links, from the configuration or the bound port.
    pub base_url: Url,
    /// Versions are immutable, so a parsed one can be kept for good.
    pub questionnaires: Questionnaires,
    /// Published versions are immutable too: parsed once, by digest.
    pub publications: Arc<RwLock<HashMap<String, Arc<Publication>>>>,
    pub public_cache: Arc<super::public_cache::PublicCache>,
    /// The last check that the database takes writes, for `/healthz`.
    pub health: Arc<super::health::Health>,
    /// Permits to run argon2 (19 MiB and tens of milliseconds each), and
    /// the memory each permit hashes in.
    pub password_checks: Arc<PasswordChecks>,
    /// What `/metrics` shows; kept per server, so tests do not mix.
    pub metrics: Arc<super::metrics::Metrics>,
    /// On SQLite, the thread that writes autosaves in batches.
    pub batches: Option<Arc<GroupCommit>>,
}

/// One permit per core, so that a flood of sign-ins queues here instead of
/// filling memory and starving every other request; each permit hashes in
/// a work area kept for the life of the server.
pub struct PasswordChecks {
    permits: tokio::sync::Semaphore,
    areas: std::sync::Mutex<Vec<WorkArea>>,
    /// Counting attempts is serialised in the database; more than this
    /// many waiting for it at once would only hold database connections
    /// that every other request needs (`/healthz` included).
    counting: tokio::sync::Semaphore,
}

/// Sign-ins that may hold a database connection to count their attempt.
const COUNTING_AT_ONCE: usize = 2;

impl PasswordChecks {
    pub fn new(permits: usize) -> PasswordChecks {
        PasswordChecks {
            permits: tokio::sync::Semaphore::new(permits),
            areas: std::sync::Mutex::new(Vec::new()),
            counting: tokio::sync::Semaphore::new(COUNTING_AT_ONCE),
        }
    }
}

impl Default for PasswordChecks {
    fn default() -> Self {
        PasswordChecks::new(password_check_permits())
    }
}

/// How long a sign-in waits for a permit to check its password before the
/// server answers 503 with `Retry-After`.
const PASSWORD_CHECK_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// One permit per core the process may use, at least one and at most
/// eight: on a large machine, hashing still holds at most ~160 MiB.
pub fn password_check_permits() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 8))
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

    /// Runs a use case on the blocking thread pool: `f` returns the use
    /// case's own error type, which can also say that the database could
    /// not be reached ([`Outage`]), so the handler gets one flat `Result`
    /// and maps its errors in one place (`web::use_case_errors`).
    pub async fn run<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Outage> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        let pool = self.pool.clone();
        let span = tracing::Span::current();
        tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let mut conn = pool.get().map_err(Outage::from)?;
            f(&mut conn)
        })
        .await
        .map_err(Outage::from)?
    }

    /// Runs a small write that comes often (an autosave) and the reads it
    /// needs: on SQLite in the next batch of [`GroupCommit`], where the
    /// use case's own transaction (`db::write`) becomes a savepoint of the
    /// batch's; on PostgreSQL, which takes many writers at once, like
    /// [`Self::run`]. Either way it is answered once stored, or with
    /// [`Unwritten`] / [`Outage`] when it could not be.
    pub async fn write_small<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Outage> + From<Unwritten> + From<diesel::result::Error> + Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, E> + Send + 'static,
    {
        match &self.batches {
            Some(batches) => batches.write(f).await.unwrap_or_else(|why| Err(why.into())),
            None => self.run(f).await,
        }
    }

    /// Runs `f`, which counts a sign-in attempt, with one of the few
    /// permits for that; if none frees up soon, [`AppError::Busy`].
    pub async fn count_attempt<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
    {
        let _permit =
            tokio::time::timeout(PASSWORD_CHECK_WAIT, self.password_checks.counting.acquire())
                .await
                .map_err(|_| AppError::Busy {
                    retry_after_seconds: PASSWORD_CHECK_WAIT.as_secs() as i64,
                })?
                .map_err(|e| {
                    AppError::Internal(anyhow::Error::new(e).context("counting permits"))
                })?;
        self.db(f).await
    }

    /// Runs password hashing or checking with one of the few permits for
    /// it, off the async workers; if none frees up soon, [`AppError::Busy`].
    pub async fn password_work<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut WorkArea) -> T + Send + 'static,
    {
        let checks = self.password_checks.clone();
        let permit = tokio::time::timeout(PASSWORD_CHECK_WAIT, checks.permits.acquire())
            .await
            .map_err(|_| AppError::Busy {
                retry_after_seconds: PASSWORD_CHECK_WAIT.as_secs() as i64,
            })?
            .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("password permits")))?;
        // The permit travels to the blocking thread and is given back when
        // the work is done there, even if it panics (not when the request
        // that waits for it goes away).
        permit.forget();
        struct GiveBack(Arc<PasswordChecks>);
        impl Drop for GiveBack {
            fn drop(&mut self) {
                self.0.permits.add_permits(1);
            }
        }
        let span = tracing::Span::current();
        let result = tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let _permit = GiveBack(checks.clone());
            let taken = checks.areas.lock().ok().and_then(|mut a| a.pop());
            let mut area = taken.unwrap_or_default();
            let value = f(&mut area);
            if let Ok(mut areas) = checks.areas.lock() {
                areas.push(area);
            }
            value
        })
        .await;
        result.map_err(|e| AppError::Internal(anyhow::Error::new(e).context("checking a password")))
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
        if let Some(found) = self.kept_questionnaire(id) {
            return Ok(found);
        }
        let key = id.clone();
        let questionnaires = self.questionnaires.clone();
        self.db(move |conn| load_questionnaire(&questionnaires, conn, &key))
            .await
    }

    /// A questionnaire version on a connection the caller already holds
    /// (inside its own database task): kept, or read and then kept.
    pub fn questionnaire_on(
        &self,
        conn: &mut DbConnection,
        id: &QuestionnaireVersionId,
    ) -> Result<LoadedQuestionnaire, AppError> {
        match self.kept_questionnaire(id) {
            Some(found) => Ok(found),
            None => load_questionnaire(&self.questionnaires, conn, id),
        }
    }

    fn kept_questionnaire(&self, id: &QuestionnaireVersionId) -> Option<LoadedQuestionnaire> {
        self.questionnaires
            .read()
            .ok()
            .and_then(|m| m.get(id).cloned())
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
    pub fn outreach(&self) -> crate::app::outreach::Settings {
        crate::app::outreach::Settings::new(&self.config, &self.base_url)
    }

    /// Whether cookies must be `Secure`.
    pub fn https(&self) -> bool {
        self.base_url.scheme() == "https"
    }
}
