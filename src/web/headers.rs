//! Security headers on every response.

use actix_web::http::header;
use actix_web::middleware::DefaultHeaders;

/// No inline script or style anywhere: pages load only our own files.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Browsers that once saw the site over https never use plain http for it
/// again, for a year (only sent when the base URL is https).
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000; includeSubDomains";

pub fn security_headers(https: bool) -> DefaultHeaders {
    let headers = if https {
        DefaultHeaders::new().add((header::STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY))
    } else {
        DefaultHeaders::new()
    };
    headers
        // Other sites may link to and download anything public, but not
        // load it into their own pages.
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
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
