//! Sending email. The outbox (`db::outbox`) decides what to send and when;
//! this module turns one outbox row into a MIME message and hands it to the
//! configured transport: SMTP, `.eml` files, or an [`Outlet`] given by the
//! program that embeds the service (the tests).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::{AsyncSmtpTransport, PoolConfig};
use lettre::{AsyncTransport, Message, Tokio1Executor};
use url::Url;

use crate::config::{Config, MailTransport};
use crate::db::outbox::OutgoingEmail;
use crate::domain::ids::OutboxId;

/// Stands in the stored text and HTML for the secret link, which is put in
/// only at delivery: the stored bodies never hold a usable token.
pub const LINK_PLACEHOLDER: &str = "ANSWERABLE-SECRET-LINK";

/// Puts the secret link in place of its placeholder.
fn with_link(email: &OutgoingEmail, body: &str) -> String {
    match &email.secret_link {
        Some(link) => body.replace(LINK_PLACEHOLDER, link),
        None => body.to_string(),
    }
}

/// An email as an [`Outlet`] receives it: the link in place.
#[derive(Debug, Clone)]
pub struct DeliveredEmail {
    pub to: String,
    /// The From header's mailbox, as written (`"Name" <address>`).
    pub from: String,
    pub reply_to: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: String,
}

/// A transport given by a program that embeds the service instead of one
/// from the configuration: the tests keep emails in memory with one.
pub trait Outlet: Send + Sync {
    /// Takes one email; on success returns what to record as the answer.
    fn accept(&self, email: DeliveredEmail) -> Result<String, DeliveryError>;
}

/// SMTP connections kept open to the mail server, and so emails delivered
/// at once by the worker. lettre 0.11 leaves Nagle's algorithm on, which
/// costs about 40 ms per message on each connection (fixed upstream in
/// lettre#1159, not yet released), so throughput comes from parallel
/// connections.
pub const SMTP_CONNECTIONS: usize = 16;

/// Why a delivery did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryError {
    /// Worth trying again: 4xx, timeouts, refused or dropped connections.
    Temporary(String),
    /// The server refused the message for good (5xx).
    Permanent(String),
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
    Outlet(Arc<dyn Outlet>),
}

/// The configured transport and sender.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    /// The right-hand side of Message-IDs: the sender's domain.
    domain: String,
}

impl Mailer {
    pub fn from_config(config: &Config) -> anyhow::Result<Mailer> {
        let from: Mailbox = config.mail_from.clone();
        let domain = from.email.domain().to_string();
        let transport = match &config.mail {
            MailTransport::Files(dir) => Transport::Files(dir.clone()),
            MailTransport::Smtp(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(&lettre_url(url))
                    .context("ANSWERABLE_SMTP_URL cannot be used")?
                    .timeout(Some(Duration::from_secs(30)))
                    .pool_config(PoolConfig::new().max_size(SMTP_CONNECTIONS as u32))
                    .build(),
            ),
        };
        Ok(Mailer {
            transport,
            from,
            domain,
        })
    }

    /// A description for logs, without credentials.
    /// The configured sender, with `outlet` in place of the transport.
    pub fn with_outlet(config: &Config, outlet: Arc<dyn Outlet>) -> Mailer {
        let from: Mailbox = config.mail_from.clone();
        Mailer {
            domain: from.email.domain().to_string(),
            from,
            transport: Transport::Outlet(outlet),
        }
    }

    pub fn describe(&self) -> String {
        match &self.transport {
            Transport::Smtp(_) => "SMTP".to_string(),
            Transport::Files(dir) => format!(".eml files in {}", dir.display()),
            Transport::Outlet(_) => "the embedding program".to_string(),
        }
    }

    /// The Message-ID of an outbox row: the same on every attempt, so a
    /// receiving server or a person can tell a retry from a second email.
    pub fn message_id(&self, id: &OutboxId) -> String {
        format!("<{}@{}>", id.as_str(), self.domain)
    }

    /// Who an email is from: the campaign's name on the configured
    /// address (the coalition speaks; the mail server sends only as itself).
    fn from(&self, email: &OutgoingEmail) -> Mailbox {
        match &email.from_name {
            Some(name) => Mailbox::new(Some(name.clone()), self.from.email.clone()),
            None => self.from.clone(),
        }
    }

    fn build(&self, email: &OutgoingEmail) -> Result<Message, DeliveryError> {
        let to: Mailbox = email.to.parse().map_err(|_| {
            DeliveryError::Permanent(format!("`{}` is not an email address", email.to))
        })?;
        let from = self.from(email);
        let mut builder = Message::builder()
            .from(from)
            .to(to)
            .subject(email.subject.clone())
            .message_id(Some(self.message_id(&email.id)));
        if let Some(reply_to) = email.reply_to.as_deref().and_then(|r| r.parse().ok()) {
            builder = builder.reply_to(reply_to);
        }
        builder
            .multipart(MultiPart::alternative_plain_html(
                with_link(email, &email.text),
                with_link(email, &email.html),
            ))
            .map_err(|e| DeliveryError::Permanent(format!("the message cannot be built: {e}")))
    }

    /// Delivers one email; on success returns the server's answer.
    pub async fn deliver(&self, email: &OutgoingEmail) -> Result<String, DeliveryError> {
        let message = self.build(email)?;
        match &self.transport {
            Transport::Smtp(smtp) => match smtp.send(message).await {
                Ok(response) => Ok(format!(
                    "{} {}",
                    response.code(),
                    response.message().collect::<Vec<_>>().join(" ")
                )),
                Err(e) if e.is_permanent() => Err(DeliveryError::Permanent(e.to_string())),
                Err(e) => Err(DeliveryError::Temporary(e.to_string())),
            },
            Transport::Files(dir) => {
                let bytes = message.formatted();
                let dir = dir.clone();
                let name = format!("{}.eml", email.id.as_str());
                tokio::task::spawn_blocking(move || write_file(&dir, &name, &bytes))
                    .await
                    .map_err(|e| DeliveryError::Temporary(e.to_string()))?
                    .map_err(|e| DeliveryError::Temporary(format!("{e:#}")))
            }
            Transport::Outlet(outlet) => outlet.accept(DeliveredEmail {
                to: email.to.clone(),
                from: self.from(email).to_string(),
                reply_to: email.reply_to.clone(),
                subject: email.subject.clone(),
                text: with_link(email, &email.text),
                html: with_link(email, &email.html),
                message_id: self.message_id(&email.id),
            }),
        }
    }
}

/// Writes the file under a temporary name first, so a reader never sees
/// half an email; a retry of the same row writes the same file again.
fn write_file(dir: &std::path::Path, name: &str, bytes: &[u8]) -> anyhow::Result<String> {
    // The emails hold live links: the folder and files are owner-only.
    crate::private_files::create_dir(dir).with_context(|| format!("creating {}", dir.display()))?;
    let path = dir.join(name);
    let partial = dir.join(format!(".{name}.partial"));
    crate::private_files::write(&partial, bytes)
        .with_context(|| format!("writing {}", partial.display()))?;
    std::fs::rename(&partial, &path).with_context(|| format!("renaming to {}", path.display()))?;
    Ok(format!("written to {}", path.display()))
}

/// `smtp://` means STARTTLS: required, except on the machine itself
/// (127.0.0.1, localhost), where it is used if offered. `?tls=none` sends
/// in the clear, for a relay on a trusted network.
fn lettre_url(url: &Url) -> String {
    let mut url = url.clone();
    if url.scheme() != "smtp" {
        return url.to_string();
    }
    let tls = url
        .query_pairs()
        .find(|(k, _)| k == "tls")
        .map(|(_, v)| v.to_string());
    let local = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    let keep: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| k != "tls")
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let tls = match tls.as_deref() {
        Some("none") => None,
        Some(other) => Some(other.to_string()),
        None if local => Some("opportunistic".to_string()),
        None => Some("required".to_string()),
    };
    url.set_query(None);
    {
        let mut pairs = url.query_pairs_mut();
        for (k, v) in &keep {
            pairs.append_pair(k, v);
        }
        if let Some(tls) = &tls {
            pairs.append_pair("tls", tls);
        }
    }
    if url.query() == Some("") {
        url.set_query(None);
    }
    url.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_default_to_starttls_except_on_this_machine() {
        let url = |s: &str| lettre_url(&Url::parse(s).unwrap());
        assert_eq!(
            url("smtp://u:p@mail.example.org:587"),
            "smtp://u:p@mail.example.org:587?tls=required"
        );
        assert_eq!(
            url("smtp://127.0.0.1:2525"),
            "smtp://127.0.0.1:2525?tls=opportunistic"
        );
        assert_eq!(url("smtp://relay.lan:25?tls=none"), "smtp://relay.lan:25");
        assert_eq!(url("smtps://mail.example.org"), "smtps://mail.example.org");
    }
}
