//! One target's outreach log, as staff read it: every email queued, sent or
//! failed, every link issued, first used or revoked, deadlines, requests
//! for more time and responses by letter, in order.

use chrono::NaiveDateTime;
use chrono_tz::Tz;

use crate::db::campaigns::TargetDetail;
use crate::db::letters::LetterRow;
use crate::db::links::AccessLink;
use crate::db::outbox::OutboxRow;
use crate::db::outreach::ExtensionRequest;
use crate::domain::campaign::show_in_zone;
use crate::domain::i18n::Tr;

/// One dated line of a target's outreach log.
pub struct LogLine {
    pub at: NaiveDateTime,
    pub shown: String,
    pub what: String,
}

pub(crate) fn outreach_log(
    tz: Tz,
    target: &TargetDetail,
    emails: &[OutboxRow],
    links: &[(AccessLink, String)],
    requests: &[(ExtensionRequest, String)],
    letters: &[LetterRow],
) -> Vec<LogLine> {
    let mut log: Vec<(NaiveDateTime, String)> = Vec::new();
    if let Some(t) = target.invited_at {
        log.push((
            t,
            Tr::english().t("admin-outreach-log-invited-the-status-became-invited"),
        ));
    }
    for e in emails {
        log.push((
            e.created_at,
            format!("Queued: {} to {} (“{}”).", e.kind, e.to_address, e.subject),
        ));
        if let Some(t) = e.sent_at {
            log.push((
                t,
                format!(
                    "Sent: {} to {}; the server answered “{}”.",
                    e.kind,
                    e.to_address,
                    e.last_answer.as_deref().unwrap_or("")
                ),
            ));
        }
        if let Some(t) = e.failed_at {
            log.push((
                t,
                format!(
                    "Not delivered: {} to {} after {} attempt(s): {}",
                    e.kind,
                    e.to_address,
                    e.attempts,
                    e.last_answer.as_deref().unwrap_or("")
                ),
            ));
        }
    }
    for (l, email) in links {
        log.push((l.created_at, format!("Link issued to {email}.")));
        if let Some(t) = l.first_used_at {
            log.push((t, format!("Link first used by {email}.")));
        }
        if let Some(t) = l.revoked_at {
            log.push((t, format!("Link of {email} revoked.")));
        }
    }
    if let Some(t) = target.first_opened_at {
        log.push((
            t,
            Tr::english().t("admin-outreach-log-first-opened-a-representative-signed"),
        ));
    }
    if let Some(t) = target.overdue_at {
        log.push((
            t,
            Tr::english().t("admin-outreach-log-overdue-the-deadline-passed-without"),
        ));
    }
    for (r, email) in requests {
        log.push((
            r.requested_at,
            format!("{email} asked for more time: “{}”.", r.reason),
        ));
        if let Some(t) = r.decided_at {
            let what = match r.granted_until {
                Some(until) => format!("More time granted until {}.", show_in_zone(until, tz)),
                None => Tr::english()
                    .t("admin-outreach-log-more-time-refused")
                    .to_string(),
            };
            log.push((t, what));
        }
    }
    for l in letters {
        log.push((
            l.recorded_at,
            format!(
                "Response by letter recorded by {} as revision {}: received {} by {}, document SHA-256 {}.",
                l.recorded_by, l.revision, l.received_on, l.received_by, l.sha256
            ),
        ));
    }
    log.sort_by_key(|line| line.0);
    log.into_iter()
        .map(|(at, what)| LogLine {
            at,
            shown: show_in_zone(at, tz),
            what,
        })
        .collect()
}
