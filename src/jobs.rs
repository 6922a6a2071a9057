//! The job loop: deadlines, reminders and email delivery. It runs inside
//! `serve` every `jobs_interval_seconds`, and once from `answerable jobs
//! run-once` for scripts and cron. Several loops may run at once (several
//! instances, or cron beside a server): rows are leased, and every queued
//! email carries a unique key.

use std::time::Duration as StdDuration;

use anyhow::Context;
use chrono::{Duration, NaiveDateTime};
use futures_util::stream::{self, StreamExt};

use crate::db::outbox::{self, Claimed};
use crate::db::outreach::{self, Settings};
use crate::db::{self, Pool};
use crate::domain::outreach::{backoff, give_up_after};
use crate::mail::{DeliveryError, Mailer};

/// Emails leased per claim, and delivered at once. lettre 0.11 leaves
/// Nagle's algorithm on, which costs about 40 ms per message on each
/// connection (fixed upstream in lettre#1159, not yet released), so
/// throughput comes from parallel connections.
const BATCH: i64 = 64;
pub const CONCURRENCY: usize = 16;
/// A worker that dies mid-delivery leaves its rows to others after this.
const LEASE_MINUTES: i64 = 10;

/// What one run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub overdue: usize,
    pub reminders_queued: usize,
    pub sent: usize,
    pub retry_later: usize,
    pub failed: usize,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} sent, {} to retry later, {} failed; {} reminder(s) queued; {} target(s) became overdue",
            self.sent, self.retry_later, self.failed, self.reminders_queued, self.overdue
        )
    }
}

#[derive(Clone)]
pub struct Jobs {
    pool: Pool,
    mailer: Mailer,
    settings: Settings,
    /// Names this worker's leases.
    owner: String,
}

enum Outcome {
    Sent,
    RetryLater,
    Failed,
}

impl Jobs {
    pub fn new(pool: Pool, mailer: Mailer, settings: Settings) -> Jobs {
        Jobs {
            pool,
            mailer,
            settings,
            owner: uuid::Uuid::new_v4().to_string(),
        }
    }

    async fn db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut db::DbConnection) -> anyhow::Result<T> + Send + 'static,
    ) -> anyhow::Result<T> {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().context("taking a database connection")?;
            f(&mut conn)
        })
        .await?
    }

    /// Deadlines, then reminders, then every email due at `now`. Emails that
    /// fail temporarily wait for their next attempt, after this run.
    pub async fn run_once(&self, now: NaiveDateTime) -> anyhow::Result<Report> {
        let mut report = Report {
            overdue: self
                .db(move |c| Ok(outreach::mark_overdue(c, now)?))
                .await?,
            ..Report::default()
        };
        let settings = self.settings.clone();
        report.reminders_queued = self
            .db(move |c| Ok(outreach::queue_reminders(c, &settings, now)?))
            .await?;
        loop {
            let owner = self.owner.clone();
            let batch = self
                .db(move |c| {
                    Ok(outbox::claim(
                        c,
                        &owner,
                        now,
                        BATCH,
                        Duration::minutes(LEASE_MINUTES),
                    )?)
                })
                .await?;
            if batch.is_empty() {
                break;
            }
            let outcomes: Vec<anyhow::Result<Outcome>> = stream::iter(batch)
                .map(|claimed| self.deliver(claimed, now))
                .buffer_unordered(CONCURRENCY)
                .collect()
                .await;
            for outcome in outcomes {
                match outcome? {
                    Outcome::Sent => report.sent += 1,
                    Outcome::RetryLater => report.retry_later += 1,
                    Outcome::Failed => report.failed += 1,
                }
            }
        }
        Ok(report)
    }

    async fn deliver(&self, claimed: Claimed, now: NaiveDateTime) -> anyhow::Result<Outcome> {
        let result = self.mailer.deliver(&claimed.email).await;
        let owner = self.owner.clone();
        match result {
            Ok(answer) => {
                let id = claimed.email.id.clone();
                self.db(move |c| Ok(outbox::mark_sent(c, &id, &owner, &answer, now)?))
                    .await?;
                Ok(Outcome::Sent)
            }
            Err(DeliveryError::Temporary(answer)) => {
                let next = now + backoff(claimed.attempts, &mut rand::thread_rng());
                if next > claimed.queued_at + give_up_after() {
                    tracing::warn!(to = %claimed.email.to, %answer, "giving up on an email after two days of temporary failures");
                    let answer = format!(
                        "gave up after {} attempts over two days; last answer: {answer}",
                        claimed.attempts
                    );
                    self.db(move |c| {
                        Ok(outbox::mark_failed(
                            c, &claimed, &owner, &answer, false, now,
                        )?)
                    })
                    .await?;
                    return Ok(Outcome::Failed);
                }
                tracing::info!(to = %claimed.email.to, %answer, "delivery failed for now; will retry");
                let id = claimed.email.id.clone();
                self.db(move |c| Ok(outbox::mark_retry(c, &id, &owner, &answer, next)?))
                    .await?;
                Ok(Outcome::RetryLater)
            }
            Err(DeliveryError::Permanent(answer)) => {
                tracing::warn!(to = %claimed.email.to, %answer, "the mail server refused an email");
                self.db(move |c| {
                    Ok(outbox::mark_failed(
                        c, &claimed, &owner, &answer, true, now,
                    )?)
                })
                .await?;
                Ok(Outcome::Failed)
            }
        }
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
