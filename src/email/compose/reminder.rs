//! A reminder: the deadline is near, or has passed, and the company has
//! not answered. It carries a personal link of its own (earlier links go
//! on working), so that nobody has to dig out the first email.

use crate::domain::outreach::step_label;

/// What a reminder says to one contact.
#[derive(Debug, Clone)]
pub struct Reminder {
    /// The language it is written in (`super::language_for`).
    pub tr: crate::domain::i18n::Tr,
    pub campaign_title: String,
    pub company_name: String,
    pub contact_name: String,
    /// The co-signing organisations, in order.
    pub organisations: Vec<String>,
    /// The deadline as shown in the campaign's zone, zone named.
    pub deadline: String,
    /// The step of the schedule: days before the deadline (negative: after).
    pub days: i64,
    /// The campaign's address for questions.
    pub contact_email: String,
    pub lost_link_url: String,
    pub link_valid_until: String,
    /// The campaign's own paragraphs after the greeting and before the
    /// signature, placeholders filled in (plain text, escaped in HTML).
    pub opening: Vec<String>,
    pub closing: Vec<String>,
}

impl Reminder {
    pub fn link_placeholder(&self) -> &'static str {
        super::LINK_PLACEHOLDER
    }

    pub fn organisations_sentence(&self) -> String {
        super::organisations_sentence(self.tr, &self.organisations)
    }

    /// "in 7 days", "today", "1 day ago"…
    pub fn step(&self) -> String {
        if self.tr.code() == "en" {
            return step_label(self.days);
        }
        match self.days {
            0 => self.tr.t("email-reminder-step-today"),
            n if n > 0 => self.tr.t1("email-reminder-step-in", "count", n),
            n => self.tr.t1("email-reminder-step-ago", "count", -n),
        }
    }

    pub fn reminder_sentence(&self) -> String {
        let key = if self.days < 0 {
            "email-reminder-passed"
        } else {
            "email-reminder-near"
        };
        self.tr
            .t2(key, "step", self.step(), "company", &self.company_name)
    }
}

impl Reminder {
    fn language(&self) -> crate::domain::i18n::Tr {
        self.tr
    }
}

email!(
    Reminder,
    "email/reminder/subject.txt",
    "email/reminder/body.txt",
    "email/reminder/body.html"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn reminder(days: i64) -> Reminder {
        let l = super::super::invitation::tests::invitation();
        Reminder {
            tr: crate::domain::i18n::Tr::english(),
            campaign_title: l.campaign_title,
            company_name: l.company_name,
            contact_name: l.contact_name,
            organisations: l.organisations,
            deadline: l.deadline,
            days,
            contact_email: l.contact_email,
            lost_link_url: l.lost_link_url,
            link_valid_until: l.link_valid_until,
            opening: vec!["Opening for {company}".into()],
            closing: vec![],
        }
    }

    #[test]
    fn reminders_before_and_after_the_deadline_read_differently() {
        let before = reminder(7).render().unwrap();
        assert!(
            before.text.contains("the deadline is in 7 days"),
            "{}",
            before.text
        );
        assert_eq!(
            before.subject,
            "Reminder (deadline in 7 days): Myanmar telecoms"
        );
        for text in [&before.text, &before.html] {
            assert!(text.contains(super::super::LINK_PLACEHOLDER), "{text}");
            assert!(text.contains("Opening for {company}"), "{text}");
        }
        let after = reminder(-1).render().unwrap();
        assert!(
            after.text.contains("The deadline passed 1 day ago"),
            "{}",
            after.text
        );
        assert_eq!(
            after.subject,
            "Reminder (the deadline has passed): Myanmar telecoms"
        );
        assert_eq!(
            reminder(0).render().unwrap().subject,
            "Reminder (deadline today): Myanmar telecoms"
        );
    }
}
