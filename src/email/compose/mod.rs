//! The emails Answerable writes, each as plain text and HTML from
//! `templates/email/<name>/`. The secret link is written as
//! [`LINK_PLACEHOLDER`](super::transport::LINK_PLACEHOLDER) and put in at delivery.
//!
//! An email of its own has a module here with its context (the fields it
//! uses, nothing more) and a folder `templates/email/<name>/` with
//! `subject.txt` (one line), `body.txt` and `body.html`, tied together by
//! [`email!`].

use super::transport::LINK_PLACEHOLDER;
use crate::domain::i18n::{IntoArg, Lang, Tr};
use crate::domain::questionnaire::Effort;

/// Declares the templates of one email over its context type, the
/// context named `l` in them, and `render`, which writes the subject (its
/// lines joined and trimmed), the plain text and the HTML.
macro_rules! email {
    ($context:ty, $subject:literal, $text:literal, $html:literal) => {
        #[derive(askama::Template)]
        #[template(path = $subject)]
        struct Subject<'a> {
            l: &'a $context,
            // Staff's emails (English) do not use it.
            #[allow(dead_code)]
            tr: crate::domain::i18n::Tr,
        }

        #[derive(askama::Template)]
        #[template(path = $text)]
        struct Text<'a> {
            l: &'a $context,
            // Staff's emails (English) do not use it.
            #[allow(dead_code)]
            tr: crate::domain::i18n::Tr,
        }

        #[derive(askama::Template)]
        #[template(path = $html)]
        struct Html<'a> {
            l: &'a $context,
            tr: crate::domain::i18n::Tr,
            subject: &'a str,
        }

        impl $context {
            /// The subject, the plain text and the HTML of this email.
            pub fn render(&self) -> askama::Result<super::Rendered> {
                use askama::Template as _;
                let tr = self.language();
                super::rendered(
                    super::one_line(&Subject { l: self, tr }.render()?),
                    Text { l: self, tr }.render(),
                    |subject| {
                        Html {
                            l: self,
                            tr,
                            subject,
                        }
                        .render()
                    },
                )
            }
        }
    };
}

pub mod acknowledgement;
pub mod extension_decision;
pub mod extension_request;
pub mod findings;
pub mod invitation;
pub mod new_link;
pub mod receipt;
pub mod reminder;
pub mod staff_notice;
pub(crate) mod wrap;

/// "A, B and C", or "We" when no organisation is named.
fn organisations_sentence(tr: Tr, organisations: &[String]) -> String {
    tr.and_list(organisations)
        .unwrap_or_else(|| tr.t("email-we"))
}

/// The language an email to a company's contact is written in: the
/// contact's preferred language, else the questionnaire's default
/// language, else English (the respondent pages' order, minus the browser).
pub fn language_for(contact_language: &str, questionnaire_default: &str) -> Tr {
    Tr::new(
        Lang::parse(contact_language)
            .or_else(|| Lang::parse(questionnaire_default))
            .unwrap_or_else(Lang::english),
    )
}

/// What a questionnaire asks, in numbers, with the time it takes, as the
/// invitation says it: "12 questions in 4 sections, 5 of them written in
/// your own words; about 1 hour 15 minutes (a minute a choice, ten a
/// written answer)" (in English, `Effort::sentence`'s words).
pub fn effort_sentence(tr: Tr, effort: &Effort) -> String {
    let (h, m) = (effort.minutes / 60, effort.minutes % 60);
    let hours = tr.t1("email-effort-hours", "count", h);
    let minutes = tr.t1("email-effort-minutes", "count", m);
    let time = match (h, m) {
        (_, 0) => hours,
        (0, _) => minutes,
        _ => format!("{hours} {minutes}"),
    };
    tr.with(
        "email-effort",
        &[
            ("questions", effort.questions.into_arg()),
            ("sections", effort.sections.into_arg()),
            ("written", effort.written.into_arg()),
            ("time", tr.t1("email-effort-about", "time", time).into()),
        ],
    )
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

/// A rendered email, ready for the outbox.
pub use crate::db::outbox::Message as Rendered;

fn rendered(
    subject: String,
    text: askama::Result<String>,
    html: impl FnOnce(&str) -> askama::Result<String>,
) -> askama::Result<Rendered> {
    // Wrapped here, once, for every email (the templates write each
    // paragraph as one line).
    let text = wrap::plain_text(&text?);
    let html = html(&subject)?;
    Ok(Rendered {
        subject,
        text,
        html,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_effort_reads_in_english_as_the_questionnaire_says_it_and_in_burmese_digits() {
        let my = Tr::new(Lang::parse("my").unwrap());
        for (questions, sections, written, minutes) in [
            (12, 4, 5, 75),
            (1, 1, 0, 15),
            (22, 5, 7, 90),
            (40, 6, 1, 120),
            (3, 2, 1, 45),
        ] {
            let e = Effort {
                sections,
                questions,
                written,
                minutes,
            };
            assert_eq!(effort_sentence(Tr::english(), &e), e.sentence());
        }
        let e = Effort {
            sections: 5,
            questions: 22,
            written: 7,
            minutes: 90,
        };
        let burmese = effort_sentence(my, &e);
        assert!(
            burmese.contains("၂၂") && burmese.contains("၁ နာရီ ၃၀ မိနစ်"),
            "{burmese}"
        );
        assert!(!burmese.contains("question"), "{burmese}");
    }
}
