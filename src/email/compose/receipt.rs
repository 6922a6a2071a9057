//! The receipt: sent to each of a company's contacts when its answers are
//! submitted, with the revision, its SHA-256 and a plain copy of the
//! answers. It carries no secret link.

/// What a receipt says.
#[derive(Debug, Clone)]
pub struct Receipt {
    /// The language it is written in (`super::language_for`).
    pub tr: crate::domain::i18n::Tr,
    pub campaign_title: String,
    pub company_name: String,
    pub contact_name: String,
    /// The campaign's address for questions.
    pub contact_email: String,
    /// When, in the campaign's zone, and by whom (their address).
    pub submitted_at: String,
    pub submitted_by: String,
    pub revision: i32,
    /// The SHA-256 of the submitted document.
    pub digest: String,
    /// A plain copy of the answers.
    pub answers_text: String,
    /// The language of the questionnaire's texts in that copy (its
    /// default language), marked in HTML when it is not the email's.
    pub answers_language: String,
}

impl Receipt {
    fn language(&self) -> crate::domain::i18n::Tr {
        self.tr
    }
}

email!(
    Receipt,
    "email/receipt/subject.txt",
    "email/receipt/body.txt",
    "email/receipt/body.html"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_receipt_names_the_revision_and_its_digest() {
        let r = Receipt {
            tr: crate::domain::i18n::Tr::english(),
            campaign_title: "Myanmar telecoms".into(),
            company_name: "Demo <Telecom> & Co".into(),
            contact_name: "Aung".into(),
            contact_email: "campaign@example.org".into(),
            submitted_at: "1 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".into(),
            submitted_by: "aung@example.com".into(),
            revision: 2,
            digest: "0123abcd".into(),
            answers_text: "1. Do you publish?\n  Yes\n".into(),
            answers_language: "en".into(),
        }
        .render()
        .unwrap();
        assert_eq!(
            r.subject,
            "Receipt: Demo <Telecom> & Co answered Myanmar telecoms (revision 2)"
        );
        for text in [&r.text, &r.html] {
            assert!(text.contains("0123abcd"), "{text}");
            assert!(text.contains("(revision 2)"));
            assert!(text.contains("campaign@example.org"));
            assert!(!text.contains("Lost your link"));
        }
        assert!(
            r.html.contains("<title>Receipt: Demo &#60;Telecom&#62;")
                || r.html.contains("<title>Receipt: Demo &lt;Telecom&gt;"),
            "{}",
            r.html
        );
    }
}
