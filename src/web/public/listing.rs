//! Which companies one scorecard page lists: a sort, an optional sector and
//! a page of at most [`PER_PAGE`], each with a stable address
//! (`?sector=telecom-operator&page=2&sort=total`), so that a scorecard of
//! thousands of companies stays a light page on a phone and any part of it
//! can be cited.

use crate::domain::publication::{Publication, PublishedCompany};

/// Companies on one page: a page stays under 100 KB as sent even to a
/// client that takes no gzip (17 KB for 50 companies not yet scored, under
/// 30 KB with a bar for each score; 2.4 KB gzipped), and is a screenful or
/// two on a phone.
pub const PER_PAGE: usize = 50;

/// What a request asked to list, checked against the version it lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// `name` (the default, empty), `total`, `standing` or `sector`.
    pub sort: String,
    /// A sector of the version's companies, or empty: all.
    pub sector: String,
    /// 1-based.
    pub page: usize,
}

impl Listing {
    /// The listing asked for; `None` when the sector is not one of the
    /// version's or the page is past its last.
    pub fn parse(doc: &Publication, sort: &str, sector: &str, page: Option<usize>) -> Option<Self> {
        let sort = match sort {
            "total" | "standing" | "sector" | "name" => sort.to_string(),
            _ => String::new(),
        };
        if !sector.is_empty() && !doc.companies.iter().any(|c| c.sector == sector) {
            return None;
        }
        let listing = Listing {
            sort,
            sector: sector.to_string(),
            page: page.unwrap_or(1),
        };
        (listing.page >= 1 && listing.page <= listing.pages(doc)).then_some(listing)
    }

    fn matching<'a>(&self, doc: &'a Publication) -> Vec<&'a PublishedCompany> {
        doc.companies
            .iter()
            .filter(|c| self.sector.is_empty() || c.sector == self.sector)
            .collect()
    }

    /// How many companies the sector (or the whole version) has.
    pub fn total(&self, doc: &Publication) -> usize {
        self.matching(doc).len()
    }

    /// How many pages the listing has (at least one).
    pub fn pages(&self, doc: &Publication) -> usize {
        self.total(doc).div_ceil(PER_PAGE).max(1)
    }

    /// This page's companies, sorted.
    pub fn companies(&self, doc: &Publication) -> Vec<PublishedCompany> {
        let mut companies: Vec<PublishedCompany> =
            self.matching(doc).into_iter().cloned().collect();
        sort(&mut companies, &self.sort);
        companies
            .into_iter()
            .skip((self.page - 1) * PER_PAGE)
            .take(PER_PAGE)
            .collect()
    }

    /// The address of this listing with `sector` and `page` changed, the
    /// sort kept; the default values are left out.
    pub fn href(&self, path: &str, sector: &str, page: usize) -> String {
        let mut query = Vec::new();
        if !sector.is_empty() {
            query.push(format!("sector={sector}"));
        }
        if page > 1 {
            query.push(format!("page={page}"));
        }
        if !self.sort.is_empty() {
            query.push(format!("sort={}", self.sort));
        }
        if query.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{}", query.join("&"))
        }
    }

    /// The address of this listing sorted by `sort`, from its first page.
    pub fn sorted_href(&self, path: &str, sort: &str) -> String {
        let by = Listing {
            sort: sort.to_string(),
            ..self.clone()
        };
        by.href(path, &self.sector, 1)
    }
}

/// The version's sectors with how many companies each has, by name.
pub fn sectors(doc: &Publication) -> Vec<(String, usize)> {
    let mut counts = std::collections::BTreeMap::new();
    for c in &doc.companies {
        *counts.entry(c.sector.clone()).or_insert(0) += 1;
    }
    counts.into_iter().collect()
}

pub fn sort(companies: &mut [PublishedCompany], sort: &str) {
    match sort {
        "total" => companies.sort_by(|a, b| {
            b.total
                .unwrap_or(-1.0)
                .partial_cmp(&a.total.unwrap_or(-1.0))
                .unwrap_or(std::cmp::Ordering::Equal)
        }),
        "standing" => {
            companies.sort_by(|a, b| a.standing.cmp(&b.standing).then(a.name.cmp(&b.name)))
        }
        "sector" => companies.sort_by(|a, b| a.sector.cmp(&b.sector).then(a.name.cmp(&b.name))),
        _ => companies.sort_by(|a, b| a.name.cmp(&b.name)),
    }
}
