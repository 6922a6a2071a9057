//! The use cases' errors as pages: each use case returns its own error
//! type (`app::…`), and this is the one place that says what a person sees
//! for each. Handlers that show a form again match their own variants
//! first; whatever is left comes here through `?`.

use super::error::AppError;
use super::page::sentence;
use crate::app::accounts::AccountError;
use crate::app::campaigns::CampaignError;
use crate::app::directory::{ChangeError, ImportError};

impl From<crate::app::api_tokens::TokenError> for AppError {
    fn from(e: crate::app::api_tokens::TokenError) -> Self {
        use crate::app::api_tokens::TokenError as E;
        match e {
            E::Outage(e) => e.into(),
            E::Database(e) => e.into(),
            E::NotFound => AppError::NotFound,
            E::BadName(why) => AppError::BadRequest(sentence(&why)),
        }
    }
}

// Answering, review, publishing

impl From<crate::app::answering::ResponseError> for AppError {
    fn from(e: crate::app::answering::ResponseError) -> Self {
        use crate::app::answering::ResponseError as E;
        match e {
            E::Outage(e) => e.into(),
            E::Database(e) => e.into(),
            E::Template(e) => AppError::Internal(e.into()),
            // The campaign or the company's own decision does not allow it now.
            refusal @ (E::CampaignNotOpen(_)
            | E::Declined
            | E::Submitted
            | E::AmendmentsClosed
            | E::TooLate
            | E::Incomplete(_)
            | E::NothingToUndo
            | E::EvidenceRefused(_)) => AppError::Forbidden(sentence(&refusal.to_string())),
        }
    }
}

impl From<crate::app::review::ReplyError> for AppError {
    fn from(e: crate::app::review::ReplyError) -> Self {
        use crate::app::review::ReplyError as E;
        match e {
            E::Outage(e) => e.into(),
            E::Database(e) => e.into(),
            E::Template(e) => AppError::Internal(e.into()),
            E::Snapshot(e) => AppError::Internal(e.into()),
            refusal @ (E::NotSent
            | E::Closed(..)
            | E::Empty
            | E::TooLong
            | E::NotSubmitted
            | E::NotReady(_)) => AppError::BadRequest(sentence(&refusal.to_string())),
        }
    }
}

impl From<crate::app::review::ScoreError> for AppError {
    fn from(e: crate::app::review::ScoreError) -> Self {
        use crate::app::review::ScoreError as E;
        match e {
            E::Outage(e) => e.into(),
            E::Database(e) => e.into(),
            E::NoSuchTarget => AppError::NotFound,
            E::NotSubmitted => AppError::BadRequest("Only submitted answers are scored.".into()),
            stale @ E::Stale { .. } => AppError::BadRequest(sentence(&stale.to_string())),
        }
    }
}

impl From<crate::app::publishing::PublishError> for AppError {
    fn from(e: crate::app::publishing::PublishError) -> Self {
        use crate::app::publishing::PublishError as E;
        match e {
            E::Outage(e) => e.into(),
            E::Database(e) => e.into(),
            refusal @ (E::NotClosed(_) | E::AlreadyPublished(_) | E::Overtaken(_)) => {
                AppError::Forbidden(sentence(&refusal.to_string()))
            }
        }
    }
}

// The dashboard and staff notifications

impl From<crate::app::dashboard::DashboardError> for AppError {
    fn from(e: crate::app::dashboard::DashboardError) -> Self {
        use crate::app::dashboard::DashboardError as E;
        match e {
            E::Outage(e) => e.into(),
            E::Database(e) => e.into(),
            e @ E::Stored(_) => AppError::Internal(e.into()),
        }
    }
}

impl From<crate::app::notifications::NoticeError> for AppError {
    fn from(e: crate::app::notifications::NoticeError) -> Self {
        use crate::app::notifications::NoticeError as E;
        match e {
            E::NotFound => AppError::NotFound,
            E::Outage(e) => e.into(),
            E::Database(e) => e.into(),
        }
    }
}

// Campaigns, directory, accounts

impl From<CampaignError> for AppError {
    fn from(e: CampaignError) -> Self {
        match e {
            CampaignError::NotFound => AppError::NotFound,
            CampaignError::Outage(e) => e.into(),
            CampaignError::Database(e) => e.into(),
            e @ (CampaignError::SlugTaken
            | CampaignError::NotAllowed(..)
            | CampaignError::ExtensionTooEarly
            | CampaignError::ReasonNeeded
            | CampaignError::StillAnsweringChanged
            | CampaignError::NoActiveCompany(_)
            | CampaignError::OrganisationArchived(_)) => {
                AppError::BadRequest(sentence(&e.to_string()))
            }
        }
    }
}

impl From<ChangeError> for AppError {
    fn from(e: ChangeError) -> Self {
        match e {
            ChangeError::NotFound => AppError::NotFound,
            ChangeError::Outage(e) => e.into(),
            ChangeError::Database(e) => e.into(),
            e @ (ChangeError::SlugTaken
            | ChangeError::EmailTaken
            | ChangeError::NameTaken
            | ChangeError::OwnParent) => AppError::BadRequest(sentence(&e.to_string())),
        }
    }
}

impl From<ImportError> for AppError {
    fn from(e: ImportError) -> Self {
        match e {
            ImportError::Outage(e) => e.into(),
            ImportError::Database(e) => e.into(),
        }
    }
}

impl From<AccountError> for AppError {
    fn from(e: AccountError) -> Self {
        match e {
            AccountError::NoSuchAccount(_) => AppError::NotFound,
            AccountError::Outage(e) => e.into(),
            AccountError::Database(e) => e.into(),
            e @ (AccountError::EmailTaken(_)
            | AccountError::EmptyName
            | AccountError::LastAdmin
            | AccountError::SelfDisable) => AppError::BadRequest(sentence(&e.to_string())),
        }
    }
}

// Outreach

impl From<crate::app::outreach::OutreachError> for AppError {
    fn from(e: crate::app::outreach::OutreachError) -> Self {
        use crate::app::outreach::OutreachError;
        match e {
            OutreachError::NotFound => AppError::NotFound,
            OutreachError::Outage(e) => e.into(),
            OutreachError::Database(e) => e.into(),
            // Handlers that can meet these show them beside their form;
            // any other is a fault.
            e @ (OutreachError::NotAllowed(..)
            | OutreachError::Invalid(_)
            | OutreachError::Template(_)
            | OutreachError::Model(_)) => AppError::Internal(e.into()),
        }
    }
}
