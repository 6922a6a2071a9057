//! `/favicon.ico`: browsers ask for it on every site whatever the page
//! says, so it is there (a 32-pixel icon, the same as `/static/icon.svg`)
//! and kept by them for a year rather than asked for again.

use actix_web::http::header;
use actix_web::HttpResponse;

const ICON: &[u8] = include_bytes!("../../templates/static/favicon.ico");

pub async fn serve() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "image/x-icon"))
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000"))
        .body(ICON)
}
