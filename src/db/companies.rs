//! Companies, their countries and contacts, and the organisations that
//! co-sign campaigns, as read. The changes are use cases in
//! `app::directory`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{companies, company_countries, contacts, organisations};
use super::DbConnection;
use crate::domain::company::Sector;
use crate::domain::country::Country;
use crate::domain::ids::{CompanyId, ContactId, OrganisationId};

pub const EXPORTS: &str = "exports";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = companies)]
pub struct Company {
    pub id: CompanyId,
    pub slug: String,
    pub name: String,
    pub sector: String,
    pub hq_country: String,
    pub website: Option<String>,
    pub parent_id: Option<CompanyId>,
    pub notes: String,
    pub archived_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Company {
    pub fn sector_label(&self) -> &'static str {
        Sector::parse(&self.sector)
            .map(Sector::label)
            .unwrap_or("Other")
    }

    pub fn country_name(&self) -> &'static str {
        Country::parse(&self.hq_country)
            .map(Country::name)
            .unwrap_or("")
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = contacts)]
pub struct Contact {
    pub id: ContactId,
    pub company_id: CompanyId,
    pub name: String,
    pub email: String,
    pub role: String,
    pub language: String,
    pub is_primary: bool,
    pub archived_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// When a mail server refused this address for good, and its answer.
    pub bounced_at: Option<NaiveDateTime>,
    pub bounce_reason: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    pub website: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Archived: no longer offered for new campaigns; those that have it
    /// keep it.
    pub archived_at: Option<NaiveDateTime>,
}

#[derive(Debug, Default)]
pub struct Filter {
    pub sector: Option<Sector>,
    pub country: Option<Country>,
    pub search: Option<String>,
    pub include_archived: bool,
}

pub fn list(conn: &mut DbConnection, filter: &Filter) -> QueryResult<Vec<Company>> {
    let mut query = companies::table
        .select(Company::as_select())
        .order((companies::name.asc(), companies::slug.asc()))
        .into_boxed();
    if let Some(sector) = filter.sector {
        query = query.filter(companies::sector.eq(sector.as_str()));
    }
    if let Some(country) = filter.country {
        let operating = company_countries::table
            .filter(company_countries::country.eq(country.code()))
            .select(company_countries::company_id);
        query = query.filter(
            companies::hq_country
                .eq(country.code())
                .or(companies::id.eq_any(operating)),
        );
    }
    if let Some(text) = filter.search.as_deref().filter(|s| !s.trim().is_empty()) {
        // Case-insensitive on both databases: compare lower-cased names.
        let pattern = format!("%{}%", escape_like(&text.trim().to_lowercase()));
        query = query.filter(
            diesel::dsl::sql::<diesel::sql_types::Bool>("lower(companies.name) LIKE ")
                .bind::<diesel::sql_types::Text, _>(pattern)
                .sql(" ESCAPE '\\'"),
        );
    }
    if !filter.include_archived {
        query = query.filter(companies::archived_at.is_null());
    }
    query.load(conn)
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<Company>> {
    companies::table
        .filter(companies::slug.eq(slug))
        .select(Company::as_select())
        .get_result(conn)
        .optional()
}

pub fn find(conn: &mut DbConnection, id: &CompanyId) -> QueryResult<Option<Company>> {
    companies::table
        .find(id)
        .select(Company::as_select())
        .get_result(conn)
        .optional()
}

/// Countries of one relation (`operates` or `exports`), sorted.
pub fn countries(
    conn: &mut DbConnection,
    id: &CompanyId,
    relation: &str,
) -> QueryResult<Vec<String>> {
    company_countries::table
        .filter(company_countries::company_id.eq(id))
        .filter(company_countries::relation.eq(relation))
        .order(company_countries::country.asc())
        .select(company_countries::country)
        .load(conn)
}

pub fn contacts_of(conn: &mut DbConnection, id: &CompanyId) -> QueryResult<Vec<Contact>> {
    contacts::table
        .filter(contacts::company_id.eq(id))
        .order((
            contacts::archived_at.is_not_null(),
            contacts::is_primary.desc(),
            contacts::name.asc(),
        ))
        .select(Contact::as_select())
        .load(conn)
}

pub fn organisations(conn: &mut DbConnection) -> QueryResult<Vec<Organisation>> {
    organisations::table
        .order(organisations::name.asc())
        .select(Organisation::as_select())
        .load(conn)
}

pub fn organisation(
    conn: &mut DbConnection,
    id: &OrganisationId,
) -> QueryResult<Option<Organisation>> {
    organisations::table
        .find(id)
        .select(Organisation::as_select())
        .get_result(conn)
        .optional()
}

/// The organisation's name if it is archived.
pub fn archived_organisation(
    conn: &mut DbConnection,
    id: &OrganisationId,
) -> QueryResult<Option<String>> {
    Ok(organisation(conn, id)?
        .filter(|o| o.archived_at.is_some())
        .map(|o| o.name))
}

/// A contact by its id alone, whatever its company.
pub fn contact_by_id(conn: &mut DbConnection, id: &ContactId) -> QueryResult<Option<Contact>> {
    contacts::table
        .find(id)
        .select(Contact::as_select())
        .get_result(conn)
        .optional()
}

/// A contact of one company.
pub fn contact_of(
    conn: &mut DbConnection,
    company: &CompanyId,
    id: &ContactId,
) -> QueryResult<Option<Contact>> {
    contacts::table
        .find(id)
        .filter(contacts::company_id.eq(company))
        .select(Contact::as_select())
        .get_result(conn)
        .optional()
}
