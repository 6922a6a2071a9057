//! Sending email. The outbox (`db::outbox`) decides what to send and when;
//! this module turns one outbox row into a MIME message and hands it to the
//! configured transport: SMTP, `.eml` files, or an [`Outlet`] given by the
//! program that embeds the service (the tests).

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::Message;

use super::relay::{Dialogue, Relay, Trust};

use crate::config::{Config, MailTransport};
use crate::db::outbox::OutgoingEmail;
use crate::domain::ids::OutboxId;

pub use super::delivery_error::DeliveryError;

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
/// at once by the worker. With Nagle's algorithm off (see `relay`) one
/// connection is no longer held back ~40 ms a message; a few in parallel
/// still hide the relay's own time per message.
pub const SMTP_CONNECTIONS: usize = 16;

#[derive(Clone)]
enum Transport {
    Smtp(Relay),
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
            MailTransport::Smtp(url) => {
                let trust = Trust {
                    extra_ca_file: config.smtp_extra_ca_file.clone(),
                    system_store: config.smtp_trust_system_store,
                };
                Transport::Smtp(
                    Relay::from_url(url, &trust, SMTP_CONNECTIONS)
                        .context("ANSWERABLE_SMTP_URL cannot be used")?,
                )
            }
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
            Transport::Smtp(relay) => format!("SMTP to {}", relay.describe()),
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
        let mut message = builder
            .multipart(MultiPart::alternative_plain_html(
                with_link(email, &email.text),
                with_link(email, &email.html),
            ))
            .map_err(|e| DeliveryError::Permanent(format!("the message cannot be built: {e}")))?;
        if email.kind.auto_generated() {
            message.headers_mut().insert_raw(HeaderValue::new(
                HeaderName::new_from_ascii_str("Auto-Submitted"),
                "auto-generated".to_string(),
            ));
        }
        Ok(message)
    }

    /// Closes what the transport keeps open (SMTP connections, with QUIT);
    /// the end of a delivery run.
    pub async fn finish(&self) {
        if let Transport::Smtp(relay) = &self.transport {
            relay.close().await;
        }
    }

    /// Sends one test message to `to` through the configured relay and
    /// returns the dialogue with it (`answerable mail test`).
    pub async fn test(
        &self,
        to: &str,
    ) -> anyhow::Result<(Dialogue, Result<String, DeliveryError>)> {
        let Transport::Smtp(relay) = &self.transport else {
            anyhow::bail!(
                "no SMTP relay is configured (ANSWERABLE_SMTP_URL); emails are {}",
                self.describe()
            );
        };
        let to: Mailbox = to
            .parse()
            .map_err(|_| anyhow::anyhow!("`{to}` is not an email address"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject("Answerable: a test message")
            .message_id(Some(format!(
                "<test-{}@{}>",
                uuid::Uuid::new_v4(),
                self.domain
            )))
            .header(lettre::message::header::ContentType::TEXT_PLAIN)
            .body(
                "This message was sent by `answerable mail test` to check the mail relay.\r\n"
                    .to_string(),
            )?;
        let envelope = message.envelope().clone();
        Ok(relay.test(&envelope, &message.formatted()).await)
    }

    /// Delivers one email; on success returns the server's answer.
    pub async fn deliver(&self, email: &OutgoingEmail) -> Result<String, DeliveryError> {
        let message = self.build(email)?;
        match &self.transport {
            Transport::Smtp(relay) => relay.send(message.envelope(), &message.formatted()).await,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::email_kind::EmailKind;
    use crate::domain::ids::OutboxId;

    fn formatted(kind: EmailKind) -> String {
        let config = Config::from_sources(None, &Default::default()).unwrap();
        let mailer = Mailer::from_config(&config).unwrap();
        let email = OutgoingEmail {
            id: OutboxId::parse("0190b2a4-7b3c-7000-8000-000000000001").unwrap(),
            kind,
            to: "p@example.org".into(),
            reply_to: None,
            from_name: None,
            subject: "Subject".into(),
            text: "Text".into(),
            html: "<p>Text</p>".into(),
            secret_link: None,
        };
        String::from_utf8(mailer.build(&email).unwrap().formatted()).unwrap()
    }

    #[test]
    fn automatic_emails_say_so_and_letters_do_not() {
        for kind in EmailKind::ALL {
            let message = formatted(kind);
            assert_eq!(
                message.contains("\r\nAuto-Submitted: auto-generated\r\n"),
                kind.auto_generated(),
                "{kind}: {message}"
            );
        }
        assert!(EmailKind::Reminder.auto_generated());
        assert!(EmailKind::Receipt.auto_generated());
        assert!(EmailKind::StaffNotice.auto_generated());
        assert!(!EmailKind::Invitation.auto_generated());
    }

    #[test]
    fn burmese_subjects_and_names_are_encoded_words_that_read_back() {
        use base64::Engine as _;
        let config = Config::from_sources(None, &Default::default()).unwrap();
        let mailer = Mailer::from_config(&config).unwrap();
        let subject = "မြန်မာ ဆက်သွယ်ရေး ကမ်ပိန်း- ရွှေ ကုမ္ပဏီ အတွက် မေးခွန်းများ (၂၀၂၆ ခုနှစ် ဒီဇင်ဘာလ ၂၃ ရက်)";
        let email = OutgoingEmail {
            id: OutboxId::parse("0190b2a4-7b3c-7000-8000-000000000002").unwrap(),
            kind: EmailKind::Invitation,
            to: "p@example.org".into(),
            reply_to: Some("မြန်မာ ကမ်ပိန်း <campaign@example.org>".into()),
            from_name: Some("မြန်မာ လူ့အခွင့်အရေး ညွန့်ပေါင်း".into()),
            subject: subject.into(),
            text: "မင်္ဂလာပါ".into(),
            html: "<p>မင်္ဂလာပါ</p>".into(),
            secret_link: None,
        };
        let message = String::from_utf8(mailer.build(&email).unwrap().formatted()).unwrap();
        let head = format!("\r\n{}", &message[..message.find("\r\n\r\n").unwrap()]);
        assert!(head.is_ascii(), "headers are 7-bit: {head}");
        // A header's value, its folded lines unfolded, its encoded words
        // decoded.
        let decoded = |name: &str| -> String {
            let start = head.find(&format!("\r\n{name}: ")).unwrap() + name.len() + 4;
            let mut value = String::new();
            for (n, line) in head[start..].split("\r\n").enumerate() {
                if n > 0 && !line.starts_with([' ', '\t']) {
                    break;
                }
                value.push_str(line);
            }
            let mut bytes = vec![];
            let mut rest = value.as_str();
            while let Some(i) = rest.find("=?") {
                let word = &rest[i + 2..];
                let end = word.find("?=").unwrap();
                let parts: Vec<&str> = word[..end].splitn(3, '?').collect();
                assert!(parts[0].eq_ignore_ascii_case("utf-8"), "{value}");
                assert!(parts[1].eq_ignore_ascii_case("b"), "{value}");
                bytes.extend(
                    base64::engine::general_purpose::STANDARD
                        .decode(parts[2])
                        .unwrap(),
                );
                rest = &word[end + 2..];
            }
            String::from_utf8(bytes).unwrap()
        };
        assert_eq!(decoded("Subject"), subject);
        assert_eq!(decoded("From"), "မြန်မာ လူ့အခွင့်အရေး ညွန့်ပေါင်း");
        assert_eq!(decoded("Reply-To"), "မြန်မာ ကမ်ပိန်း");
        assert!(head.contains("<campaign@example.org>"), "{head}");
    }
}
