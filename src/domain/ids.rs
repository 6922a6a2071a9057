//! Typed ids: a `StaffUserId` cannot be passed where a `SessionId` is
//! wanted. Ids are UUIDv7 strings made by the application (ordered by
//! creation time), stored as text on both databases.

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::Text;

macro_rules! typed_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
            diesel::expression::AsExpression, diesel::deserialize::FromSqlRow,
        )]
        #[diesel(sql_type = Text)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new() -> Self {
                Self(uuid::Uuid::now_v7().to_string())
            }

            /// Accepts only a well-formed UUID, so a hand-edited address
            /// cannot smuggle anything else into a query.
            pub fn parse(s: &str) -> Option<Self> {
                uuid::Uuid::parse_str(s).ok().map(|u| Self(u.hyphenated().to_string()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl<DB> ToSql<Text, DB> for $name
        where
            DB: Backend,
            str: ToSql<Text, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
                self.0.as_str().to_sql(out)
            }
        }

        impl<DB> FromSql<Text, DB> for $name
        where
            DB: Backend,
            String: FromSql<Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
                String::from_sql(bytes).map(Self)
            }
        }
    };
}

typed_id!(
    /// A staff account.
    StaffUserId
);
typed_id!(
    /// A row of the audit log.
    AuditId
);
typed_id!(
    /// A token for the JSON API.
    ApiTokenId
);
typed_id!(
    /// A stored questionnaire version.
    QuestionnaireVersionId
);
typed_id!(
    /// A company of the directory.
    CompanyId
);
typed_id!(
    /// A person to write to at a company.
    ContactId
);
typed_id!(
    /// A coalition member that co-signs campaigns.
    OrganisationId
);
typed_id!(
    /// A campaign.
    CampaignId
);
typed_id!(
    /// A company asked in a campaign.
    TargetId
);
typed_id!(
    /// A representative's secret link to one target.
    LinkId
);
typed_id!(
    /// An email waiting in, or delivered from, the outbox.
    OutboxId
);
typed_id!(
    /// A representative's request for more time.
    ExtensionRequestId
);
typed_id!(
    /// One submitted revision of a company's answers.
    SubmissionId
);
typed_id!(
    /// One published version of a campaign's results.
    PublicationId
);
typed_id!(
    /// A company's reply to its preliminary findings.
    ReplyId
);

typed_id!(
    /// One counted sign-in attempt.
    SignInAttemptId
);

typed_id!(
    /// A company's response by letter or email, as recorded by staff.
    LetterId
);

typed_id!(
    /// A document attached to one answer.
    EvidenceId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_only_uuids() {
        let id = StaffUserId::new();
        assert_eq!(StaffUserId::parse(id.as_str()), Some(id));
        assert_eq!(StaffUserId::parse("1 OR 1=1"), None);
    }
}
