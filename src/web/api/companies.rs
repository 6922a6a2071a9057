//! The company directory: list, read, create, change. Creating and
//! changing go through `app::directory::companies`, as the admin form does.

use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::error::ErrorBody;
use super::pagination::PageQuery;
use super::{utc, ApiError, Caller};
use crate::app::directory::companies::{self as use_cases, CompanyInput};
use crate::db::companies::{self, Company, Filter, EXPORTS};
use crate::db::directory::OPERATES;
use crate::db::DbConnection;
use crate::domain::company::{parse_website, CompanySlug, Sector};
use crate::domain::country::Country;
use crate::domain::ids::CompanyId;
use crate::domain::single_line;
use crate::web::state::AppState;

/// A company's sector.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SectorName {
    TelecomOperator,
    SurveillanceVendor,
    NetworkEquipment,
    InternetPlatform,
    Other,
}

impl From<SectorName> for Sector {
    fn from(s: SectorName) -> Sector {
        match s {
            SectorName::TelecomOperator => Sector::TelecomOperator,
            SectorName::SurveillanceVendor => Sector::SurveillanceVendor,
            SectorName::NetworkEquipment => Sector::NetworkEquipment,
            SectorName::InternetPlatform => Sector::InternetPlatform,
            SectorName::Other => Sector::Other,
        }
    }
}

/// A company of the directory, as listed.
#[derive(Debug, Serialize, ToSchema)]
pub struct CompanySummary {
    pub slug: String,
    pub name: String,
    /// One of the sectors of [`SectorName`].
    pub sector: String,
    /// ISO 3166-1 alpha-2 code of the headquarters' country.
    pub hq_country: String,
    pub website: Option<String>,
    pub archived: bool,
    #[schema(format = DateTime)]
    pub updated_at: String,
}

impl From<&Company> for CompanySummary {
    fn from(c: &Company) -> Self {
        CompanySummary {
            slug: c.slug.clone(),
            name: c.name.clone(),
            sector: c.sector.clone(),
            hq_country: c.hq_country.clone(),
            website: c.website.clone(),
            archived: c.archived_at.is_some(),
            updated_at: utc(c.updated_at),
        }
    }
}

/// A company with everything the directory knows of it but its contacts.
#[derive(Debug, Serialize, ToSchema)]
pub struct CompanyDetail {
    #[serde(flatten)]
    pub summary: CompanySummary,
    /// The slug of the parent company, if any.
    pub parent: Option<String>,
    pub operates_in: Vec<String>,
    pub exports_to: Vec<String>,
    pub notes: String,
    #[schema(format = DateTime)]
    pub created_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CompanyList {
    pub items: Vec<CompanySummary>,
    /// Pass as `after` for the next page; null on the last page.
    pub next_after: Option<String>,
}

/// A new company.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCompany {
    /// 2 to 64 lowercase letters, digits and single hyphens; never changes.
    #[schema(pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", min_length = 2, max_length = 64)]
    pub slug: String,
    #[schema(min_length = 1, max_length = 300)]
    pub name: String,
    pub sector: SectorName,
    /// ISO 3166-1 alpha-2 code, such as MM.
    #[schema(pattern = "^[A-Za-z]{2}$")]
    pub hq_country: String,
    /// An http or https address.
    pub website: Option<String>,
    /// The slug of the parent company.
    pub parent: Option<String>,
    #[serde(default)]
    pub operates_in: Vec<String>,
    #[serde(default)]
    pub exports_to: Vec<String>,
    #[serde(default)]
    pub notes: String,
}

/// Changes to a company; a field left out keeps its value. An empty
/// `website` or `parent` removes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CompanyChanges {
    #[schema(min_length = 1, max_length = 300)]
    pub name: Option<String>,
    pub sector: Option<SectorName>,
    #[schema(pattern = "^[A-Za-z]{2}$")]
    pub hq_country: Option<String>,
    pub website: Option<String>,
    pub parent: Option<String>,
    pub operates_in: Option<Vec<String>>,
    pub exports_to: Option<Vec<String>>,
    pub notes: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// How many items at most (1 to 200; 50 if not given).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<i64>,
    /// The `next_after` of the previous page.
    pub after: Option<String>,
    /// Archived companies too (false if not given).
    pub include_archived: Option<bool>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct CompanyPath {
    /// The company's slug.
    pub slug: String,
}

/// Lists the directory's companies by slug.
#[utoipa::path(get, path = "/api/companies", tag = "companies",
    params(ListQuery),
    responses(
        (status = 200, description = "A page of companies", body = CompanyList),
        (status = 400, description = "A parameter is not right", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn list(
    _caller: Caller,
    state: web::Data<AppState>,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let filter = Filter {
        include_archived: query.include_archived.unwrap_or(false),
        ..Filter::default()
    };
    let mut all = state
        .run(move |conn| companies::list(conn, &filter).map_err(ApiError::from))
        .await?;
    all.sort_by(|a, b| a.slug.cmp(&b.slug));
    let page = PageQuery {
        limit: query.limit,
        after: query.after,
    };
    let (items, next_after) = page.page(all, |c| c.slug.as_str())?;
    Ok(HttpResponse::Ok().json(CompanyList {
        items: items.iter().map(CompanySummary::from).collect(),
        next_after,
    }))
}

/// One company.
#[utoipa::path(get, path = "/api/companies/{slug}", tag = "companies",
    params(CompanyPath),
    responses(
        (status = 200, description = "The company", body = CompanyDetail),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 404, description = "No such company", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn show(
    _caller: Caller,
    state: web::Data<AppState>,
    path: web::Path<CompanyPath>,
) -> Result<HttpResponse, ApiError> {
    let slug = path.into_inner().slug;
    let detail = state.run(move |conn| detail(conn, &slug)).await?;
    Ok(HttpResponse::Ok().json(detail))
}

fn detail(conn: &mut DbConnection, slug: &str) -> Result<CompanyDetail, ApiError> {
    let company = companies::find_by_slug(conn, slug)?.ok_or(ApiError::NotFound)?;
    let parent = match &company.parent_id {
        Some(id) => companies::find(conn, id)?.map(|p| p.slug),
        None => None,
    };
    Ok(CompanyDetail {
        parent,
        operates_in: companies::countries(conn, &company.id, OPERATES)?,
        exports_to: companies::countries(conn, &company.id, EXPORTS)?,
        notes: company.notes.clone(),
        created_at: utc(company.created_at),
        summary: CompanySummary::from(&company),
    })
}

/// Adds a company to the directory (write scope).
#[utoipa::path(post, path = "/api/companies", tag = "companies",
    request_body = NewCompany,
    responses(
        (status = 201, description = "Created", body = CompanyDetail),
        (status = 400, description = "The body could not be read", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "A read-only token", body = ErrorBody),
        (status = 409, description = "The slug is taken", body = ErrorBody),
        (status = 422, description = "A field is not acceptable", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn create(
    caller: Caller,
    state: web::Data<AppState>,
    body: web::Json<NewCompany>,
) -> Result<HttpResponse, ApiError> {
    let bearer = caller.writing()?;
    let body = body.into_inner();
    let slug = CompanySlug::parse(&body.slug).map_err(|e| ApiError::invalid("slug", e))?;
    let fields = Fields {
        name: body.name,
        sector: body.sector.into(),
        hq_country: body.hq_country,
        website: body.website.unwrap_or_default(),
        parent: body.parent.unwrap_or_default(),
        operates_in: body.operates_in,
        exports_to: body.exports_to,
        notes: body.notes,
    };
    let actor = bearer.actor();
    let detail = state
        .run(move |conn| {
            let input = fields.check(conn)?;
            use_cases::create(conn, &actor, &slug, &input)?;
            detail(conn, slug.as_str())
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/companies/{}", detail.summary.slug)))
        .json(detail))
}

/// Changes a company's details (write scope); fields left out are kept.
#[utoipa::path(patch, path = "/api/companies/{slug}", tag = "companies",
    params(CompanyPath),
    request_body = CompanyChanges,
    responses(
        (status = 200, description = "Changed", body = CompanyDetail),
        (status = 400, description = "The body could not be read", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 403, description = "A read-only token", body = ErrorBody),
        (status = 404, description = "No such company", body = ErrorBody),
        (status = 422, description = "A field is not acceptable", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn update(
    caller: Caller,
    state: web::Data<AppState>,
    path: web::Path<CompanyPath>,
    body: web::Json<CompanyChanges>,
) -> Result<HttpResponse, ApiError> {
    let bearer = caller.writing()?;
    let slug = path.into_inner().slug;
    let changes = body.into_inner();
    let actor = bearer.actor();
    let detail = state
        .run(move |conn| {
            let current = detail(conn, &slug)?;
            let company = companies::find_by_slug(conn, &slug)?.ok_or(ApiError::NotFound)?;
            let current_sector =
                Sector::parse(&current.summary.sector).unwrap_or(Sector::Other);
            let fields = Fields {
                name: changes.name.unwrap_or(current.summary.name),
                sector: changes.sector.map(Sector::from).unwrap_or(current_sector),
                hq_country: changes.hq_country.unwrap_or(current.summary.hq_country),
                website: changes
                    .website
                    .unwrap_or(current.summary.website.unwrap_or_default()),
                parent: changes.parent.unwrap_or(current.parent.unwrap_or_default()),
                operates_in: changes.operates_in.unwrap_or(current.operates_in),
                exports_to: changes.exports_to.unwrap_or(current.exports_to),
                notes: changes.notes.unwrap_or(current.notes),
            };
            let input = fields.check(conn)?;
            use_cases::update(conn, &actor, &company.id, &input)?;
            detail(conn, &slug)
        })
        .await?;
    Ok(HttpResponse::Ok().json(detail))
}

/// A company's fields as sent, before they are checked.
struct Fields {
    name: String,
    sector: Sector,
    hq_country: String,
    website: String,
    parent: String,
    operates_in: Vec<String>,
    exports_to: Vec<String>,
    notes: String,
}

impl Fields {
    /// The checked input for the use case, or the first field at fault.
    fn check(self, conn: &mut DbConnection) -> Result<CompanyInput, ApiError> {
        let name = self.name.trim().to_string();
        if name.is_empty() {
            return Err(ApiError::invalid("name", "enter the company's name"));
        }
        if let Some(problem) = single_line::problem(&name) {
            return Err(ApiError::invalid("name", problem));
        }
        if name.chars().count() > 300 {
            return Err(ApiError::invalid("name", "the name is longer than 300 characters"));
        }
        let hq_country = Country::parse(&self.hq_country)
            .map_err(|e| ApiError::invalid("hq_country", e.to_string()))?;
        let website = match self.website.trim() {
            "" => None,
            w => Some(parse_website(w).map_err(|e| ApiError::invalid("website", e))?),
        };
        let parent: Option<CompanyId> = match self.parent.trim() {
            "" => None,
            p => Some(
                companies::find_by_slug(conn, p)?
                    .ok_or_else(|| {
                        ApiError::invalid("parent", format!("there is no company with the slug `{p}`"))
                    })?
                    .id,
            ),
        };
        Ok(CompanyInput {
            name,
            sector: self.sector,
            hq_country,
            website,
            parent,
            operates_in: countries("operates_in", &self.operates_in)?,
            exports_to: countries("exports_to", &self.exports_to)?,
            notes: self.notes.trim().to_string(),
        })
    }
}

fn countries(field: &str, codes: &[String]) -> Result<Vec<Country>, ApiError> {
    let mut out = Vec::new();
    for code in codes {
        let c = Country::parse(code).map_err(|e| ApiError::invalid(field, e.to_string()))?;
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out.sort();
    Ok(out)
}
