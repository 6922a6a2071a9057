//! Serving a company's documents (letters, evidence): always as an
//! attachment, with the content type told from the contents and
//! `nosniff`, never shown in the browser.

use actix_web::http::header;
use actix_web::HttpResponse;

use crate::domain::documents::{sha256_hex, DocumentKind};

/// `bytes` for download as `{prefix}-{first 12 digits of the SHA-256}.ext`.
pub fn attachment(prefix: &str, content_type: &str, bytes: Vec<u8>) -> HttpResponse {
    let kind = DocumentKind::from_content_type(content_type).or_else(|| DocumentKind::of(&bytes));
    let (content_type, extension) = match kind {
        Some(k) => (k.content_type(), k.extension()),
        None => ("application/octet-stream", "bin"),
    };
    let digest = sha256_hex(&bytes);
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, content_type))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{prefix}-{}.{extension}\"",
                &digest[..12]
            ),
        ))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .body(bytes)
}
