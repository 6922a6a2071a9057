//! Email: composing each email (`compose`, with its templates under
//! `templates/email/<name>/`), the transports (SMTP, `.eml` files, or an
//! outlet given by the embedding program) and the worker that delivers the
//! outbox. Which emails to queue, and when, is decided by the use cases in
//! `app`; the outbox rows themselves are `db::outbox`.

pub mod compose;
pub mod delivery_error;
pub mod relay;
pub mod transport;
pub mod worker;

pub use delivery_error::DeliveryError;
pub use transport::Mailer;
