//! A campaign's settings: the reminder schedule and the response rules.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::{finish, refused, slug_of};
use crate::app::campaigns;
use crate::domain::i18n::Tr;
use crate::domain::outreach::ReminderSchedule;
use crate::web::auth::EditorOnly;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::state::AppState;

#[derive(Deserialize)]
pub struct ReminderForm {
    #[serde(default)]
    reminder_days: String,
}

pub async fn set_reminders(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<ReminderForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let schedule = match ReminderSchedule::parse(&form.reminder_days) {
        Ok(s) => s,
        Err(e) => {
            let message =
                Tr::english().t1("admin-campaign-reminders-not-saved", "why", e.to_string());
            return refused(&state, &me, &csrf, slug, message).await;
        }
    };
    let (actor, s) = (me.actor(), slug.clone());
    let result = state
        .run(move |conn| {
            let campaign = campaigns::by_slug(conn, &s)?;
            campaigns::set_reminder_days(conn, &actor, &campaign.id, &schedule)
        })
        .await;
    finish(&state, &me, &csrf, slug, result, "reminders").await
}

#[derive(Deserialize)]
pub struct RulesForm {
    #[serde(default)]
    allow_amendments: Option<String>,
    #[serde(default)]
    publish_decline_reasons: Option<String>,
    #[serde(default)]
    publish_replies: Option<String>,
    #[serde(default)]
    publish_evidence: Option<String>,
    /// Absent: unchanged.
    #[serde(default)]
    evidence_max_mb: Option<String>,
    #[serde(default)]
    evidence_per_question: Option<String>,
}

pub async fn set_rules(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<RulesForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let (amend, publish, replies) = (
        form.allow_amendments.is_some(),
        form.publish_decline_reasons.is_some(),
        form.publish_replies.is_some(),
    );
    let evidence = match crate::domain::documents::EvidenceChange::parse(
        form.evidence_max_mb.as_deref(),
        form.evidence_per_question.as_deref(),
        form.publish_evidence.is_some(),
    ) {
        Ok(e) => e,
        Err(e) => {
            let message = Tr::english().t1("admin-campaign-rules-not-saved", "why", e);
            return refused(&state, &me, &csrf, slug, message).await;
        }
    };
    let (actor, s) = (me.actor(), slug.clone());
    let result = state
        .run(move |conn| {
            let campaign = campaigns::by_slug(conn, &s)?;
            let rules = campaigns::ResponseRules {
                allow_amendments: amend,
                publish_decline_reasons: publish,
                publish_replies: replies,
                evidence,
            };
            campaigns::set_all_response_rules(conn, &actor, &campaign.id, &rules)
        })
        .await;
    finish(&state, &me, &csrf, slug, result, "rules").await
}
