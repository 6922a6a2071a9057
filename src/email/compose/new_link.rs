//! A new personal link: asked for by someone who knows the contact's
//! address (earlier links go on working), or given by staff (earlier links
//! stop working).

/// What a new link's email says to one contact.
#[derive(Debug, Clone)]
pub struct NewLink {
    /// The language it is written in (`super::language_for`).
    pub tr: crate::domain::i18n::Tr,
    pub campaign_title: String,
    pub company_name: String,
    pub contact_name: String,
    /// The deadline as shown in the campaign's zone, zone named.
    pub deadline: String,
    pub link_valid_until: String,
    /// Whether the earlier links go on working.
    pub earlier_links_kept: bool,
    /// The campaign's address for questions.
    pub contact_email: String,
    pub lost_link_url: String,
}

impl NewLink {
    pub fn link_placeholder(&self) -> &'static str {
        super::LINK_PLACEHOLDER
    }
}

impl NewLink {
    fn language(&self) -> crate::domain::i18n::Tr {
        self.tr
    }
}

email!(
    NewLink,
    "email/new_link/subject.txt",
    "email/new_link/body.txt",
    "email/new_link/body.html"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn new_link(earlier_links_kept: bool) -> NewLink {
        let l = super::super::invitation::tests::invitation();
        NewLink {
            tr: crate::domain::i18n::Tr::english(),
            campaign_title: l.campaign_title,
            company_name: l.company_name,
            contact_name: l.contact_name,
            deadline: l.deadline,
            link_valid_until: l.link_valid_until,
            earlier_links_kept,
            contact_email: l.contact_email,
            lost_link_url: l.lost_link_url,
        }
    }

    #[test]
    fn a_new_link_says_whether_the_earlier_ones_still_work() {
        let kept = new_link(true).render().unwrap();
        assert_eq!(kept.subject, "Your new link: Myanmar telecoms");
        for text in [&kept.text, &kept.html] {
            assert!(text.contains("Your earlier link works too."), "{text}");
            assert!(text.contains(super::super::LINK_PLACEHOLDER));
        }
        let revoked = new_link(false).render().unwrap();
        for text in [&revoked.text, &revoked.html] {
            assert!(
                text.contains("Earlier links for you no longer work."),
                "{text}"
            );
        }
    }
}
