//! The SMTP relay: connections opened by us (`TCP_NODELAY`, see
//! [`stream`]), kept open between the emails of a delivery run and closed
//! with QUIT at its end, and every failure sorted by the step where it
//! happened:
//!
//! * the relay cannot be used as configured (certificate rejected,
//!   STARTTLS missing where required, authentication refused, the sender
//!   refused): [`DeliveryError::Configuration`], the same for every email;
//! * this email is refused for good (5xx to its recipient or its data, a
//!   non-ASCII address the relay cannot take): [`DeliveryError::Permanent`];
//! * anything else (4xx, timeouts, refused or dropped connections):
//!   [`DeliveryError::Temporary`].
//!
//! lettre still speaks SMTP (commands, answers, TLS, AUTH, dot-stuffing);
//! only the connection's life is ours.

mod stream;
mod trust;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::transport::smtp::response::Response;
use url::Url;

pub use trust::Trust;

use super::delivery_error::DeliveryError;

/// How long one step of the dialogue (connecting, one command) may take.
const STEP_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Security {
    /// No TLS (`?tls=none`, or the relay on this machine).
    Plain,
    /// STARTTLS; `required`: refuse a relay that does not offer it.
    StartTls { required: bool },
    /// TLS from the first byte (`smtps://`).
    Implicit,
}

struct Settings {
    host: String,
    port: u16,
    security: Security,
    credentials: Option<Credentials>,
    hello: ClientId,
    tls: Option<TlsParameters>,
    trust: Trust,
    /// Connections kept open between emails.
    keep: usize,
}

/// The configured relay and its open connections.
#[derive(Clone)]
pub struct Relay {
    settings: Arc<Settings>,
    idle: Arc<Mutex<Vec<AsyncSmtpConnection>>>,
}

/// What `answerable mail test` prints: each step and the relay's answer.
#[derive(Debug, Default)]
pub struct Dialogue(Option<Vec<String>>);

impl Dialogue {
    fn recording() -> Dialogue {
        Dialogue(Some(Vec::new()))
    }

    fn note(&mut self, line: impl FnOnce() -> String) {
        if let Some(lines) = &mut self.0 {
            lines.push(line());
        }
    }

    pub fn lines(&self) -> &[String] {
        self.0.as_deref().unwrap_or_default()
    }
}

impl Relay {
    /// The relay of an `smtp://` or `smtps://` address (checked by
    /// `config`): `smtp://` means STARTTLS, required, except on this
    /// machine (127.0.0.1, ::1, localhost), where mail never leaves it and
    /// is sent as is; `?tls=required|opportunistic|none` decides instead.
    pub fn from_url(url: &Url, trust: &Trust, keep: usize) -> anyhow::Result<Relay> {
        let host = url
            .host_str()
            .context("the SMTP address names no host")?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        let tls = url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.to_string());
        let local = matches!(host.as_str(), "127.0.0.1" | "localhost" | "::1");
        let security = match (url.scheme(), tls.as_deref()) {
            ("smtps", _) => Security::Implicit,
            (_, Some("none")) => Security::Plain,
            (_, Some("opportunistic")) => Security::StartTls { required: false },
            (_, Some("required")) => Security::StartTls { required: true },
            (_, Some(other)) => anyhow::bail!(
                "the SMTP address has ?tls={other}; use required, opportunistic or none"
            ),
            (_, None) if local => Security::Plain,
            (_, None) => Security::StartTls { required: true },
        };
        let port = url.port().unwrap_or(match security {
            Security::Implicit => 465,
            Security::StartTls { .. } => 587,
            Security::Plain => 25,
        });
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(|s| s.into_owned())
                .context("the SMTP address's user or password is not UTF-8")
        };
        let credentials = match url.password() {
            Some(password) => Some(Credentials::new(decode(url.username())?, decode(password)?)),
            None => None,
        };
        let hello = match url.path().trim_matches('/') {
            "" => ClientId::default(),
            name => ClientId::Domain(name.to_string()),
        };
        let tls = match security {
            Security::Plain => None,
            _ => Some(trust.parameters(&host)?),
        };
        Ok(Relay {
            settings: Arc::new(Settings {
                host,
                port,
                security,
                credentials,
                hello,
                tls,
                trust: trust.clone(),
                keep,
            }),
            idle: Default::default(),
        })
    }

    /// "mail.example.org:587 (STARTTLS)", for logs and messages.
    pub fn describe(&self) -> String {
        let s = &self.settings;
        let how = match s.security {
            Security::Plain => "no TLS",
            Security::StartTls { required: true } => "STARTTLS required",
            Security::StartTls { required: false } => "STARTTLS if offered",
            Security::Implicit => "TLS",
        };
        format!("{}:{} ({how})", s.host, s.port)
    }

    /// Sends one message; on success returns the relay's answer.
    pub async fn send(&self, envelope: &Envelope, message: &[u8]) -> Result<String, DeliveryError> {
        self.send_noting(envelope, message, &mut Dialogue::default())
            .await
    }

    /// Sends one message on a connection of its own, noting every step,
    /// then says QUIT.
    pub async fn test(
        &self,
        envelope: &Envelope,
        message: &[u8],
    ) -> (Dialogue, Result<String, DeliveryError>) {
        let mut dialogue = Dialogue::recording();
        let result = match self.open(&mut dialogue).await {
            Ok(mut conn) => {
                let result = transaction(&mut conn, envelope, message, &mut dialogue).await;
                match result {
                    Ok(_) => quit(conn, &mut dialogue).await,
                    Err(_) => conn.abort().await,
                }
                result.map(|(answer, _)| answer).map_err(|(e, _)| e)
            }
            Err(e) => Err(e),
        };
        (dialogue, result)
    }

    async fn send_noting(
        &self,
        envelope: &Envelope,
        message: &[u8],
        dialogue: &mut Dialogue,
    ) -> Result<String, DeliveryError> {
        // A connection kept from an earlier email may have been closed by
        // the relay meanwhile: then once more on a new one.
        if let Some(mut conn) = self.take_idle() {
            match transaction(&mut conn, envelope, message, dialogue).await {
                Ok((answer, _)) => {
                    self.put_back(conn);
                    return Ok(answer);
                }
                Err((e, Stale::No)) => {
                    conn.abort().await;
                    return Err(e);
                }
                Err((_, Stale::Maybe)) => conn.abort().await,
            }
        }
        let mut conn = self.open(dialogue).await?;
        match transaction(&mut conn, envelope, message, dialogue).await {
            Ok((answer, _)) => {
                self.put_back(conn);
                Ok(answer)
            }
            Err((e, _)) => {
                conn.abort().await;
                Err(e)
            }
        }
    }

    /// Closes the connections kept open, each with QUIT.
    pub async fn close(&self) {
        let idle: Vec<AsyncSmtpConnection> = match self.idle.lock() {
            Ok(mut idle) => idle.drain(..).collect(),
            Err(_) => return,
        };
        for conn in idle {
            quit(conn, &mut Dialogue::default()).await;
        }
    }

    fn take_idle(&self) -> Option<AsyncSmtpConnection> {
        self.idle.lock().ok()?.pop()
    }

    fn put_back(&self, conn: AsyncSmtpConnection) {
        if conn.has_broken() {
            return;
        }
        if let Ok(mut idle) = self.idle.lock() {
            if idle.len() < self.settings.keep {
                idle.push(conn);
            }
        }
    }

    /// A new connection, greeted, encrypted and authenticated as set.
    async fn open(&self, dialogue: &mut Dialogue) -> Result<AsyncSmtpConnection, DeliveryError> {
        let s = &self.settings;
        let tcp = stream::connect(&s.host, s.port, STEP_TIMEOUT)
            .await
            .map_err(|e| {
                DeliveryError::Temporary(format!("cannot connect to {}:{}: {e}", s.host, s.port))
            })?;
        dialogue.note(|| format!("connected to {}:{} (TCP_NODELAY)", s.host, s.port));
        let stream: Box<dyn lettre::transport::smtp::client::AsyncTokioStream> =
            match (s.security, &s.tls) {
                (Security::Implicit, Some(tls)) => {
                    let wrapped = timed(stream::wrap_tls(tcp, tls.clone()))
                        .await
                        .map_err(|e| self.tls_failure(&e))?;
                    dialogue.note(|| {
                        format!(
                            "TLS: encrypted; certificate accepted ({})",
                            s.trust.describe()
                        )
                    });
                    wrapped
                }
                _ => Box::new(tcp),
            };
        let mut conn = timed(AsyncSmtpConnection::connect_with_transport(
            stream, &s.hello,
        ))
        .await
        .map_err(|e| refused_or_temporary("greeting the relay", &e))?;
        dialogue.note(|| format!("EHLO: {}", conn.server_info()));
        if let (Security::StartTls { required }, Some(tls)) = (s.security, &s.tls) {
            if conn.can_starttls() {
                timed(conn.starttls(tls.clone(), &s.hello))
                    .await
                    .map_err(|e| self.tls_failure(&e))?;
                dialogue.note(|| {
                    format!(
                        "STARTTLS: encrypted; certificate accepted ({}); EHLO again: {}",
                        s.trust.describe(),
                        conn.server_info()
                    )
                });
            } else if required {
                conn.abort().await;
                return Err(DeliveryError::Configuration(format!(
                    "{} does not offer STARTTLS, which the SMTP address requires; add ?tls=none to send in the clear on a trusted network",
                    self.describe()
                )));
            } else {
                dialogue.note(|| "STARTTLS: not offered; sending in the clear".to_string());
            }
        }
        if let Some(credentials) = &s.credentials {
            match timed(conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials)).await {
                Ok(answer) => dialogue.note(|| format!("AUTH: {}", one_line(&answer))),
                Err(e) if e.is_transient() || e.code().is_none() && !e.is_client() => {
                    conn.abort().await;
                    return Err(DeliveryError::Temporary(format!(
                        "authenticating: {}",
                        e.text()
                    )));
                }
                Err(e) => {
                    conn.abort().await;
                    return Err(DeliveryError::Configuration(format!(
                        "{} refused the user name and password of the SMTP address: {}",
                        self.describe(),
                        e.text()
                    )));
                }
            }
        }
        Ok(conn)
    }

    /// A failed TLS handshake: a certificate that is not trusted is a
    /// setting to change; a connection lost mid-handshake is not.
    fn tls_failure(&self, e: &StepError) -> DeliveryError {
        let why = e.text();
        if e.io_kind() == Some(std::io::ErrorKind::InvalidData) || why.contains("certificate") {
            DeliveryError::Configuration(format!(
                "the TLS certificate of {} is not trusted ({why}); trusted: {}. Give the relay's CA in smtp_extra_ca_file, or set smtp_trust_system_store",
                self.describe(),
                self.settings.trust.describe()
            ))
        } else {
            DeliveryError::Temporary(format!("TLS with {}: {why}", self.describe()))
        }
    }
}

/// Whether a failure on a kept connection may only mean that the relay
/// closed it meanwhile (nothing was answered): then try a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stale {
    No,
    Maybe,
}

/// MAIL, RCPT, DATA and the message.
async fn transaction(
    conn: &mut AsyncSmtpConnection,
    envelope: &Envelope,
    message: &[u8],
    dialogue: &mut Dialogue,
) -> Result<(String, Stale), (DeliveryError, Stale)> {
    let mut options = Vec::new();
    let non_ascii = envelope
        .to()
        .iter()
        .chain(envelope.from())
        .any(|a| !AsRef::<str>::as_ref(a).is_ascii());
    if non_ascii {
        if !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
            return Err((
                DeliveryError::Permanent(
                    "the address has non-ASCII characters and the relay does not accept them (it does not offer SMTPUTF8)".to_string(),
                ),
                Stale::No,
            ));
        }
        options.push(MailParameter::SmtpUtfEight);
    }
    if !message.is_ascii() {
        options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    let from = envelope.from().cloned();
    let sender = from.as_ref().map(|a| a.to_string()).unwrap_or_default();
    match timed(conn.command(Mail::new(from, options))).await {
        Ok(answer) => dialogue.note(|| format!("MAIL FROM:<{sender}>: {}", one_line(&answer))),
        Err(e) if e.code().is_none() => {
            return Err((
                DeliveryError::Temporary(format!("the connection failed: {}", e.text())),
                Stale::Maybe,
            ))
        }
        Err(e) if e.is_permanent() => {
            return Err((
                DeliveryError::Configuration(format!(
                    "the relay refused the sender <{sender}> (mail_from): {}",
                    e.text()
                )),
                Stale::No,
            ))
        }
        Err(e) => return Err((DeliveryError::Temporary(e.text()), Stale::No)),
    }
    for to in envelope.to() {
        let answer = timed(conn.command(Rcpt::new(to.clone(), vec![])))
            .await
            .map_err(|e| (refused_or_temporary("the recipient", &e), Stale::No))?;
        dialogue.note(|| format!("RCPT TO:<{to}>: {}", one_line(&answer)));
    }
    timed(conn.command(Data))
        .await
        .map_err(|e| (refused_or_temporary("DATA", &e), Stale::No))?;
    let answer = timed(conn.message(message))
        .await
        .map_err(|e| (refused_or_temporary("the message", &e), Stale::No))?;
    dialogue.note(|| format!("DATA ({} bytes): {}", message.len(), one_line(&answer)));
    Ok((one_line(&answer), Stale::No))
}

async fn quit(mut conn: AsyncSmtpConnection, dialogue: &mut Dialogue) {
    match timed(conn.quit()).await {
        Ok(answer) => dialogue.note(|| format!("QUIT: {}", one_line(&answer))),
        Err(e) => dialogue.note(|| format!("QUIT: {}", e.text())),
    }
    conn.abort().await;
}

/// 5xx: refused for good; anything else: try again later.
fn refused_or_temporary(what: &str, e: &StepError) -> DeliveryError {
    if e.is_permanent() {
        DeliveryError::Permanent(e.text())
    } else {
        DeliveryError::Temporary(format!("{what}: {}", e.text()))
    }
}

/// "250 2.0.0 Ok: queued as 1"
fn one_line(response: &Response) -> String {
    let text = response.message().collect::<Vec<_>>().join(" ");
    format!("{} {text}", response.code())
}

/// An error and its causes, on one line.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            text.push_str(": ");
            text.push_str(&s_text);
        }
        source = s.source();
    }
    text
}

/// Why one step of the dialogue failed.
#[derive(Debug)]
enum StepError {
    Smtp(lettre::transport::smtp::Error),
    /// No answer within [`STEP_TIMEOUT`].
    TimedOut,
}

impl StepError {
    /// The relay's answer code, when it answered.
    fn code(&self) -> Option<lettre::transport::smtp::response::Code> {
        match self {
            StepError::Smtp(e) => e.status(),
            StepError::TimedOut => None,
        }
    }

    fn is_permanent(&self) -> bool {
        matches!(self, StepError::Smtp(e) if e.is_permanent())
    }

    fn is_transient(&self) -> bool {
        matches!(self, StepError::Smtp(e) if e.is_transient())
    }

    /// lettre refused before asking (no mechanism in common, ...).
    fn is_client(&self) -> bool {
        matches!(self, StepError::Smtp(e) if e.is_client())
    }

    fn io_kind(&self) -> Option<std::io::ErrorKind> {
        let StepError::Smtp(e) = self else {
            return None;
        };
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            if let Some(io) = s.downcast_ref::<std::io::Error>() {
                return Some(io.kind());
            }
            source = s.source();
        }
        None
    }

    fn text(&self) -> String {
        match self {
            StepError::Smtp(e) => chain(e),
            StepError::TimedOut => format!("no answer within {} seconds", STEP_TIMEOUT.as_secs()),
        }
    }
}

/// One step of the dialogue, within [`STEP_TIMEOUT`].
async fn timed<T>(
    step: impl std::future::Future<Output = Result<T, lettre::transport::smtp::Error>>,
) -> Result<T, StepError> {
    match tokio::time::timeout(STEP_TIMEOUT, step).await {
        Ok(result) => result.map_err(StepError::Smtp),
        Err(_) => Err(StepError::TimedOut),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relay(url: &str) -> Relay {
        Relay::from_url(&Url::parse(url).unwrap(), &Trust::default(), 1).unwrap()
    }

    #[test]
    fn smtp_addresses_default_to_starttls_except_on_this_machine() {
        assert_eq!(
            relay("smtp://u:p@mail.example.org").describe(),
            "mail.example.org:587 (STARTTLS required)"
        );
        // A stock Debian Postfix offers STARTTLS with a certificate for
        // its own name: on this machine mail is sent as is.
        assert_eq!(
            relay("smtp://127.0.0.1:25").describe(),
            "127.0.0.1:25 (no TLS)"
        );
        assert_eq!(
            relay("smtp://localhost").describe(),
            "localhost:25 (no TLS)"
        );
        assert_eq!(
            relay("smtp://127.0.0.1:2525?tls=required").describe(),
            "127.0.0.1:2525 (STARTTLS required)"
        );
        assert_eq!(
            relay("smtp://relay.lan:25?tls=opportunistic").describe(),
            "relay.lan:25 (STARTTLS if offered)"
        );
        assert_eq!(
            relay("smtp://relay.lan?tls=none").describe(),
            "relay.lan:25 (no TLS)"
        );
        assert_eq!(
            relay("smtps://mail.example.org").describe(),
            "mail.example.org:465 (TLS)"
        );
        assert!(Relay::from_url(
            &Url::parse("smtp://relay.lan?tls=maybe").unwrap(),
            &Trust::default(),
            1
        )
        .is_err());
    }
}
