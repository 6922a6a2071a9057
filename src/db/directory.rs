//! The company directory as a whole, read at once: for export, and for the
//! import (`app::directory::import`) to compare a file with.

use std::collections::{BTreeSet, HashMap};

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{companies, company_countries, contacts};
use super::DbConnection;
use crate::domain::company::{CompanySlug, Sector};
use crate::domain::country::Country;
use crate::domain::directory_csv::{CompanyRecord, ContactRecord};
use crate::domain::ids::CompanyId;
use crate::domain::Email;

pub const OPERATES: &str = "operates";

/// A company as the import compares it.
#[derive(Queryable)]
pub struct CompanyRow {
    pub id: CompanyId,
    pub slug: String,
    pub name: String,
    pub sector: String,
    pub hq_country: String,
    pub website: Option<String>,
    pub archived_at: Option<NaiveDateTime>,
}

/// A contact as the import compares it.
#[derive(Queryable)]
pub struct ContactRow {
    pub company_id: CompanyId,
    pub name: String,
    pub email: String,
    pub role: String,
    pub is_primary: bool,
}

/// The whole directory, read at once.
pub struct Existing {
    /// By slug.
    pub companies: HashMap<String, CompanyRow>,
    /// The countries each company operates in, by code.
    pub operates: HashMap<CompanyId, BTreeSet<String>>,
    /// Each company's active contacts, the primary first.
    pub contacts: HashMap<CompanyId, Vec<ContactRow>>,
}

/// The directory (archived companies too with `include_archived`).
pub fn existing(conn: &mut DbConnection, include_archived: bool) -> QueryResult<Existing> {
    let mut query = companies::table
        .select((
            companies::id,
            companies::slug,
            companies::name,
            companies::sector,
            companies::hq_country,
            companies::website,
            companies::archived_at,
        ))
        .order(companies::name.asc())
        .into_boxed();
    if !include_archived {
        query = query.filter(companies::archived_at.is_null());
    }
    let rows: Vec<CompanyRow> = query.load(conn)?;
    let mut operates: HashMap<CompanyId, BTreeSet<String>> = HashMap::new();
    for (company, country) in company_countries::table
        .filter(company_countries::relation.eq(OPERATES))
        .select((company_countries::company_id, company_countries::country))
        .load::<(CompanyId, String)>(conn)?
    {
        operates.entry(company).or_default().insert(country);
    }
    let mut people: HashMap<CompanyId, Vec<ContactRow>> = HashMap::new();
    for c in contacts::table
        .filter(contacts::archived_at.is_null())
        .order((
            contacts::is_primary.desc(),
            contacts::created_at.asc(),
            contacts::email.asc(),
        ))
        .select((
            contacts::company_id,
            contacts::name,
            contacts::email,
            contacts::role,
            contacts::is_primary,
        ))
        .load::<ContactRow>(conn)?
    {
        people.entry(c.company_id.clone()).or_default().push(c);
    }
    Ok(Existing {
        companies: rows.into_iter().map(|r| (r.slug.clone(), r)).collect(),
        operates,
        contacts: people,
    })
}

/// The directory (companies not archived), in name order, as records.
pub fn records(conn: &mut DbConnection) -> anyhow::Result<Vec<CompanyRecord>> {
    let existing = existing(conn, false)?;
    let mut rows: Vec<&CompanyRow> = existing.companies.values().collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name).then(a.slug.cmp(&b.slug)));
    rows.into_iter()
        .map(|row| {
            let context = || format!("reading company {} from the database", row.slug);
            Ok(CompanyRecord {
                slug: CompanySlug::parse(&row.slug)
                    .map_err(anyhow::Error::msg)
                    .with_context(context)?,
                name: row.name.clone(),
                sector: Sector::parse(&row.sector)
                    .map_err(anyhow::Error::msg)
                    .with_context(context)?,
                hq_country: Country::parse(&row.hq_country).with_context(context)?,
                website: row.website.clone(),
                operates_in: existing
                    .operates
                    .get(&row.id)
                    .map(|set| set.iter().filter_map(|c| Country::parse(c).ok()).collect())
                    .unwrap_or_default(),
                contacts: existing
                    .contacts
                    .get(&row.id)
                    .map(|people| {
                        people
                            .iter()
                            .filter_map(|p| {
                                Some(ContactRecord {
                                    name: p.name.clone(),
                                    email: Email::parse(&p.email).ok()?,
                                    role: p.role.clone(),
                                })
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            })
        })
        .collect()
}
