//! The right of reply: preliminary findings sent to a company, and its
//! replies within the campaign's window.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::outreach::Settings;
use crate::db::audit::{self, Actor};
use crate::db::campaigns::Campaign;
use crate::db::findings::window;
use crate::db::links::{self, Holder};
use crate::db::outbox::{self, NewEmail};
use crate::db::schema::{campaign_targets, campaigns, companies, findings, replies};
use crate::db::{write, DbConnection};
use crate::domain::campaign::{parse_time_zone, show_in_zone};
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{ReplyId, TargetId};
use crate::email::compose::{self as templates, Letter};

#[derive(Debug, thiserror::Error)]
pub enum ReplyError {
    #[error("no findings have been sent to your company")]
    NotSent,
    #[error("the time to reply ended on {0}")]
    Closed(String),
    #[error("write a reply first")]
    Empty,
    #[error("keep the reply under 20,000 characters")]
    TooLong,
    #[error("an email cannot be written: {0}")]
    Template(#[from] askama::Error),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Sends the findings (plain text, one block per scored question) to every
/// reachable contact, each with a fresh link, and opens the reply window.
/// Sending again replaces the text and opens a new window.
pub fn send_findings(
    conn: &mut DbConnection,
    actor: &Actor,
    target: &TargetId,
    text: &str,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<NaiveDateTime, ReplyError> {
    write(conn, |conn| {
        let (campaign, company_id, company): (Campaign, crate::domain::ids::CompanyId, String) =
            campaign_targets::table
                .inner_join(campaigns::table)
                .inner_join(companies::table)
                .filter(campaign_targets::id.eq(target))
                .select((Campaign::as_select(), companies::id, companies::name))
                .first(conn)?;
        let until = now + Duration::days(i64::from(campaign.reply_window_days));
        diesel::delete(findings::table.find(target)).execute(conn)?;
        diesel::insert_into(findings::table)
            .values((
                findings::target_id.eq(target),
                findings::sent_at.eq(now),
                findings::reply_until.eq(until),
                findings::body.eq(text),
            ))
            .execute(conn)?;
        let tz = parse_time_zone(&campaign.time_zone).unwrap_or(chrono_tz::UTC);
        for contact in super::outreach::reachable_contacts(conn, &company_id)? {
            let link = links::issue(conn, target, &contact.id, now)?;
            let letter = Letter {
                campaign_title: campaign.title.clone(),
                company_name: company.clone(),
                contact_name: contact.name.clone(),
                contact_email: campaign.contact_email.clone(),
                deadline: show_in_zone(until, tz),
                note: text.to_string(),
                ..Letter::default()
            };
            outbox::enqueue(
                conn,
                NewEmail {
                    dedupe_key: format!(
                        "findings:{target}:{}:{}",
                        now.and_utc().timestamp(),
                        contact.id
                    ),
                    kind: EmailKind::Findings,
                    campaign_id: Some(&campaign.id),
                    target_id: Some(target),
                    contact_id: Some(&contact.id),
                    to: &contact.email,
                    reply_to: Some(&campaign.contact_email),
                    rendered: templates::findings(&letter)?,
                    secret_link: Some(links::url(&settings.base_url, &link.token)),
                },
                now,
            )?;
        }
        audit::record(
            conn,
            actor,
            "findings.sent",
            &campaign.slug,
            None,
            &format!("{company}: reply until {until} UTC"),
            now,
        )?;
        Ok(until)
    })
}

/// A representative's reply, while the window is open.
pub fn add(
    conn: &mut DbConnection,
    holder: &Holder,
    body: &str,
    now: NaiveDateTime,
) -> Result<(), ReplyError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(ReplyError::Empty);
    }
    if body.chars().count() > 20_000 {
        return Err(ReplyError::TooLong);
    }
    let target = &holder.link.target_id;
    write(conn, |conn| {
        let (_, until) = window(conn, target)?.ok_or(ReplyError::NotSent)?;
        if now >= until {
            let tz = parse_time_zone(&holder.campaign.time_zone).unwrap_or(chrono_tz::UTC);
            return Err(ReplyError::Closed(show_in_zone(until, tz)));
        }
        diesel::insert_into(replies::table)
            .values((
                replies::id.eq(ReplyId::new()),
                replies::target_id.eq(target),
                replies::contact_id.eq(&holder.link.contact_id),
                replies::body.eq(body),
                replies::replied_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            &Actor::Representative {
                email: holder.contact_email.clone(),
            },
            "reply.added",
            &holder.campaign.slug,
            None,
            &holder.company_name,
            now,
        )?;
        Ok(())
    })
}
