//! The use cases' own errors as pages, each mapped in one place. A handler
//! that shows a form again matches the variants it explains beside a field
//! first; every other error becomes an [`AppError`] here, through `?`.

use super::error::AppError;
use super::page::sentence;

// Campaigns, directory, accounts

use crate::app::campaigns::CampaignError;

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
