//! Preliminary findings: sent to each of a company's contacts with a fresh
//! link to reply through, until the end of the reply window.

/// What the findings email says.
#[derive(Debug, Clone)]
pub struct Findings {
    /// The language it is written in (`super::language_for`).
    pub tr: crate::domain::i18n::Tr,
    pub campaign_title: String,
    pub company_name: String,
    pub contact_name: String,
    /// The campaign's address for questions.
    pub contact_email: String,
    /// The findings as plain text (the text part, and what the company's
    /// page shows): one block per scored question.
    pub findings: String,
    /// The same, question by question, for the HTML part.
    pub composed: crate::domain::findings::Findings,
    /// The end of the reply window, in the campaign's zone, zone named.
    pub reply_until: String,
}

impl Findings {
    pub fn link_placeholder(&self) -> &'static str {
        crate::email::transport::LINK_PLACEHOLDER
    }
}

impl Findings {
    fn language(&self) -> crate::domain::i18n::Tr {
        self.tr
    }
}

email!(
    Findings,
    "email/findings/subject.txt",
    "email/findings/body.txt",
    "email/findings/body.html"
);

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::findings::{FindingLine, Reason};

    #[test]
    fn findings_carry_the_text_the_window_and_the_link() {
        let composed = crate::domain::findings::Findings {
            total: "40".into(),
            demands: vec![("Disclose".into(), "40".into())],
            lines: vec![FindingLine {
                number: "1.2".into(),
                prompt: "Describe your <grievance> mechanism.".into(),
                answer: vec!["A hotline & a web form.".into()],
                score: "50".into(),
                reason: Some(Reason {
                    level: "Partly".into(),
                    rationale: "Outcomes are not published.".into(),
                }),
            }],
        };
        let r = Findings {
            tr: crate::domain::i18n::Tr::english(),
            campaign_title: "Myanmar telecoms".into(),
            company_name: "Demo Telecom".into(),
            contact_name: "Aung".into(),
            contact_email: "campaign@example.org".into(),
            findings: composed.text(),
            composed,
            reply_until: "22 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".into(),
        }
        .render()
        .unwrap();
        assert!(r.text.contains("Describe your <grievance> mechanism."));
        assert!(r.text.contains("A hotline & a web form."));
        assert!(!r.html.contains("<grievance>"), "{}", r.html);
        assert!(r.html.contains("a web form."));
        assert!(r.html.contains("Outcomes are not published."));
        assert_eq!(
            r.subject,
            "Preliminary findings for Demo Telecom: Myanmar telecoms"
        );
        for text in [&r.text, &r.html] {
            assert!(text.contains("Total: 40"), "{text}");
            assert!(
                text.contains("until 22 December 2026")
                    || text.contains("until <strong>22 December 2026")
            );
            assert!(text.contains(crate::email::transport::LINK_PLACEHOLDER));
            assert!(!text.contains("Lost your link"));
        }
    }
}
