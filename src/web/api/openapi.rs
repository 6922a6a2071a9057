//! The OpenAPI 3.1 document of the JSON API, generated from the handlers'
//! annotations and the request and response types (utoipa), served at
//! `/api/openapi.json` without a token.

use actix_web::HttpResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{campaigns, companies, error, outreach, publishing, submissions};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Answerable API",
        description = "The company directory, campaigns and their targets, outreach logs, submitted snapshots and publishing, for scripts. Send `Authorization: Bearer <token>`; an admin makes tokens at /admin/api-tokens.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    paths(
        serve,
        companies::list,
        companies::create,
        companies::show,
        companies::update,
        campaigns::list,
        campaigns::show,
        campaigns::targets,
        outreach::log,
        submissions::list,
        submissions::show,
        publishing::list,
        publishing::publish,
    ),
    components(schemas(error::ErrorBody, error::ErrorDetail)),
    modifiers(&BearerScheme),
    tags(
        (name = "companies", description = "The company directory"),
        (name = "campaigns", description = "Campaigns and their targets' statuses"),
        (name = "outreach", description = "What was sent to each company, and when"),
        (name = "submissions", description = "Submitted answers, as immutable snapshots"),
        (name = "publishing", description = "Published versions of a scorecard"),
    )
)]
pub struct ApiDoc;

struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API token made by an admin"))
                    .build(),
            ),
        );
    }
}

/// This document.
#[utoipa::path(get, path = "/api/openapi.json", tag = "document",
    responses((status = 200, description = "The OpenAPI 3.1 document", content_type = "application/json", body = Object)))]
pub async fn serve() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every operation registered under /api is in the document, and the
    /// document has no operation that is not registered.
    #[test]
    fn the_document_lists_every_registered_operation() {
        let doc = ApiDoc::openapi();
        let mut documented: Vec<(String, String)> = Vec::new();
        for (path, item) in &doc.paths.paths {
            let value = serde_json::to_value(item).unwrap();
            for method in ["get", "post", "put", "patch", "delete"] {
                if value.get(method).is_some() {
                    documented.push((method.to_uppercase(), path.clone()));
                }
            }
        }
        let mut registered: Vec<(String, String)> = crate::web::api::operations()
            .into_iter()
            .map(|o| (o.method.to_string(), o.path.to_string()))
            .collect();
        documented.sort();
        registered.sort();
        assert_eq!(documented, registered);
    }

    #[test]
    fn the_document_is_openapi_3_1_with_a_bearer_scheme() {
        let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
        assert_eq!(
            doc["components"]["securitySchemes"]["bearer"]["scheme"],
            "bearer"
        );
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                let responses = operation["responses"].as_object().unwrap();
                if path != "/api/openapi.json" {
                    assert!(
                        responses.contains_key("401"),
                        "{method} {path} documents 401"
                    );
                }
            }
        }
    }

    /// `docs/openapi.json` is the document as served; regenerate it with
    /// `ANSWERABLE_WRITE_OPENAPI=1 cargo test --lib openapi` after a change.
    #[test]
    fn the_checked_in_copy_is_current() {
        let served = ApiDoc::openapi().to_pretty_json().unwrap() + "\n";
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/openapi.json");
        if std::env::var_os("ANSWERABLE_WRITE_OPENAPI").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &served).unwrap();
        }
        let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            checked_in == served,
            "docs/openapi.json differs from the served document; regenerate it with ANSWERABLE_WRITE_OPENAPI=1 cargo test --lib openapi"
        );
    }
}
