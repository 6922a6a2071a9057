//! Evidence documents a company attached to its answers, for staff (any
//! role) to download from the submission page.

use actix_web::{web, HttpResponse};

use super::campaign_by_slug;
use crate::db::campaigns;
use crate::db::evidence;
use crate::domain::documents::is_sha256_hex;
use crate::domain::ids::TargetId;
use crate::web::auth::AnyStaff;
use crate::web::error::AppError;
use crate::web::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/admin/campaigns/{slug}/targets/{target}/evidence/{sha256}",
        crate::web::get().to(download),
    );
}

/// The document as attached, if it is one of this company's.
async fn download(
    staff: AnyStaff,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(_) = staff;
    let (slug, target, sha256) = path.into_inner();
    let target_id = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    if !is_sha256_hex(&sha256) {
        return Err(AppError::NotFound);
    }
    let campaign = campaign_by_slug(&state, &slug).await?;
    let (content_type, bytes) = state
        .db(move |conn| {
            campaigns::target(conn, &campaign.id, &target_id)?.ok_or(AppError::NotFound)?;
            if !evidence::is_of_target(conn, &target_id, &sha256)? {
                return Ok(None);
            }
            Ok(evidence::document(conn, &sha256)?)
        })
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(crate::web::documents::attachment(
        "evidence",
        &content_type,
        bytes,
    ))
}
