//! Use cases, one module per area of the product. Each use case takes a
//! connection, does its state change, its audit entry and the emails it
//! queues in one transaction, and returns its own error type; the web
//! layer maps those errors to pages in one place (`web::use_case_errors`).

pub mod accounts;
pub mod acknowledgements;
pub mod answering;
pub mod api_tokens;
pub mod campaigns;
pub mod dashboard;
pub mod directory;
pub mod letters;
pub mod notifications;
pub mod outreach;
pub mod publishing;
pub mod review;
pub mod schedule;
pub mod sign_in;
pub mod two_factor;

/// The database could not be reached to run a use case: no connection in
/// time, or the task running it died. Every use case's error type can hold
/// one, so that a handler gets one flat `Result`.
#[derive(Debug, thiserror::Error)]
pub enum Outage {
    #[error("no database connection: {0}")]
    NoConnection(#[from] diesel::r2d2::PoolError),
    #[error("the database task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}
