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
use crate::domain::campaign::parse_time_zone;
use crate::domain::disclosure;
use crate::domain::email_kind::EmailKind;
use crate::domain::i18n::{Lang, Tr};
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
    let tr = language_of(conn, holder);
    let mut details = Vec::new();
    details.push(match until {
        Some(until) => tr.t1("email-ack-until", "until", shown(tr, holder, until)),
        None => tr.t("email-ack-no-until"),
    });
    if !reason.is_empty() {
        details.push(tr.t1("email-ack-reason", "reason", reason));
    }
    let next = tr.t1(
        "email-ack-next-extension",
        "deadline",
        shown(tr, holder, holder.deadline()),
    );
    send(
        conn,
        holder,
        tr,
        format!("acknowledgement:extension_request:{request}"),
        tr.t("email-ack-what-extension"),
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
    let tr = language_of(conn, holder);
    let details = if reason.is_empty() {
        vec![tr.t("email-ack-no-reason")]
    } else {
        vec![
            tr.t1("email-ack-reason", "reason", reason),
            disclosure::decline_reason_in(holder.campaign.disclosure_rules(), tr),
        ]
    };
    let next = tr.t1(
        "email-ack-next-decline",
        "deadline",
        shown(tr, holder, holder.deadline()),
    );
    send(
        conn,
        holder,
        tr,
        format!(
            "acknowledgement:decline:{}:{}",
            holder.link.target_id,
            micros(now)
        ),
        tr.t("email-ack-what-decline"),
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
    let tr = language_of(conn, holder);
    let next = tr.t1(
        "email-ack-next-undone",
        "deadline",
        shown(tr, holder, holder.deadline()),
    );
    send(
        conn,
        holder,
        tr,
        format!(
            "acknowledgement:decline_undone:{}:{}",
            holder.link.target_id,
            micros(now)
        ),
        tr.t("email-ack-what-undone"),
        Vec::new(),
        next,
        now,
    )
}

fn micros(at: NaiveDateTime) -> i64 {
    at.and_utc().timestamp_micros()
}

fn shown(tr: Tr, holder: &Holder, at: NaiveDateTime) -> String {
    let tz = parse_time_zone(&holder.campaign.time_zone).unwrap_or(chrono_tz::UTC);
    tr.date_time(at, tz)
}

/// The language of the emails to the holder: their contact's preferred
/// language, else the questionnaire's default language, else English (a
/// questionnaire that cannot be read counts as having none).
fn language_of(conn: &mut DbConnection, holder: &Holder) -> Tr {
    let default = if Lang::parse(&holder.contact_language).is_some() {
        String::new()
    } else {
        crate::db::outreach::questionnaire_model(conn, &holder.campaign.questionnaire_version_id)
            .ok()
            .and_then(|model| serde_json::from_str::<serde_json::Value>(&model).ok())
            .and_then(|v| v.get("default_language")?.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    crate::email::compose::language_for(&holder.contact_language, &default)
}

#[allow(clippy::too_many_arguments)]
fn send<E>(
    conn: &mut DbConnection,
    holder: &Holder,
    tr: Tr,
    key: String,
    what: String,
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
        tr,
        campaign_title: campaign.title.clone(),
        company_name: holder.company_name.clone(),
        contact_name: holder.contact_name.clone(),
        contact_email: campaign.contact_email.clone(),
        what,
        at: shown(tr, holder, now),
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
