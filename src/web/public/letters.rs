//! A company's letter, once published: the document its published response
//! names by SHA-256, served as an attachment that browsers do not render.

use actix_web::{web, HttpResponse};

use super::load;
use crate::db::letters;
use crate::domain::campaign::CampaignSlug;
use crate::domain::company::CompanySlug;
use crate::web::error::AppError;
use crate::web::state::AppState;

pub(super) async fn letter(
    state: web::Data<AppState>,
    path: web::Path<(CampaignSlug, CompanySlug)>,
) -> Result<HttpResponse, AppError> {
    let (slug, company) = path.into_inner();
    let (slug, company) = (slug.into_string(), company.to_string());
    let (_, doc) = load(&state, &slug, None).await?;
    // Only a document the latest published version names is served.
    let sha256 = doc
        .company(&company)
        .and_then(|c| c.letter.as_ref())
        .map(|l| l.sha256.clone())
        .ok_or(AppError::NotFound)?;
    let (content_type, bytes) = state
        .db(move |conn| {
            Ok(letters::document_of_company(
                conn, &slug, &company, &sha256,
            )?)
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let mut response = crate::web::admin::letters::attachment(content_type, bytes);
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("public, max-age=60"),
    );
    Ok(response)
}
