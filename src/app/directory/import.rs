//! Importing a checked directory file in one transaction (all or
//! nothing), counting what was created, updated and left unchanged.

use std::collections::BTreeSet;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::app::Outage;
use crate::db::audit::{self, Actor};
use crate::db::directory::{existing, CompanyRow, Existing, OPERATES};
use crate::db::schema::{companies, company_countries, contacts};
use crate::db::{write, DbConnection};
use crate::domain::country::Country;
use crate::domain::directory_csv::{CompanyRecord, ContactRecord};
use crate::domain::ids::{CompanyId, ContactId};
use crate::domain::time;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub contacts_added: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Outage(#[from] Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Why an import's transaction ended without committing.
enum Stop {
    DryRun(ImportSummary),
    Failed(diesel::result::Error),
}

impl From<diesel::result::Error> for Stop {
    fn from(e: diesel::result::Error) -> Self {
        Stop::Failed(e)
    }
}

/// Imports checked records. Companies are matched by slug: new ones are
/// created, changed ones updated (an archived company comes back), and
/// contacts are added or updated by email; nothing is deleted. With
/// `dry_run`, everything is done and then rolled back, so the summary is
/// exactly what a real import would do. `progress` is told how many
/// companies are done.
pub fn import(
    conn: &mut DbConnection,
    records: &[CompanyRecord],
    actor: &Actor,
    dry_run: bool,
    progress: &mut dyn FnMut(usize),
) -> Result<ImportSummary, ImportError> {
    let outcome = write(conn, |conn| -> Result<ImportSummary, Stop> {
        let now = time::now();
        let existing = existing(conn, true)?;
        let mut summary = ImportSummary::default();
        // New companies are written together at the end, in a few
        // multi-row statements: on PostgreSQL each statement is a round
        // trip. A slug twice in one file was refused by the checker.
        let mut created: Vec<&CompanyRecord> = Vec::new();
        let mut updated: Vec<&str> = Vec::new();
        for (done, record) in records.iter().enumerate() {
            match existing.companies.get(record.slug.as_str()) {
                None => {
                    created.push(record);
                    summary.created += 1;
                    summary.contacts_added += record.contacts.len();
                }
                Some(row) => {
                    let (changed, added) = update(conn, row, &existing, record, now)?;
                    summary.contacts_added += added;
                    if changed {
                        summary.updated += 1;
                        updated.push(record.slug.as_str());
                    } else {
                        summary.unchanged += 1;
                    }
                }
            }
            progress(done + 1);
        }
        create_all(conn, &created, now)?;
        let slugs: Vec<&str> = created.iter().map(|r| r.slug.as_str()).collect();
        audit::record_many(conn, actor, "company.created", &slugs, "import", now)?;
        audit::record_many(conn, actor, "company.updated", &updated, "import", now)?;
        if dry_run {
            return Err(Stop::DryRun(summary));
        }
        Ok(summary)
    });
    match outcome {
        Ok(summary) | Err(Stop::DryRun(summary)) => Ok(summary),
        Err(Stop::Failed(e)) => Err(e.into()),
    }
}

/// Rows per multi-row insert, well under the bound parameters either
/// database takes in one statement.
const ROWS_PER_INSERT: usize = 500;

/// Creates new companies with their countries and contacts (the first
/// contact the primary one).
fn create_all(
    conn: &mut DbConnection,
    records: &[&CompanyRecord],
    now: NaiveDateTime,
) -> QueryResult<()> {
    let ids: Vec<CompanyId> = records.iter().map(|_| CompanyId::new()).collect();
    let companies_rows: Vec<_> = records
        .iter()
        .zip(&ids)
        .map(|(record, id)| {
            (
                companies::id.eq(id),
                companies::slug.eq(record.slug.as_str()),
                companies::name.eq(&record.name),
                companies::sector.eq(record.sector.as_str()),
                companies::hq_country.eq(record.hq_country.code()),
                companies::website.eq(record.website.as_deref()),
                companies::notes.eq(""),
                companies::created_at.eq(now),
                companies::updated_at.eq(now),
            )
        })
        .collect();
    for chunk in companies_rows.chunks(ROWS_PER_INSERT) {
        crate::db::insert_rows!(conn, companies::table, chunk)?;
    }
    let countries: Vec<_> = records
        .iter()
        .zip(&ids)
        .flat_map(|(record, id)| {
            record.operates_in.iter().map(move |country| {
                (
                    company_countries::company_id.eq(id),
                    company_countries::country.eq(country.code()),
                    company_countries::relation.eq(OPERATES),
                )
            })
        })
        .collect();
    for chunk in countries.chunks(ROWS_PER_INSERT) {
        crate::db::insert_rows!(conn, company_countries::table, chunk)?;
    }
    let people: Vec<_> = records
        .iter()
        .zip(&ids)
        .flat_map(|(record, id)| {
            record
                .contacts
                .iter()
                .enumerate()
                .map(move |(i, contact)| contact_row(id, contact, i == 0, now))
        })
        .collect();
    for chunk in people.chunks(ROWS_PER_INSERT) {
        crate::db::insert_rows!(conn, contacts::table, chunk)?;
    }
    Ok(())
}

/// Returns whether anything changed, and how many contacts were added.
fn update(
    conn: &mut DbConnection,
    row: &CompanyRow,
    existing: &Existing,
    record: &CompanyRecord,
    now: NaiveDateTime,
) -> QueryResult<(bool, usize)> {
    let mut changed = false;
    let same_fields = row.name == record.name
        && row.sector == record.sector.as_str()
        && row.hq_country == record.hq_country.code()
        && row.website.as_deref() == record.website.as_deref()
        && row.archived_at.is_none();
    if !same_fields {
        diesel::update(companies::table.find(&row.id))
            .set((
                companies::name.eq(&record.name),
                companies::sector.eq(record.sector.as_str()),
                companies::hq_country.eq(record.hq_country.code()),
                companies::website.eq(record.website.as_deref()),
                companies::archived_at.eq(None::<NaiveDateTime>),
                companies::updated_at.eq(now),
            ))
            .execute(conn)?;
        changed = true;
    }
    let wanted: BTreeSet<String> = record
        .operates_in
        .iter()
        .map(|c| c.code().to_string())
        .collect();
    let empty = BTreeSet::new();
    if existing.operates.get(&row.id).unwrap_or(&empty) != &wanted {
        set_operates(conn, &row.id, &record.operates_in)?;
        changed = true;
    }
    let people = existing
        .contacts
        .get(&row.id)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let mut has_primary = people.iter().any(|p| p.is_primary);
    let mut added = 0;
    for contact in &record.contacts {
        let found = people.iter().find(|p| p.email == contact.email.as_str());
        if found.is_some_and(|p| p.name == contact.name && p.role == contact.role) {
            continue;
        }
        // Changed, or archived earlier (and so not among `people`): the
        // same update brings it back up to date.
        let updated = diesel::update(
            contacts::table
                .filter(contacts::company_id.eq(&row.id))
                .filter(contacts::email.eq(contact.email.as_str())),
        )
        .set((
            contacts::name.eq(&contact.name),
            contacts::role.eq(&contact.role),
            contacts::archived_at.eq(None::<NaiveDateTime>),
            contacts::updated_at.eq(now),
        ))
        .execute(conn)?;
        if found.is_none() {
            if updated == 0 {
                add_contact(conn, &row.id, contact, !has_primary, now)?;
                has_primary = true;
            }
            added += 1;
        }
        changed = true;
    }
    Ok((changed, added))
}

fn set_operates(conn: &mut DbConnection, id: &CompanyId, countries: &[Country]) -> QueryResult<()> {
    diesel::delete(
        company_countries::table
            .filter(company_countries::company_id.eq(id))
            .filter(company_countries::relation.eq(OPERATES)),
    )
    .execute(conn)?;
    for country in countries {
        diesel::insert_into(company_countries::table)
            .values((
                company_countries::company_id.eq(id),
                company_countries::country.eq(country.code()),
                company_countries::relation.eq(OPERATES),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn add_contact(
    conn: &mut DbConnection,
    company: &CompanyId,
    contact: &ContactRecord,
    primary: bool,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(contacts::table)
        .values(contact_row(company, contact, primary, now))
        .execute(conn)
        .map(drop)
}

#[allow(clippy::type_complexity)]
fn contact_row<'a>(
    company: &'a CompanyId,
    contact: &'a ContactRecord,
    primary: bool,
    now: NaiveDateTime,
) -> (
    diesel::dsl::Eq<contacts::id, ContactId>,
    diesel::dsl::Eq<contacts::company_id, &'a CompanyId>,
    diesel::dsl::Eq<contacts::name, &'a String>,
    diesel::dsl::Eq<contacts::email, &'a str>,
    diesel::dsl::Eq<contacts::role, &'a String>,
    diesel::dsl::Eq<contacts::language, &'static str>,
    diesel::dsl::Eq<contacts::is_primary, bool>,
    diesel::dsl::Eq<contacts::created_at, NaiveDateTime>,
    diesel::dsl::Eq<contacts::updated_at, NaiveDateTime>,
) {
    (
        contacts::id.eq(ContactId::new()),
        contacts::company_id.eq(company),
        contacts::name.eq(&contact.name),
        contacts::email.eq(contact.email.as_str()),
        contacts::role.eq(&contact.role),
        contacts::language.eq("en"),
        contacts::is_primary.eq(primary),
        contacts::created_at.eq(now),
        contacts::updated_at.eq(now),
    )
}
