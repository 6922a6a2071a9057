//! Which methods a path answers, so that a known path asked with another
//! method gets 405 Method Not Allowed with `Allow` (RFC 9110 §15.5.6), and
//! only an unknown path gets 404.
//!
//! Routes are listed once: each route's method guard (from
//! [`crate::web::get`] or [`crate::web::post`]) notes its methods in the
//! request as the router tries it. The router tries a route's guard only
//! when the path matched, so when no route takes a request, what was noted
//! is exactly what that path answers, and the default service reads it.

use actix_web::guard::{Guard, GuardContext};
use actix_web::http::{header, Method};
use actix_web::{HttpMessage, HttpRequest, HttpResponse};

use crate::web::app_error::AppError;

/// Whether a request with this method only reads: such requests need no
/// CSRF token, and the API takes them without a token of the write scope.
pub fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The methods of the routes whose path matched this request.
#[derive(Clone, Default)]
struct Answered(Vec<Method>);

/// A method guard that notes the methods it would take.
pub struct Methods(pub Vec<Method>);

impl Guard for Methods {
    fn check(&self, ctx: &GuardContext<'_>) -> bool {
        {
            let mut data = ctx.req_data_mut();
            let answered = data.get_mut::<Answered>();
            match answered {
                Some(Answered(seen)) => {
                    for m in &self.0 {
                        if !seen.contains(m) {
                            seen.push(m.clone());
                        }
                    }
                }
                None => {
                    data.insert(Answered(self.0.clone()));
                }
            }
        }
        self.0.contains(&ctx.head().method)
    }
}

/// What a request that no route took gets: 405 with `Allow` when its path
/// is known (the error page comes from `error::render_plain_errors`),
/// otherwise 404.
pub async fn not_routed(req: HttpRequest) -> Result<HttpResponse, AppError> {
    let answered = req.extensions().get::<Answered>().cloned();
    match answered {
        Some(Answered(mut methods)) if !methods.is_empty() => {
            methods.sort_by_key(order);
            Ok(HttpResponse::MethodNotAllowed()
                .insert_header(header::Allow(methods))
                .finish())
        }
        _ => Err(AppError::NotFound),
    }
}

/// GET, HEAD, POST, then the rest, as people expect to read them.
fn order(m: &Method) -> usize {
    [Method::GET, Method::HEAD, Method::POST]
        .iter()
        .position(|known| known == m)
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    /// A route made with actix's own `web::get()` or `web::post()` would
    /// not note its methods, and its path would answer 404 instead of 405.
    #[test]
    fn every_route_is_made_with_our_method_guards() {
        fn visit(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    visit(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("web/methods.rs")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for (n, line) in text.lines().enumerate() {
                        let bare = ["web::get()", "web::post()", "web::put()", "web::delete()"]
                            .iter()
                            // A `web::…` path of actix, not one of ours.
                            .any(|m| {
                                line.match_indices(m)
                                    .any(|(at, _)| !line[..at].ends_with(concat!("crate", "::")))
                            });
                        if bare {
                            found.push(format!("{}:{}: {line}", path.display(), n + 1));
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        visit(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        assert!(
            found.is_empty(),
            "use crate::web::get() or crate::web::post():\n{}",
            found.join("\n")
        );
    }
}
