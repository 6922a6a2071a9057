//! Staff told by email of what companies do: a submission, a refusal, a
//! reply to findings, a request for more time. Each use case that records
//! such an act calls one function here inside its transaction, which
//! queues one email per active staff member who wants that kind (see
//! `domain::staff_notice` for the defaults), each under a key of the act
//! and the person, so that a retry or a double click never queues it
//! twice. Also here: choosing which emails one gets, and marking a
//! company's replies as read (which takes them off the dashboard).

use chrono::NaiveDateTime;
use url::Url;

use super::Outage;
use crate::db::audit::{self, Actor};
use crate::db::campaigns::Campaign;
use crate::db::links::Holder;
use crate::db::outbox::{self, NewEmail};
use crate::db::staff_notices::{self, Recipient};
use crate::db::{campaigns, publications, write, DbConnection};
use crate::domain::campaign::{parse_time_zone, show_in_zone};
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{ExtensionRequestId, ReplyId, StaffUserId, SubmissionId, TargetId};
use crate::domain::staff_notice::NoticeKind;
use crate::email::compose::extension_request::ExtensionRequest;
use crate::email::compose::staff_notice::StaffNotice;

/// What happened, for the email.
struct Act<'a> {
    kind: NoticeKind,
    /// Unique to this act: with the person, the email's key.
    key: String,
    happened: String,
    detail: Option<&'a str>,
    republish_needed: bool,
    act: &'static str,
    /// The staff page where it is acted on, under the campaign.
    page: &'static str,
}

/// The company submitted revision `revision` of its answers.
pub fn submitted<E>(
    conn: &mut DbConnection,
    base_url: &Url,
    holder: &Holder,
    submission: &SubmissionId,
    revision: i32,
    now: NaiveDateTime,
) -> Result<usize, E>
where
    E: From<askama::Error> + From<diesel::result::Error>,
{
    let happened = if revision > 1 {
        format!("submitted an amended answer (revision {revision})")
    } else {
        "submitted its answers".to_string()
    };
    tell(
        conn,
        base_url,
        holder,
        Act {
            kind: NoticeKind::Submission,
            key: format!("submission:{submission}"),
            happened,
            detail: None,
            republish_needed: false,
            act: "Score the answers",
            page: "review",
        },
        now,
    )
}

/// The company declined to answer, with its reason (possibly empty).
pub fn declined<E>(
    conn: &mut DbConnection,
    base_url: &Url,
    holder: &Holder,
    reason: &str,
    now: NaiveDateTime,
) -> Result<usize, E>
where
    E: From<askama::Error> + From<diesel::result::Error>,
{
    let reason = reason.trim();
    tell(
        conn,
        base_url,
        holder,
        Act {
            kind: NoticeKind::Decline,
            // A company may decline, take it back and decline again: each
            // refusal is its own act, told once.
            key: format!(
                "decline:{}:{}",
                holder.link.target_id,
                now.and_utc().timestamp_micros()
            ),
            happened: "declined to answer".to_string(),
            detail: (!reason.is_empty()).then_some(reason),
            republish_needed: false,
            act: "See the company's page",
            page: "targets",
        },
        now,
    )
}

/// The company replied to its findings; after publication, staff are told
/// that the campaign needs publishing again.
pub fn replied<E>(
    conn: &mut DbConnection,
    base_url: &Url,
    holder: &Holder,
    reply: &ReplyId,
    body: &str,
    now: NaiveDateTime,
) -> Result<usize, E>
where
    E: From<askama::Error> + From<diesel::result::Error>,
{
    let published = publications::last_version(conn, &holder.campaign.id)?.is_some();
    tell(
        conn,
        base_url,
        holder,
        Act {
            kind: NoticeKind::Reply,
            key: format!("reply:{reply}"),
            happened: "replied to its preliminary findings".to_string(),
            detail: Some(body),
            republish_needed: published,
            act: "Read the reply",
            page: "review",
        },
        now,
    )
}

/// The company asked for more time: the campaign's address gets `email`
/// as it always did, and so does every staff member who wants requests
/// for more time, except at that same address (nobody gets it twice).
pub fn extension_requested<E>(
    conn: &mut DbConnection,
    holder: &Holder,
    request: &ExtensionRequestId,
    email: &ExtensionRequest,
    now: NaiveDateTime,
) -> Result<usize, E>
where
    E: From<askama::Error> + From<diesel::result::Error>,
{
    let rendered = email.render()?;
    let campaign = &holder.campaign;
    let mut queued = 0;
    let mut send = |conn: &mut DbConnection, key: String, to: &str| -> Result<(), E> {
        if outbox::is_queued(conn, &key)? {
            return Ok(());
        }
        outbox::enqueue(
            conn,
            NewEmail {
                dedupe_key: key,
                kind: EmailKind::ExtensionRequest,
                campaign_id: Some(&campaign.id),
                target_id: Some(&holder.link.target_id),
                contact_id: None,
                to,
                reply_to: Some(&holder.contact_email),
                rendered: rendered.clone(),
                secret_link: None,
            },
            now,
        )?;
        queued += 1;
        Ok(())
    };
    send(
        conn,
        format!("extension_request:{request}"),
        &campaign.contact_email,
    )?;
    for staff in staff_notices::recipients(conn, NoticeKind::ExtensionRequest)? {
        if staff.email.eq_ignore_ascii_case(&campaign.contact_email) {
            continue;
        }
        send(
            conn,
            format!("extension_request:{request}:{}", staff.id),
            &staff.email,
        )?;
    }
    Ok(queued)
}

fn tell<E>(
    conn: &mut DbConnection,
    base_url: &Url,
    holder: &Holder,
    act: Act<'_>,
    now: NaiveDateTime,
) -> Result<usize, E>
where
    E: From<askama::Error> + From<diesel::result::Error>,
{
    let campaign = &holder.campaign;
    let target = &holder.link.target_id;
    let tz = parse_time_zone(&campaign.time_zone).unwrap_or(chrono_tz::UTC);
    let mut act_url = base_url.clone();
    act_url.set_path(&format!(
        "/admin/campaigns/{}/{}/{target}",
        campaign.slug, act.page
    ));
    let mut settings_url = base_url.clone();
    settings_url.set_path("/admin/account");
    let mut queued = 0;
    for staff in staff_notices::recipients(conn, act.kind)? {
        let key = format!("staff_notice:{}:{}", act.key, staff.id);
        if outbox::is_queued(conn, &key)? {
            continue;
        }
        let email = notice(
            campaign,
            holder,
            &act,
            &staff,
            &act_url,
            &settings_url,
            tz,
            now,
        );
        outbox::enqueue(
            conn,
            NewEmail {
                dedupe_key: key,
                kind: EmailKind::StaffNotice,
                campaign_id: Some(&campaign.id),
                target_id: Some(target),
                contact_id: None,
                to: &staff.email,
                reply_to: None,
                rendered: email.render()?,
                secret_link: None,
            },
            now,
        )?;
        queued += 1;
    }
    Ok(queued)
}

#[allow(clippy::too_many_arguments)]
fn notice(
    campaign: &Campaign,
    holder: &Holder,
    act: &Act<'_>,
    staff: &Recipient,
    act_url: &Url,
    settings_url: &Url,
    tz: chrono_tz::Tz,
    now: NaiveDateTime,
) -> StaffNotice {
    StaffNotice {
        staff_name: staff.name.clone(),
        campaign_title: campaign.title.clone(),
        company_name: holder.company_name.clone(),
        happened: act.happened.clone(),
        at: show_in_zone(now, tz),
        detail: act.detail.map(str::to_string),
        republish_needed: act.republish_needed,
        act: act.act.to_string(),
        act_url: act_url.to_string(),
        settings_url: settings_url.to_string(),
        contact_email: campaign.contact_email.clone(),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum NoticeError {
    #[error("no such company in this campaign")]
    NotFound,
    #[error(transparent)]
    Outage(#[from] Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// A staff member's choice of emails, kind by kind, as the account page
/// shows it: what they chose, or their role's default.
pub fn choices(
    conn: &mut DbConnection,
    user: &StaffUserId,
    role: crate::domain::Role,
) -> Result<Vec<(NoticeKind, bool)>, NoticeError> {
    let chosen = staff_notices::choices_of(conn, user)?;
    Ok(NoticeKind::ALL
        .into_iter()
        .map(|k| (k, k.wanted(role, chosen.get(&k).copied())))
        .collect())
}

/// Sets which emails a staff member gets: the kinds in `wanted`, and no
/// others.
pub fn choose(
    conn: &mut DbConnection,
    actor: &Actor,
    user: &StaffUserId,
    wanted: &[NoticeKind],
    now: NaiveDateTime,
) -> Result<(), NoticeError> {
    let all: Vec<(NoticeKind, bool)> = NoticeKind::ALL
        .into_iter()
        .map(|k| (k, wanted.contains(&k)))
        .collect();
    write(conn, |conn| {
        staff_notices::set_choices(conn, user, &all)?;
        let said: Vec<&str> = wanted.iter().map(|k| k.as_str()).collect();
        audit::record(
            conn,
            actor,
            "staff.notifications_changed",
            user.as_str(),
            None,
            &if said.is_empty() {
                "none".to_string()
            } else {
                said.join(", ")
            },
            now,
        )?;
        Ok(())
    })
}

/// Marks a company's replies to its findings as read: they leave the
/// dashboard. Marking again changes nothing and records nothing.
pub fn mark_replies_read(
    conn: &mut DbConnection,
    actor: &Actor,
    by: &StaffUserId,
    campaign_slug: &str,
    target: &TargetId,
    now: NaiveDateTime,
) -> Result<usize, NoticeError> {
    write(conn, |conn| {
        let campaign =
            campaigns::find_by_slug(conn, campaign_slug)?.ok_or(NoticeError::NotFound)?;
        let company =
            campaigns::target(conn, &campaign.id, target)?.ok_or(NoticeError::NotFound)?;
        let marked = staff_notices::mark_replies_read(conn, target, by, now)?;
        if marked > 0 {
            audit::record(
                conn,
                actor,
                "replies.read",
                &campaign.slug,
                None,
                &format!(
                    "{}: {marked} reply(ies) marked as read",
                    company.company_name
                ),
                now,
            )?;
        }
        Ok(marked)
    })
}
