//! Parsing single settings, each error naming the setting and where it
//! came from (the file or an environment variable).

use url::Url;

use super::{ConfigError, DatabaseTarget};
use std::path::PathBuf;

/// One raw setting and where it came from, so errors can name it.
pub(super) struct Setting {
    pub(super) value: String,
    pub(super) origin: String,
}

pub(super) fn parse_database_url(setting: &Setting) -> Result<DatabaseTarget, ConfigError> {
    let value = setting.value.trim();
    if let Some(path) = value.strip_prefix("sqlite://") {
        if path.is_empty() {
            return Err(ConfigError(format!(
                "{} is `{}`, which names no file; write sqlite://PATH, for example sqlite://data/answerable.db.",
                setting.origin, setting.value
            )));
        }
        return Ok(DatabaseTarget::Sqlite(PathBuf::from(path)));
    }
    if value.starts_with("postgres://") || value.starts_with("postgresql://") {
        return match Url::parse(value) {
            Ok(url) if url.host_str().is_some_and(|h| !h.is_empty()) => {
                Ok(DatabaseTarget::Postgres(value.to_string()))
            }
            _ => Err(ConfigError(format!(
                "{} is not a valid PostgreSQL URL; write postgres://USER:PASSWORD@HOST:PORT/DATABASE.",
                setting.origin
            ))),
        };
    }
    let scheme = value.split_once("://").map(|(s, _)| s).unwrap_or(value);
    Err(ConfigError(format!(
        "{} has the unknown scheme `{}`; use sqlite://PATH or postgres://USER@HOST/DATABASE.",
        setting.origin, scheme
    )))
}

pub(super) fn parse_base_url(setting: &Setting) -> Result<Url, ConfigError> {
    let url = Url::parse(setting.value.trim()).map_err(|_| {
        ConfigError(format!(
            "{} is `{}`, which is not an address such as https://answerable.example.org.",
            setting.origin, setting.value
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(ConfigError(format!(
            "{} must start with http:// or https:// and name a host, not `{}`.",
            setting.origin, setting.value
        )));
    }
    Ok(url)
}

pub(super) fn parse_bool(name: &str, value: &str) -> Result<bool, ConfigError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" | "" => Ok(false),
        _ => Err(ConfigError(format!(
            "{name} is `{value}`; write true or false."
        ))),
    }
}

pub(super) fn parse_smtp_url(setting: &Setting) -> Result<Url, ConfigError> {
    let url = Url::parse(setting.value.trim()).map_err(|_| {
        ConfigError(format!(
            "{} is not an address such as smtp://user:password@mail.example.org:587.",
            setting.origin
        ))
    })?;
    if !matches!(url.scheme(), "smtp" | "smtps") || url.host_str().is_none_or(str::is_empty) {
        return Err(ConfigError(format!(
            "{} must start with smtp:// or smtps:// and name a host.",
            setting.origin
        )));
    }
    Ok(url)
}

/// A PEM file of certificates: it must exist and hold at least one, so
/// that a typo is found at start-up, not at the first delivery.
pub(super) fn parse_pem_file(setting: &Setting) -> Result<PathBuf, ConfigError> {
    let path = PathBuf::from(setting.value.trim());
    let text = std::fs::read(&path).map_err(|e| {
        ConfigError(format!(
            "{} is {}, which cannot be read: {e}.",
            setting.origin,
            path.display()
        ))
    })?;
    if !text
        .windows(b"-----BEGIN CERTIFICATE-----".len())
        .any(|w| w == b"-----BEGIN CERTIFICATE-----")
    {
        return Err(ConfigError(format!(
            "{} is {}, which holds no PEM certificate (-----BEGIN CERTIFICATE-----).",
            setting.origin,
            path.display()
        )));
    }
    Ok(path)
}

pub(super) fn positive_number(setting: Option<Setting>, default: i64) -> Result<i64, ConfigError> {
    number_at_least(setting, default, 1)
}

pub(super) fn number_at_least(
    setting: Option<Setting>,
    default: i64,
    least: i64,
) -> Result<i64, ConfigError> {
    let Some(s) = setting else {
        return Ok(default);
    };
    match s.value.trim().parse::<i64>() {
        Ok(n) if n >= least => Ok(n),
        _ => Err(ConfigError(format!(
            "{} is `{}`; write a whole number of at least {least}.",
            s.origin, s.value
        ))),
    }
}
