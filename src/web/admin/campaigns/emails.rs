//! The campaign's emails: its own opening and closing paragraphs for
//! invitations and reminders, and a preview of each email as a chosen
//! company will receive it (nothing is queued, no link is issued).

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::super::campaign_by_slug;
use super::{finish, slug_of};
use crate::app::campaigns::{self, CampaignError};
use crate::app::outreach::{self, Preview, PreviewKind};
use crate::db::campaign_emails;
use crate::db::campaigns::{targets, Campaign, TargetRow};
use crate::domain::campaign_emails::{EmailWording, Wording};
use crate::domain::i18n::Tr;
use crate::domain::ids::TargetId;
use crate::domain::Role;
use crate::email::transport::LINK_PLACEHOLDER;
use crate::web::auth::{AnyStaff, EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, PageContext};
use crate::web::state::AppState;

#[derive(Deserialize, Default, Clone)]
pub struct WordingForm {
    #[serde(default)]
    invitation_opening: String,
    #[serde(default)]
    invitation_closing: String,
    #[serde(default)]
    reminder_opening: String,
    #[serde(default)]
    reminder_closing: String,
}

/// An email kind as offered on the page: its value in addresses and its name.
struct KindChoice {
    value: String,
    label: String,
}

fn kind_value(kind: PreviewKind) -> String {
    match kind {
        PreviewKind::Invitation => "invitation".to_string(),
        PreviewKind::Reminder(days) => format!("reminder{days:+}"),
    }
}

fn kind_label(kind: PreviewKind) -> String {
    match kind {
        PreviewKind::Invitation => Tr::english().t("admin-emails-the-invitation").to_string(),
        PreviewKind::Reminder(0) => Tr::english()
            .t("admin-emails-the-reminder-on-the-day")
            .to_string(),
        PreviewKind::Reminder(days) if days > 0 => {
            format!(
                "The reminder {days} day{} before the deadline",
                plural(days)
            )
        }
        PreviewKind::Reminder(days) => format!(
            "The reminder {} day{} after the deadline",
            -days,
            plural(-days)
        ),
    }
}

fn plural(n: i64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn parse_kind(value: &str, reminder_days: &str) -> Option<PreviewKind> {
    PreviewKind::all(reminder_days)
        .into_iter()
        .find(|k| kind_value(*k) == value)
}

#[derive(Template)]
#[template(path = "admin/campaign_emails.html")]
struct EmailsPage {
    page: PageContext,
    campaign: Campaign,
    form: WordingForm,
    errors: HashMap<&'static str, String>,
    targets: Vec<TargetRow>,
    kinds: Vec<KindChoice>,
    can_edit: bool,
}

impl EmailsPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).cloned()
    }

    /// Each paragraph's field: its name, its label and what it holds.
    fn fields(&self) -> [(&'static str, &'static str, &str); 4] {
        let f = &self.form;
        [
            (
                "invitation_opening",
                "Invitation: opening paragraph",
                &f.invitation_opening,
            ),
            (
                "invitation_closing",
                "Invitation: closing paragraph",
                &f.invitation_closing,
            ),
            (
                "reminder_opening",
                "Reminders: opening paragraph",
                &f.reminder_opening,
            ),
            (
                "reminder_closing",
                "Reminders: closing paragraph",
                &f.reminder_closing,
            ),
        ]
    }
}

async fn emails_page(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    campaign: Campaign,
    form: WordingForm,
    errors: HashMap<&'static str, String>,
) -> Result<EmailsPage, AppError> {
    let id = campaign.id.clone();
    let targets = state.db(move |conn| Ok(targets(conn, &id)?)).await?;
    let kinds = PreviewKind::all(&campaign.reminder_days)
        .into_iter()
        .map(|k| KindChoice {
            value: kind_value(k),
            label: kind_label(k),
        })
        .collect();
    Ok(EmailsPage {
        page: PageContext::new(
            Tr::english().t1("admin-title-campaign-emails", "title", &campaign.title),
            csrf,
            Some(me),
        ),
        can_edit: me.user.role.includes(Role::Editor) && campaign.state().can_edit_details(),
        campaign,
        form,
        errors,
        targets,
        kinds,
    })
}

pub async fn show_emails(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let campaign = campaign_by_slug(&state, &slug_of(path)?).await?;
    let id = campaign.id.clone();
    let wording = state
        .db(move |conn| Ok(campaign_emails::of(conn, &id)?.wording))
        .await?;
    let form = WordingForm {
        invitation_opening: wording.invitation_opening.as_str().to_string(),
        invitation_closing: wording.invitation_closing.as_str().to_string(),
        reminder_opening: wording.reminder_opening.as_str().to_string(),
        reminder_closing: wording.reminder_closing.as_str().to_string(),
    };
    Ok(ok(&emails_page(
        &state,
        &me,
        &csrf,
        campaign,
        form,
        HashMap::new(),
    )
    .await?))
}

/// The form's paragraphs, each checked beside its field.
fn check(form: &WordingForm, errors: &mut HashMap<&'static str, String>) -> EmailWording {
    let mut field = |name: &'static str, text: &str| {
        Wording::parse(text)
            .map_err(|e| errors.insert(name, e))
            .unwrap_or_default()
    };
    EmailWording {
        invitation_opening: field("invitation_opening", &form.invitation_opening),
        invitation_closing: field("invitation_closing", &form.invitation_closing),
        reminder_opening: field("reminder_opening", &form.reminder_opening),
        reminder_closing: field("reminder_closing", &form.reminder_closing),
    }
}

pub async fn save_emails(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    form: HtmlForm<WordingForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = slug_of(path)?;
    let campaign = campaign_by_slug(&state, &slug).await?;
    let form = form.into_inner();
    let mut errors = HashMap::new();
    let wording = check(&form, &mut errors);
    if errors.is_empty() {
        let (actor, id) = (me.actor(), campaign.id.clone());
        let result: Result<(), CampaignError> = state
            .run(move |conn| campaigns::set_wording(conn, &actor, &id, &wording))
            .await;
        return finish(&state, &me, &csrf, slug, result, "emails").await;
    }
    let page = emails_page(&state, &me, &csrf, campaign, form, errors).await?;
    Ok(html(
        &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
        &page,
    ))
}

#[derive(Deserialize)]
pub struct PreviewQuery {
    #[serde(default)]
    email: String,
    #[serde(default)]
    target: String,
}

#[derive(Template)]
#[template(path = "admin/email_preview.html")]
struct PreviewPage {
    page: PageContext,
    campaign: Campaign,
    company: String,
    preview: Preview,
    /// The HTML part on its own page.
    html_url: String,
    /// The From header as it will read.
    from: String,
    placeholder: &'static str,
}

/// The campaign, the email asked for and its preview.
async fn load_preview(
    state: &AppState,
    path: web::Path<String>,
    query: &PreviewQuery,
) -> Result<(Campaign, PreviewKind, Preview, String), AppError> {
    let campaign = campaign_by_slug(state, &slug_of(path)?).await?;
    let kind = parse_kind(&query.email, &campaign.reminder_days).ok_or(AppError::NotFound)?;
    let target = TargetId::parse(&query.target).ok_or(AppError::NotFound)?;
    let (id, settings) = (campaign.id.clone(), state.outreach());
    let (preview, company) = state
        .run(move |conn| {
            let preview = outreach::preview(conn, &id, &target, kind, &settings)?;
            let company = targets(conn, &id)?
                .into_iter()
                .find(|r| r.id == target)
                .map(|r| r.company_name)
                .unwrap_or_default();
            Ok::<_, outreach::OutreachError>((preview, company))
        })
        .await?;
    Ok((campaign, kind, preview, company))
}

pub async fn preview_email(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<PreviewQuery>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let (campaign, kind, preview, company) = load_preview(&state, path, &query).await?;
    let configured = &state.config.mail_from;
    let from = match &preview.from_name {
        Some(name) => lettre::message::Mailbox::new(Some(name.clone()), configured.email.clone()),
        None => configured.clone(),
    }
    .to_string();
    let title = format!("{} to {company}: preview", kind_label(kind));
    Ok(ok(&PreviewPage {
        page: PageContext::new(title, &csrf, Some(&me)),
        html_url: format!(
            "/admin/campaigns/{}/emails/preview.html?email={}&target={}",
            campaign.slug,
            percent_encoding::utf8_percent_encode(&query.email, percent_encoding::NON_ALPHANUMERIC),
            percent_encoding::utf8_percent_encode(
                &query.target,
                percent_encoding::NON_ALPHANUMERIC
            ),
        ),
        campaign,
        company,
        preview,
        from,
        placeholder: LINK_PLACEHOLDER,
    }))
}

/// Only for the email's HTML shown on its own: its inline styles apply,
/// nothing else loads or runs, and it cannot be framed.
const EMAIL_HTML_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; \
img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'; sandbox";

/// The HTML part of a preview on its own, as a mail program shows it.
pub async fn preview_email_html(
    staff: AnyStaff,
    state: web::Data<AppState>,
    path: web::Path<String>,
    query: web::Query<PreviewQuery>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(_) = staff;
    let (_, _, preview, _) = load_preview(&state, path, &query).await?;
    Ok(HttpResponse::Ok()
        .insert_header((
            actix_web::http::header::CONTENT_SECURITY_POLICY,
            EMAIL_HTML_POLICY,
        ))
        .content_type(actix_web::http::header::ContentType::html())
        .body(preview.rendered.html))
}
