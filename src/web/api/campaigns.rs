//! Campaigns and the statuses of their targets, as the tracking dashboard
//! reads them.

use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::error::ErrorBody;
use super::pagination::PageQuery;
use super::{utc, ApiError, Caller};
use crate::db::campaigns::{self, Campaign, TargetRow};
use crate::db::DbConnection;
use crate::domain::campaign::parse_campaign_slug;
use crate::web::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct CampaignOut {
    pub slug: String,
    pub title: String,
    /// draft, open, closed or published.
    pub state: String,
    #[schema(format = DateTime)]
    pub opens_at: String,
    #[schema(format = DateTime)]
    pub deadline_at: String,
    pub time_zone: String,
}

impl From<&Campaign> for CampaignOut {
    fn from(c: &Campaign) -> Self {
        CampaignOut {
            slug: c.slug.clone(),
            title: c.title.clone(),
            state: c.state().as_str().to_string(),
            opens_at: utc(c.opens_at),
            deadline_at: utc(c.deadline_at),
            time_zone: c.time_zone.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CampaignList {
    pub items: Vec<CampaignOut>,
    pub next_after: Option<String>,
}

/// A company the campaign writes to, and where it stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct TargetOut {
    /// The company's slug.
    pub company: String,
    pub company_name: String,
    /// not_invited, invited, viewed, in_progress, submitted, declined or
    /// overdue.
    pub status: String,
    /// The company's own deadline, when it was given more time.
    #[schema(format = DateTime)]
    pub own_deadline: Option<String>,
    #[schema(format = DateTime)]
    pub last_activity_at: Option<String>,
    #[schema(format = DateTime)]
    pub added_at: String,
}

impl From<&TargetRow> for TargetOut {
    fn from(t: &TargetRow) -> Self {
        TargetOut {
            company: t.company_slug.clone(),
            company_name: t.company_name.clone(),
            status: t.status().as_str().to_string(),
            own_deadline: t.own_deadline.map(utc),
            last_activity_at: t.last_activity_at.map(utc),
            added_at: utc(t.added_at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TargetList {
    pub items: Vec<TargetOut>,
    pub next_after: Option<String>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct CampaignPath {
    /// The campaign's slug.
    pub slug: String,
}

/// The campaign with this slug, or 404.
pub fn campaign(conn: &mut DbConnection, slug: &str) -> Result<Campaign, ApiError> {
    // A string that is no slug is looked up nowhere.
    let slug = parse_campaign_slug(slug).map_err(|_| ApiError::NotFound)?;
    campaigns::find_by_slug(conn, &slug)?.ok_or(ApiError::NotFound)
}

/// Lists campaigns by slug.
#[utoipa::path(get, path = "/api/campaigns", tag = "campaigns",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of campaigns", body = CampaignList),
        (status = 400, description = "A parameter is not right", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn list(
    _caller: Caller,
    state: web::Data<AppState>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut all = state
        .run(|conn| campaigns::list(conn).map_err(ApiError::from))
        .await?;
    all.sort_by(|a, b| a.slug.cmp(&b.slug));
    let (items, next_after) = query.page(all, |c| c.slug.as_str())?;
    Ok(HttpResponse::Ok().json(CampaignList {
        items: items.iter().map(CampaignOut::from).collect(),
        next_after,
    }))
}

/// One campaign.
#[utoipa::path(get, path = "/api/campaigns/{slug}", tag = "campaigns",
    params(CampaignPath),
    responses(
        (status = 200, description = "The campaign", body = CampaignOut),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 404, description = "No such campaign", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn show(
    _caller: Caller,
    state: web::Data<AppState>,
    path: web::Path<CampaignPath>,
) -> Result<HttpResponse, ApiError> {
    let slug = path.into_inner().slug;
    let found = state.run(move |conn| campaign(conn, &slug)).await?;
    Ok(HttpResponse::Ok().json(CampaignOut::from(&found)))
}

/// The campaign's targets and their statuses, by company slug.
#[utoipa::path(get, path = "/api/campaigns/{slug}/targets", tag = "campaigns",
    params(CampaignPath, PageQuery),
    responses(
        (status = 200, description = "A page of targets", body = TargetList),
        (status = 400, description = "A parameter is not right", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 404, description = "No such campaign", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn targets(
    _caller: Caller,
    state: web::Data<AppState>,
    path: web::Path<CampaignPath>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let slug = path.into_inner().slug;
    let mut all = state
        .run(move |conn| {
            let found = campaign(conn, &slug)?;
            Ok::<_, ApiError>(campaigns::targets(conn, &found.id)?)
        })
        .await?;
    all.sort_by(|a, b| a.company_slug.cmp(&b.company_slug));
    let (items, next_after) = query.page(all, |t| t.company_slug.as_str())?;
    Ok(HttpResponse::Ok().json(TargetList {
        items: items.iter().map(TargetOut::from).collect(),
        next_after,
    }))
}
