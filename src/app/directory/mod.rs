//! The company directory: companies, their contacts, the organisations
//! that co-sign campaigns, and importing a whole file. Each change is
//! written with its audit entry in one transaction.

pub mod companies;
pub mod contacts;
pub mod import;
pub mod organisations;

pub use import::{import, ImportError, ImportSummary};

use super::Outage;
use crate::db::companies::{find_by_slug, Company};
use crate::db::DbConnection;

#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error("the slug is already used by another company")]
    SlugTaken,
    #[error("this email address is already a contact of the company")]
    EmailTaken,
    #[error("an organisation with this name exists already")]
    NameTaken,
    #[error("a company cannot be its own parent")]
    OwnParent,
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Outage(#[from] Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// The company with this slug, or [`ChangeError::NotFound`].
pub fn company_by_slug(conn: &mut DbConnection, slug: &str) -> Result<Company, ChangeError> {
    find_by_slug(conn, slug)?.ok_or(ChangeError::NotFound)
}

/// A unique violation as `taken`, any other database error as it is.
fn taken(e: diesel::result::Error, taken: ChangeError) -> ChangeError {
    if crate::db::is_unique_violation(&e) {
        taken
    } else {
        e.into()
    }
}
