//! The use cases' own errors as pages, each mapped in one place. A handler
//! that shows a form again matches the variants it explains beside a field
//! first; every other error becomes an [`AppError`] here, through `?`.

use super::error::AppError;
use super::page::sentence;

// Campaigns, directory, accounts

use crate::app::accounts::AccountError;
use crate::app::campaigns::CampaignError;
use crate::app::directory::{ChangeError, ImportError};

impl From<CampaignError> for AppError {
    fn from(e: CampaignError) -> Self {
        match e {
            CampaignError::NotFound => AppError::NotFound,
            CampaignError::Outage(e) => e.into(),
            CampaignError::Database(e) => e.into(),
            e @ (CampaignError::SlugTaken
            | CampaignError::NotAllowed(..)
            | CampaignError::ExtensionTooEarly
            | CampaignError::NoActiveCompany(_)) => AppError::BadRequest(sentence(&e.to_string())),
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
