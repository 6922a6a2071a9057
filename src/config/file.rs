//! The optional configuration file (TOML): its fields, and reading it with
//! the line and column of the first problem.

use std::path::Path;

use serde::Deserialize;

use super::ConfigError;

/// The configuration file's fields. Unknown keys are errors: a misspelt
/// setting that silently does nothing is worse than a refusal to start.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileConfig {
    pub(super) database_url: Option<String>,
    pub(super) bind: Option<String>,
    pub(super) data_dir: Option<String>,
    pub(super) questionnaires_dir: Option<String>,
    pub(super) base_url: Option<String>,
    pub(super) trust_proxy_headers: Option<bool>,
    pub(super) trusted_proxy_hops: Option<i64>,
    pub(super) require_two_factor: Option<bool>,
    pub(super) session_idle_minutes: Option<i64>,
    pub(super) session_lifetime_hours: Option<i64>,
    pub(super) respondent_idle_minutes: Option<i64>,
    pub(super) respondent_lifetime_hours: Option<i64>,
    pub(super) request_body_timeout_seconds: Option<i64>,
    pub(super) smtp_url: Option<String>,
    pub(super) smtp_extra_ca_file: Option<String>,
    pub(super) smtp_trust_system_store: Option<bool>,
    pub(super) mail_from: Option<String>,
    pub(super) jobs_interval_seconds: Option<i64>,
    pub(super) link_valid_days: Option<i64>,
    pub(super) outbox_lease_seconds: Option<i64>,
    pub(super) instance_name: Option<String>,
    pub(super) metrics_allow: Option<Vec<String>>,
    pub(super) metrics_token: Option<String>,
    pub(super) log_format: Option<String>,
}

pub(super) fn read_file(path: &Path) -> Result<FileConfig, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        ConfigError(format!(
            "The configuration file {} cannot be read: {}.",
            path.display(),
            lower_first(&e.to_string())
        ))
    })?;
    toml::from_str(&text).map_err(|e| {
        let position = e
            .span()
            .map(|span| {
                let (line, column) = line_column(&text, span.start);
                format!(" at line {line}, column {column}")
            })
            .unwrap_or_default();
        ConfigError(format!(
            "The configuration file {} is not valid{}: {}.",
            path.display(),
            position,
            e.message().trim_end_matches('.')
        ))
    })
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
