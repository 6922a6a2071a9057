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

/// An ISO 3166-1 alpha-2 country code.
fn country() -> utoipa::openapi::schema::Object {
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some("ISO 3166-1 alpha-2 country code, such as MM"))
        .enum_values(Some(Country::all().map(Country::code)))
        .build()
}

fn countries_schema() -> utoipa::openapi::schema::Array {
    utoipa::openapi::schema::ArrayBuilder::new()
        .items(country())
        .build()
}

fn nullable_country() -> utoipa::openapi::schema::Schema {
    use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, Type};
    Schema::OneOf(
        OneOfBuilder::new()
            .item(country())
            .item(ObjectBuilder::new().schema_type(Type::Null))
            .build(),
    )
}

fn nullable_countries() -> utoipa::openapi::schema::Schema {
    use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, Type};
    Schema::OneOf(
        OneOfBuilder::new()
            .item(countries_schema())
            .item(ObjectBuilder::new().schema_type(Type::Null))
            .build(),
    )
}

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
    #[schema(
        min_length = 1,
        max_length = 300,
        pattern = r"^[^\u0000-\u001f\u007f-\u009f]*[^\s\u0000-\u001f\u007f-\u009f][^\u0000-\u001f\u007f-\u009f]*$"
    )]
    pub name: String,
    pub sector: SectorName,
    #[schema(schema_with = country)]
    pub hq_country: String,
    /// An http or https address.
    #[schema(pattern = r"^(https?://([A-Za-z0-9-]+\.)+[A-Za-z]{2,}(/[A-Za-z0-9._~-]*)*)?$")]
    pub website: Option<String>,
    /// The slug of an existing company, its parent.
    #[schema(pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")]
    pub parent: Option<String>,
    #[serde(default)]
    #[schema(schema_with = countries_schema)]
    pub operates_in: Vec<String>,
    #[serde(default)]
    #[schema(schema_with = countries_schema)]
    pub exports_to: Vec<String>,
    #[serde(default)]
    #[schema(pattern = r"^[^\u0000]*$")]
    pub notes: String,
}

/// Changes to a company; a field left out keeps its value. An empty
/// `website` or `parent` removes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CompanyChanges {
    #[schema(
        min_length = 1,
        max_length = 300,
        pattern = r"^[^\u0000-\u001f\u007f-\u009f]*[^\s\u0000-\u001f\u007f-\u009f][^\u0000-\u001f\u007f-\u009f]*$"
    )]
    pub name: Option<String>,
    pub sector: Option<SectorName>,
    #[schema(schema_with = nullable_country)]
    pub hq_country: Option<String>,
    #[schema(pattern = r"^(https?://([A-Za-z0-9-]+\.)+[A-Za-z]{2,}(/[A-Za-z0-9._~-]*)*)?$")]
    pub website: Option<String>,
    /// The slug of an existing company, or empty for none.
    #[schema(pattern = "^([a-z0-9]+(-[a-z0-9]+)*)?$")]
    pub parent: Option<String>,
    #[schema(schema_with = nullable_countries)]
    pub operates_in: Option<Vec<String>>,
    #[schema(schema_with = nullable_countries)]
    pub exports_to: Option<Vec<String>>,
    #[schema(pattern = r"^[^\u0000]*$")]
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

/// The company at this slug, or 404 (a string that is no slug is looked
/// up nowhere).
fn company(conn: &mut DbConnection, slug: &str) -> Result<Company, ApiError> {
    let slug = CompanySlug::parse(slug).map_err(|_| ApiError::NotFound)?;
    companies::find_by_slug(conn, slug.as_str())?.ok_or(ApiError::NotFound)
}

fn detail(conn: &mut DbConnection, slug: &str) -> Result<CompanyDetail, ApiError> {
    let company = company(conn, slug)?;
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
    let slug = exact_slug("slug", &body.slug)?;
    exact_name(&body.name)?;
    exact_country("hq_country", &body.hq_country)?;
    exact_website(body.website.as_deref())?;
    if let Some(p) = &body.parent {
        exact_slug("parent", p)?;
    }
    for code in body.operates_in.iter() {
        exact_country("operates_in", code)?;
    }
    for code in body.exports_to.iter() {
        exact_country("exports_to", code)?;
    }
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
        .insert_header((
            "Location",
            format!("/api/companies/{}", detail.summary.slug),
        ))
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
    if let Some(name) = &changes.name {
        exact_name(name)?;
    }
    if let Some(code) = &changes.hq_country {
        exact_country("hq_country", code)?;
    }
    exact_website(changes.website.as_deref())?;
    if let Some(p) = changes.parent.as_deref().filter(|p| !p.is_empty()) {
        exact_slug("parent", p)?;
    }
    for code in changes.operates_in.iter().flatten() {
        exact_country("operates_in", code)?;
    }
    for code in changes.exports_to.iter().flatten() {
        exact_country("exports_to", code)?;
    }
    let actor = bearer.actor();
    let detail = state
        .run(move |conn| {
            let current = detail(conn, &slug)?;
            let company = company(conn, &slug)?;
            let current_sector = Sector::parse(&current.summary.sector).unwrap_or(Sector::Other);
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

// What a script sends is held to the document's exact forms (no spaces
// around a slug, country codes in capitals, a website of the documented
// shape), so that anything the document refuses is refused here too.
// Values already stored are checked as the admin form checks them.

fn exact_slug(field: &str, s: &str) -> Result<CompanySlug, ApiError> {
    match CompanySlug::parse(s) {
        Ok(slug) if slug.as_str() == s => Ok(slug),
        Ok(_) => Err(ApiError::invalid(
            field,
            format!("`{s}` has spaces around it"),
        )),
        Err(e) => Err(ApiError::invalid(field, e)),
    }
}

fn exact_name(name: &str) -> Result<(), ApiError> {
    if name.chars().count() > 300 {
        return Err(ApiError::invalid(
            "name",
            "the name is longer than 300 characters",
        ));
    }
    Ok(())
}

fn exact_country(field: &str, code: &str) -> Result<(), ApiError> {
    match Country::parse(code) {
        Ok(c) if c.code() == code => Ok(()),
        _ => Err(ApiError::invalid(
            field,
            format!("`{code}` is not an ISO 3166-1 country code in capitals, such as MM, TH or DE"),
        )),
    }
}

/// The documented pattern of `website`, by hand: http(s), host labels of letters, digits and
/// hyphens ending in a label of two or more letters, then path segments.
fn exact_website(website: Option<&str>) -> Result<(), ApiError> {
    let Some(w) = website.filter(|w| !w.is_empty()) else {
        return Ok(());
    };
    let refused = || {
        ApiError::invalid(
            "website",
            format!("`{w}` is not a web address such as https://example.org/about"),
        )
    };
    let rest = w
        .strip_prefix("https://")
        .or_else(|| w.strip_prefix("http://"))
        .ok_or_else(refused)?;
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let labels: Vec<&str> = host.split('.').collect();
    let label_ok =
        |l: &&str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let last = labels.last().copied().unwrap_or("");
    let host_ok = labels.len() >= 2
        && labels.iter().all(label_ok)
        && last.len() >= 2
        && last.bytes().all(|b| b.is_ascii_alphabetic());
    let path_ok = path
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/._~-".contains(&b));
    if host_ok && path_ok && parse_website(w).is_ok() {
        Ok(())
    } else {
        Err(refused())
    }
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
        let hq_country = Country::parse(&self.hq_country)
            .map_err(|e| ApiError::invalid("hq_country", e.to_string()))?;
        let website = match self.website.trim() {
            "" => None,
            w => Some(parse_website(w).map_err(|e| ApiError::invalid("website", e))?),
        };
        let parent: Option<CompanyId> = match self.parent.trim() {
            "" => None,
            p => Some(
                CompanySlug::parse(p)
                    .ok()
                    .map(|slug| companies::find_by_slug(conn, slug.as_str()))
                    .transpose()?
                    .flatten()
                    .ok_or_else(|| {
                        ApiError::invalid(
                            "parent",
                            format!("there is no company with the slug `{p}`"),
                        )
                    })?
                    .id,
            ),
        };
        if self.notes.contains('\0') {
            return Err(ApiError::invalid(
                "notes",
                "the notes contain a NUL character",
            ));
        }
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
