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
    /// The findings as plain text in the email's language (the text
    /// part): one block per scored question.
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

    /// A total or a demand's score, in the email's digits.
    fn shown(&self, score: &Option<f64>) -> String {
        crate::domain::findings::shown(self.tr, *score)
    }

    /// A question's score in the email's words.
    fn mark(&self, mark: &crate::domain::findings::Mark) -> String {
        crate::domain::findings::mark(self.tr, *mark)
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

    use crate::domain::findings::{FindingLine, Mark, Reason};
    use crate::domain::i18n::{Lang, Tr};

    fn composed() -> crate::domain::findings::Findings {
        crate::domain::findings::Findings {
            total: Some(40.0),
            demands: vec![("Disclose".into(), Some(40.0))],
            lines: vec![
                FindingLine {
                    number: "1.2".into(),
                    prompt: "Describe your <grievance> mechanism.".into(),
                    answer: vec!["A hotline & a web form.".into()],
                    score: Mark::Points(50.0),
                    reason: Some(Reason {
                        level: "Partly".into(),
                        rationale: "Outcomes are not published.".into(),
                    }),
                },
                FindingLine {
                    number: "1.3".into(),
                    prompt: "Where do you sell?".into(),
                    answer: Vec::new(),
                    score: Mark::NotApplicable,
                    reason: None,
                },
            ],
        }
    }

    fn letter(tr: Tr) -> super::super::Rendered {
        let composed = composed();
        Findings {
            tr,
            campaign_title: "Myanmar telecoms".into(),
            company_name: "Demo Telecom".into(),
            contact_name: "Aung".into(),
            contact_email: "campaign@example.org".into(),
            findings: composed.text(tr),
            composed,
            reply_until: "22 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".into(),
        }
        .render()
        .unwrap()
    }

    #[test]
    fn findings_carry_the_text_the_window_and_the_link() {
        let r = letter(Tr::english());
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
            assert!(text.contains("not applicable"), "{text}");
            assert!(
                text.contains("until 22 December 2026")
                    || text.contains("until <strong>22 December 2026")
            );
            assert!(text.contains(crate::email::transport::LINK_PLACEHOLDER));
            assert!(!text.contains("Lost your link"));
        }
    }

    #[test]
    fn findings_in_the_contacts_language_keep_the_company_s_own_words() {
        let burmese = Tr::new(Lang::parse("my").unwrap());
        let r = letter(burmese);
        for part in [&r.text, &r.html] {
            for english in [
                "Total",
                "Your answer",
                "Score",
                "Reason",
                "not applicable",
                "Disclose: 40",
                "- 40",
            ] {
                assert!(!part.contains(english), "{english} in {part}");
            }
            for words in [
                burmese.t("email-findings-your-answer"),
                burmese.t("email-findings-score"),
                burmese.t("email-findings-not-applicable"),
                burmese.digits("40"),
            ] {
                assert!(part.contains(&words), "{words} missing from {part}");
            }
            assert!(part.contains("Outcomes are not published."), "{part}");
        }
        assert!(
            r.text.contains(&burmese.t("email-findings-level")),
            "{}",
            r.text
        );
    }
}
