//! Staff's side of outreach: sending a campaign, and one target's page with
//! its outreach log, links and requests for more time.

use actix_web::{web, HttpResponse};
use askama::Template;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use serde::Deserialize;

use super::campaign_by_slug;
use super::campaigns::refused;
use super::outreach_log::{outreach_log, LogLine};
use crate::app::outreach::{self, Decision, OutreachError};
use crate::db::answers;
use crate::db::campaigns::{self, Campaign, TargetDetail};
use crate::db::companies::{self, Contact};
use crate::db::letters::{letters_of, LetterRow};
use crate::db::links::{self, AccessLink};
use crate::db::outbox::{self};
use crate::db::outreach::{extension_requests_of, ExtensionRequest};
use crate::db::submissions::{self, SubmissionRow};
use crate::domain::answers::Progress;
use crate::domain::campaign::{local_to_utc, parse_time_zone, show_in_zone, CampaignState};
use crate::domain::i18n::Tr;
use crate::domain::ids::{ContactId, ExtensionRequestId, LinkId, TargetId};
use crate::domain::{time, Role};
use crate::web::auth::{AnyStaff, EditorOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other, sentence, PageContext};
use crate::web::state::AppState;

pub(super) fn zone(c: &Campaign) -> Tz {
    parse_time_zone(&c.time_zone).unwrap_or(chrono_tz::UTC)
}

pub async fn send(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let slug = super::campaigns::slug_of(path)?;
    let campaign = campaign_by_slug(&state, &slug).await?;
    let (actor, settings) = (me.actor(), state.outreach());
    let result = state
        .run(move |conn| {
            outreach::send_campaign(
                conn,
                &actor,
                &campaign.id,
                &settings,
                time::now(),
                |_, _| {},
            )
        })
        .await;
    match result {
        Ok(summary) => Ok(see_other(&format!(
            "/admin/campaigns/{slug}?done=sent&invited={}&queued={}&silent={}",
            summary.targets_invited,
            summary.emails_queued,
            summary.without_contacts.len()
        ))),
        Err(e @ OutreachError::NotAllowed(..)) => {
            refused(&state, &me, &csrf, slug, sentence(&e.to_string())).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "admin/target.html")]
struct TargetPage {
    page: PageContext,
    campaign: Campaign,
    target: TargetDetail,
    deadline: String,
    log: Vec<LogLine>,
    contacts: Vec<Contact>,
    links: Vec<(AccessLink, String)>,
    requests: Vec<(ExtensionRequest, String)>,
    can_edit: bool,
    is_open: bool,
    notice: Option<String>,
    error: Option<String>,
    /// How far the draft is, without its contents: a company drafts in
    /// confidence until it submits.
    progress: Progress,
    submissions: Vec<SubmissionRow>,
    /// Responses by letter, newest first.
    letters: Vec<LetterRow>,
    declined: Option<(NaiveDateTime, Option<String>)>,
}

impl TargetPage {
    fn shown(&self, t: &Option<NaiveDateTime>) -> String {
        t.map(|t| show_in_zone(t, zone(&self.campaign)))
            .unwrap_or_else(|| "—".to_string())
    }

    fn at(&self, t: &NaiveDateTime) -> String {
        show_in_zone(*t, zone(&self.campaign))
    }

    fn letter_of(&self, revision: &i32) -> Option<&LetterRow> {
        self.letters.iter().find(|l| l.revision == *revision)
    }

    fn live_link(&self, contact: &ContactId) -> Option<&AccessLink> {
        self.links
            .iter()
            .map(|(l, _)| l)
            .find(|l| &l.contact_id == contact && l.revoked_at.is_none())
    }
}

#[derive(Deserialize)]
pub struct TargetQuery {
    #[serde(default)]
    done: String,
}

async fn target_page(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    slug: String,
    target_id: String,
    notice: Option<String>,
    error: Option<String>,
) -> Result<TargetPage, AppError> {
    let target_id = TargetId::parse(&target_id).ok_or(AppError::NotFound)?;
    let (campaign, target, contacts, links, emails, requests, response) = state
        .db(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &slug)?.ok_or(AppError::NotFound)?;
            let target =
                campaigns::target(conn, &campaign.id, &target_id)?.ok_or(AppError::NotFound)?;
            let contacts = companies::contacts_of(conn, &target.company_id)?;
            let links = links::for_target(conn, &target.id)?;
            let emails = outbox::for_target(conn, &target.id)?;
            let requests = extension_requests_of(conn, &target.id)?;
            let answers = answers::as_map(&answers::answers_of(conn, &target.id)?);
            let submissions = submissions::submissions_of(conn, &target.id)?;
            let declined = answers::declined(conn, &target.id)?;
            let letters = letters_of(conn, &target.id)?;
            Ok((
                campaign,
                target,
                contacts,
                links,
                emails,
                requests,
                (answers, submissions, declined, letters),
            ))
        })
        .await?;
    let (answers, submissions, declined, letters) = response;
    let loaded = state
        .questionnaire(&campaign.questionnaire_version_id)
        .await?;
    let questionnaire = &loaded.1;
    let progress = Progress::of(
        questionnaire,
        questionnaire.questions().map(|(_, q)| q),
        &answers,
    );
    let tz = zone(&campaign);
    Ok(TargetPage {
        page: PageContext::new(
            format!("{} · {}", target.company_name, campaign.title),
            csrf,
            Some(me),
        ),
        deadline: show_in_zone(target.own_deadline.unwrap_or(campaign.deadline_at), tz),
        log: outreach_log(tz, &target, &emails, &links, &requests, &letters),
        can_edit: me.user.role.includes(Role::Editor),
        is_open: campaign.state() == CampaignState::Open,
        contacts,
        links,
        requests,
        campaign,
        target,
        notice,
        error,
        progress,
        submissions,
        letters,
        declined,
    })
}

pub async fn show_target(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<TargetQuery>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let (slug, target) = path.into_inner();
    let notice = match query.done.as_str() {
        "revoked" => Some(
            Tr::english()
                .t("admin-outreach-the-link-was-revoked-it")
                .to_string(),
        ),
        "reissued" => Some(
            Tr::english()
                .t("admin-outreach-a-new-link-is-queued")
                .to_string(),
        ),
        "decided" => Some(
            Tr::english()
                .t("admin-outreach-the-decision-is-recorded-and")
                .to_string(),
        ),
        "letter" => Some(
            "The letter is recorded as the company's response: a new submitted revision."
                .to_string(),
        ),
        _ => None,
    };
    let page = target_page(&state, &me, &csrf, slug, target, notice, None).await?;
    Ok(ok(&page))
}

async fn target_refused(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    slug: String,
    target: String,
    error: String,
) -> Result<HttpResponse, AppError> {
    let page = target_page(state, me, csrf, slug, target, None, Some(error)).await?;
    Ok(html(&mut HttpResponse::Conflict(), &page))
}

pub async fn revoke_link(
    staff: EditorOnly,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let (slug, target, link) = path.into_inner();
    let link_id = LinkId::parse(&link).ok_or(AppError::NotFound)?;
    let target_id = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    let (actor, s) = (me.actor(), slug.clone());
    state
        .run(move |conn| outreach::revoke_link(conn, &actor, &s, &target_id, &link_id, time::now()))
        .await?;
    Ok(see_other(&format!(
        "/admin/campaigns/{slug}/targets/{target}?done=revoked"
    )))
}

pub async fn reissue_link(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let (slug, target, contact) = path.into_inner();
    let target_id = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    let contact_id = ContactId::parse(&contact).ok_or(AppError::NotFound)?;
    let (actor, settings, s) = (me.actor(), state.outreach(), slug.clone());
    let result = state
        .run(move |conn| {
            let campaign = campaigns::find_by_slug(conn, &s)?.ok_or(OutreachError::NotFound)?;
            let target = campaigns::target(conn, &campaign.id, &target_id)?
                .ok_or(OutreachError::NotFound)?;
            let contact = companies::contact_by_id(conn, &contact_id)?
                .filter(|c| c.company_id == target.company_id && c.archived_at.is_none())
                .ok_or(OutreachError::NotFound)?;
            outreach::reissue_link(
                conn,
                &actor,
                &target.id,
                &contact.id,
                &settings,
                time::now(),
            )
        })
        .await;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/admin/campaigns/{slug}/targets/{target}?done=reissued"
        ))),
        Err(e @ OutreachError::NotAllowed(..)) => {
            target_refused(&state, &me, &csrf, slug, target, sentence(&e.to_string())).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    note: String,
}

pub async fn decide(
    staff: EditorOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
    form: HtmlForm<DecisionForm>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let (slug, target, request) = path.into_inner();
    let request_id = ExtensionRequestId::parse(&request).ok_or(AppError::NotFound)?;
    let campaign = campaign_by_slug(&state, &slug).await?;
    let form = form.into_inner();
    let decision = match form.decision.as_str() {
        "refuse" => Decision::Refuse,
        "grant" => {
            let date = NaiveDate::parse_from_str(form.date.trim(), "%Y-%m-%d");
            let at = NaiveTime::parse_from_str(
                if form.time.trim().is_empty() {
                    "17:00"
                } else {
                    form.time.trim()
                },
                "%H:%M",
            );
            match (date, at) {
                (Ok(d), Ok(t)) => match local_to_utc(d, t, zone(&campaign)) {
                    Ok(utc) => Decision::Grant(utc),
                    Err(e) => {
                        return target_refused(&state, &me, &csrf, slug, target, sentence(&e)).await
                    }
                },
                _ => {
                    return target_refused(
                        &state,
                        &me,
                        &csrf,
                        slug,
                        target,
                        Tr::english().t("admin-outreach-to-grant-more-time-give"),
                    )
                    .await
                }
            }
        }
        _ => {
            return Err(AppError::BadRequest(
                Tr::english().t("admin-outreach-choose-to-grant-or-to"),
            ))
        }
    };
    let note = form.note.trim().chars().take(2000).collect::<String>();
    let (actor, settings) = (me.actor(), state.outreach());
    let target_id = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    let result = state
        .run(move |conn| {
            // The request must belong to this target of this campaign.
            let belongs = extension_requests_of(conn, &target_id)?
                .iter()
                .any(|(r, _)| r.id == request_id);
            campaigns::target(conn, &campaign.id, &target_id)?.ok_or(OutreachError::NotFound)?;
            if !belongs {
                return Err(OutreachError::NotFound);
            }
            outreach::decide_extension(
                conn,
                &actor,
                &request_id,
                decision,
                &note,
                &settings,
                time::now(),
            )
        })
        .await;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/admin/campaigns/{slug}/targets/{target}?done=decided"
        ))),
        Err(e @ (OutreachError::NotAllowed(..) | OutreachError::Invalid(_))) => {
            target_refused(
                &state,
                &me,
                &csrf,
                slug,
                target,
                sentence(e.to_string().trim_end_matches('.')),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
