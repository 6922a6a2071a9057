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
use crate::domain::i18n::{IntoArg, Tr};

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
    let tr = Tr::english();
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
            tr.t3(
                "admin-outreach-log-queued",
                "kind",
                e.kind.to_string(),
                "to",
                &e.to_address,
                "subject",
                &e.subject,
            ),
        ));
        if let Some(t) = e.sent_at {
            log.push((
                t,
                tr.t3(
                    "admin-outreach-log-sent",
                    "kind",
                    e.kind.to_string(),
                    "to",
                    &e.to_address,
                    "answer",
                    e.last_answer.as_deref().unwrap_or(""),
                ),
            ));
        }
        if let Some(t) = e.failed_at {
            log.push((
                t,
                tr.with(
                    "admin-outreach-log-not-delivered",
                    &[
                        ("kind", e.kind.to_string().into_arg()),
                        ("to", e.to_address.as_str().into_arg()),
                        ("attempts", e.attempts.to_string().into_arg()),
                        ("answer", e.last_answer.as_deref().unwrap_or("").into_arg()),
                    ],
                ),
            ));
        }
    }
    for (l, email) in links {
        log.push((
            l.created_at,
            tr.t1("admin-outreach-log-link-issued", "email", email),
        ));
        if let Some(t) = l.first_used_at {
            log.push((
                t,
                tr.t1("admin-outreach-log-link-first-used", "email", email),
            ));
        }
        if let Some(t) = l.revoked_at {
            log.push((t, tr.t1("admin-outreach-log-link-revoked", "email", email)));
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
            tr.t2(
                "admin-outreach-log-asked",
                "email",
                email,
                "reason",
                &r.reason,
            ),
        ));
        if let Some(t) = r.decided_at {
            let what = match r.granted_until {
                Some(until) => tr.t1(
                    "admin-outreach-log-granted",
                    "until",
                    show_in_zone(until, tz),
                ),
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
            tr.with(
                "admin-outreach-log-letter",
                &[
                    ("by", l.recorded_by.as_str().into_arg()),
                    ("revision", l.revision.to_string().into_arg()),
                    ("received_on", l.received_on.as_str().into_arg()),
                    ("received_by", l.received_by.as_str().into_arg()),
                    ("sha256", l.sha256.as_str().into_arg()),
                ],
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
