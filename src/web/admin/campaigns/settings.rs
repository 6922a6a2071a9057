//! A campaign's settings: the reminder schedule and the response rules.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use super::refused;
use super::slug_of;
use crate::db::campaigns::{self, CampaignError};
use crate::domain::outreach::ReminderSchedule;
use crate::web::auth::EditorOnly;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{see_other, sentence};
use crate::web::state::AppState;

use crate::web::admin::outreach::campaign_by_slug;
use crate::web::form::HtmlForm;

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
            let message = format!("The reminder schedule is not saved: {e}.");
            return refused(&state, &me, &csrf, slug, message).await;
        }
    };
    let campaign = campaign_by_slug(&state, &slug).await?;
    let actor = me.actor();
    let result = state
        .db(move |conn| {
            Ok(campaigns::set_reminder_days(
                conn,
                &actor,
                &campaign.id,
                &schedule,
            ))
        })
        .await?;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/admin/campaigns/{slug}?done=reminders"
        ))),
        Err(e @ CampaignError::NotAllowed(..)) => {
            refused(&state, &me, &csrf, slug, sentence(&e.to_string())).await
        }
        Err(e) => Err(AppError::Internal(anyhow::Error::new(e))),
    }
}

#[derive(Deserialize)]
pub struct RulesForm {
    #[serde(default)]
    allow_amendments: Option<String>,
    #[serde(default)]
    publish_decline_reasons: Option<String>,
    #[serde(default)]
    publish_replies: Option<String>,
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
    let campaign = campaign_by_slug(&state, &slug).await?;
    let (amend, publish, replies) = (
        form.allow_amendments.is_some(),
        form.publish_decline_reasons.is_some(),
        form.publish_replies.is_some(),
    );
    let actor = me.actor();
    let result = state
        .db(move |conn| {
            Ok(campaigns::set_response_rules(
                conn,
                &actor,
                &campaign.id,
                amend,
                publish,
                replies,
            ))
        })
        .await?;
    match result {
        Ok(()) => Ok(see_other(&format!("/admin/campaigns/{slug}?done=rules"))),
        Err(e @ CampaignError::NotAllowed(..)) => {
            refused(&state, &me, &csrf, slug, sentence(&e.to_string())).await
        }
        Err(e) => Err(AppError::Internal(anyhow::Error::new(e))),
    }
}
