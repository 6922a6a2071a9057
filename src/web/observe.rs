//! Every request gets an id, a log line and a count in `/metrics`.
//!
//! The id is the incoming `X-Request-Id` when it is short and plain (a
//! proxy in front may have made one), a new random one otherwise. It is
//! sent back in `X-Request-Id`, is a field of the request's span (so of
//! every log line written while answering it) and is shown on error pages
//! ("Quote this reference"), so that a person's report can be matched to
//! the log.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::web;
use tracing::Instrument;

use super::metrics::UNMATCHED;
use super::state::AppState;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

tokio::task_local! {
    static CURRENT: String;
}

/// The id of the request being answered, for the error page.
pub fn current_request_id() -> Option<String> {
    CURRENT.try_with(Clone::clone).ok()
}

/// An incoming id is kept only if it is 1 to 64 letters, digits, `-`, `_`
/// or `.`: anything else could forge log lines or carry markup.
fn acceptable(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

fn new_id() -> String {
    format!("{:016x}", rand::random::<u64>())
}

pub async fn observe(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let id = req
        .headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| acceptable(v))
        .map_or_else(new_id, str::to_string);
    let method = req.method().to_string();
    let span = tracing::info_span!("request", request_id = %id);
    let answered = CURRENT
        .scope(id.clone(), next.call(req))
        .instrument(span.clone())
        .await;
    let seconds = started.elapsed().as_secs_f64();
    let (route, status) = match &answered {
        Ok(res) => (
            res.request()
                .match_pattern()
                .unwrap_or_else(|| UNMATCHED.to_string()),
            res.status().as_u16(),
        ),
        // An error from a middleware, rendered further out (none of ours
        // does this: they answer with a page).
        Err(e) => (
            UNMATCHED.to_string(),
            e.as_response_error().status_code().as_u16(),
        ),
    };
    span.in_scope(|| {
        tracing::info!(
            request_id = %id,
            %method,
            %route,
            status,
            duration_ms = (seconds * 1000.0).round() as u64,
            "answered"
        )
    });
    let mut res = answered?;
    if let Some(state) = res.request().app_data::<web::Data<AppState>>() {
        state.metrics.observe(&method, &route, status, seconds);
    }
    if let Ok(value) = HeaderValue::from_str(&id) {
        res.headers_mut().insert(REQUEST_ID, value);
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_short_plain_ids_are_kept() {
        assert!(acceptable("abc-123_X.y"));
        assert!(!acceptable(""));
        assert!(!acceptable(&"a".repeat(65)));
        assert!(!acceptable("a b"));
        assert!(!acceptable("<script>"));
        assert!(!acceptable("a\"}\n{"));
        assert_eq!(new_id().len(), 16);
    }
}
