//! A company's submitted revisions: each an immutable snapshot with the
//! SHA-256 its receipt gave. The snapshot is returned as the exact text
//! that was hashed, so that a script can check the digest itself.

use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::error::ErrorBody;
use super::outreach::{target, TargetPath};
use super::{utc, ApiError, Caller};
use crate::db::submissions::{self, SubmissionRow};
use crate::web::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionOut {
    pub revision: i32,
    /// SHA-256 of `snapshot`, lowercase hex, as on the company's receipt.
    pub sha256: String,
    #[schema(format = DateTime)]
    pub submitted_at: String,
    /// The contact who submitted.
    pub submitted_by: String,
}

impl From<&SubmissionRow> for SubmissionOut {
    fn from(s: &SubmissionRow) -> Self {
        SubmissionOut {
            revision: s.revision,
            sha256: s.digest.clone(),
            submitted_at: utc(s.submitted_at),
            submitted_by: s.submitted_by.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionList {
    /// Newest first.
    pub items: Vec<SubmissionOut>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Snapshot {
    #[serde(flatten)]
    pub submission: SubmissionOut,
    /// The snapshot, a JSON document, as the exact text whose SHA-256 is
    /// `sha256`.
    pub snapshot: String,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct RevisionPath {
    /// The campaign's slug.
    pub slug: String,
    /// The company's slug.
    pub company: String,
    /// The revision, from 1.
    #[param(minimum = 1)]
    pub revision: i32,
}

/// The company's submitted revisions.
#[utoipa::path(get, path = "/api/campaigns/{slug}/targets/{company}/submissions", tag = "submissions",
    params(TargetPath),
    responses(
        (status = 200, description = "The revisions, newest first", body = SubmissionList),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 404, description = "No such campaign or target", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn list(
    _caller: Caller,
    state: web::Data<AppState>,
    path: web::Path<TargetPath>,
) -> Result<HttpResponse, ApiError> {
    let TargetPath { slug, company } = path.into_inner();
    let rows = state
        .run(move |conn| {
            let (_, target) = target(conn, &slug, &company)?;
            Ok::<_, ApiError>(submissions::submissions_of(conn, &target.id)?)
        })
        .await?;
    Ok(HttpResponse::Ok().json(SubmissionList {
        items: rows.iter().map(SubmissionOut::from).collect(),
    }))
}

/// One submitted revision with its snapshot.
#[utoipa::path(get, path = "/api/campaigns/{slug}/targets/{company}/submissions/{revision}", tag = "submissions",
    params(RevisionPath),
    responses(
        (status = 200, description = "The revision and its snapshot", body = Snapshot),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 404, description = "No such campaign, target or revision", body = ErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn show(
    _caller: Caller,
    state: web::Data<AppState>,
    path: web::Path<RevisionPath>,
) -> Result<HttpResponse, ApiError> {
    let RevisionPath {
        slug,
        company,
        revision,
    } = path.into_inner();
    let (row, snapshot) = state
        .run(move |conn| {
            let (_, target) = target(conn, &slug, &company)?;
            submissions::submission(conn, &target.id, revision)?.ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(HttpResponse::Ok().json(Snapshot {
        submission: SubmissionOut::from(&row),
        snapshot,
    }))
}
