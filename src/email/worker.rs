//! Email delivery: the outbox's emails that are due go to the transport,
//! leased so that several workers (several instances, or cron beside a
//! server) never send one twice. The job loop (`app::schedule`) runs it
//! after deadlines and reminders.
//!
//! Leases are timed on the clock when they are taken, renewed every third
//! of a lease while their batch is delivered and once more right before
//! each email goes to the mail server (an email whose lease was lost is not
//! sent). A result is recorded with the time the mail server answered; when
//! it cannot be recorded, delivery pauses until the next run, and what was
//! sent is recorded as soon as the database is back, within the lease.
//! A worker that stopped mid-delivery takes back its leases when it runs
//! again (see [`identity`]).

mod identity;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration as StdDuration, Instant};

use anyhow::Context;
use chrono::{Duration, NaiveDateTime};
use futures_util::stream::{self, StreamExt};

pub use self::identity::Identity;
use super::transport::{DeliveryError, Mailer};
use crate::db::mail_relay;
use crate::db::outbox::{self, Claimed};
use crate::db::{self, Pool};
use crate::domain::ids::OutboxId;
use crate::domain::outreach::{backoff, give_up_after};

/// Emails delivered at once: one per SMTP connection the transport keeps.
pub const CONCURRENCY: usize = super::transport::SMTP_CONNECTIONS;
/// Emails leased per claim: two rounds of deliveries. A worker holds only
/// what it is about to send, so that workers running at once share the
/// queue, and its lease renewals stay small.
const BATCH: i64 = 2 * CONCURRENCY as i64;
/// How long one database call of the worker waits for a connection.
const CONNECTION_WAIT: StdDuration = StdDuration::from_secs(5);

/// What one delivery run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Delivered {
    pub sent: usize,
    pub retry_later: usize,
    pub failed: usize,
    /// The relay cannot be used as configured: delivery stopped at the
    /// first email that met it (kept queued), and this says why.
    pub configuration_error: Option<String>,
}

impl std::fmt::Display for Delivered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} sent, {} to retry later, {} failed",
            self.sent, self.retry_later, self.failed
        )?;
        if let Some(why) = &self.configuration_error {
            write!(
                f,
                "; stopped, the mail relay cannot be used as configured: {why}"
            )?;
        }
        Ok(())
    }
}

/// Delivers the outbox.
#[derive(Clone)]
pub struct Worker {
    pool: Pool,
    mailer: Mailer,
    /// How long a claimed email stays this worker's without renewal.
    lease: StdDuration,
    identity: Identity,
    /// Runs of one worker (and its clones) take turns: a run takes back
    /// the leases of the worker's earlier runs, which must all be over.
    running: Arc<tokio::sync::Mutex<()>>,
}

enum Outcome {
    Sent,
    RetryLater,
    Failed,
    /// Kept queued: the relay cannot be used as configured.
    Configuration(String),
    /// Not tried: the lease was lost to another worker, or delivery paused.
    NotTried,
}

/// A run's clock. It starts at the time the run is given (tests give one
/// in the future) and advances with real time, so that every lease and
/// every recorded time is read when it happens, not when the run began.
#[derive(Clone, Copy)]
pub struct Clock {
    offset: Duration,
}

impl Clock {
    pub fn starting_at(now: NaiveDateTime) -> Clock {
        Clock {
            offset: now - crate::domain::time::now(),
        }
    }

    pub fn now(&self) -> NaiveDateTime {
        crate::domain::time::now() + self.offset
    }
}

/// Where each email of the batch in hand stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Waiting,
    Sending,
    Done,
}

/// The batch in hand, shared by its deliveries and the lease renewals.
struct Batch {
    owner: String,
    stages: Mutex<HashMap<OutboxId, Stage>>,
    /// Why delivery stopped, once a result could not be recorded.
    paused: Mutex<Option<String>>,
    /// Set at the first configuration error: the emails not yet tried
    /// would all fail the same way, and are given back untried.
    misconfigured: std::sync::atomic::AtomicBool,
}

impl Batch {
    fn set(&self, id: &OutboxId, stage: Stage) {
        if let Ok(mut stages) = self.stages.lock() {
            stages.insert(id.clone(), stage);
        }
    }

    fn ids_in(&self, wanted: &[Stage]) -> Vec<OutboxId> {
        self.stages
            .lock()
            .map(|stages| {
                stages
                    .iter()
                    .filter(|(_, s)| wanted.contains(s))
                    .map(|(id, _)| id.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn pause(&self, why: &anyhow::Error) {
        if let Ok(mut paused) = self.paused.lock() {
            if paused.is_none() {
                tracing::error!(error = %format!("{why:#}"), "the outbox cannot be written to: delivery paused until the next run");
                *paused = Some(format!("{why:#}"));
            }
        }
    }

    fn misconfigured(&self) -> bool {
        self.misconfigured.load(std::sync::atomic::Ordering::SeqCst)
    }

    fn paused(&self) -> Option<String> {
        self.paused.lock().ok().and_then(|p| p.clone())
    }
}

impl Worker {
    pub fn new(pool: Pool, mailer: Mailer, lease: StdDuration, identity: Identity) -> Worker {
        Worker {
            pool,
            mailer,
            lease,
            identity,
            running: Default::default(),
        }
    }

    async fn db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut db::DbConnection) -> anyhow::Result<T> + Send + 'static,
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

    fn lease(&self) -> Duration {
        Duration::from_std(self.lease).unwrap_or(Duration::minutes(10))
    }

    /// Every email due, on `clock`. Emails that fail temporarily wait for
    /// their next attempt, after this run. When a result cannot be
    /// recorded, the run sends nothing more and ends with an error; the
    /// next run goes on.
    pub async fn deliver_due(&self, clock: Clock) -> anyhow::Result<Delivered> {
        let _running = self.running.lock().await;
        let mut report = Delivered::default();
        if let Some(prefix) = self.identity.predecessors().map(str::to_string) {
            let taken = self
                .db(move |c| Ok(outbox::take_back(c, &prefix)?))
                .await
                .context("taking back the emails of this worker's earlier run")?;
            if taken > 0 {
                tracing::warn!(
                    emails = taken,
                    "took back emails leased by an earlier run of this worker that stopped before recording them; those it had sent go out again"
                );
            }
        }
        let owner = self.identity.run_owner();
        loop {
            let lease = self.lease();
            let claiming = owner.clone();
            let claimed = self
                .db(move |c| Ok(outbox::claim(c, &claiming, clock.now(), BATCH, lease)?))
                .await?;
            if claimed.is_empty() {
                break;
            }
            let batch = Batch {
                owner: owner.clone(),
                stages: Mutex::new(
                    claimed
                        .iter()
                        .map(|c| (c.email.id.clone(), Stage::Waiting))
                        .collect(),
                ),
                paused: Mutex::new(None),
                misconfigured: Default::default(),
            };
            let deliveries = stream::iter(claimed)
                .map(|claimed| self.deliver(claimed, clock, &batch))
                .buffer_unordered(CONCURRENCY)
                .collect::<Vec<Outcome>>();
            let outcomes = tokio::select! {
                outcomes = deliveries => outcomes,
                never = self.renew_leases(clock, &batch) => match never {},
            };
            for outcome in outcomes {
                match outcome {
                    Outcome::Sent => report.sent += 1,
                    Outcome::RetryLater => report.retry_later += 1,
                    Outcome::Failed => report.failed += 1,
                    Outcome::Configuration(why) => {
                        report.retry_later += 1;
                        report.configuration_error.get_or_insert(why);
                    }
                    Outcome::NotTried => {}
                }
            }
            if let Some(why) = report.configuration_error.clone() {
                let untried = batch.ids_in(&[Stage::Waiting]);
                let owner = owner.clone();
                let at = clock.now();
                let problem = why.clone();
                self.db(move |c| {
                    outbox::release(c, &untried, &owner)?;
                    mail_relay::record(c, &problem, at)?;
                    Ok(())
                })
                .await
                .context("recording that the mail relay cannot be used as configured")?;
                tracing::error!(error = %why, "the mail relay cannot be used as configured; delivery stopped until it is fixed");
                self.mailer.finish().await;
                return Ok(report);
            }
            if let Some(why) = batch.paused() {
                let untried = batch.ids_in(&[Stage::Waiting]);
                let owner = owner.clone();
                if let Err(e) = self
                    .db(move |c| Ok(outbox::release(c, &untried, &owner)?))
                    .await
                {
                    tracing::warn!(error = %format!("{e:#}"), "emails not tried stay leased until their lease runs out, or until this worker runs again");
                }
                self.mailer.finish().await;
                anyhow::bail!(
                    "email delivery paused after {report}: a result could not be recorded ({why})"
                );
            }
        }
        self.mailer.finish().await;
        if report.sent > 0 {
            self.db(|c| Ok(mail_relay::clear(c)?))
                .await
                .context("clearing the mail relay's recorded problem")?;
        }
        Ok(report)
    }

    /// Renews the leases of the batch's emails not yet recorded, every
    /// third of a lease, for as long as the batch is being delivered (the
    /// caller drops this future then).
    async fn renew_leases(&self, clock: Clock, batch: &Batch) -> std::convert::Infallible {
        loop {
            tokio::time::sleep(self.lease / 3).await;
            let held = batch.ids_in(&[Stage::Waiting, Stage::Sending]);
            let owner = batch.owner.clone();
            let until = clock.now() + self.lease();
            if let Err(e) = self
                .db(move |c| Ok(outbox::renew(c, &held, &owner, until)?))
                .await
                .context("renewing the leases of the emails being delivered")
            {
                batch.pause(&e);
            }
        }
    }

    async fn deliver(&self, claimed: Claimed, clock: Clock, batch: &Batch) -> Outcome {
        let id = claimed.email.id.clone();
        if batch.paused().is_some() || batch.misconfigured() {
            return Outcome::NotTried;
        }
        // Right before the mail server sees the email: is it still ours,
        // and can this worker still write? A full lease from now.
        let renewing = (vec![id.clone()], batch.owner.clone());
        let until = clock.now() + self.lease();
        let renewed_at = Instant::now();
        match self
            .db(move |c| Ok(outbox::renew(c, &renewing.0, &renewing.1, until)?))
            .await
            .context("renewing an email's lease before sending it")
        {
            Ok(1) => {}
            Ok(_) => {
                tracing::warn!(to = %claimed.email.to, "an email's lease ran out and another worker took it; not sending it here");
                batch.set(&id, Stage::Done);
                return Outcome::NotTried;
            }
            Err(e) => {
                batch.pause(&e);
                return Outcome::NotTried;
            }
        }
        if batch.paused().is_some() || batch.misconfigured() {
            batch.set(&id, Stage::Waiting);
            return Outcome::NotTried;
        }
        batch.set(&id, Stage::Sending);
        let result = self.mailer.deliver(&claimed.email).await;
        // The time the mail server answered: what the outbox records.
        let at = clock.now();
        let (outcome, record): (Outcome, Record) = match result {
            Ok(answer) => (Outcome::Sent, Record::Sent { answer }),
            Err(DeliveryError::Temporary(answer)) => {
                let next = at + backoff(claimed.attempts, &mut rand::thread_rng());
                if next > claimed.queued_at + give_up_after() {
                    tracing::warn!(to = %claimed.email.to, %answer, "giving up on an email after two days of temporary failures");
                    let answer = format!(
                        "gave up after {} attempts over two days; last answer: {answer}",
                        claimed.attempts
                    );
                    (
                        Outcome::Failed,
                        Record::Failed {
                            answer,
                            bounce: false,
                        },
                    )
                } else {
                    tracing::info!(to = %claimed.email.to, %answer, "delivery failed for now; will retry");
                    (Outcome::RetryLater, Record::Retry { answer, next })
                }
            }
            Err(DeliveryError::Configuration(why)) => {
                batch
                    .misconfigured
                    .store(true, std::sync::atomic::Ordering::SeqCst);
                // Kept queued for the next run, which tries one email
                // again: once the setting is fixed, delivery goes on.
                let answer = format!("configuration error: {why}");
                if at > claimed.queued_at + give_up_after() {
                    (
                        Outcome::Failed,
                        Record::Failed {
                            answer: format!(
                                "gave up after {} attempts over two days; last answer: {answer}",
                                claimed.attempts
                            ),
                            bounce: false,
                        },
                    )
                } else {
                    (
                        Outcome::Configuration(why),
                        Record::Retry { answer, next: at },
                    )
                }
            }
            Err(DeliveryError::Permanent(answer)) => {
                tracing::warn!(to = %claimed.email.to, %answer, "the mail server refused an email");
                (
                    Outcome::Failed,
                    Record::Failed {
                        answer,
                        bounce: true,
                    },
                )
            }
        };
        // The lease is this worker's at least until here; past it another
        // worker may send the email again, so there is no point insisting.
        let lease_ends = renewed_at + self.lease.mul_f64(0.9);
        let mut wait = StdDuration::from_millis(250);
        let recorded = loop {
            let (record, row, owner) = (record.clone(), claimed.clone(), batch.owner.clone());
            match self.db(move |c| record.write(c, &row, &owner, at)).await {
                Ok(recorded) => break recorded,
                Err(e) => {
                    batch.pause(&e);
                    if Instant::now() + wait >= lease_ends {
                        tracing::error!(to = %claimed.email.to, error = %format!("{e:#}"), "an email's delivery could not be recorded before its lease ran out; it may be sent again");
                        break false;
                    }
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(StdDuration::from_secs(5));
                }
            }
        };
        batch.set(&id, Stage::Done);
        if !recorded {
            tracing::warn!(to = %claimed.email.to, "an email's lease was lost before its result was recorded");
        }
        outcome
    }
}

/// The result of one delivery, to write to the outbox.
#[derive(Clone)]
enum Record {
    Sent { answer: String },
    Retry { answer: String, next: NaiveDateTime },
    Failed { answer: String, bounce: bool },
}

impl Record {
    /// Writes it if `owner` still holds the lease; returns whether it did.
    fn write(
        &self,
        conn: &mut db::DbConnection,
        claimed: &Claimed,
        owner: &str,
        at: NaiveDateTime,
    ) -> anyhow::Result<bool> {
        let id = &claimed.email.id;
        let written = match self {
            Record::Sent { answer } => outbox::mark_sent(conn, id, owner, answer, at),
            Record::Retry { answer, next } => outbox::mark_retry(conn, id, owner, answer, *next),
            Record::Failed { answer, bounce } => {
                outbox::mark_failed(conn, claimed, owner, answer, *bounce, at)
            }
        };
        written.context("recording the result of a delivery")
    }
}
