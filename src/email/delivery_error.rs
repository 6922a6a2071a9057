//! Why a delivery did not happen, as every transport (the SMTP relay,
//! files, an outlet) reports it and the worker decides on it: try again
//! later, give up on this email, or stop and tell a person.

/// Why a delivery did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryError {
    /// Worth trying again: 4xx, timeouts, refused or dropped connections.
    Temporary(String),
    /// The server refused the message for good (5xx).
    Permanent(String),
    /// The relay cannot be used as configured (certificate not trusted,
    /// authentication refused, the sender refused): every email would fail
    /// the same way until a person changes a setting.
    Configuration(String),
}

impl std::fmt::Display for DeliveryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DeliveryError::Temporary(why) => write!(f, "temporary failure: {why}"),
            DeliveryError::Permanent(why) => write!(f, "refused: {why}"),
            DeliveryError::Configuration(why) => write!(f, "configuration error: {why}"),
        }
    }
}
