//! Sending a company its preliminary findings from its review page.

use actix_web::{web, HttpResponse};

use super::review_page;
use crate::app::review::ReplyError;
use crate::db::campaigns;
use crate::domain::i18n::Tr;
use crate::domain::ids::TargetId;
use crate::domain::time;
use crate::web::admin::campaign_by_slug;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{html, see_other};
use crate::web::state::AppState;

/// Sends the company its preliminary findings and opens the reply window
/// (editors and admins: it writes to the company). Refused, with the
/// questions still to judge listed beside the button, until every scored
/// question is judged.
pub async fn send_findings(
    staff: crate::web::auth::EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let crate::web::auth::EditorOnly(me) = staff;
    let (slug, target) = path.into_inner();
    let target_id = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    let campaign = campaign_by_slug(&state, &slug).await?;
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;
    let (id, cid) = (target_id.clone(), campaign.id.clone());
    let belongs = state
        .db(move |conn| {
            Ok(campaigns::targets(conn, &cid)?
                .into_iter()
                .any(|t| t.id == id))
        })
        .await?;
    if !belongs {
        return Err(AppError::NotFound);
    }
    let (actor, settings) = (me.actor(), state.outreach());
    let result = state
        .run(move |conn| {
            crate::app::review::send_findings(
                conn,
                &actor,
                &target_id,
                &loaded.1,
                &settings,
                time::now(),
            )
        })
        .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "/admin/campaigns/{slug}/review/{target}#findings"
        ))),
        Err(ReplyError::NotSubmitted) => Err(AppError::BadRequest(
            Tr::english().t("admin-findings-findings-are-sent-only-to"),
        )),
        Err(ReplyError::NotReady(missing)) => {
            let mut page = review_page(&state, &me, &csrf, slug, target, None).await?;
            page.findings_error = Some(format!(
                "Nothing was sent: {} scored question(s) are still to be judged. Score them first.",
                missing.len()
            ));
            // What the use case found in its transaction is what is listed.
            page.unjudged = missing;
            Ok(html(&mut HttpResponse::UnprocessableEntity(), &page))
        }
        Err(e) => Err(e.into()),
    }
}
