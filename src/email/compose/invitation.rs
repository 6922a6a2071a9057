//! The invitation: the campaign asks a company, through one of its
//! contacts, to answer; it carries the contact's personal link.

/// What the invitation says to one contact.
#[derive(Debug, Clone)]
pub struct Invitation {
    /// The language it is written in (`super::language_for`).
    pub tr: crate::domain::i18n::Tr,
    pub campaign_title: String,
    pub company_name: String,
    pub contact_name: String,
    /// The co-signing organisations, in order.
    pub organisations: Vec<String>,
    /// The demands' titles, briefly, in the questionnaire's default
    /// language (marked in HTML when it is not the email's).
    pub demands: Vec<String>,
    pub demands_language: String,
    /// The deadline as shown in the campaign's zone, zone named.
    pub deadline: String,
    pub link_valid_until: String,
    /// The campaign's address for questions.
    pub contact_email: String,
    pub lost_link_url: String,
    /// The whole questionnaire, public, to read or print before starting.
    pub questionnaire_url: String,
    /// What it asks: questions, sections, written answers, time it takes.
    pub effort: String,
    /// The campaign's own paragraphs after the greeting and before the
    /// signature, placeholders filled in (plain text, escaped in HTML).
    pub opening: Vec<String>,
    pub closing: Vec<String>,
    /// What will be published, and when, from the campaign's rules.
    pub disclosure: crate::domain::disclosure::Disclosure,
}

impl Invitation {
    pub fn organisations_sentence(&self) -> String {
        super::organisations_sentence(self.tr, &self.organisations)
    }

    pub fn link_placeholder(&self) -> &'static str {
        super::LINK_PLACEHOLDER
    }
}

impl Invitation {
    fn language(&self) -> crate::domain::i18n::Tr {
        self.tr
    }
}

email!(
    Invitation,
    "email/invitation/subject.txt",
    "email/invitation/body.txt",
    "email/invitation/body.html"
);

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(in crate::email::compose) fn invitation() -> Invitation {
        Invitation {
            tr: crate::domain::i18n::Tr::english(),
            campaign_title: "Myanmar telecoms".into(),
            company_name: "Demo <Telecom> & Co".into(),
            contact_name: "Aung".into(),
            organisations: vec!["Access Now".into(), "Article 19".into(), "ECCHR".into()],
            demands: vec!["Explain due diligence".into(), "Exit responsibly".into()],
            demands_language: "en".into(),
            deadline: "15 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".into(),
            link_valid_until: "14 January 2027".into(),
            contact_email: "campaign@example.org".into(),
            lost_link_url: "https://a.example.org/respond/link".into(),
            questionnaire_url: "https://a.example.org/campaigns/demo/questionnaire".into(),
            effort: "12 questions in 4 sections, 5 of them written in your own words; about 1 hour 15 minutes (a minute a choice, ten a written answer)".into(),
            opening: vec![],
            closing: vec![],
            disclosure: crate::domain::disclosure::disclosure(crate::domain::disclosure::Rules {
                allow_amendments: true,
                publish_decline_reasons: false,
                publish_replies: true,
                publish_evidence: true,
            }),
        }
    }

    #[test]
    fn the_invitation_says_who_why_when_how_and_what_silence_means() {
        let r = invitation().render().unwrap();
        assert_eq!(
            r.subject,
            "Myanmar telecoms: questions for Demo <Telecom> & Co"
        );
        // The plain text is wrapped: words are compared, not line breaks.
        let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for line in r.text.lines() {
            assert!(
                line.chars().count() <= super::super::wrap::WIDTH || !line.trim().contains(' '),
                "{line:?}"
            );
        }
        for text in [&flat(&r.text), &r.html] {
            assert!(text.contains("Access Now, Article 19 and ECCHR"), "{text}");
            assert!(text.contains("Exit responsibly"));
            assert!(text.contains("(Asia/Yangon, UTC+06:30)"));
            assert!(text.contains(super::super::LINK_PLACEHOLDER));
            assert!(text.contains("campaign@example.org"));
            assert!(text.contains("published as not having responded"));
            assert!(text.contains("published word for word, as submitted"));
        }
        // Names are escaped in HTML and left alone in text.
        assert!(
            r.html.contains("Demo &#60;Telecom&#62; &#38; Co")
                || r.html.contains("Demo &lt;Telecom&gt; &amp; Co"),
            "{}",
            r.html
        );
        assert!(r.text.contains("Demo <Telecom> & Co"));
    }

    #[test]
    fn the_campaigns_own_paragraphs_open_and_close_it_escaped_in_html() {
        let mut l = invitation();
        l.opening = vec!["Opening <b>one</b>".into(), "Opening two".into()];
        l.closing = vec!["Closing & thanks".into()];
        let r = l.render().unwrap();
        let dear = r.text.find("Dear Aung,").unwrap();
        let opening = r.text.find("Opening <b>one</b>\n\nOpening two").unwrap();
        let ask = r.text.find("ask Demo").unwrap();
        let closing = r.text.find("Closing & thanks").unwrap();
        let signature = r.text.rfind("Access Now, Article 19 and ECCHR").unwrap();
        assert!(dear < opening && opening < ask && ask < closing && closing < signature);
        assert!(
            r.html.contains("<p>Opening &#60;b&#62;one&#60;/b&#62;</p>")
                || r.html.contains("<p>Opening &lt;b&gt;one&lt;/b&gt;</p>"),
            "{}",
            r.html
        );
        assert!(!r.html.contains("<b>one"));
    }

    #[test]
    fn without_organisations_the_invitation_says_we() {
        let mut l = invitation();
        l.organisations.clear();
        assert!(l.render().unwrap().text.contains("\nWe ask Demo"));
    }

    #[test]
    fn a_burmese_invitation_is_burmese_with_the_deadline_in_burmese_digits() {
        let my = crate::domain::i18n::Tr::new(crate::domain::i18n::Lang::parse("my").unwrap());
        let mut l = invitation();
        l.tr = my;
        l.disclosure = crate::domain::disclosure::disclosure_in(
            crate::domain::disclosure::Rules {
                allow_amendments: true,
                publish_decline_reasons: false,
                publish_replies: true,
                publish_evidence: true,
            },
            my,
        );
        l.deadline = "၂၀၂၆ ခုနှစ် ဒီဇင်ဘာလ ၁၅ ရက်၊ ၁၇:၀၀ (Asia/Yangon, UTC+၀၆:၃၀)".into();
        let r = l.render().unwrap();
        assert_eq!(
            r.subject,
            "Myanmar telecoms- Demo <Telecom> & Co အတွက် မေးခွန်းများ"
        );
        assert!(
            r.html.contains("<html lang=\"my\" dir=\"ltr\">"),
            "{}",
            r.html
        );
        for text in [&r.text, &r.html] {
            assert!(text.contains("လေးစားအပ်ပါသော Aung ခင်ဗျာ၊"), "{text}");
            assert!(text.contains("Access Now၊ Article 19 နှင့် ECCHR"), "{text}");
            assert!(text.contains("၂၀၂၆ ခုနှစ် ဒီဇင်ဘာလ ၁၅ ရက်"));
            assert!(!text.contains("Dear "));
            assert!(!text.contains("Questions about this request"));
        }
        // The campaign's rules are said in Burmese too; the demands, the
        // questionnaire's English texts, are marked as English.
        assert!(!r.html.contains("<li lang=\"en\">"), "{}", r.html);
        assert!(!r.html.contains("<p lang=\"en\">"), "{}", r.html);
        assert!(
            r.html
                .contains("<ul lang=\"en\">\n<li>Explain due diligence</li>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<li>သင့်ကုမ္ပဏီ တင်သွင်းသော"), "{}", r.html);
    }
}
