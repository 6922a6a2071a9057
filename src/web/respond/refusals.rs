//! What the app layer refuses, said in the representative's language: each
//! kind of refusal has its message, chosen here by matching the error (the
//! app layer's `Display` text is English, for logs and staff).

use crate::app::answering::ResponseError;
use crate::app::review::ReplyError;
use crate::domain::campaign::CampaignState;
use crate::domain::documents::{show_size_in, Refusal};
use crate::domain::email::EmailError;
use crate::domain::i18n::Tr;
use crate::web::page::sentence;

/// A campaign's state as a word of a sentence: "closed".
pub(crate) fn campaign_state(tr: Tr, state: CampaignState) -> String {
    match state {
        CampaignState::Draft => tr.t("respond-campaign-state-draft"),
        CampaignState::Open => tr.t("respond-campaign-state-open"),
        CampaignState::Closed => tr.t("respond-campaign-state-closed"),
        CampaignState::Published => tr.t("respond-campaign-state-published"),
    }
}

/// Why answers cannot change, or be submitted, declined or undone, as a
/// sentence.
pub(crate) fn response(tr: Tr, e: &ResponseError) -> String {
    match e {
        ResponseError::CampaignNotOpen(state) => tr.t1(
            "respond-refused-campaign-not-open",
            "state",
            campaign_state(tr, *state),
        ),
        ResponseError::Declined => tr.t("respond-refused-declined"),
        ResponseError::Submitted => tr.t("respond-refused-submitted"),
        ResponseError::AmendmentsClosed => tr.t("respond-refused-amendments-closed"),
        ResponseError::TooLate => tr.t("respond-refused-too-late"),
        ResponseError::Incomplete(problems) => {
            tr.t1("respond-refused-incomplete", "count", problems.len())
        }
        ResponseError::NothingToUndo => tr.t("respond-refused-nothing-to-undo"),
        ResponseError::EvidenceRefused(why) => evidence(tr, why),
        // Not refusals: the service failed; the pages never show these.
        ResponseError::Template(_) | ResponseError::Outage(_) | ResponseError::Database(_) => {
            sentence(&e.to_string())
        }
    }
}

/// Why a reply to the findings was not taken, as a sentence.
pub(crate) fn reply(tr: Tr, e: &ReplyError) -> String {
    match e {
        ReplyError::NotSent => tr.t("respond-reply-refused-not-sent"),
        ReplyError::Closed(until, tz) => tr.t1(
            "respond-reply-refused-closed",
            "when",
            tr.date_time(*until, *tz),
        ),
        ReplyError::Empty => tr.t("respond-reply-refused-empty"),
        ReplyError::TooLong => tr.t("respond-reply-refused-too-long"),
        // Staff's refusals and failures: the respondent pages never show
        // these.
        ReplyError::NotSubmitted
        | ReplyError::NotReady(_)
        | ReplyError::Template(_)
        | ReplyError::Snapshot(_)
        | ReplyError::Outage(_)
        | ReplyError::Database(_) => sentence(&e.to_string()),
    }
}

/// Why an evidence document was not attached, as a sentence.
pub(crate) fn evidence(tr: Tr, why: &Refusal) -> String {
    match *why {
        Refusal::NotHere => tr.t("respond-evidence-refused-not-here"),
        Refusal::TooMany { attached } => {
            tr.t1("respond-evidence-refused-too-many", "count", attached)
        }
        Refusal::NoFile => tr.t("respond-evidence-refused-no-file"),
        Refusal::TooLarge { max_bytes } => tr.t1(
            "respond-evidence-refused-too-large",
            "size",
            show_size_in(tr, max_bytes as i64),
        ),
        Refusal::WrongKind => tr.t1(
            "respond-evidence-refused-wrong-kind",
            "accepted",
            tr.t("respond-evidence-accepted"),
        ),
    }
}

/// What is wrong with a typed email address, as a sentence.
pub(crate) fn email(tr: Tr, e: &EmailError) -> String {
    match e {
        EmailError::Empty => tr.t("respond-email-empty"),
        EmailError::Whitespace => tr.t("respond-email-whitespace"),
        EmailError::Shape => tr.t("respond-email-shape"),
        EmailError::TooLong => tr.t("respond-email-too-long"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::Lang;

    /// English reads exactly as the app layer's own text did.
    #[test]
    fn english_refusals_read_as_the_errors_say_them() {
        let en = Tr::english();
        for e in [
            ResponseError::CampaignNotOpen(CampaignState::Closed),
            ResponseError::CampaignNotOpen(CampaignState::Published),
            ResponseError::CampaignNotOpen(CampaignState::Draft),
            ResponseError::Declined,
            ResponseError::Submitted,
            ResponseError::AmendmentsClosed,
            ResponseError::TooLate,
            ResponseError::Incomplete(vec![("1.1".into(), "x".into())]),
            ResponseError::Incomplete(vec![("1.1".into(), "x".into()), ("1.2".into(), "y".into())]),
            ResponseError::NothingToUndo,
        ] {
            assert_eq!(response(en, &e), sentence(&e.to_string()));
        }
        for e in [
            ReplyError::NotSent,
            ReplyError::Closed(
                chrono::NaiveDate::from_ymd_opt(2027, 5, 1)
                    .unwrap()
                    .and_hms_opt(10, 30, 0)
                    .unwrap(),
                chrono_tz::Asia::Yangon,
            ),
            ReplyError::Empty,
            ReplyError::TooLong,
        ] {
            assert_eq!(reply(en, &e), sentence(&e.to_string()));
        }
        for e in [
            EmailError::Empty,
            EmailError::Whitespace,
            EmailError::Shape,
            EmailError::TooLong,
        ] {
            assert_eq!(email(en, &e), sentence(&e.to_string()));
        }
        for e in [
            Refusal::NotHere,
            Refusal::TooMany { attached: 5 },
            Refusal::NoFile,
            Refusal::TooLarge {
                max_bytes: 10 * 1024 * 1024,
            },
            Refusal::WrongKind,
        ] {
            assert_eq!(evidence(en, &e), e.to_string());
        }
        let my = Tr::new(Lang::parse("my").unwrap());
        // The reply window's end is dated as the reader writes dates.
        let closed = ReplyError::Closed(
            chrono::NaiveDate::from_ymd_opt(2027, 5, 1)
                .unwrap()
                .and_hms_opt(10, 30, 0)
                .unwrap(),
            chrono_tz::Asia::Yangon,
        );
        assert!(reply(en, &closed).contains("1 May 2027, 17:00 (Asia/Yangon"));
        assert!(
            reply(my, &closed).contains("၂၀၂၇"),
            "{}",
            reply(my, &closed)
        );
        assert!(
            !reply(my, &closed).contains("May"),
            "{}",
            reply(my, &closed)
        );
        assert_ne!(
            response(my, &ResponseError::Declined),
            response(en, &ResponseError::Declined)
        );
    }
}
