//! Attaching an evidence document to an answer (a small multipart form per
//! question, the CSRF token in its address, no script needed) and removing
//! one. A refused upload shows the section again, the reason beside that
//! question's upload field; nothing stored is changed.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use futures_util::StreamExt;
use serde::Deserialize;

use crate::app::answering::{self as responses, ResponseError, Upload};
use crate::domain::documents::EVIDENCE_BYTES_CEILING;
use crate::domain::ids::EvidenceId;
use crate::domain::time;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, see_other};
use crate::web::respond::ended;
use crate::web::respond::session::MaybeRespondent;
use crate::web::state::AppState;

use super::{section_page, Context};

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/respond/sections/{key}/evidence/{question}",
        crate::web::post().to(attach),
    )
    .route(
        "/respond/sections/{key}/evidence/{question}/remove",
        crate::web::post().to(remove),
    );
}

/// Reads the `document` field, keeping at most `limit` bytes and a byte
/// more (to know it was larger); the rest of the body is read and dropped.
async fn read(mut body: Multipart, limit: usize) -> Result<Upload, AppError> {
    let mut upload = Upload {
        file_name: String::new(),
        bytes: Vec::new(),
        too_large: false,
    };
    while let Some(field) = body.next().await {
        let mut field =
            field.map_err(|_| AppError::BadRequest("The form could not be read.".into()))?;
        let is_document = field.name() == Some("document");
        if is_document {
            upload.file_name = field
                .content_disposition()
                .and_then(|d| d.get_filename())
                .unwrap_or_default()
                .to_string();
        }
        while let Some(chunk) = field.next().await {
            let chunk =
                chunk.map_err(|_| AppError::BadRequest("The form could not be read.".into()))?;
            if is_document {
                let room = (limit + 1).saturating_sub(upload.bytes.len());
                upload
                    .bytes
                    .extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
        }
    }
    if upload.bytes.len() > limit {
        upload.too_large = true;
        upload.bytes.clear();
    }
    Ok(upload)
}

async fn attach(
    state: web::Data<AppState>,
    csrf: CsrfToken,
    respondent: MaybeRespondent,
    path: web::Path<(String, String)>,
    body: Multipart,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let (key, question) = path.into_inner();
    let ctx = Context::load(&state, r).await?;
    if !ctx
        .questionnaire()
        .sections
        .iter()
        .any(|s| s.key.as_str() == key && s.questions.iter().any(|q| q.key.as_str() == question))
    {
        return Err(AppError::NotFound);
    }
    let limit = ctx.evidence_rules.max_bytes.min(EVIDENCE_BYTES_CEILING);
    let upload = read(body, limit).await?;
    let (holder, loaded, q) = (ctx.r.holder.clone(), ctx.loaded.clone(), question.clone());
    let result = state
        .run(move |conn| {
            responses::attach_evidence(conn, &holder, &loaded.1, &q, &upload, time::now())
        })
        .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "/respond/sections/{key}?attached=1#q-{question}"
        ))),
        Err(ResponseError::EvidenceRefused(why)) => {
            let ctx = Context::load(&state, ctx.r).await?;
            let mut page = section_page(&ctx, &csrf, &key, &[], None, &HashMap::new())?;
            page.refuse_upload(
                &question,
                crate::web::respond::refusals::evidence(ctx.tr, &why),
            );
            Ok(html(
                &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
                &page,
            ))
        }
        Err(e) if e.is_refusal() => {
            let ctx = Context::load(&state, ctx.r).await?;
            let page = section_page(&ctx, &csrf, &key, &[], None, &HashMap::new())?;
            Ok(html(&mut HttpResponse::Conflict(), &page))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct RemoveForm {
    id: String,
}

async fn remove(
    state: web::Data<AppState>,
    respondent: MaybeRespondent,
    path: web::Path<(String, String)>,
    form: HtmlForm<RemoveForm>,
) -> Result<HttpResponse, AppError> {
    let Some(r) = respondent.0 else {
        return Ok(ended());
    };
    let (key, question) = path.into_inner();
    let id = EvidenceId::parse(&form.id).ok_or(AppError::NotFound)?;
    let holder = r.holder.clone();
    let removed = state
        .run(move |conn| responses::remove_evidence(conn, &holder, &id, time::now()))
        .await?;
    if !removed {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!(
        "/respond/sections/{key}?removed=1#q-{question}"
    )))
}
