//! Security headers on every response.

use actix_web::http::header;
use actix_web::middleware::DefaultHeaders;

/// No inline script or style anywhere: pages load only our own files.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::REFERRER_POLICY, "same-origin"))
        // Staff pages must not linger in shared caches; public pages that
        // may be cached set their own header.
        .add((header::CACHE_CONTROL, "no-store"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add((
            header::PERMISSIONS_POLICY,
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ))
}
