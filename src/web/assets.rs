//! Our own style sheet and scripts, compiled into the binary so that a
//! deployment is one file. The content security policy allows only these.

use actix_web::http::header;
use actix_web::{web, HttpResponse};

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static str,
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "app.css",
        content_type: "text/css; charset=utf-8",
        body: include_str!("../../templates/static/app.css"),
    },
    Asset {
        name: "respond.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("../../templates/static/respond.js"),
    },
    Asset {
        name: "icon.svg",
        content_type: "image/svg+xml",
        body: include_str!("../../templates/static/icon.svg"),
    },
];

pub async fn serve(name: web::Path<String>) -> HttpResponse {
    match ASSETS.iter().find(|a| a.name == name.as_str()) {
        Some(asset) => HttpResponse::Ok()
            .insert_header((header::CONTENT_TYPE, asset.content_type))
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .body(asset.body),
        None => HttpResponse::NotFound().finish(),
    }
}
