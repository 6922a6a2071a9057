//! Starting the next round of a campaign: a form for what the new round
//! gets that is its own (title, slug, dates); everything else is copied
//! (`app::campaigns::duplicate`).

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::NaiveTime;
use serde::Deserialize;

use super::{parse_date, parse_time, slug_of, zone};
use crate::app::campaigns::{self, CampaignError, NextRound};
use crate::db::campaigns::Campaign;
use crate::domain::campaign::{local_to_utc, parse_campaign_slug};
use crate::domain::i18n::Tr;
use crate::web::admin::campaign_by_slug;
use crate::web::auth::{EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other, sentence, PageContext};
use crate::web::state::AppState;

#[derive(Deserialize, Default)]
pub struct NextRoundForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    slug: String,
    #[serde(default)]
    opens_on: String,
    #[serde(default)]
    deadline_date: String,
    #[serde(default)]
    deadline_time: String,
}

#[derive(Template)]
#[template(path = "admin/campaign_next_round.html")]
struct NextRoundPage {
    page: PageContext,
    campaign: Campaign,
    form: NextRoundForm,
    errors: HashMap<&'static str, String>,
}

impl NextRoundPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).cloned()
    }

    fn zone_hint(&self) -> String {
        Tr::english().t1(
            "admin-next-round-zone-hint",
            "zone",
            &self.campaign.time_zone,
        )
    }
}

fn page(
    me: &SignedIn,
    csrf: &CsrfToken,
    campaign: Campaign,
    form: NextRoundForm,
    errors: HashMap<&'static str, String>,
) -> NextRoundPage {
    NextRoundPage {
        page: PageContext::new(Tr::english().t("admin-title-next-round"), csrf, Some(me)),
        campaign,
        form,
        errors,
    }
}

pub async fn form(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let campaign = campaign_by_slug(&state, &slug_of(path)?).await?;
    let form = NextRoundForm {
        title: format!("{}, next round", campaign.title),
        deadline_time: "17:00".into(),
        ..NextRoundForm::default()
    };
    Ok(ok(&page(&me, &csrf, campaign, form, HashMap::new())))
}

pub async fn start(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<NextRoundForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let campaign = campaign_by_slug(&state, &slug_of(path)?).await?;
    let form = form.into_inner();
    let mut errors: HashMap<&'static str, String> = HashMap::new();
    let title = form.title.trim().to_string();
    if title.is_empty() {
        errors.insert("title", Tr::english().t("admin-form-enter-a-title"));
    } else if let Some(problem) = crate::domain::single_line::problem(&title) {
        errors.insert("title", problem.into());
    }
    let slug = parse_campaign_slug(&form.slug)
        .map_err(|e| errors.insert("slug", sentence(&e)))
        .ok();
    let tz = zone(&campaign);
    let opens = parse_date(&form.opens_on)
        .map_err(|e| errors.insert("opens_on", e))
        .ok()
        .and_then(|d| {
            local_to_utc(d, NaiveTime::MIN, tz)
                .map_err(|e| errors.insert("opens_on", sentence(&e)))
                .ok()
        });
    let date = parse_date(&form.deadline_date)
        .map_err(|e| errors.insert("deadline_date", e))
        .ok();
    let time_of_day = parse_time(&form.deadline_time)
        .map_err(|e| errors.insert("deadline_time", e))
        .ok();
    let deadline = match (date, time_of_day) {
        (Some(d), Some(t)) => local_to_utc(d, t, tz)
            .map_err(|e| errors.insert("deadline_time", sentence(&e)))
            .ok(),
        _ => None,
    };
    if let (Some(o), Some(d)) = (opens, deadline) {
        if d <= o {
            errors.insert(
                "deadline_date",
                Tr::english().t("admin-form-the-deadline-must-come-after"),
            );
        }
    }
    if let (Some(slug), Some(opens_at), Some(deadline_at), true) =
        (slug, opens, deadline, errors.is_empty())
    {
        let next = NextRound {
            slug: slug.clone(),
            title,
            opens_at,
            deadline_at,
        };
        let (actor, from) = (me.actor(), campaign.id.clone());
        match state
            .run(move |conn| campaigns::duplicate(conn, &actor, &from, &next))
            .await
        {
            Ok(_) => {
                return Ok(see_other(&format!(
                    "/admin/campaigns/{slug}?done=next-round"
                )))
            }
            Err(CampaignError::SlugTaken) => {
                errors.insert(
                    "slug",
                    Tr::english().t("admin-form-another-campaign-already-has-this"),
                );
            }
            Err(e) => return Err(e.into()),
        }
    }
    let shown = page(&me, &csrf, campaign, form, errors);
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &shown,
    ))
}
