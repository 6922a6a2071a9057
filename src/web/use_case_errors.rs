//! How the errors of the use cases (`app`) become pages: each use case's
//! error type maps to [`AppError`] here, in one place. A handler that shows
//! a form again matches the variants it shows there and lets the rest
//! through with `?`.

use super::error::AppError;

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
