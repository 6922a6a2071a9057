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
        for (done, record) in records.iter().enumerate() {
            let changed = match existing.companies.get(record.slug.as_str()) {
                None => {
                    create(conn, record, now)?;
                    summary.created += 1;
                    summary.contacts_added += record.contacts.len();
                    audit::record(
                        conn,
                        actor,
                        "company.created",
                        record.slug.as_str(),
                        None,
                        "import",
                        now,
                    )?;
                    false
                }
                Some(row) => {
                    let (changed, added) = update(conn, row, &existing, record, now)?;
                    summary.contacts_added += added;
                    changed
                }
            };
            if changed {
                summary.updated += 1;
                audit::record(
                    conn,
                    actor,
                    "company.updated",
                    record.slug.as_str(),
                    None,
                    "import",
                    now,
                )?;
            } else if existing.companies.contains_key(record.slug.as_str()) {
                summary.unchanged += 1;
            }
            progress(done + 1);
        }
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

fn create(conn: &mut DbConnection, record: &CompanyRecord, now: NaiveDateTime) -> QueryResult<()> {
    let id = CompanyId::new();
    diesel::insert_into(companies::table)
        .values((
            companies::id.eq(&id),
            companies::slug.eq(record.slug.as_str()),
            companies::name.eq(&record.name),
            companies::sector.eq(record.sector.as_str()),
            companies::hq_country.eq(record.hq_country.code()),
            companies::website.eq(record.website.as_deref()),
            companies::notes.eq(""),
            companies::created_at.eq(now),
            companies::updated_at.eq(now),
        ))
        .execute(conn)?;
    set_operates(conn, &id, &record.operates_in)?;
    for (i, contact) in record.contacts.iter().enumerate() {
        add_contact(conn, &id, contact, i == 0, now)?;
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
        .values((
            contacts::id.eq(ContactId::new()),
            contacts::company_id.eq(company),
            contacts::name.eq(&contact.name),
            contacts::email.eq(contact.email.as_str()),
            contacts::role.eq(&contact.role),
            contacts::language.eq("en"),
            contacts::is_primary.eq(primary),
            contacts::created_at.eq(now),
            contacts::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}
