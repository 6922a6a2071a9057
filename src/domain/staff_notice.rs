//! What staff can be told of by email, and who is told by default: editors
//! and admins, who act on these events, get every kind; reviewers, who
//! only score, get none until they choose some on their account page.

use std::fmt;

use super::stored_text::stored_as_text;
use super::Role;

/// Something a company did that staff may want an email about.
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
pub enum NoticeKind {
    /// A company submitted its answers (or an amendment).
    Submission,
    /// A company declined to answer.
    Decline,
    /// A company replied to its preliminary findings.
    Reply,
    /// A company asked for more time.
    ExtensionRequest,
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 4] = [
        NoticeKind::Submission,
        NoticeKind::Decline,
        NoticeKind::Reply,
        NoticeKind::ExtensionRequest,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Submission => "submission",
            NoticeKind::Decline => "decline",
            NoticeKind::Reply => "reply",
            NoticeKind::ExtensionRequest => "extension_request",
        }
    }

    pub fn parse(s: &str) -> Option<NoticeKind> {
        NoticeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// How the account page names it.
    pub fn label(self) -> &'static str {
        match self {
            NoticeKind::Submission => "A company submits its answers",
            NoticeKind::Decline => "A company declines to answer",
            NoticeKind::Reply => "A company replies to its preliminary findings",
            NoticeKind::ExtensionRequest => "A company asks for more time",
        }
    }

    /// Whether someone with this role gets it without having chosen.
    pub fn default_for(self, role: Role) -> bool {
        match role {
            Role::Admin | Role::Editor => true,
            Role::Reviewer => false,
        }
    }

    /// Whether someone with `role` who chose `choice` (if anything) gets it.
    pub fn wanted(self, role: Role, choice: Option<bool>) -> bool {
        choice.unwrap_or_else(|| self.default_for(role))
    }
}

stored_as_text!(NoticeKind, "notification kind");

impl fmt::Display for NoticeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_read_back_what_they_write() {
        for kind in NoticeKind::ALL {
            assert_eq!(NoticeKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(NoticeKind::parse("newsletter"), None);
    }

    #[test]
    fn editors_and_admins_are_told_by_default_reviewers_are_not() {
        for kind in NoticeKind::ALL {
            assert!(kind.wanted(Role::Editor, None));
            assert!(kind.wanted(Role::Admin, None));
            assert!(!kind.wanted(Role::Reviewer, None));
            assert!(!kind.wanted(Role::Editor, Some(false)));
            assert!(kind.wanted(Role::Reviewer, Some(true)));
        }
    }
}
