//! Configuration: an optional TOML file, overridden by `ANSWERABLE_*`
//! environment variables. Every bad value stops start-up with one sentence
//! that names the setting, so an operator knows what to change.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use url::Url;

mod file;
mod observability;
mod values;

pub use observability::{AddressRange, LogFormat};

use file::{read_file, FileConfig};
use values::*;

/// Where the database lives, decided once from the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseTarget {
    /// An embedded SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL server, by its `postgres://` URL.
    Postgres(String),
}

impl DatabaseTarget {
    pub fn backend_name(&self) -> &'static str {
        match self {
            DatabaseTarget::Sqlite(_) => "sqlite",
            DatabaseTarget::Postgres(_) => "postgres",
        }
    }
}

/// How emails leave the service.
#[derive(Debug, Clone)]
pub enum MailTransport {
    /// Each email is written as an `.eml` file into this folder: the default,
    /// so a fresh install works without a mail server.
    Files(PathBuf),
    /// Delivered over SMTP: `smtp://` (STARTTLS when the server offers it;
    /// `?tls=required` to insist) or `smtps://` (TLS from the start).
    Smtp(Url),
}

#[derive(Debug, Clone)]
pub struct Config {
    pub database: DatabaseTarget,
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    /// Questionnaire files loaded at start-up.
    pub questionnaires_dir: PathBuf,
    /// The public address of the service, used in links in emails. When
    /// not configured it is derived from the bound address at start-up.
    pub base_url: Option<Url>,
    /// How many reverse proxies in front of the service append to
    /// `X-Forwarded-For`: the client address is taken that many entries
    /// from the right (the entries further left are whatever the client
    /// sent). 0: the header is ignored and the peer address is the client.
    pub trusted_proxy_hops: usize,
    /// Every staff member must set up a second factor (TOTP) before using
    /// anything else (`ANSWERABLE_REQUIRE_TWO_FACTOR`).
    pub require_two_factor: bool,
    /// A staff session ends after this many minutes without a request.
    pub session_idle_minutes: i64,
    /// A staff session ends this many hours after sign-in, whatever happens.
    pub session_lifetime_hours: i64,
    /// A representative's session ends after this many minutes without a
    /// request (autosave counts) ...
    pub respondent_idle_minutes: i64,
    /// ... and this many hours after the link's button was pressed; the
    /// link itself goes on working until after the deadline.
    pub respondent_lifetime_hours: i64,
    /// A request body that has not fully arrived after this many seconds
    /// is refused, so slow senders cannot hold connections and workers.
    pub request_body_timeout_seconds: i64,
    pub mail: MailTransport,
    /// A PEM file of certificates (an organisation's own CA, or a relay's
    /// self-signed certificate) trusted for the SMTP relay's TLS, besides
    /// the public roots.
    pub smtp_extra_ca_file: Option<PathBuf>,
    /// Trust the operating system's certificate store (and `SSL_CERT_FILE`)
    /// for the SMTP relay instead of the public roots built in.
    pub smtp_trust_system_store: bool,
    /// The sender of every email, e.g. `Coalition <campaigns@example.org>`,
    /// parsed once here.
    pub mail_from: lettre::message::Mailbox,
    /// How often the worker inside `serve` delivers email and runs
    /// reminders and deadlines; 0 turns the worker off.
    pub jobs_interval_seconds: i64,
    /// A representative's secret link works until this many days after the
    /// target's deadline (its extension included).
    pub link_valid_days: i64,
    /// How long a worker holds an email it has taken for delivery before
    /// another worker may take it. The worker renews it while it works, so
    /// this is how long a worker that died keeps others waiting.
    pub outbox_lease_seconds: i64,
    /// Names this installation's email worker in the outbox's leases, so
    /// that after a restart it takes back at once what it held when it
    /// stopped. Must differ between machines sharing one database; when
    /// not set, the host name and the data folder.
    pub instance_name: Option<String>,
    /// Clients (after `trusted_proxy_hops`) that may read `/metrics`.
    pub metrics_allow: Vec<AddressRange>,
    /// A bearer token that opens `/metrics` from anywhere.
    pub metrics_token: Option<String>,
    pub log_format: LogFormat,
}

/// A configuration problem, worded for the person who runs the service.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(String);

impl Config {
    /// Reads the configuration from `file` (or `ANSWERABLE_CONFIG`) and the
    /// process environment.
    pub fn load(file: Option<&Path>) -> Result<Config, ConfigError> {
        let env: HashMap<String, String> = std::env::vars()
            .filter(|(k, _)| k.starts_with("ANSWERABLE_"))
            .collect();
        Config::from_sources(file, &env)
    }

    /// The same as [`Config::load`], with the environment given explicitly.
    pub fn from_sources(
        file: Option<&Path>,
        env: &HashMap<String, String>,
    ) -> Result<Config, ConfigError> {
        let file_path = file
            .map(Path::to_path_buf)
            .or_else(|| env.get("ANSWERABLE_CONFIG").map(PathBuf::from));
        let (file_config, file_name) = match &file_path {
            Some(path) => (read_file(path)?, path.display().to_string()),
            None => (FileConfig::default(), String::new()),
        };
        let pick = |env_name: &str, file_key: &str, file_value: Option<String>| {
            if let Some(value) = env.get(env_name) {
                Some(Setting {
                    value: value.clone(),
                    origin: env_name.to_string(),
                })
            } else {
                file_value.map(|value| Setting {
                    value,
                    origin: format!("`{file_key}` in {file_name}"),
                })
            }
        };

        let data_dir = pick("ANSWERABLE_DATA_DIR", "data_dir", file_config.data_dir)
            .map(|s| PathBuf::from(s.value))
            .unwrap_or_else(|| PathBuf::from("data"));

        let questionnaires_dir = pick(
            "ANSWERABLE_QUESTIONNAIRES_DIR",
            "questionnaires_dir",
            file_config.questionnaires_dir,
        )
        .map(|s| PathBuf::from(s.value))
        .unwrap_or_else(|| PathBuf::from("questionnaires"));

        let database = match pick(
            "ANSWERABLE_DATABASE_URL",
            "database_url",
            file_config.database_url,
        ) {
            Some(s) => parse_database_url(&s)?,
            None => DatabaseTarget::Sqlite(data_dir.join("answerable.db")),
        };

        let bind = match pick("ANSWERABLE_BIND", "bind", file_config.bind) {
            Some(s) => s.value.trim().parse::<SocketAddr>().map_err(|_| {
                ConfigError(format!(
                    "{} is `{}`, which is not an address and port such as 127.0.0.1:8080.",
                    s.origin, s.value
                ))
            })?,
            None => SocketAddr::from(([127, 0, 0, 1], 8080)),
        };

        let base_url = match pick("ANSWERABLE_BASE_URL", "base_url", file_config.base_url) {
            Some(s) => Some(parse_base_url(&s)?),
            None => None,
        };

        // `trust_proxy_headers = true`, the older setting, means one proxy.
        let trust_proxy_headers = match env.get("ANSWERABLE_TRUST_PROXY_HEADERS") {
            Some(v) => parse_bool("ANSWERABLE_TRUST_PROXY_HEADERS", v)?,
            None => file_config.trust_proxy_headers.unwrap_or(false),
        };
        let trusted_proxy_hops = number_at_least(
            pick(
                "ANSWERABLE_TRUSTED_PROXY_HOPS",
                "trusted_proxy_hops",
                file_config.trusted_proxy_hops.map(|n| n.to_string()),
            ),
            i64::from(trust_proxy_headers),
            0,
        )? as usize;
        let respondent_idle_minutes = positive_number(
            pick(
                "ANSWERABLE_RESPONDENT_IDLE_MINUTES",
                "respondent_idle_minutes",
                file_config.respondent_idle_minutes.map(|n| n.to_string()),
            ),
            120,
        )?;
        let respondent_lifetime_hours = positive_number(
            pick(
                "ANSWERABLE_RESPONDENT_LIFETIME_HOURS",
                "respondent_lifetime_hours",
                file_config.respondent_lifetime_hours.map(|n| n.to_string()),
            ),
            24,
        )?;
        let request_body_timeout_seconds = positive_number(
            pick(
                "ANSWERABLE_REQUEST_BODY_TIMEOUT_SECONDS",
                "request_body_timeout_seconds",
                file_config
                    .request_body_timeout_seconds
                    .map(|n| n.to_string()),
            ),
            60,
        )?;
        let require_two_factor = match env.get("ANSWERABLE_REQUIRE_TWO_FACTOR") {
            Some(v) => parse_bool("ANSWERABLE_REQUIRE_TWO_FACTOR", v)?,
            None => file_config.require_two_factor.unwrap_or(false),
        };
        let session_idle_minutes = positive_number(
            pick(
                "ANSWERABLE_SESSION_IDLE_MINUTES",
                "session_idle_minutes",
                file_config.session_idle_minutes.map(|n| n.to_string()),
            ),
            120,
        )?;
        let session_lifetime_hours = positive_number(
            pick(
                "ANSWERABLE_SESSION_LIFETIME_HOURS",
                "session_lifetime_hours",
                file_config.session_lifetime_hours.map(|n| n.to_string()),
            ),
            12,
        )?;

        let mail = match pick("ANSWERABLE_SMTP_URL", "smtp_url", file_config.smtp_url) {
            Some(s) if !s.value.trim().is_empty() => MailTransport::Smtp(parse_smtp_url(&s)?),
            _ => MailTransport::Files(data_dir.join("mail")),
        };
        let smtp_extra_ca_file = pick(
            "ANSWERABLE_SMTP_EXTRA_CA_FILE",
            "smtp_extra_ca_file",
            file_config.smtp_extra_ca_file,
        )
        .filter(|s| !s.value.trim().is_empty())
        .map(|s| parse_pem_file(&s))
        .transpose()?;
        let smtp_trust_system_store = match env.get("ANSWERABLE_SMTP_TRUST_SYSTEM_STORE") {
            Some(v) => parse_bool("ANSWERABLE_SMTP_TRUST_SYSTEM_STORE", v)?,
            None => file_config.smtp_trust_system_store.unwrap_or(false),
        };
        let mail_from = match pick("ANSWERABLE_MAIL_FROM", "mail_from", file_config.mail_from) {
            Some(s) => s
                .value
                .parse::<lettre::message::Mailbox>()
                .map_err(|_| {
                    ConfigError(format!(
                        "{} is `{}`, which is not a sender such as `Coalition <campaigns@example.org>`.",
                        s.origin, s.value
                    ))
                })?,
            None => lettre::message::Mailbox::new(
                Some("Answerable".to_string()),
                lettre::Address::new("answerable", "localhost")
                    .expect("the default sender is an address"),
            ),
        };
        let jobs_interval_seconds = number_at_least(
            pick(
                "ANSWERABLE_JOBS_INTERVAL_SECONDS",
                "jobs_interval_seconds",
                file_config.jobs_interval_seconds.map(|n| n.to_string()),
            ),
            30,
            0,
        )?;
        let link_valid_days = positive_number(
            pick(
                "ANSWERABLE_LINK_VALID_DAYS",
                "link_valid_days",
                file_config.link_valid_days.map(|n| n.to_string()),
            ),
            30,
        )?;

        let outbox_lease_seconds = positive_number(
            pick(
                "ANSWERABLE_OUTBOX_LEASE_SECONDS",
                "outbox_lease_seconds",
                file_config.outbox_lease_seconds.map(|n| n.to_string()),
            ),
            600,
        )?;
        let instance_name = pick(
            "ANSWERABLE_INSTANCE_NAME",
            "instance_name",
            file_config.instance_name,
        )
        .map(|s| s.value.trim().to_string())
        .filter(|s| !s.is_empty());

        let metrics_allow = observability::parse_allow(pick(
            "ANSWERABLE_METRICS_ALLOW",
            "metrics_allow",
            file_config.metrics_allow.map(|list| list.join(",")),
        ))?;
        let metrics_token = observability::parse_token(pick(
            "ANSWERABLE_METRICS_TOKEN",
            "metrics_token",
            file_config.metrics_token,
        ))?;
        let log_format = observability::parse_log_format(pick(
            "ANSWERABLE_LOG_FORMAT",
            "log_format",
            file_config.log_format,
        ))?;

        Ok(Config {
            metrics_allow,
            metrics_token,
            log_format,
            outbox_lease_seconds,
            instance_name,
            mail,
            smtp_extra_ca_file,
            smtp_trust_system_store,
            mail_from,
            jobs_interval_seconds,
            link_valid_days,
            database,
            bind,
            data_dir,
            questionnaires_dir,
            base_url,
            trusted_proxy_hops,
            require_two_factor,
            session_idle_minutes,
            session_lifetime_hours,
            respondent_idle_minutes,
            respondent_lifetime_hours,
            request_body_timeout_seconds,
        })
    }

    /// The address used in emails when no server is running to say which
    /// port it bound: the configured base URL, or the bind address.
    pub fn public_base_url(&self) -> Url {
        self.base_url.clone().unwrap_or_else(|| {
            Url::parse(&format!("http://{}", self.bind)).expect("a socket address makes a URL")
        })
    }

    /// How long the email worker holds an email without renewing its lease.
    pub fn outbox_lease(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.outbox_lease_seconds.unsigned_abs())
    }

    /// Whether session cookies must carry `Secure`.
    pub fn https(&self) -> bool {
        self.base_url
            .as_ref()
            .is_some_and(|url| url.scheme() == "https")
    }
}

#[cfg(test)]
mod tests;
