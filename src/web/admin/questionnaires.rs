//! Questionnaires for staff: the versions stored, a preview of each exactly
//! as a company representative will see the form, and the map of demands
//! to questions to scoring.

use actix_web::{web, HttpResponse};
use askama::Template;

use crate::db::questionnaires::{self, QuestionnaireVersion};
use crate::domain::i18n::Tr;
use crate::web::auth::AnyStaff;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{ok, PageContext};
use crate::web::questionnaire_view::QuestionnaireView;
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "admin/questionnaires.html")]
struct ListPage {
    page: PageContext,
    versions: Vec<QuestionnaireVersion>,
    folder: String,
}

pub async fn list(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let versions = state.db(|conn| Ok(questionnaires::list(conn)?)).await?;
    Ok(ok(&ListPage {
        page: PageContext::new(
            Tr::english().t("admin-title-questionnaires"),
            &csrf,
            Some(&me),
        ),
        versions,
        folder: state.config.questionnaires_dir.display().to_string(),
    }))
}

#[derive(Template)]
#[template(path = "admin/questionnaire_preview.html")]
struct PreviewPage {
    page: PageContext,
    version: QuestionnaireVersion,
    q: QuestionnaireView,
}

#[derive(Template)]
#[template(path = "admin/questionnaire_map.html")]
struct MapPage {
    page: PageContext,
    version: QuestionnaireVersion,
    q: QuestionnaireView,
}

async fn find(
    state: &AppState,
    slug: String,
    digest: String,
) -> Result<(QuestionnaireVersion, QuestionnaireView), AppError> {
    let found = state
        .db(move |conn| Ok(questionnaires::load(conn, &slug, &digest)?))
        .await?
        .ok_or(AppError::NotFound)?;
    let (version, questionnaire) = found;
    Ok((
        version,
        QuestionnaireView::new(&questionnaire, crate::domain::i18n::Tr::english()),
    ))
}

pub async fn preview(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let (slug, digest) = path.into_inner();
    let (version, q) = find(&state, slug, digest).await?;
    Ok(ok(&PreviewPage {
        page: PageContext::new(
            Tr::english().t1(
                "admin-title-questionnaire-preview",
                "title",
                q.title.to_string(),
            ),
            &csrf,
            Some(&me),
        ),
        version,
        q,
    }))
}

pub async fn map(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let (slug, digest) = path.into_inner();
    let (version, q) = find(&state, slug, digest).await?;
    Ok(ok(&MapPage {
        page: PageContext::new(
            Tr::english().t1(
                "admin-questionnaire-map-page-title",
                "title",
                q.title.to_string(),
            ),
            &csrf,
            Some(&me),
        ),
        version,
        q,
    }))
}
