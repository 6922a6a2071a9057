//! The acknowledgement: sent to the representative who asked for more
//! time, declined to answer, or took a refusal back, saying what was
//! recorded, when, and what happens next. It carries no secret link.

/// What an acknowledgement says.
#[derive(Debug, Clone)]
pub struct Acknowledgement {
    /// The language it is written in (`super::language_for`).
    pub tr: crate::domain::i18n::Tr,
    pub campaign_title: String,
    pub company_name: String,
    pub contact_name: String,
    /// The campaign's address for questions.
    pub contact_email: String,
    /// What was done, after the company's name: "asked for more time".
    pub what: String,
    /// When, in the campaign's zone, and by whom (their address).
    pub at: String,
    pub by: String,
    /// What was recorded with it, a sentence each (the reason as given,
    /// whether it will be published).
    pub details: Vec<String>,
    /// What happens next.
    pub next: String,
}

impl Acknowledgement {
    fn language(&self) -> crate::domain::i18n::Tr {
        self.tr
    }
}

email!(
    Acknowledgement,
    "email/acknowledgement/subject.txt",
    "email/acknowledgement/body.txt",
    "email/acknowledgement/body.html"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_acknowledgement_says_what_was_recorded_when_and_what_next() {
        let r = Acknowledgement {
            tr: crate::domain::i18n::Tr::english(),
            campaign_title: "Myanmar telecoms".into(),
            company_name: "Demo <Telecom> & Co".into(),
            contact_name: "Aung".into(),
            contact_email: "campaign@example.org".into(),
            what: "declined to answer".into(),
            at: "1 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".into(),
            by: "aung@example.com".into(),
            details: vec!["Reason given: “Under <legal> review”.".into()],
            next: "You can undo this until the deadline.".into(),
        }
        .render()
        .unwrap();
        assert_eq!(
            r.subject,
            "Recorded: Demo <Telecom> & Co declined to answer (Myanmar telecoms)"
        );
        for text in [&r.text, &r.html] {
            assert!(text.contains("1 December 2026, 17:00"), "{text}");
            assert!(text.contains("aung@example.com"));
            assert!(text.contains("You can undo this until the deadline."));
            assert!(text.contains("campaign@example.org"));
        }
        assert!(r.text.contains("Reason given: “Under <legal> review”."));
        assert!(!r.html.contains("<legal>"), "{}", r.html);
    }
}
