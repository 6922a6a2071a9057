//! Links: new ones asked for by anyone who knows a contact's address
//! (earlier links go on working), or given by staff (earlier links stop
//! working); links revoked by staff; and failed emails put back in the
//! queue with a new link.

use chrono::{Duration, NaiveDateTime};

use super::{CampaignLetters, OutreachError, Settings};
use crate::db::audit::{self, Actor};
use crate::db::campaigns;
use crate::db::companies::{self, Contact};
use crate::db::links;
use crate::db::outbox::{self, NewEmail};
use crate::db::outreach as queries;
use crate::db::{write, DbConnection};
use crate::domain::campaign::CampaignState;
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{ContactId, LinkId, OutboxId, TargetId};
use crate::email::compose::new_link::NewLink;

/// Whether a new link ends the earlier ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Earlier {
    /// Staff replace a link (it leaked, or went to the wrong person).
    Revoke,
    /// Anyone who knows a contact's address may ask for a link to be sent
    /// there: that must not end the contact's work.
    Keep,
}

/// Who a new link is for: a contact of a company asked by the campaign,
/// and the company's deadline.
struct LinkFor<'a> {
    target: &'a TargetId,
    company: &'a str,
    contact: &'a Contact,
    deadline: NaiveDateTime,
}

/// Issues the contact a new link to the target and queues the email
/// carrying it. Call inside a write transaction.
fn queue_new_link(
    conn: &mut DbConnection,
    letters: &CampaignLetters,
    to: LinkFor<'_>,
    earlier: Earlier,
    now: NaiveDateTime,
) -> Result<(), OutreachError> {
    let LinkFor {
        target,
        company,
        contact,
        deadline,
    } = to;
    let link = match earlier {
        Earlier::Revoke => links::issue(conn, target, &contact.id, now)?,
        Earlier::Keep => links::add(conn, target, &contact.id, now)?,
    };
    let tr = letters.tr_for(&contact.language);
    let email = NewLink {
        tr,
        campaign_title: letters.campaign.title.clone(),
        company_name: company.to_string(),
        contact_name: contact.name.clone(),
        deadline: letters.shown_in(tr, deadline),
        link_valid_until: letters.link_valid_until(tr, deadline),
        earlier_links_kept: earlier == Earlier::Keep,
        contact_email: letters.campaign.contact_email.clone(),
        lost_link_url: letters.lost_link_url.clone(),
    };
    outbox::enqueue(
        conn,
        NewEmail {
            dedupe_key: format!("new_link:{}", link.id),
            kind: EmailKind::NewLink,
            campaign_id: Some(&letters.campaign.id),
            target_id: Some(target),
            contact_id: Some(&contact.id),
            to: &contact.email,
            reply_to: Some(&letters.campaign.contact_email),
            rendered: email.render()?,
            secret_link: Some(letters.link(&link.token)),
        },
        now,
    )?;
    Ok(())
}

/// Link requests one client address may make in an hour, whatever the
/// addresses it types: enough for an office sharing one address.
pub const LINK_REQUESTS_PER_CLIENT_AN_HOUR: i64 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRequest {
    /// This many links were queued (0 when the address is no contact's, or
    /// got three already this hour: the asker is not told which).
    Queued(usize),
    TooManyFromClient,
}

/// A representative who lost the link gives an address: if it belongs to a
/// reachable contact of a target of an open campaign, that contact gets a
/// new link for each such target; earlier links and open sessions go on
/// working, since anyone may type the address. Nothing tells the asker
/// which happened. At most three new links per address an hour (the
/// per-client limit is the caller's).
pub fn request_link(
    conn: &mut DbConnection,
    email: &str,
    client_ip: &str,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<LinkRequest, OutreachError> {
    // Counted and recorded in one write, so parallel requests cannot pass
    // the limit; the address typed is not recorded.
    let allowed = write(conn, |conn| -> Result<bool, OutreachError> {
        let from_client = queries::link_requests_from(conn, client_ip, now - Duration::hours(1))?;
        if from_client >= LINK_REQUESTS_PER_CLIENT_AN_HOUR {
            return Ok(false);
        }
        audit::record(
            conn,
            &Actor::Anonymous,
            audit::action::LINK_REQUESTED,
            "",
            Some(client_ip),
            "",
            now,
        )?;
        Ok(true)
    })?;
    if !allowed {
        return Ok(LinkRequest::TooManyFromClient);
    }
    if queries::new_links_to(conn, email, now - Duration::hours(1))? >= 3 {
        return Ok(LinkRequest::Queued(0));
    }
    let mut sent = 0;
    for found in queries::invited_contacts_at(conn, email)? {
        let letters = CampaignLetters::load(conn, found.campaign, settings)?;
        let deadline = letters.deadline(found.own_deadline);
        write(conn, |conn| {
            queue_new_link(
                conn,
                &letters,
                LinkFor {
                    target: &found.target,
                    company: &found.company_name,
                    contact: &found.contact,
                    deadline,
                },
                Earlier::Keep,
                now,
            )
        })?;
        sent += 1;
    }
    Ok(LinkRequest::Queued(sent))
}

/// Staff give a contact a new link (the old one stops working) and email it.
pub fn reissue_link(
    conn: &mut DbConnection,
    actor: &Actor,
    target: &TargetId,
    contact: &ContactId,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<(), OutreachError> {
    let found = queries::target_in_campaign(conn, target)?.ok_or(OutreachError::NotFound)?;
    if found.campaign.state() != CampaignState::Open {
        return Err(OutreachError::NotAllowed(
            found.campaign.state(),
            "issue links",
        ));
    }
    let contact = companies::contact_by_id(conn, contact)?.ok_or(OutreachError::NotFound)?;
    let company = found.company_name;
    let letters = CampaignLetters::load(conn, found.campaign, settings)?;
    let deadline = letters.deadline(found.own_deadline);
    write(conn, |conn| -> Result<(), OutreachError> {
        queue_new_link(
            conn,
            &letters,
            LinkFor {
                target,
                company: &company,
                contact: &contact,
                deadline,
            },
            Earlier::Revoke,
            now,
        )?;
        audit::record(
            conn,
            actor,
            "link.reissued",
            &letters.campaign.slug,
            None,
            &format!("{} for {}", contact.email, company),
            now,
        )?;
        Ok(())
    })
}

/// Staff revoke a link of a target of a campaign: it no longer opens
/// anything (its sessions end with it). Not found unless the link is the
/// target's and the target the campaign's.
pub fn revoke_link(
    conn: &mut DbConnection,
    actor: &Actor,
    campaign_slug: &str,
    target: &TargetId,
    link: &LinkId,
    now: NaiveDateTime,
) -> Result<(), OutreachError> {
    write(conn, |conn| {
        let campaign =
            campaigns::find_by_slug(conn, campaign_slug)?.ok_or(OutreachError::NotFound)?;
        let found = links::get(conn, link)?.filter(|l| &l.target_id == target);
        campaigns::target(conn, &campaign.id, target)?.ok_or(OutreachError::NotFound)?;
        if found.is_none() {
            return Err(OutreachError::NotFound);
        }
        if links::revoke(conn, link, now)? {
            audit::record(
                conn,
                actor,
                "link.revoked",
                &campaign.slug,
                None,
                link.as_str(),
                now,
            )?;
        }
        Ok(())
    })
}

/// Puts a failed email back in the queue, due now, for another two days
/// of attempts. Retrying clears the contact's bounce: staff have presumably
/// fixed the address or heard that the mailbox works again. An email that
/// carried a secret link gets a new one (its old one was erased when it
/// failed). Whether there was such a failed email.
pub fn retry_email(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &OutboxId,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<bool, OutreachError> {
    let retried = write(conn, |conn| {
        let Some(row) = outbox::failed(conn, id)? else {
            return Ok(false);
        };
        let link = match (&row.target_id, &row.contact_id) {
            (Some(target), Some(contact)) if row.kind.carries_link() => {
                let link = links::issue(conn, target, contact, now)?;
                Some(links::url(&settings.base_url, &link.token))
            }
            _ => None,
        };
        outbox::requeue(conn, id, link, now)?;
        if let Some(contact) = &row.contact_id {
            outbox::clear_bounce(conn, contact)?;
        }
        audit::record(
            conn,
            actor,
            "outbox.retry",
            &row.to_address,
            None,
            &format!("{} ({})", row.subject, row.kind),
            now,
        )?;
        Ok::<_, diesel::result::Error>(true)
    })?;
    Ok(retried)
}
