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
    InvitationText,
    InvitationHtml,
    "email/invitation/body.txt",
    "email/invitation/body.html"
);
email_template!(
    ReminderText,
    ReminderHtml,
    "email/reminder/body.txt",
    "email/reminder/body.html"
);
email_template!(
    NewLinkText,
    NewLinkHtml,
    "email/new_link/body.txt",
    "email/new_link/body.html"
);
email_template!(
    DecisionText,
    DecisionHtml,
    "email/extension_decision/body.txt",
    "email/extension_decision/body.html"
);
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
email_template!(
    RequestText,
    RequestHtml,
    "email/extension_request/body.txt",
    "email/extension_request/body.html"
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

pub fn invitation(l: &Letter) -> askama::Result<Rendered> {
    rendered(
        format!("{}: questions for {}", l.campaign_title, l.company_name),
        InvitationText { l }.render(),
        |subject| InvitationHtml { l, subject }.render(),
    )
}

pub fn reminder(l: &Letter) -> askama::Result<Rendered> {
    let when = match l.reminder_days {
        Some(days) if days < 0 => "the deadline has passed".to_string(),
        Some(days) => format!("deadline {}", step_label(days)),
        None => "reminder".to_string(),
    };
    rendered(
        format!("Reminder ({when}): {}", l.campaign_title),
        ReminderText { l }.render(),
        |subject| ReminderHtml { l, subject }.render(),
    )
}

pub fn new_link(l: &Letter) -> askama::Result<Rendered> {
    rendered(
        format!("Your new link: {}", l.campaign_title),
        NewLinkText { l }.render(),
        |subject| NewLinkHtml { l, subject }.render(),
    )
}

pub fn extension_decision(l: &Letter) -> askama::Result<Rendered> {
    let verdict = if l.granted_until.is_some() {
        "granted"
    } else {
        "refused"
    };
    rendered(
        format!("More time {verdict}: {}", l.campaign_title),
        DecisionText { l }.render(),
        |subject| DecisionHtml { l, subject }.render(),
    )
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

pub fn extension_request(l: &Letter) -> askama::Result<Rendered> {
    rendered(
        format!(
            "{} asks for more time: {}",
            l.company_name, l.campaign_title
        ),
        RequestText { l }.render(),
        |subject| RequestHtml { l, subject }.render(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter() -> Letter {
        Letter {
            campaign_title: "Myanmar telecoms".into(),
            company_name: "Demo <Telecom> & Co".into(),
            contact_name: "Aung".into(),
            organisations: vec!["Access Now".into(), "Article 19".into(), "ECCHR".into()],
            demands: vec!["Explain due diligence".into(), "Exit responsibly".into()],
            deadline: "15 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".into(),
            link_valid_until: "14 January 2027".into(),
            contact_email: "campaign@example.org".into(),
            lost_link_url: "https://a.example.org/respond/link".into(),
            ..Letter::default()
        }
    }

    #[test]
    fn temporary_typed_emails_are_the_letters_byte_for_byte() {
        fn same(a: &Rendered, b: &Rendered) {
            assert_eq!(a.subject, b.subject);
            assert_eq!(a.text, b.text);
            assert_eq!(a.html, b.html);
        }
        for orgs in [letter().organisations, vec![], vec!["Solo".to_string()]] {
            let mut l = letter();
            l.organisations = orgs;
            let inv = invitation::Invitation {
                campaign_title: l.campaign_title.clone(),
                company_name: l.company_name.clone(),
                contact_name: l.contact_name.clone(),
                organisations: l.organisations.clone(),
                demands: l.demands.clone(),
                deadline: l.deadline.clone(),
                link_valid_until: l.link_valid_until.clone(),
                contact_email: l.contact_email.clone(),
                lost_link_url: l.lost_link_url.clone(),
            };
            same(&invitation(&l).unwrap(), &inv.render().unwrap());
            for days in [14, 7, 2, 1, 0, -1, -3] {
                let mut l = l.clone();
                l.reminder_days = Some(days);
                let r = reminder::Reminder {
                    campaign_title: l.campaign_title.clone(),
                    company_name: l.company_name.clone(),
                    contact_name: l.contact_name.clone(),
                    organisations: l.organisations.clone(),
                    deadline: l.deadline.clone(),
                    days,
                    contact_email: l.contact_email.clone(),
                    lost_link_url: l.lost_link_url.clone(),
                };
                same(&reminder(&l).unwrap(), &r.render().unwrap());
            }
            for kept in [true, false] {
                let mut l = l.clone();
                l.earlier_links_kept = kept;
                let n = new_link::NewLink {
                    campaign_title: l.campaign_title.clone(),
                    company_name: l.company_name.clone(),
                    contact_name: l.contact_name.clone(),
                    deadline: l.deadline.clone(),
                    link_valid_until: l.link_valid_until.clone(),
                    earlier_links_kept: kept,
                    contact_email: l.contact_email.clone(),
                    lost_link_url: l.lost_link_url.clone(),
                };
                same(&new_link(&l).unwrap(), &n.render().unwrap());
            }
            for until in [None, Some("22 December <2026>".to_string())] {
                for note in ["", "A <note>\nover two lines & more"] {
                    let mut l = l.clone();
                    l.requested_until = until.clone();
                    l.granted_until = until.clone();
                    l.note = note.to_string();
                    l.staff_url =
                        "https://a.example.org/admin/campaigns/c/targets/t?x=1&y=2".into();
                    let r = extension_request::ExtensionRequest {
                        campaign_title: l.campaign_title.clone(),
                        company_name: l.company_name.clone(),
                        contact_name: l.contact_name.clone(),
                        deadline: l.deadline.clone(),
                        requested_until: until.clone(),
                        note: l.note.clone(),
                        staff_url: l.staff_url.clone(),
                        contact_email: l.contact_email.clone(),
                        lost_link_url: l.lost_link_url.clone(),
                    };
                    same(&extension_request(&l).unwrap(), &r.render().unwrap());
                    let d = extension_decision::ExtensionDecision {
                        campaign_title: l.campaign_title.clone(),
                        company_name: l.company_name.clone(),
                        contact_name: l.contact_name.clone(),
                        deadline: l.deadline.clone(),
                        granted_until: until.clone(),
                        note: l.note.clone(),
                        contact_email: l.contact_email.clone(),
                        lost_link_url: l.lost_link_url.clone(),
                    };
                    same(&extension_decision(&l).unwrap(), &d.render().unwrap());
                }
            }
        }
    }

    #[test]
    fn the_invitation_says_who_why_when_how_and_what_silence_means() {
        let r = invitation(&letter()).unwrap();
        assert!(r.subject.contains("Myanmar telecoms"));
        for text in [&r.text, &r.html] {
            assert!(text.contains("Access Now, Article 19 and ECCHR"), "{text}");
            assert!(text.contains("Exit responsibly"));
            assert!(text.contains("(Asia/Yangon, UTC+06:30)"));
            assert!(text.contains(crate::email::transport::LINK_PLACEHOLDER));
            assert!(text.contains("campaign@example.org"));
            assert!(text.contains("listed publicly as not"));
        }
        // Names are escaped in HTML and left alone in text.
        assert!(
            r.html.contains("Demo &#60;Telecom&#62; &#38; Co")
                || r.html.contains("Demo &lt;Telecom&gt; &amp; Co"),
            "{}",
            r.html
        );
        assert!(r.text.contains("Demo <Telecom> & Co"));
    }

    #[test]
    fn reminders_before_and_after_the_deadline_read_differently() {
        let mut l = letter();
        l.reminder_days = Some(7);
        let before = reminder(&l).unwrap();
        assert!(
            before.text.contains("the deadline is in 7 days"),
            "{}",
            before.text
        );
        l.reminder_days = Some(-1);
        let after = reminder(&l).unwrap();
        assert!(
            after.text.contains("The deadline passed 1 day ago"),
            "{}",
            after.text
        );
        assert!(after.subject.contains("passed"));
    }

    #[test]
    fn a_decision_names_the_new_deadline_or_the_refusal() {
        let mut l = letter();
        l.granted_until = Some("22 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".into());
        assert!(extension_decision(&l)
            .unwrap()
            .text
            .contains("granted. The new deadline is 22 December"));
        l.granted_until = None;
        let refused = extension_decision(&l).unwrap();
        assert!(refused.text.contains("refused"));
        assert!(refused.subject.contains("refused"));
    }
}
