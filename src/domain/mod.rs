//! Pure types and rules: no I/O here. A value that passed its checks gets a
//! type, and code deeper in takes the type, never a raw string.

pub mod answers;
pub mod api_scope;
pub mod campaign;
pub mod campaign_emails;
pub mod company;
pub mod country;
pub mod directory_csv;
pub mod disclosure;
pub mod documents;
pub mod email;
pub mod email_kind;
pub mod findings;
pub mod i18n;
pub mod ids;
pub mod judging;
pub mod letters;
pub mod outreach;
pub mod password;
pub mod publication;
pub mod questionnaire;
pub mod role;
pub mod scoring;
pub mod secret;
pub mod single_line;
pub mod spreadsheet;
pub mod staff_notice;
pub mod stored_text;
pub mod throttle;
pub mod time;
pub mod totp;
pub mod zawgyi;

pub use email::Email;
pub use role::Role;
