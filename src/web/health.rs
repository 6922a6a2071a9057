//! What `GET /healthz` (`probes.rs`) answers: 200 when the database
//! answers and takes writes, 503 with what failed otherwise, always within
//! a second, so that a load balancer stops sending requests that cannot be
//! saved.
//!
//! The check writes one row (`db::probe_write`): a database on a full disk
//! or turned read-only still answers reads. The result is kept for a few
//! seconds (one second when it failed), and one probe runs at a time, so
//! that frequent checks cost the database little and a hung database does
//! not pile up blocked threads.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;

use crate::db::{self, Pool};

/// The longest the answer takes.
const ANSWER_WITHIN: Duration = Duration::from_millis(900);
/// How long a probe may wait for a connection, then for the write.
const PROBE_PATIENCE: Duration = Duration::from_millis(700);
const KEEP_SUCCESS: Duration = Duration::from_secs(5);
const KEEP_FAILURE: Duration = Duration::from_secs(1);

/// The last write probe, shared by the server's workers.
#[derive(Default)]
pub struct Health {
    state: Mutex<ProbeState>,
    done: tokio::sync::Notify,
}

#[derive(Default)]
struct ProbeState {
    last: Option<(Instant, Result<(), String>)>,
    running: bool,
}

impl Health {
    /// Whether the database takes writes: a recent result, or a new probe
    /// awaited for what remains of the second.
    pub(super) async fn database(self: &Arc<Self>, pool: &Pool) -> Result<(), String> {
        let deadline = tokio::time::Instant::now() + ANSWER_WITHIN;
        loop {
            // Made before looking, so that a probe ending in between wakes it.
            let done = self.done.notified();
            {
                let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
                if let Some((at, result)) = &state.last {
                    let keep = if result.is_ok() {
                        KEEP_SUCCESS
                    } else {
                        KEEP_FAILURE
                    };
                    if at.elapsed() < keep {
                        return result.clone();
                    }
                }
                if !state.running {
                    state.running = true;
                    self.start_probe(pool.clone());
                }
            }
            if tokio::time::timeout_at(deadline, done).await.is_err() {
                return Err(format!(
                    "the database did not take a write within {} ms",
                    ANSWER_WITHIN.as_millis()
                ));
            }
        }
    }

    fn start_probe(self: &Arc<Self>, pool: Pool) {
        let health = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let result = pool
                .get_timeout(PROBE_PATIENCE)
                .context("no database connection")
                .and_then(|mut conn| {
                    db::probe_write(&mut conn, crate::domain::time::now(), PROBE_PATIENCE)
                        .context("the database refused a write")
                })
                .map_err(|e| format!("{e:#}"));
            if let Err(problem) = &result {
                tracing::warn!(%problem, "health check failed");
            }
            let mut state = health.state.lock().unwrap_or_else(|p| p.into_inner());
            state.last = Some((Instant::now(), result));
            state.running = false;
            drop(state);
            health.done.notify_waiters();
        });
    }
}
