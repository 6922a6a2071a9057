//! The interface's words in the reader's language.
//!
//! Every sentence the service shows or sends lives in a message catalogue,
//! `locales/<code>.ftl` (Project Fluent's format, with plural rules), one
//! file per language, embedded in the binary by `build.rs`. Pages and
//! emails hold a [`Tr`] for the reader's language and ask it for messages
//! by key; a key missing in that language falls back to English, and the
//! catalogue test (`tests/catalogues.rs`) keeps every catalogue complete.
//!
//! Which language a reader gets is decided at the edge (the web layer:
//! the representative's choice, then the browser's, then the campaign's);
//! here a [`Lang`] is only one of the catalogues there are.

mod catalogue;
mod dates;
mod lang;

pub use catalogue::{catalogue_problems, Arg, IntoArg, LanguageName, Tr, STAFF_ONLY};
pub use lang::Lang;
