//! The companies a campaign asks: adding targets and extending a target's
//! deadline.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::app::campaigns::{self, CampaignError, Named};
use crate::domain::campaign::local_to_utc;
use crate::domain::company::Sector;
use crate::domain::country::Country;
use crate::domain::i18n::Tr;
use crate::domain::ids::TargetId;
use crate::web::auth::EditorOnly;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{see_other, sentence};
use crate::web::state::AppState;

use super::{finish, parse_date, parse_time, refused, slug_of, zone};

#[derive(Deserialize, Default)]
pub struct TargetsForm {
    /// One company by slug…
    #[serde(default)]
    company: String,
    /// …or every company of a sector and/or country.
    #[serde(default)]
    sector: String,
    #[serde(default)]
    country: String,
}

pub async fn add_targets(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<TargetsForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let form = form.into_inner();
    let sector = if form.sector.is_empty() {
        None
    } else {
        Some(Sector::parse(&form.sector).map_err(|e| AppError::BadRequest(sentence(&e)))?)
    };
    let country = if form.country.trim().is_empty() {
        None
    } else {
        match Country::parse(&form.country) {
            Ok(c) => Some(c),
            Err(e) => return refused(&state, &me, &csrf, slug, sentence(&e.to_string())).await,
        }
    };
    let company = form.company.trim().to_string();
    if company.is_empty() && sector.is_none() && country.is_none() {
        return refused(
            &state,
            &me,
            &csrf,
            slug,
            Tr::english().t("admin-targets-name-a-company-or-choose"),
        )
        .await;
    }
    let named = if company.is_empty() {
        Named::Matching { sector, country }
    } else {
        Named::Company(company)
    };
    let (actor, s) = (me.actor(), slug.clone());
    let result = state
        .run(move |conn| campaigns::add_named_targets(conn, &actor, &s, named))
        .await;
    match result {
        Ok(0) => Ok(see_other(&format!(
            "/admin/campaigns/{slug}?done=none-added"
        ))),
        Ok(_) => Ok(see_other(&format!("/admin/campaigns/{slug}?done=targets"))),
        Err(CampaignError::NoActiveCompany(company)) => {
            let message = Tr::english().t1(
                "admin-campaign-no-active-company",
                "slug",
                company.to_string(),
            );
            refused(&state, &me, &csrf, slug, message).await
        }
        Err(e) => finish(&state, &me, &csrf, slug, Err(e), "targets").await,
    }
}

#[derive(Deserialize, Default)]
pub struct ExtendForm {
    #[serde(default)]
    target: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
}

pub async fn extend(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<ExtendForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let target = TargetId::parse(&form.target).ok_or(AppError::NotFound)?;
    let (date, time_of_day) = match (parse_date(&form.date), parse_time(&form.time)) {
        (Ok(d), Ok(t)) => (d, t),
        (Err(e), _) | (_, Err(e)) => return refused(&state, &me, &csrf, slug, e).await,
    };
    let s = slug.clone();
    let campaign = state.run(move |conn| campaigns::by_slug(conn, &s)).await?;
    let deadline = match local_to_utc(date, time_of_day, zone(&campaign)) {
        Ok(d) => d,
        Err(message) => return refused(&state, &me, &csrf, slug, sentence(&message)).await,
    };
    let actor = me.actor();
    let result = state
        .run(move |conn| campaigns::extend(conn, &actor, &campaign.id, &target, deadline))
        .await;
    finish(&state, &me, &csrf, slug, result, "extended").await
}
