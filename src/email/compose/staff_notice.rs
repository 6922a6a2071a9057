//! To a staff member who asked to be told: a company submitted, declined
//! or replied to its findings, with the link to act on it. A reply that
//! arrives after publication says that the campaign needs publishing again.

/// What a staff member is told.
#[derive(Debug, Clone)]
pub struct StaffNotice {
    pub staff_name: String,
    pub campaign_title: String,
    pub company_name: String,
    /// What the company did, after its name: "submitted its answers".
    pub happened: String,
    /// When, in the campaign's zone, zone named.
    pub at: String,
    /// What the company wrote with it (a reason, a reply), if anything.
    pub detail: Option<String>,
    /// The campaign was published before this arrived.
    pub republish_needed: bool,
    /// What to do, and where.
    pub act: String,
    pub act_url: String,
    /// Where the staff member changes which emails they get.
    pub settings_url: String,
    /// The campaign's address for questions.
    pub contact_email: String,
}

impl StaffNotice {
    /// Staff's emails stay English.
    fn language(&self) -> crate::domain::i18n::Tr {
        crate::domain::i18n::Tr::english()
    }
}

email!(
    StaffNotice,
    "email/staff_notice/subject.txt",
    "email/staff_notice/body.txt",
    "email/staff_notice/body.html"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn notice(republish_needed: bool) -> StaffNotice {
        StaffNotice {
            staff_name: "Thida".into(),
            campaign_title: "Myanmar telecoms".into(),
            company_name: "Demo <Telecom> & Co".into(),
            happened: "replied to its preliminary findings".into(),
            at: "1 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".into(),
            detail: Some("We disagree with question 3.".into()),
            republish_needed,
            act: "Read the reply".into(),
            act_url: "https://a.example.org/admin/campaigns/c/review/t".into(),
            settings_url: "https://a.example.org/admin/account".into(),
            contact_email: "campaign@example.org".into(),
        }
    }

    #[test]
    fn a_notice_names_the_campaign_the_company_what_happened_and_where_to_act() {
        let r = notice(false).render().unwrap();
        assert_eq!(
            r.subject,
            "Demo <Telecom> & Co replied to its preliminary findings: Myanmar telecoms"
        );
        for text in [&r.text, &r.html] {
            assert!(text.contains("We disagree with question 3."), "{text}");
            assert!(text.contains("/admin/campaigns/c/review/t"));
            assert!(text.contains("Read the reply"));
            assert!(!text.contains("Republish needed"));
            assert!(!text.contains("Lost your link"));
        }
        assert!(!r.html.contains("Demo <Telecom>"), "escaped in HTML");
    }

    #[test]
    fn a_reply_after_publication_says_republish_needed() {
        let r = notice(true).render().unwrap();
        assert!(r.subject.starts_with("Republish needed: "));
        assert!(r.text.contains("Republish needed"));
        assert!(r.html.contains("Republish needed"));
    }
}
