//! A submitted revision as staff read it: the exact snapshot, its digest
//! and who submitted it.

use actix_web::{web, HttpResponse};
use askama::Template;

use super::outreach::zone;
use crate::db::campaigns::{self, Campaign, TargetDetail};
use crate::db::submissions::{self, SubmissionRow};
use crate::domain::answers::Snapshot;
use crate::domain::campaign::show_in_zone;
use crate::domain::ids::TargetId;
use crate::web::auth::AnyStaff;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{ok, PageContext};
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "admin/submission.html")]
struct SubmissionPage {
    page: PageContext,
    campaign: Campaign,
    target: TargetDetail,
    row: SubmissionRow,
    submitted_at: String,
    snapshot: Snapshot,
}

/// One submitted revision, exactly as stored; `N.json` is the stored
/// document itself, whose SHA-256 is the digest.
pub async fn show_submission(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let (slug, target, file) = path.into_inner();
    let target_id = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    let (revision, as_json) = match file.strip_suffix(".json") {
        Some(n) => (n.parse::<i32>().map_err(|_| AppError::NotFound)?, true),
        None => (file.parse::<i32>().map_err(|_| AppError::NotFound)?, false),
    };
    let (campaign, target, found) = state
        .db(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            let target =
                campaigns::target(conn, &campaign.id, &target_id)?.ok_or(AppError::NotFound)?;
            let found = submissions::submission(conn, &target.id, revision)?;
            Ok((campaign, target, found))
        })
        .await?;
    let (row, json) = found.ok_or(AppError::NotFound)?;
    if as_json {
        return Ok(HttpResponse::Ok()
            .content_type(actix_web::http::header::ContentType::json())
            .insert_header((
                actix_web::http::header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}-{}-{revision}.json\"",
                    campaign.slug, target.company_slug
                ),
            ))
            .body(json));
    }
    let snapshot: Snapshot =
        serde_json::from_str(&json).map_err(|e| AppError::Internal(e.into()))?;
    Ok(ok(&SubmissionPage {
        page: PageContext::new(
            format!("{} · revision {revision}", target.company_name),
            &csrf,
            Some(&me),
        ),
        submitted_at: show_in_zone(row.submitted_at, zone(&campaign)),
        campaign,
        target,
        row,
        snapshot,
    }))
}
