//! A company's published evidence documents: only those the latest
//! published version names by SHA-256 beside an answer, served as
//! attachments with the content type told from their contents and
//! `nosniff`.

use actix_web::{web, HttpResponse};

use super::load;
use crate::db::evidence;
use crate::domain::campaign::CampaignSlug;
use crate::domain::company::CompanySlug;
use crate::domain::documents::is_sha256_hex;
use crate::web::error::AppError;
use crate::web::state::AppState;

pub(super) async fn document(
    state: web::Data<AppState>,
    path: web::Path<(CampaignSlug, CompanySlug, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, company, sha256) = path.into_inner();
    if !is_sha256_hex(&sha256) {
        return Err(AppError::NotFound);
    }
    let (_, doc) = load(&state, &slug.into_string(), None).await?;
    let named = doc.company(company.as_str()).is_some_and(|c| {
        c.answers
            .iter()
            .any(|a| a.documents.iter().any(|d| d.sha256 == sha256))
    });
    if !named {
        return Err(AppError::NotFound);
    }
    let (content_type, bytes) = state
        .db(move |conn| Ok(evidence::document(conn, &sha256)?))
        .await?
        .ok_or(AppError::NotFound)?;
    let mut response = crate::web::documents::attachment("evidence", &content_type, bytes);
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("public, max-age=60"),
    );
    Ok(response)
}
