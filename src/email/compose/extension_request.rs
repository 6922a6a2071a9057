//! A request for more time, to the campaign's address: who asks, until
//! when, why, and where staff answer it.

/// What staff are told of a request for more time.
#[derive(Debug, Clone)]
pub struct ExtensionRequest {
    pub campaign_title: String,
    pub company_name: String,
    /// Who asks.
    pub contact_name: String,
    /// The current deadline, as shown in the campaign's zone, zone named.
    pub deadline: String,
    /// The end of the day asked for, if one was given.
    pub requested_until: Option<String>,
    /// Why more time is needed, as the representative wrote it.
    pub reason: String,
    /// The company's page in the campaign, where staff decide.
    pub staff_url: String,
    /// The campaign's address for questions.
    pub contact_email: String,
    pub lost_link_url: String,
}

impl ExtensionRequest {
    /// Staff's emails stay English.
    fn language(&self) -> crate::domain::i18n::Tr {
        crate::domain::i18n::Tr::english()
    }
}

email!(
    ExtensionRequest,
    "email/extension_request/subject.txt",
    "email/extension_request/body.txt",
    "email/extension_request/body.html"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn request(requested_until: Option<&str>) -> ExtensionRequest {
        let l = super::super::invitation::tests::invitation();
        ExtensionRequest {
            campaign_title: l.campaign_title,
            company_name: l.company_name,
            contact_name: l.contact_name,
            deadline: l.deadline,
            requested_until: requested_until.map(str::to_string),
            reason: "The board meets on the 20th.".into(),
            staff_url: "https://a.example.org/admin/campaigns/c/targets/t".into(),
            contact_email: l.contact_email,
            lost_link_url: l.lost_link_url,
        }
    }

    #[test]
    fn a_request_says_who_asks_until_when_why_and_where_to_answer() {
        let r = request(Some("22 December 2026")).render().unwrap();
        assert_eq!(
            r.subject,
            "Demo <Telecom> & Co asks for more time: Myanmar telecoms"
        );
        for text in [&r.text, &r.html] {
            assert!(text.contains("Asked until: 22 December 2026"), "{text}");
            assert!(text.contains("The board meets on the 20th."));
            assert!(text.contains("/admin/campaigns/c/targets/t"));
        }
        let open_ended = request(None).render().unwrap();
        assert!(!open_ended.text.contains("Asked until"));
    }
}
