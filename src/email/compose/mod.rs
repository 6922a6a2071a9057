//! The emails Answerable writes, each as plain text and HTML from
//! `templates/email/<name>/`. The secret link is written as
//! [`LINK_PLACEHOLDER`](super::transport::LINK_PLACEHOLDER) and put in at delivery.
//!
//! An email of its own has a module here with its context (the fields it
//! uses, nothing more) and a folder `templates/email/<name>/` with
//! `subject.txt` (one line), `body.txt` and `body.html`, tied together by
//! [`email!`].

use askama::Template;

use super::transport::LINK_PLACEHOLDER;
use crate::domain::outreach::step_label;

/// Declares the templates of one email over its context type, the
/// context named `l` in them, and `render`, which writes the subject (its
/// lines joined and trimmed), the plain text and the HTML.
macro_rules! email {
    ($context:ty, $subject:literal, $text:literal, $html:literal) => {
        #[derive(askama::Template)]
        #[template(path = $subject)]
        struct Subject<'a> {
            l: &'a $context,
        }

        #[derive(askama::Template)]
        #[template(path = $text)]
        struct Text<'a> {
            l: &'a $context,
        }

        #[derive(askama::Template)]
        #[template(path = $html)]
        struct Html<'a> {
            l: &'a $context,
            subject: &'a str,
        }

        impl $context {
            /// The subject, the plain text and the HTML of this email.
            pub fn render(&self) -> askama::Result<super::Rendered> {
                use askama::Template as _;
                super::rendered(
                    super::one_line(&Subject { l: self }.render()?),
                    Text { l: self }.render(),
                    |subject| Html { l: self, subject }.render(),
                )
            }
        }
    };
}

pub mod extension_decision;
pub mod extension_request;
pub mod invitation;
pub mod new_link;
pub mod reminder;

/// Everything an email about one campaign and one company may say.
#[derive(Debug, Clone, Default)]
pub struct Letter {
    pub campaign_title: String,
    pub company_name: String,
    pub contact_name: String,
    /// The co-signing organisations, in order.
    pub organisations: Vec<String>,
    /// The demands' titles, briefly.
    pub demands: Vec<String>,
    /// The deadline as shown in the campaign's zone, zone named.
    pub deadline: String,
    pub link_valid_until: String,
    /// The campaign's address for questions.
    pub contact_email: String,
    pub lost_link_url: String,
    /// A reminder's step: days before the deadline (negative: after).
    pub reminder_days: Option<i64>,
    /// An extension decision: the new deadline, or `None` when refused.
    pub granted_until: Option<String>,
    /// An extension request: the date asked for.
    pub requested_until: Option<String>,
    /// Free text: the staff's note on a decision, or a request's reason.
    pub note: String,
    /// A page for staff (extension requests).
    pub staff_url: String,
    /// A receipt: when, by whom, which revision, its SHA-256 and a plain
    /// copy of the answers.
    pub submitted_at: String,
    pub submitted_by: String,
    pub revision: i32,
    pub digest: String,
    pub answers_text: String,
    /// A new link that leaves the earlier ones working.
    pub earlier_links_kept: bool,
}

impl Letter {
    pub fn organisations_sentence(&self) -> String {
        and_list(&self.organisations).unwrap_or_else(|| "We".to_string())
    }

    pub fn link_placeholder(&self) -> &'static str {
        super::transport::LINK_PLACEHOLDER
    }

    pub fn reminder_sentence(&self) -> String {
        match self.reminder_days {
            Some(days) if days < 0 => format!(
                "The deadline passed {} and we have not received an answer from {}.",
                step_label(days),
                self.company_name
            ),
            Some(days) => format!(
                "A reminder: the deadline is {} and we have not yet received an answer from {}.",
                step_label(days),
                self.company_name
            ),
            None => String::new(),
        }
    }
}

/// "A, B and C", or "We" when no organisation is named.
fn organisations_sentence(organisations: &[String]) -> String {
    and_list(organisations).unwrap_or_else(|| "We".to_string())
}

/// A subject as one line: its lines trimmed and joined by a space.
fn one_line(subject: &str) -> String {
    subject
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// "A, B and C"; `None` for no names.
pub fn and_list(names: &[String]) -> Option<String> {
    match names {
        [] => None,
        [one] => Some(one.clone()),
        [init @ .., last] => Some(format!("{} and {}", init.join(", "), last)),
    }
}

/// A rendered email, ready for the outbox.
pub use crate::db::outbox::Message as Rendered;

macro_rules! email_template {
    ($text:ident, $html:ident, $text_path:literal, $html_path:literal) => {
        #[derive(Template)]
        #[template(path = $text_path)]
        struct $text<'a> {
            l: &'a Letter,
        }

        #[derive(Template)]
        #[template(path = $html_path)]
        struct $html<'a> {
            l: &'a Letter,
            subject: &'a str,
        }
    };
}

email_template!(
    ReceiptText,
    ReceiptHtml,
    "email/receipt/body.txt",
    "email/receipt/body.html"
);
email_template!(
    FindingsText,
    FindingsHtml,
    "email/findings/body.txt",
    "email/findings/body.html"
);

fn rendered(
    subject: String,
    text: askama::Result<String>,
    html: impl FnOnce(&str) -> askama::Result<String>,
) -> askama::Result<Rendered> {
    let text = text?;
    let html = html(&subject)?;
    Ok(Rendered {
        subject,
        text,
        html,
    })
}

pub fn receipt(l: &Letter) -> askama::Result<Rendered> {
    rendered(
        format!(
            "Receipt: {} answered {} (revision {})",
            l.company_name, l.campaign_title, l.revision
        ),
        ReceiptText { l }.render(),
        |subject| ReceiptHtml { l, subject }.render(),
    )
}

/// Preliminary findings (in `note`) with the reply window (in `deadline`).
pub fn findings(l: &Letter) -> askama::Result<Rendered> {
    rendered(
        format!(
            "Preliminary findings for {}: {}",
            l.company_name, l.campaign_title
        ),
        FindingsText { l }.render(),
        |subject| FindingsHtml { l, subject }.render(),
    )
}
