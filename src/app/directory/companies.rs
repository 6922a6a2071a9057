//! Companies one at a time (the admin pages): creating, changing,
//! archiving and restoring.

use diesel::prelude::*;

use super::{taken, ChangeError};
use crate::db::audit::{self, Actor};
use crate::db::companies::{find, EXPORTS};
use crate::db::directory::OPERATES;
use crate::db::schema::{companies, company_countries};
use crate::db::{write, DbConnection};
use crate::domain::company::{CompanySlug, Sector};
use crate::domain::country::Country;
use crate::domain::ids::CompanyId;
use crate::domain::time;

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
            .map_err(|e| taken(e, ChangeError::SlugTaken))?;
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
