//! Logging: lines on standard error, filtered by `ANSWERABLE_LOG` (for
//! example `info` or `answerable=debug`); human-readable, or one JSON
//! object per line with `log_format = "json"`.

use tracing_subscriber::EnvFilter;

pub fn init() {
    init_with(false);
}

/// As [`init`], as JSON lines when `json`: each line one object with the
/// time, level, message, fields and the spans it happened in (the
/// request's id among them).
pub fn init_with(json: bool) {
    let filter = EnvFilter::try_from_env("ANSWERABLE_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // A second call (tests start many servers) keeps the first subscriber.
    let _ = if json {
        builder
            .json()
            .with_current_span(false)
            .with_span_list(true)
            .try_init()
    } else {
        builder.try_init()
    };
}
