//! Logging: human-readable lines on standard error, filtered by
//! `ANSWERABLE_LOG` (for example `info` or `answerable=debug`).

use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_env("ANSWERABLE_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn"));
    // A second call (tests start many servers) keeps the first subscriber.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
