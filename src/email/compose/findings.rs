//! Preliminary findings: sent to each of a company's contacts with a fresh
//! link to reply through, until the end of the reply window.

use askama::Template;

use super::{one_line, Rendered};

/// What the findings email says.
#[derive(Debug, Clone)]
pub struct Findings {
    pub campaign_title: String,
    pub company_name: String,
    pub contact_name: String,
    /// The campaign's address for questions.
    pub contact_email: String,
    /// The findings as plain text: one block per scored question.
    pub findings: String,
    /// The end of the reply window, in the campaign's zone, zone named.
    pub reply_until: String,
}

impl Findings {
    pub fn link_placeholder(&self) -> &'static str {
        crate::email::transport::LINK_PLACEHOLDER
    }
}

#[derive(Template)]
#[template(path = "email/findings/subject.txt")]
struct Subject<'a> {
    l: &'a Findings,
}

#[derive(Template)]
#[template(path = "email/findings/body.txt")]
struct Text<'a> {
    l: &'a Findings,
}

#[derive(Template)]
#[template(path = "email/findings/body.html")]
struct Html<'a> {
    l: &'a Findings,
    subject: &'a str,
}

pub fn findings(l: &Findings) -> askama::Result<Rendered> {
    let subject = one_line(&Subject { l }.render()?);
    Ok(Rendered {
        text: Text { l }.render()?,
        html: Html {
            l,
            subject: &subject,
        }
        .render()?,
        subject,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_carry_the_text_the_window_and_the_link() {
        let r = findings(&Findings {
            campaign_title: "Myanmar telecoms".into(),
            company_name: "Demo Telecom".into(),
            contact_name: "Aung".into(),
            contact_email: "campaign@example.org".into(),
            findings: "Total: 40\n".into(),
            reply_until: "22 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".into(),
        })
        .unwrap();
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
