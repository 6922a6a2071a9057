//! Importing the directory from the admin pages: upload a CSV, see every
//! problem or a preview of what would change, then confirm. Between the
//! two steps the file waits in the data directory under its SHA-256, so
//! the import confirmed is exactly the file previewed.

use std::path::PathBuf;

use actix_multipart::form::bytes::Bytes as UploadedBytes;
use actix_multipart::form::MultipartForm;
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::app::directory::{self, ImportSummary};
use crate::domain::directory_csv::{self, CompanyRecord};
use crate::domain::i18n::Tr;
use crate::web::auth::EditorOnly;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, PageContext};
use crate::web::state::AppState;

/// The largest file accepted: about 100,000 rows.
pub const UPLOAD_LIMIT: usize = 20 * 1024 * 1024;

#[derive(Template)]
#[template(path = "admin/directory_import.html")]
struct ImportPage {
    page: PageContext,
    errors: Vec<String>,
    preview: Option<Preview>,
}

struct Preview {
    digest: String,
    summary: ImportSummary,
    companies: Vec<CompanyRecord>,
    rows: usize,
}

impl Preview {
    fn warnings(&self) -> Vec<String> {
        directory_csv::delivery_warnings(&self.companies)
    }
}

pub async fn form(staff: EditorOnly, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    Ok(ok(&ImportPage {
        page: PageContext::new(
            Tr::english().t("admin-title-import-companies"),
            &csrf,
            Some(&me),
        ),
        errors: Vec::new(),
        preview: None,
    }))
}

#[derive(MultipartForm)]
pub struct Upload {
    file: Option<UploadedBytes>,
}

fn pending_path(state: &AppState, digest: &str) -> PathBuf {
    state
        .config
        .data_dir
        .join("imports")
        .join(format!("{digest}.csv"))
}

pub async fn preview(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    upload: MultipartForm<Upload>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let page = |errors: Vec<String>, preview: Option<Preview>| ImportPage {
        page: PageContext::new(
            Tr::english().t("admin-title-import-companies"),
            &csrf,
            Some(&me),
        ),
        errors,
        preview,
    };
    let bytes = match &upload.file {
        Some(f) if !f.data.is_empty() => f.data.to_vec(),
        _ => {
            let p = page(
                vec![Tr::english().t("admin-directory-import-choose-a-csv-file-to")],
                None,
            );
            return Ok(html(
                &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
                &p,
            ));
        }
    };
    let records = match directory_csv::parse(&bytes) {
        Ok(r) => r,
        Err(errors) => {
            let p = page(errors.iter().map(|e| e.to_string()).collect(), None);
            return Ok(html(
                &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
                &p,
            ));
        }
    };
    let digest = hex::encode(Sha256::digest(&bytes));
    let path = pending_path(&state, &digest);
    let rows = data_rows(&bytes);
    web::block(move || {
        crate::private_files::create_dir(path.parent().expect("a folder"))
            .and_then(|_| crate::private_files::write(&path, &bytes))
    })
    .await
    .map_err(anyhow::Error::new)
    .and_then(|kept| kept.map_err(anyhow::Error::new))
    .map_err(|e| AppError::Internal(e.context("keeping the upload for confirmation")))?;
    let actor = me.actor();
    let (summary, records) = state
        .run(move |conn| {
            let summary = directory::import(conn, &records, &actor, true, &mut |_| {})?;
            Ok::<_, directory::ImportError>((summary, records))
        })
        .await?;
    Ok(ok(&page(
        Vec::new(),
        Some(Preview {
            digest,
            summary,
            companies: records,
            rows,
        }),
    )))
}

/// Rows of data: non-blank lines after the header.
fn data_rows(bytes: &[u8]) -> usize {
    bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count()
        .saturating_sub(1)
}

#[derive(Deserialize)]
pub struct Confirm {
    #[serde(default)]
    digest: String,
}

pub async fn confirm(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    form: HtmlForm<Confirm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let digest = form.into_inner().digest;
    if digest.len() != 64 || !digest.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::BadRequest(
            Tr::english().t("admin-directory-import-this-import-is-not-known"),
        ));
    }
    let path = pending_path(&state, &digest);
    let Ok(bytes) = std::fs::read(&path) else {
        let p = ImportPage {
            page: PageContext::new(
                Tr::english().t("admin-title-import-companies"),
                &csrf,
                Some(&me),
            ),
            errors: vec![Tr::english().t("admin-directory-import-this-import-was-already-done")],
            preview: None,
        };
        return Ok(html(&mut HttpResponse::build(StatusCode::CONFLICT), &p));
    };
    let records = directory_csv::parse(&bytes).map_err(|_| {
        AppError::BadRequest(Tr::english().t("admin-directory-import-the-kept-file-no-longer"))
    })?;
    let actor = me.actor();
    let summary = state
        .run(move |conn| directory::import(conn, &records, &actor, false, &mut |_| {}))
        .await?;
    let _ = std::fs::remove_file(&path);
    let location = format!(
        "/admin/companies?imported={}-{}-{}",
        summary.created, summary.updated, summary.unchanged
    );
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish())
}
