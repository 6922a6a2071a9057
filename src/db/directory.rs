//! The company directory as a whole: reading it for export, and importing
//! a checked file in one transaction (all or nothing), counting what was
//! created, updated and left unchanged.

use std::collections::{BTreeSet, HashMap};

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::audit::{self, Actor};
use super::schema::{companies, company_countries, contacts};
use super::{write, DbConnection};
use crate::domain::company::{CompanySlug, Sector};
use crate::domain::country::Country;
use crate::domain::directory_csv::{CompanyRecord, ContactRecord};
use crate::domain::ids::{CompanyId, ContactId};
use crate::domain::{time, Email};

pub const OPERATES: &str = "operates";

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub contacts_added: usize,
}

#[derive(Queryable)]
struct CompanyRow {
    id: CompanyId,
    slug: String,
    name: String,
    sector: String,
    hq_country: String,
    website: Option<String>,
    archived_at: Option<NaiveDateTime>,
}

#[derive(Queryable)]
struct ContactRow {
    company_id: CompanyId,
    name: String,
    email: String,
    role: String,
    is_primary: bool,
}

struct Existing {
    companies: HashMap<String, CompanyRow>,
    operates: HashMap<CompanyId, BTreeSet<String>>,
    contacts: HashMap<CompanyId, Vec<ContactRow>>,
}

fn load_existing(conn: &mut DbConnection, include_archived: bool) -> QueryResult<Existing> {
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
    let existing = load_existing(conn, false)?;
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
) -> QueryResult<ImportSummary> {
    let outcome = write(conn, |conn| -> Result<ImportSummary, Stop> {
        let now = time::now();
        let existing = load_existing(conn, true)?;
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
        Err(Stop::Failed(e)) => Err(e),
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
