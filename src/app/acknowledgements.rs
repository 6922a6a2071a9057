//! Representatives told by email that what they did is recorded: a
//! request for more time, a refusal to answer, a refusal taken back. Each
//! use case that records such an act calls one function here inside its
//! transaction, which queues one email to the representative who acted,
//! under a key of the act, so that a retry never queues it twice (a double
//! click is refused or changes nothing before it gets here).

use chrono::NaiveDateTime;

use crate::db::links::Holder;
use crate::db::outbox::{self, NewEmail};
use crate::db::DbConnection;
use crate::domain::campaign::{parse_time_zone, show_in_zone};
use crate::domain::disclosure;
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::ExtensionRequestId;
use crate::email::compose::acknowledgement::Acknowledgement;

/// The company asked for more time, until `until` if it said.
pub fn extension_requested<E>(
    conn: &mut DbConnection,
    holder: &Holder,
    request: &ExtensionRequestId,
    reason: &str,
    until: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> Result<usize, E>
where
    E: From<askama::Error> + From<diesel::result::Error>,
{
    let reason = reason.trim();
    let mut details = Vec::new();
    details.push(match until {
        Some(until) => format!("New deadline asked for: {}.", shown(holder, until)),
        None => "No new deadline was named.".to_string(),
    });
    if !reason.is_empty() {
        details.push(format!("Reason given: “{reason}”."));
    }
    let next = format!(
        "The campaign's staff will answer by email. Until they grant more time, the deadline stays {}.",
        shown(holder, holder.deadline())
    );
    send(
        conn,
        holder,
        format!("acknowledgement:extension_request:{request}"),
        "asked for more time",
        details,
        next,
        now,
    )
}

/// The company declined to answer, with its reason as given (possibly
/// empty).
pub fn declined<E>(
    conn: &mut DbConnection,
    holder: &Holder,
    reason: &str,
    now: NaiveDateTime,
) -> Result<usize, E>
where
    E: From<askama::Error> + From<diesel::result::Error>,
{
    let reason = reason.trim();
    let details = if reason.is_empty() {
        vec!["No reason was given.".to_string()]
    } else {
        vec![
            format!("Reason given: “{reason}”."),
            disclosure::decline_reason(holder.campaign.disclosure_rules()).to_string(),
        ]
    };
    let next = format!(
        "Your company will be published as having declined. You can undo this on the questionnaire's start page until the deadline, {}; your draft answers are kept.",
        shown(holder, holder.deadline())
    );
    send(
        conn,
        holder,
        format!(
            "acknowledgement:decline:{}:{}",
            holder.link.target_id,
            micros(now)
        ),
        "declined to answer",
        details,
        next,
        now,
    )
}

/// The company took its refusal back.
pub fn decline_undone<E>(
    conn: &mut DbConnection,
    holder: &Holder,
    now: NaiveDateTime,
) -> Result<usize, E>
where
    E: From<askama::Error> + From<diesel::result::Error>,
{
    let next = format!(
        "Your company no longer declines: answer the questionnaire and submit before the deadline, {}. Your draft answers are as you left them.",
        shown(holder, holder.deadline())
    );
    send(
        conn,
        holder,
        format!(
            "acknowledgement:decline_undone:{}:{}",
            holder.link.target_id,
            micros(now)
        ),
        "took back its refusal to answer",
        Vec::new(),
        next,
        now,
    )
}

fn micros(at: NaiveDateTime) -> i64 {
    at.and_utc().timestamp_micros()
}

fn shown(holder: &Holder, at: NaiveDateTime) -> String {
    let tz = parse_time_zone(&holder.campaign.time_zone).unwrap_or(chrono_tz::UTC);
    show_in_zone(at, tz)
}

fn send<E>(
    conn: &mut DbConnection,
    holder: &Holder,
    key: String,
    what: &str,
    details: Vec<String>,
    next: String,
    now: NaiveDateTime,
) -> Result<usize, E>
where
    E: From<askama::Error> + From<diesel::result::Error>,
{
    if outbox::is_queued(conn, &key)? {
        return Ok(0);
    }
    let campaign = &holder.campaign;
    let email = Acknowledgement {
        campaign_title: campaign.title.clone(),
        company_name: holder.company_name.clone(),
        contact_name: holder.contact_name.clone(),
        contact_email: campaign.contact_email.clone(),
        what: what.to_string(),
        at: shown(holder, now),
        by: holder.contact_email.clone(),
        details,
        next,
    };
    outbox::enqueue(
        conn,
        NewEmail {
            dedupe_key: key,
            kind: EmailKind::Acknowledgement,
            campaign_id: Some(&campaign.id),
            target_id: Some(&holder.link.target_id),
            contact_id: Some(&holder.link.contact_id),
            to: &holder.contact_email,
            reply_to: Some(&campaign.contact_email),
            rendered: email.render()?,
            secret_link: None,
        },
        now,
    )?;
    Ok(1)
}
