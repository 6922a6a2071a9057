//! The company directory as a spreadsheet (CSV): reading a file into
//! checked records, every problem named by row and column, and writing the
//! directory back in the same columns so that export → import changes
//! nothing.
//!
//! Rows are numbered as a spreadsheet shows them: the header is row 1.

use std::collections::{BTreeSet, HashMap};
use std::fmt;

use super::company::{parse_website, CompanySlug, Sector};
use super::country::Country;
use super::email::Email;

pub const COLUMNS: [&str; 9] = [
    "name",
    "slug",
    "sector",
    "hq_country",
    "website",
    "operates_in",
    "contact_name",
    "contact_email",
    "contact_role",
];

#[derive(Debug, Clone, PartialEq)]
pub struct CompanyRecord {
    pub slug: CompanySlug,
    pub name: String,
    pub sector: Sector,
    pub hq_country: Country,
    pub website: Option<String>,
    /// Countries where the company operates, sorted, without repeats.
    pub operates_in: Vec<Country>,
    pub contacts: Vec<ContactRecord>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContactRecord {
    pub name: String,
    pub email: Email,
    pub role: String,
}

/// What can be imported but may not be delivered: addresses in another
/// script than ASCII, which only a relay that offers SMTPUTF8 takes.
pub fn delivery_warnings(companies: &[CompanyRecord]) -> Vec<String> {
    companies
        .iter()
        .flat_map(|company| {
            company
                .contacts
                .iter()
                .filter(|c| c.email.needs_smtputf8())
                .map(move |c| {
                    format!(
                        "{}: {} has characters outside ASCII; it can be delivered only through a mail relay that offers SMTPUTF8 (`answerable mail test` shows whether yours does)",
                        company.name, c.email
                    )
                })
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(c) => write!(f, "row {}, column {}: {}", self.row, c, self.message),
            None => write!(f, "row {}: {}", self.row, self.message),
        }
    }
}

fn error(row: usize, column: &str, message: impl Into<String>) -> RowError {
    RowError {
        row,
        column: Some(column.to_string()),
        message: message.into(),
    }
}

/// Company fields of one row, before rows of the same company are merged.
struct CompanyFields {
    name: String,
    sector: Sector,
    hq_country: Country,
    website: Option<String>,
    operates_in: Vec<Country>,
}

/// Reads a whole file. On any problem, every problem and no records: an
/// import is all or nothing.
pub fn parse(bytes: &[u8]) -> Result<Vec<CompanyRecord>, Vec<RowError>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut errors = Vec::new();
    let mut records = reader.byte_records();

    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(vec![csv_error(1, &e)]),
        None => {
            return Err(vec![RowError {
                row: 1,
                column: None,
                message: format!(
                    "the file is empty; it needs a header row: {}",
                    COLUMNS.join(",")
                ),
            }])
        }
    };
    let names: Vec<String> = header
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_ascii_lowercase())
        .collect();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        match COLUMNS.iter().find(|c| **c == name) {
            Some(c) => {
                if index.insert(c, i).is_some() {
                    errors.push(error(1, name, "this column appears twice"));
                }
            }
            None => errors.push(error(
                1,
                name,
                format!("unknown column; the columns are {}", COLUMNS.join(",")),
            )),
        }
    }
    for c in COLUMNS {
        if !index.contains_key(c) {
            errors.push(error(1, c, "this column is missing from the header row"));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut companies: Vec<CompanyRecord> = Vec::new();
    let mut by_slug: HashMap<CompanySlug, (usize, usize)> = HashMap::new(); // slug → (index, first row)
    for (i, result) in records.enumerate() {
        let row = i + 2;
        let record = match result {
            Ok(r) => r,
            Err(e) => {
                errors.push(csv_error(row, &e));
                continue;
            }
        };
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        let mut cell = |column: &str| -> Option<String> {
            let raw = record.get(index[column]).unwrap_or(b"");
            match std::str::from_utf8(raw) {
                Ok(s) => Some(super::spreadsheet::uncell(s.trim()).to_string()),
                Err(_) => {
                    errors.push(error(
                        row,
                        column,
                        "is not valid UTF-8; save the file as UTF-8 CSV",
                    ));
                    None
                }
            }
        };
        let cells: HashMap<&str, Option<String>> = COLUMNS.iter().map(|c| (*c, cell(c))).collect();
        let get = |c: &str| cells[c].clone().unwrap_or_default();
        let before = errors.len();

        let slug = match CompanySlug::parse(&get("slug")) {
            Ok(s) => Some(s),
            Err(e) if get("slug").is_empty() => {
                let _ = e;
                errors.push(error(
                    row,
                    "slug",
                    "is empty; every row needs the company's slug",
                ));
                None
            }
            Err(e) => {
                errors.push(error(row, "slug", e));
                None
            }
        };
        let fields = read_company(row, &get, &mut errors);
        let contact = read_contact(row, &get, &mut errors);
        if errors.len() > before {
            continue;
        }
        let (Some(slug), Some(fields)) = (slug, fields) else {
            continue;
        };

        match by_slug.get(&slug) {
            None => {
                by_slug.insert(slug.clone(), (companies.len(), row));
                companies.push(CompanyRecord {
                    slug,
                    name: fields.name,
                    sector: fields.sector,
                    hq_country: fields.hq_country,
                    website: fields.website,
                    operates_in: fields.operates_in,
                    contacts: contact.into_iter().collect(),
                });
            }
            Some(&(at, first_row)) => {
                let company = &mut companies[at];
                let differs = |column: &str, same: bool, errors: &mut Vec<RowError>| {
                    if !same {
                        errors.push(error(
                            row,
                            column,
                            format!("differs from row {first_row} for the same slug `{}`; rows of one company must agree", company.slug),
                        ));
                    }
                };
                differs("name", fields.name == company.name, &mut errors);
                differs("sector", fields.sector == company.sector, &mut errors);
                differs(
                    "hq_country",
                    fields.hq_country == company.hq_country,
                    &mut errors,
                );
                differs("website", fields.website == company.website, &mut errors);
                differs(
                    "operates_in",
                    fields.operates_in == company.operates_in,
                    &mut errors,
                );
                if let Some(contact) = contact {
                    if company.contacts.iter().any(|c| c.email == contact.email) {
                        errors.push(error(
                            row,
                            "contact_email",
                            format!(
                                "{} is already a contact of `{}` in an earlier row",
                                contact.email, company.slug
                            ),
                        ));
                    } else {
                        company.contacts.push(contact);
                    }
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(companies)
    } else {
        Err(errors)
    }
}

fn read_company(
    row: usize,
    get: &dyn Fn(&str) -> String,
    errors: &mut Vec<RowError>,
) -> Option<CompanyFields> {
    let name = get("name");
    if name.is_empty() {
        errors.push(error(
            row,
            "name",
            "is empty; every row needs the company's name",
        ));
    } else if name.chars().count() > 200 {
        errors.push(error(row, "name", "is longer than 200 characters"));
    } else if name.chars().any(char::is_control) {
        errors.push(error(row, "name", "holds a line break; a name is one line"));
    }
    let sector = Sector::parse(&get("sector"))
        .map_err(|e| errors.push(error(row, "sector", e)))
        .ok();
    let hq = Country::parse(&get("hq_country"))
        .map_err(|e| errors.push(error(row, "hq_country", e.to_string())))
        .ok();
    let website = match get("website") {
        w if w.is_empty() => Some(None),
        w => parse_website(&w)
            .map(Some)
            .map_err(|e| errors.push(error(row, "website", e)))
            .ok(),
    };
    let mut operates: BTreeSet<Country> = BTreeSet::new();
    let mut operates_ok = true;
    for code in get("operates_in")
        .split(';')
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        match Country::parse(code) {
            Ok(c) => {
                operates.insert(c);
            }
            Err(e) => {
                operates_ok = false;
                errors.push(error(
                    row,
                    "operates_in",
                    format!("{e}; separate codes with ;"),
                ));
            }
        }
    }
    if name.is_empty() || !operates_ok {
        return None;
    }
    Some(CompanyFields {
        name,
        sector: sector?,
        hq_country: hq?,
        website: website?,
        operates_in: operates.into_iter().collect(),
    })
}

fn read_contact(
    row: usize,
    get: &dyn Fn(&str) -> String,
    errors: &mut Vec<RowError>,
) -> Option<ContactRecord> {
    let (name, email, role) = (
        get("contact_name"),
        get("contact_email"),
        get("contact_role"),
    );
    if name.is_empty() && email.is_empty() && role.is_empty() {
        return None;
    }
    if name.is_empty() {
        errors.push(error(
            row,
            "contact_name",
            "is empty, but the row names a contact",
        ));
    } else if name.chars().any(char::is_control) {
        errors.push(error(
            row,
            "contact_name",
            "holds a line break; a name is one line",
        ));
    }
    let email = match Email::parse(&email) {
        Ok(e) => Some(e),
        Err(e) => {
            errors.push(error(row, "contact_email", format!("{e}, not `{email}`")));
            None
        }
    };
    if name.is_empty() {
        return None;
    }
    Some(ContactRecord {
        name,
        email: email?,
        role,
    })
}

fn csv_error(row: usize, e: &csv::Error) -> RowError {
    let row = e
        .position()
        .map(|p| p.line() as usize)
        .filter(|l| *l > 0)
        .unwrap_or(row);
    RowError {
        row,
        column: None,
        message: format!("cannot be read as CSV: {e}"),
    }
}

/// Writes the directory in the import's columns: one row per contact, or
/// one row without contact for a company that has none.
pub fn write(companies: &[CompanyRecord]) -> String {
    let mut out = crate::domain::spreadsheet::writer();
    out.write_record(COLUMNS).expect("writing to memory");
    for c in companies {
        let operates: Vec<&str> = c.operates_in.iter().map(|x| x.code()).collect();
        let operates = operates.join(";");
        let base = [
            c.name.as_str(),
            c.slug.as_str(),
            c.sector.as_str(),
            c.hq_country.code(),
            c.website.as_deref().unwrap_or(""),
            operates.as_str(),
        ];
        if c.contacts.is_empty() {
            let mut row: Vec<&str> = base.to_vec();
            row.extend(["", "", ""]);
            out.write_record(super::spreadsheet::row(row))
                .expect("writing to memory");
        }
        for contact in &c.contacts {
            let mut row: Vec<&str> = base.to_vec();
            row.extend([
                contact.name.as_str(),
                contact.email.as_str(),
                contact.role.as_str(),
            ]);
            out.write_record(super::spreadsheet::row(row))
                .expect("writing to memory");
        }
    }
    String::from_utf8(out.into_inner().expect("writing to memory")).expect("CSV of UTF-8 strings")
}

#[cfg(test)]
mod tests;
