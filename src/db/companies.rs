//! Companies, their countries and contacts, one at a time (the admin
//! pages); each change is written with its audit entry.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::audit::{self, Actor};
use super::directory::OPERATES;
use super::schema::{companies, company_countries, contacts, organisations};
use super::{is_unique_violation, write, DbConnection};
use crate::domain::company::{CompanySlug, Sector};
use crate::domain::country::Country;
use crate::domain::ids::{CompanyId, ContactId, OrganisationId};
use crate::domain::{time, Email};

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
}

/// A company's fields as checked from a form.
#[derive(Debug, Clone)]
pub struct CompanyInput {
    pub name: String,
    pub sector: Sector,
    pub hq_country: Country,
    pub website: Option<String>,
    pub parent: Option<CompanyId>,
    pub operates_in: Vec<Country>,
    pub exports_to: Vec<Country>,
    pub notes: String,
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
        .first(conn)
        .optional()
}

pub fn find(conn: &mut DbConnection, id: &CompanyId) -> QueryResult<Option<Company>> {
    companies::table
        .find(id)
        .select(Company::as_select())
        .first(conn)
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
    Database(#[from] diesel::result::Error),
}

pub fn create(
    conn: &mut DbConnection,
    actor: &Actor,
    slug: &CompanySlug,
    input: &CompanyInput,
) -> Result<CompanyId, ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        let id = CompanyId::new();
        diesel::insert_into(companies::table)
            .values((
                companies::id.eq(&id),
                companies::slug.eq(slug.as_str()),
                companies::name.eq(&input.name),
                companies::sector.eq(input.sector.as_str()),
                companies::hq_country.eq(input.hq_country.code()),
                companies::website.eq(input.website.as_deref()),
                companies::parent_id.eq(input.parent.as_ref()),
                companies::notes.eq(&input.notes),
                companies::created_at.eq(now),
                companies::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(|e| {
                if is_unique_violation(&e) {
                    ChangeError::SlugTaken
                } else {
                    e.into()
                }
            })?;
        set_countries(conn, &id, input)?;
        audit::record(
            conn,
            actor,
            "company.created",
            slug.as_str(),
            None,
            &input.name,
            now,
        )?;
        Ok(id)
    })
}

pub fn update(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CompanyId,
    input: &CompanyInput,
) -> Result<(), ChangeError> {
    if input.parent.as_ref() == Some(id) {
        return Err(ChangeError::OwnParent);
    }
    write(conn, |conn| {
        let now = time::now();
        let company = find(conn, id)?.ok_or(ChangeError::NotFound)?;
        diesel::update(companies::table.find(id))
            .set((
                companies::name.eq(&input.name),
                companies::sector.eq(input.sector.as_str()),
                companies::hq_country.eq(input.hq_country.code()),
                companies::website.eq(input.website.as_deref()),
                companies::parent_id.eq(input.parent.as_ref()),
                companies::notes.eq(&input.notes),
                companies::updated_at.eq(now),
            ))
            .execute(conn)?;
        set_countries(conn, id, input)?;
        audit::record(conn, actor, "company.updated", &company.slug, None, "", now)?;
        Ok(())
    })
}

fn set_countries(conn: &mut DbConnection, id: &CompanyId, input: &CompanyInput) -> QueryResult<()> {
    diesel::delete(company_countries::table.filter(company_countries::company_id.eq(id)))
        .execute(conn)?;
    for (relation, list) in [(OPERATES, &input.operates_in), (EXPORTS, &input.exports_to)] {
        for country in list {
            diesel::insert_into(company_countries::table)
                .values((
                    company_countries::company_id.eq(id),
                    company_countries::country.eq(country.code()),
                    company_countries::relation.eq(relation),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// Archives (`true`) or restores (`false`) a company.
pub fn set_archived(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CompanyId,
    archived: bool,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        let company = find(conn, id)?.ok_or(ChangeError::NotFound)?;
        diesel::update(companies::table.find(id))
            .set((
                companies::archived_at.eq(archived.then_some(now)),
                companies::updated_at.eq(now),
            ))
            .execute(conn)?;
        let action = if archived {
            "company.archived"
        } else {
            "company.restored"
        };
        audit::record(conn, actor, action, &company.slug, None, "", now)?;
        Ok(())
    })
}

pub struct ContactInput {
    pub name: String,
    pub email: Email,
    pub role: String,
    pub language: String,
}

pub fn add_contact(
    conn: &mut DbConnection,
    actor: &Actor,
    company: &Company,
    input: &ContactInput,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        let has_primary: i64 = contacts::table
            .filter(contacts::company_id.eq(&company.id))
            .filter(contacts::is_primary.eq(true))
            .filter(contacts::archived_at.is_null())
            .count()
            .get_result(conn)?;
        diesel::insert_into(contacts::table)
            .values((
                contacts::id.eq(ContactId::new()),
                contacts::company_id.eq(&company.id),
                contacts::name.eq(&input.name),
                contacts::email.eq(input.email.as_str()),
                contacts::role.eq(&input.role),
                contacts::language.eq(&input.language),
                contacts::is_primary.eq(has_primary == 0),
                contacts::created_at.eq(now),
                contacts::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(|e| {
                if is_unique_violation(&e) {
                    ChangeError::EmailTaken
                } else {
                    e.into()
                }
            })?;
        audit::record(
            conn,
            actor,
            "contact.added",
            &company.slug,
            None,
            input.email.as_str(),
            now,
        )?;
        Ok(())
    })
}

fn contact_of(
    conn: &mut DbConnection,
    company: &Company,
    id: &ContactId,
) -> Result<Contact, ChangeError> {
    contacts::table
        .find(id)
        .filter(contacts::company_id.eq(&company.id))
        .select(Contact::as_select())
        .first(conn)
        .optional()?
        .ok_or(ChangeError::NotFound)
}

pub fn update_contact(
    conn: &mut DbConnection,
    actor: &Actor,
    company: &Company,
    id: &ContactId,
    input: &ContactInput,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        contact_of(conn, company, id)?;
        diesel::update(contacts::table.find(id))
            .set((
                contacts::name.eq(&input.name),
                contacts::email.eq(input.email.as_str()),
                contacts::role.eq(&input.role),
                contacts::language.eq(&input.language),
                contacts::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(|e| {
                if is_unique_violation(&e) {
                    ChangeError::EmailTaken
                } else {
                    e.into()
                }
            })?;
        audit::record(
            conn,
            actor,
            "contact.updated",
            &company.slug,
            None,
            input.email.as_str(),
            now,
        )?;
        Ok(())
    })
}

pub fn contact(
    conn: &mut DbConnection,
    company: &Company,
    id: &ContactId,
) -> Result<Contact, ChangeError> {
    contact_of(conn, company, id)
}

pub fn make_primary(
    conn: &mut DbConnection,
    actor: &Actor,
    company: &Company,
    id: &ContactId,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        let contact = contact_of(conn, company, id)?;
        diesel::update(contacts::table.filter(contacts::company_id.eq(&company.id)))
            .set(contacts::is_primary.eq(false))
            .execute(conn)?;
        diesel::update(contacts::table.find(id))
            .set((
                contacts::is_primary.eq(true),
                contacts::archived_at.eq(None::<NaiveDateTime>),
                contacts::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor,
            "contact.primary",
            &company.slug,
            None,
            &contact.email,
            now,
        )?;
        Ok(())
    })
}

pub fn archive_contact(
    conn: &mut DbConnection,
    actor: &Actor,
    company: &Company,
    id: &ContactId,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        let contact = contact_of(conn, company, id)?;
        diesel::update(contacts::table.find(id))
            .set((
                contacts::archived_at.eq(Some(now)),
                contacts::is_primary.eq(false),
                contacts::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor,
            "contact.archived",
            &company.slug,
            None,
            &contact.email,
            now,
        )?;
        Ok(())
    })
}

pub fn organisations(conn: &mut DbConnection) -> QueryResult<Vec<Organisation>> {
    organisations::table
        .order(organisations::name.asc())
        .select(Organisation::as_select())
        .load(conn)
}

pub fn add_organisation(
    conn: &mut DbConnection,
    actor: &Actor,
    name: &str,
    website: Option<&str>,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        diesel::insert_into(organisations::table)
            .values((
                organisations::id.eq(OrganisationId::new()),
                organisations::name.eq(name),
                organisations::website.eq(website),
                organisations::created_at.eq(now),
                organisations::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(|e| {
                if is_unique_violation(&e) {
                    ChangeError::NameTaken
                } else {
                    e.into()
                }
            })?;
        audit::record(conn, actor, "organisation.added", name, None, "", now)?;
        Ok(())
    })
}

/// A contact by its id alone, whatever its company.
pub fn contact_by_id(conn: &mut DbConnection, id: &ContactId) -> QueryResult<Option<Contact>> {
    contacts::table
        .find(id)
        .select(Contact::as_select())
        .first(conn)
        .optional()
}
