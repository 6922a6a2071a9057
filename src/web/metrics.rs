//! The counters, histograms and gauges that `GET /metrics` (`probes.rs`)
//! serves in the Prometheus text format.
//!
//! Requests are labelled by route pattern (`/campaigns/{slug}`), never by
//! raw path, and addresses that match no route share one label, so that
//! made-up addresses cannot grow the set of series.

use prometheus::{
    Encoder, Gauge, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGaugeVec, Opts,
    Registry, TextEncoder,
};

use super::app_error::AppError;
use crate::domain::time;

/// The label of every request that matched no route.
pub const UNMATCHED: &str = "unmatched";

pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    /// Answers saved by representatives (a page or an autosave).
    pub saves: IntCounter,
    /// Answers submitted.
    pub submissions: IntCounter,
    /// Sign-ins refused: a wrong password or code, an unknown or disabled
    /// account.
    pub sign_in_failures: IntCounter,
    outbox: IntGaugeVec,
    oldest_queued: Gauge,
    pool: IntGaugeVec,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let registry = Registry::new();
        let requests = IntCounterVec::new(
            Opts::new(
                "answerable_http_requests_total",
                "HTTP requests answered, by method, route pattern and status class.",
            ),
            &["method", "route", "status"],
        )
        .expect("a valid metric");
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "answerable_http_request_duration_seconds",
                "Time to answer HTTP requests, by method and route pattern.",
            )
            .buckets(vec![
                0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
            ]),
            &["method", "route"],
        )
        .expect("a valid metric");
        let counter = |name: &str, help: &str| IntCounter::new(name, help).expect("a valid metric");
        let saves = counter(
            "answerable_answer_saves_total",
            "Answers saved by representatives.",
        );
        let submissions = counter(
            "answerable_submissions_total",
            "Answers submitted by representatives.",
        );
        let sign_in_failures = counter(
            "answerable_sign_in_failures_total",
            "Staff sign-ins refused (wrong password or code, unknown or disabled account).",
        );
        let outbox = IntGaugeVec::new(
            Opts::new(
                "answerable_outbox_emails",
                "Emails in the outbox by state (retrying: queued after a failed attempt).",
            ),
            &["state"],
        )
        .expect("a valid metric");
        let oldest_queued = Gauge::new(
            "answerable_outbox_oldest_queued_age_seconds",
            "How long the longest-waiting queued email has waited (0 when none).",
        )
        .expect("a valid metric");
        let pool = IntGaugeVec::new(
            Opts::new(
                "answerable_db_pool_connections",
                "Database connections in the pool, in use or idle.",
            ),
            &["state"],
        )
        .expect("a valid metric");
        for collector in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(saves.clone()),
            Box::new(submissions.clone()),
            Box::new(sign_in_failures.clone()),
            Box::new(outbox.clone()),
            Box::new(oldest_queued.clone()),
            Box::new(pool.clone()),
        ] {
            registry
                .register(collector)
                .expect("each metric registered once");
        }
        Metrics {
            registry,
            requests,
            latency,
            saves,
            submissions,
            sign_in_failures,
            outbox,
            oldest_queued,
            pool,
        }
    }

    /// Counts one answered request.
    pub fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let method = match method {
            "GET" | "HEAD" | "POST" | "PUT" | "DELETE" | "PATCH" | "OPTIONS" => method,
            _ => "other",
        };
        let class = match status / 100 {
            1 => "1xx",
            2 => "2xx",
            3 => "3xx",
            4 => "4xx",
            _ => "5xx",
        };
        self.requests
            .with_label_values(&[method, route, class])
            .inc();
        self.latency
            .with_label_values(&[method, route])
            .observe(seconds);
    }

    /// Every series in the Prometheus text format, with the gauges read at
    /// scrape time set first: the connection pool and the outbox.
    pub(super) fn render(
        &self,
        pool: &crate::db::PoolState,
        outbox: &crate::db::outbox::gauges::OutboxGauges,
    ) -> Result<Vec<u8>, AppError> {
        self.pool
            .with_label_values(&["in_use"])
            .set(i64::from(pool.connections - pool.idle_connections));
        self.pool
            .with_label_values(&["idle"])
            .set(i64::from(pool.idle_connections));
        for (name, value) in [
            ("queued", outbox.queued),
            ("sent", outbox.sent),
            ("retrying", outbox.retrying),
            ("failed", outbox.failed),
        ] {
            self.outbox.with_label_values(&[name]).set(value);
        }
        let age = outbox.oldest_queued_at.map_or(0.0, |at| {
            (time::now() - at).num_milliseconds().max(0) as f64 / 1000.0
        });
        self.oldest_queued.set(age);
        let mut body = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut body)
            .map_err(|e| AppError::Internal(anyhow::Error::new(e).context("encoding metrics")))?;
        Ok(body)
    }
}
