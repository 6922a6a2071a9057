//! One target's outreach log: the same dated lines staff read on the
//! target's page (`web::admin::outreach_log`), with their times in UTC.

use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::campaigns::campaign;
use super::error::ErrorBody;
use super::{utc, ApiError, Caller};
use crate::db::campaigns::{self, Campaign, TargetDetail};
use crate::db::letters::letters_of;
use crate::db::outreach::extension_requests_of;
use crate::db::{links, outbox, DbConnection};
use crate::domain::campaign::parse_time_zone;
use crate::web::admin::outreach_log::outreach_log;
use crate::web::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct LogEntry {
    #[schema(format = DateTime)]
    pub at: String,
    pub what: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OutreachLog {
    pub company: String,
    pub status: String,
    /// Oldest first.
    pub entries: Vec<LogEntry>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct TargetPath {
    /// The campaign's slug.
    pub slug: String,
    /// The company's slug.
    pub company: String,
}

/// The campaign and its target for this company, or 404.
pub fn target(
    conn: &mut DbConnection,
    slug: &str,
    company: &str,
) -> Result<(Campaign, TargetDetail), ApiError> {
    let found = campaign(conn, slug)?;
    let row = campaigns::targets(conn, &found.id)?
        .into_iter()
        .find(|t| t.company_slug == company)
        .ok_or(ApiError::NotFound)?;
    let detail = campaigns::target(conn, &found.id, &row.id)?.ok_or(ApiError::NotFound)?;
    Ok((found, detail))
}

/// What happened in reaching one company: emails, links, deadlines,
/// requests for more time, letters.
#[utoipa::path(get, path = "/api/campaigns/{slug}/targets/{company}/outreach", tag = "outreach",
    params(TargetPath),
    responses(
        (status = 200, description = "The outreach log", body = OutreachLog),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 404, description = "No such campaign or target", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn log(
    _caller: Caller,
    state: web::Data<AppState>,
    path: web::Path<TargetPath>,
) -> Result<HttpResponse, ApiError> {
    let TargetPath { slug, company } = path.into_inner();
    let (campaign, target, emails, links, requests, letters) = state
        .run(move |conn| {
            let (campaign, target) = target(conn, &slug, &company)?;
            let emails = outbox::for_target(conn, &target.id)?;
            let links = links::for_target(conn, &target.id)?;
            let requests = extension_requests_of(conn, &target.id)?;
            let letters = letters_of(conn, &target.id)?;
            Ok::<_, ApiError>((campaign, target, emails, links, requests, letters))
        })
        .await?;
    let tz = parse_time_zone(&campaign.time_zone).unwrap_or(chrono_tz::UTC);
    let lines = outreach_log(tz, &target, &emails, &links, &requests, &letters);
    Ok(HttpResponse::Ok().json(OutreachLog {
        company: target.company_slug.clone(),
        status: target.status.as_str().to_string(),
        entries: lines
            .into_iter()
            .map(|l| LogEntry {
                at: utc(l.at),
                what: l.what,
            })
            .collect(),
    }))
}
