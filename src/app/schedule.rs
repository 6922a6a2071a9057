//! The job loop: deadlines, reminders and email delivery. It runs inside
//! `serve` every `jobs_interval_seconds`, and once from `answerable jobs
//! run-once` for scripts and cron. Several loops may run at once (several
//! instances, or cron beside a server): outbox rows are leased, and every
//! queued email carries a unique key.

use std::time::Duration as StdDuration;

use anyhow::Context;
use chrono::NaiveDateTime;

use super::outreach::{self, Settings};
use crate::config::Config;
use crate::db::Pool;
use crate::email::worker::{Clock, Delivered, Identity, Worker};
use crate::email::Mailer;
use url::Url;

/// What one run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub overdue: usize,
    pub reminders_queued: usize,
    pub delivered: Delivered,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}; {} reminder(s) queued; {} target(s) became overdue",
            self.delivered, self.reminders_queued, self.overdue
        )
    }
}

#[derive(Clone)]
pub struct Jobs {
    pool: Pool,
    settings: Settings,
    worker: Worker,
}

/// How long one database call of the loop waits for a connection.
const CONNECTION_WAIT: StdDuration = StdDuration::from_secs(5);

impl Jobs {
    pub fn new(pool: Pool, settings: Settings, worker: Worker) -> Jobs {
        Jobs {
            pool,
            settings,
            worker,
        }
    }

    /// The loop as configured, links pointing at `base_url`, emails going
    /// out through `mailer`.
    pub fn for_config(pool: Pool, config: &Config, base_url: &Url, mailer: Mailer) -> Jobs {
        let worker = Worker::new(
            pool.clone(),
            mailer,
            config.outbox_lease(),
            Identity::for_config(config),
        );
        Jobs::new(pool, Settings::new(config, base_url), worker)
    }

    async fn db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut crate::db::DbConnection) -> anyhow::Result<T> + Send + 'static,
    ) -> anyhow::Result<T> {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool
                .get_timeout(CONNECTION_WAIT)
                .context("taking a database connection")?;
            f(&mut conn)
        })
        .await?
    }

    /// Deadlines, then reminders, then every email due, the run's clock
    /// starting at `now` (tests give one in the future).
    pub async fn run_once(&self, now: NaiveDateTime) -> anyhow::Result<Report> {
        let clock = Clock::starting_at(now);
        let overdue = self
            .db(move |c| Ok(outreach::mark_overdue(c, clock.now())?))
            .await?;
        let settings = self.settings.clone();
        let reminders_queued = self
            .db(move |c| Ok(outreach::queue_reminders(c, &settings, clock.now())?))
            .await?;
        let delivered = self.worker.deliver_due(clock).await?;
        Ok(Report {
            overdue,
            reminders_queued,
            delivered,
        })
    }

    /// Runs forever, every `interval`; errors are logged and the loop goes on.
    pub async fn run_forever(self, interval: StdDuration, data_dir: std::path::PathBuf) {
        let mut ticker = tokio::time::interval(interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            match self.run_once(crate::domain::time::now()).await {
                Ok(report) if report != Report::default() => {
                    tracing::info!(%report, "jobs ran")
                }
                Ok(_) => {}
                Err(e) => {
                    tracing::error!(error = %format!("{e:#}"), "the job loop failed; it will run again")
                }
            }
            let dir = data_dir.clone();
            let _ = tokio::task::spawn_blocking(move || remove_stale_uploads(&dir)).await;
        }
    }
}

/// Directory uploads that were previewed and never confirmed are kept under
/// `imports/`; after a day they are removed.
pub fn remove_stale_uploads(data_dir: &std::path::Path) -> usize {
    let Ok(entries) = std::fs::read_dir(data_dir.join("imports")) else {
        return 0;
    };
    let day = StdDuration::from_secs(24 * 3600);
    entries
        .flatten()
        .filter(|e| {
            e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > day)
        })
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}
