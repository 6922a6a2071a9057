//! Staff's answer to a request for more time, to the company's contacts:
//! the new deadline, or the refusal, with staff's note.

/// What a decision says to one contact.
#[derive(Debug, Clone)]
pub struct ExtensionDecision {
    /// The language it is written in (`super::language_for`).
    pub tr: crate::domain::i18n::Tr,
    pub campaign_title: String,
    pub company_name: String,
    pub contact_name: String,
    /// The deadline that stands, as shown in the campaign's zone, zone named.
    pub deadline: String,
    /// The new deadline, or `None` when refused.
    pub granted_until: Option<String>,
    /// Staff's note, perhaps empty.
    pub note: String,
    /// The campaign's address for questions.
    pub contact_email: String,
    pub lost_link_url: String,
}

impl ExtensionDecision {
    fn language(&self) -> crate::domain::i18n::Tr {
        self.tr
    }
}

email!(
    ExtensionDecision,
    "email/extension_decision/subject.txt",
    "email/extension_decision/body.txt",
    "email/extension_decision/body.html"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(granted_until: Option<&str>) -> ExtensionDecision {
        let l = super::super::invitation::tests::invitation();
        ExtensionDecision {
            tr: crate::domain::i18n::Tr::english(),
            campaign_title: l.campaign_title,
            company_name: l.company_name,
            contact_name: l.contact_name,
            deadline: l.deadline,
            granted_until: granted_until.map(str::to_string),
            note: String::new(),
            contact_email: l.contact_email,
            lost_link_url: l.lost_link_url,
        }
    }

    #[test]
    fn a_decision_names_the_new_deadline_or_the_refusal() {
        let granted = decision(Some("22 December 2026, 17:00 (Asia/Yangon, UTC+06:30)"))
            .render()
            .unwrap();
        assert!(granted
            .text
            .contains("granted. The new deadline is 22 December"));
        assert_eq!(granted.subject, "More time granted: Myanmar telecoms");
        let refused = decision(None).render().unwrap();
        assert!(refused.text.contains("refused"));
        assert_eq!(refused.subject, "More time refused: Myanmar telecoms");
    }
}
