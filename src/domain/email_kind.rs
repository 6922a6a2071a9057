//! What an email in the outbox is for. Stored as a word in `outbox.kind`
//! and in its de-duplication key.

use std::fmt;

use super::stored_text::stored_as_text;

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum EmailKind {
    /// The first letter to a company, with its secret link.
    Invitation,
    /// A reminder before or after the deadline, with a new secret link.
    Reminder,
    /// A fresh secret link, asked for or issued by staff.
    NewLink,
    /// To campaign staff: a company asks for more time.
    ExtensionRequest,
    /// To a company: the answer to its request for more time.
    ExtensionDecision,
    /// To a company: the receipt of its submitted answers.
    Receipt,
    /// To a company: its preliminary findings, with a link to reply.
    Findings,
    /// To a staff member: a company submitted, declined or replied.
    StaffNotice,
    /// To a representative: what they did (asked for more time, declined,
    /// took a refusal back) is recorded.
    Acknowledgement,
}

impl EmailKind {
    pub const ALL: [EmailKind; 9] = [
        EmailKind::Invitation,
        EmailKind::Reminder,
        EmailKind::NewLink,
        EmailKind::ExtensionRequest,
        EmailKind::ExtensionDecision,
        EmailKind::Receipt,
        EmailKind::Findings,
        EmailKind::StaffNotice,
        EmailKind::Acknowledgement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EmailKind::Invitation => "invitation",
            EmailKind::Reminder => "reminder",
            EmailKind::NewLink => "new_link",
            EmailKind::ExtensionRequest => "extension_request",
            EmailKind::ExtensionDecision => "extension_decision",
            EmailKind::Receipt => "receipt",
            EmailKind::Findings => "findings",
            EmailKind::StaffNotice => "staff_notice",
            EmailKind::Acknowledgement => "acknowledgement",
        }
    }

    pub fn parse(s: &str) -> Option<EmailKind> {
        EmailKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether the email is written by the service on its own, not a
    /// letter a person sent: it then says `Auto-Submitted: auto-generated`
    /// (RFC 3834), so that out-of-office replies do not answer it.
    pub fn auto_generated(self) -> bool {
        match self {
            EmailKind::Invitation | EmailKind::Findings => false,
            EmailKind::Reminder
            | EmailKind::NewLink
            | EmailKind::ExtensionRequest
            | EmailKind::ExtensionDecision
            | EmailKind::Receipt
            | EmailKind::StaffNotice
            | EmailKind::Acknowledgement => true,
        }
    }

    /// Whether the email carries a secret link, so that sending it again
    /// means issuing a new link.
    pub fn carries_link(self) -> bool {
        match self {
            EmailKind::Invitation
            | EmailKind::Reminder
            | EmailKind::NewLink
            | EmailKind::Findings => true,
            EmailKind::ExtensionRequest
            | EmailKind::ExtensionDecision
            | EmailKind::Receipt
            | EmailKind::StaffNotice
            | EmailKind::Acknowledgement => false,
        }
    }
}

stored_as_text!(EmailKind, "email kind");

impl fmt::Display for EmailKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_read_back_what_they_write() {
        for kind in EmailKind::ALL {
            assert_eq!(EmailKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(EmailKind::parse("newsletter"), None);
        assert_eq!(EmailKind::parse("Receipt"), None);
    }

    #[test]
    fn emails_with_a_link_are_the_ones_that_carry_it() {
        assert!(EmailKind::Invitation.carries_link());
        assert!(EmailKind::NewLink.carries_link());
        assert!(EmailKind::Findings.carries_link());
        assert!(!EmailKind::Receipt.carries_link());
        assert!(EmailKind::Reminder.carries_link());
    }
}
