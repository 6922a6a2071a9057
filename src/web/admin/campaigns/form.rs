//! The campaign form: creating a campaign and changing its details.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::app::campaigns::{self, CampaignDetails, CampaignError, NewCampaign};
use crate::db::campaign_emails;
use crate::db::campaigns::organisations_of;
use crate::db::companies::{self, Organisation};
use crate::db::questionnaires::{self, QuestionnaireVersion};
use crate::domain::campaign::{local_to_utc, parse_campaign_slug, parse_time_zone};
use crate::domain::campaign_emails::SendAs;
use crate::domain::i18n::Tr;
use crate::domain::ids::{OrganisationId, QuestionnaireVersionId};
use crate::domain::Email;
use crate::web::auth::{EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other, sentence, PageContext};
use crate::web::state::AppState;

use super::{finish, refused, slug_of, zone};

#[derive(Deserialize, Default, Clone)]
pub struct CampaignForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    slug: String,
    #[serde(default)]
    questionnaire: String,
    #[serde(default)]
    contact_email: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    opens_on: String,
    #[serde(default)]
    deadline_date: String,
    #[serde(default)]
    deadline_time: String,
    /// Organisation ids, several times.
    #[serde(default)]
    organisation: Vec<String>,
    /// The name the campaign's emails are sent as.
    #[serde(default)]
    send_as: String,
}

#[derive(Template)]
#[template(path = "admin/campaign_form.html")]
struct FormPage {
    page: PageContext,
    form: CampaignForm,
    errors: HashMap<&'static str, String>,
    versions: Vec<QuestionnaireVersion>,
    organisations: Vec<Organisation>,
    /// The slug of the campaign edited; None when creating.
    editing: Option<String>,
}

impl FormPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).cloned()
    }

    fn chosen(&self, id: &OrganisationId) -> bool {
        self.form.organisation.iter().any(|o| o == id.as_str())
    }

    /// The organisations to offer: archived ones only where already ticked.
    fn offered(&self) -> Vec<&Organisation> {
        self.organisations
            .iter()
            .filter(|o| o.archived_at.is_none() || self.chosen(&o.id))
            .collect()
    }
}

async fn form_page(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    form: CampaignForm,
    errors: HashMap<&'static str, String>,
    editing: Option<String>,
) -> Result<FormPage, AppError> {
    let (versions, organisations) = state
        .db(|conn| Ok((questionnaires::list(conn)?, companies::organisations(conn)?)))
        .await?;
    let title = if editing.is_some() {
        "Edit campaign"
    } else {
        "New campaign"
    };
    Ok(FormPage {
        page: PageContext::new(title, csrf, Some(me)),
        form,
        errors,
        versions,
        organisations,
        editing,
    })
}

pub async fn new_form(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let form = CampaignForm {
        time_zone: "Asia/Yangon".into(),
        deadline_time: "17:00".into(),
        ..Default::default()
    };
    Ok(ok(&form_page(
        &state,
        &me,
        &csrf,
        form,
        HashMap::new(),
        None,
    )
    .await?))
}

pub(crate) fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
        Tr::english()
            .t("admin-form-enter-a-date-such-as")
            .to_string()
    })
}

pub(crate) fn parse_time(s: &str) -> Result<NaiveTime, String> {
    let s = s.trim();
    let s = if s.is_empty() { "17:00" } else { s };
    NaiveTime::parse_from_str(s, "%H:%M").map_err(|_| {
        Tr::english()
            .t("admin-form-enter-a-time-such-as")
            .to_string()
    })
}

/// The fields a campaign keeps while it is a draft or open, checked.
struct Details {
    title: String,
    contact_email: Email,
    time_zone: Tz,
    opens_at: NaiveDateTime,
    deadline_at: NaiveDateTime,
    organisations: Vec<OrganisationId>,
    send_as: SendAs,
}

fn check_details(
    form: &CampaignForm,
    errors: &mut HashMap<&'static str, String>,
) -> Option<Details> {
    if form.title.trim().is_empty() {
        errors.insert("title", Tr::english().t("admin-form-enter-a-title"));
    } else if let Some(problem) = crate::domain::single_line::problem(&form.title) {
        errors.insert("title", problem.into());
    }
    let send_as = SendAs::parse(&form.send_as)
        .map_err(|e| errors.insert("send_as", e))
        .ok();
    let contact = Email::parse(&form.contact_email)
        .map_err(|e| errors.insert("contact_email", sentence(&e.to_string())))
        .ok();
    let tz = parse_time_zone(&form.time_zone)
        .map_err(|e| errors.insert("time_zone", sentence(&e)))
        .ok();
    let opens_on = parse_date(&form.opens_on)
        .map_err(|e| errors.insert("opens_on", e))
        .ok();
    let deadline_date = parse_date(&form.deadline_date)
        .map_err(|e| errors.insert("deadline_date", e))
        .ok();
    let deadline_time = parse_time(&form.deadline_time)
        .map_err(|e| errors.insert("deadline_time", e))
        .ok();
    let (tz, opens, date, time_of_day) = (tz?, opens_on?, deadline_date?, deadline_time?);
    let (opens_at, deadline_at) = match (
        local_to_utc(opens, NaiveTime::MIN, tz),
        local_to_utc(date, time_of_day, tz),
    ) {
        (Ok(o), Ok(d)) if d > o => (o, d),
        (Ok(_), Ok(_)) => {
            errors.insert(
                "deadline_date",
                Tr::english().t("admin-form-the-deadline-must-come-after"),
            );
            return None;
        }
        (Err(e), _) => {
            errors.insert("opens_on", sentence(&e));
            return None;
        }
        (_, Err(e)) => {
            errors.insert("deadline_time", sentence(&e));
            return None;
        }
    };
    Some(Details {
        title: form.title.trim().to_string(),
        contact_email: contact?,
        time_zone: tz,
        opens_at,
        deadline_at,
        organisations: form
            .organisation
            .iter()
            .filter_map(|o| OrganisationId::parse(o))
            .collect(),
        send_as: send_as?,
    })
}

pub async fn create(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    form: HtmlForm<CampaignForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let form = form.into_inner();
    let mut errors: HashMap<&'static str, String> = HashMap::new();
    let slug = parse_campaign_slug(&form.slug)
        .map_err(|e| errors.insert("slug", sentence(&e)))
        .ok();
    let version = QuestionnaireVersionId::parse(&form.questionnaire);
    if version.is_none() {
        errors.insert(
            "questionnaire",
            Tr::english().t("admin-form-choose-a-questionnaire-version"),
        );
    }
    let details = check_details(&form, &mut errors);
    if let (Some(slug), Some(version), Some(details), true) =
        (slug, version, details, errors.is_empty())
    {
        let new = NewCampaign {
            slug: slug.clone(),
            title: details.title,
            questionnaire_version_id: version,
            contact_email: details.contact_email.to_string(),
            time_zone: details.time_zone.name().to_string(),
            opens_at: details.opens_at,
            deadline_at: details.deadline_at,
            organisations: details.organisations,
        };
        let (actor, send_as) = (me.actor(), details.send_as);
        let created = state
            .run(move |conn| campaigns::create_sending_as(conn, &actor, &new, &send_as))
            .await;
        match created {
            Ok(_) => return Ok(see_other(&format!("/admin/campaigns/{slug}"))),
            Err(CampaignError::SlugTaken) => {
                errors.insert(
                    "slug",
                    Tr::english().t("admin-form-another-campaign-already-has-this"),
                );
            }
            Err(e @ CampaignError::OrganisationArchived(_)) => {
                errors.insert("organisation", sentence(&e.to_string()));
            }
            Err(CampaignError::Database(e)) if is_foreign_key(&e) => {
                errors.insert(
                    "questionnaire",
                    Tr::english().t("admin-form-choose-a-questionnaire-version-from"),
                );
            }
            Err(e) => return Err(e.into()),
        }
    }
    let page = form_page(&state, &me, &csrf, form, errors, None).await?;
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &page,
    ))
}

pub async fn edit_form(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let s = slug.clone();
    let (campaign, organisations, emails) = state
        .db(move |conn| {
            let campaign = campaigns::by_slug(conn, &s)?;
            let organisations = organisations_of(conn, &campaign.id)?;
            let emails = campaign_emails::of(conn, &campaign.id)?;
            Ok((campaign, organisations, emails))
        })
        .await?;
    if !campaign.state().can_edit_details() {
        return refused(
            &state,
            &me,
            &csrf,
            slug,
            format!(
                "The campaign is {}, so its details can no longer change.",
                campaign.state()
            ),
        )
        .await;
    }
    let tz = zone(&campaign);
    let local = |t: NaiveDateTime| tz.from_utc_datetime(&t);
    let form = CampaignForm {
        title: campaign.title.clone(),
        slug: campaign.slug.clone(),
        questionnaire: campaign.questionnaire_version_id.to_string(),
        contact_email: campaign.contact_email.clone(),
        time_zone: campaign.time_zone.clone(),
        opens_on: local(campaign.opens_at).format("%Y-%m-%d").to_string(),
        deadline_date: local(campaign.deadline_at).format("%Y-%m-%d").to_string(),
        deadline_time: local(campaign.deadline_at).format("%H:%M").to_string(),
        organisation: organisations.iter().map(|o| o.id.to_string()).collect(),
        send_as: emails.send_as.as_str().to_string(),
    };
    Ok(ok(&form_page(
        &state,
        &me,
        &csrf,
        form,
        HashMap::new(),
        Some(slug),
    )
    .await?))
}

pub async fn update(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<CampaignForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let form = form.into_inner();
    let mut errors: HashMap<&'static str, String> = HashMap::new();
    if let (Some(details), true) = (check_details(&form, &mut errors), errors.is_empty()) {
        let changes = CampaignDetails {
            title: details.title,
            contact_email: details.contact_email.to_string(),
            time_zone: details.time_zone.name().to_string(),
            opens_at: details.opens_at,
            deadline_at: details.deadline_at,
            organisations: details.organisations,
            send_as: details.send_as,
        };
        let (actor, s) = (me.actor(), slug.clone());
        let result = state
            .run(move |conn| {
                let campaign = campaigns::by_slug(conn, &s)?;
                campaigns::update_details(conn, &actor, &campaign.id, &changes)
            })
            .await;
        match result {
            Err(e @ CampaignError::OrganisationArchived(_)) => {
                errors.insert("organisation", sentence(&e.to_string()));
            }
            result => return finish(&state, &me, &csrf, slug, result, "details").await,
        }
    }
    let page = form_page(&state, &me, &csrf, form, errors, Some(slug)).await?;
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &page,
    ))
}

fn is_foreign_key(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::ForeignKeyViolation,
            _
        )
    )
}
