//! Campaigns: their states and what each allows, the status of each
//! company asked, and deadlines kept in UTC but shown in the campaign's
//! time zone with the zone named.

use std::fmt;
use std::str::FromStr;

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
use chrono_tz::Tz;

use super::stored_text::stored_as_text;

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum CampaignState {
    /// Being prepared: anything may change, including the questionnaire version.
    Draft,
    /// Companies are being asked: targets may be added; the questionnaire is fixed.
    Open,
    /// No more answers are taken; review goes on.
    Closed,
    /// Results are public.
    Published,
}

impl CampaignState {
    pub const ALL: [CampaignState; 4] = [
        CampaignState::Draft,
        CampaignState::Open,
        CampaignState::Closed,
        CampaignState::Published,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CampaignState::Draft => "draft",
            CampaignState::Open => "open",
            CampaignState::Closed => "closed",
            CampaignState::Published => "published",
        }
    }

    pub fn parse(s: &str) -> Option<CampaignState> {
        CampaignState::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// The one state a campaign may move on to: draft → open → closed → published.
    pub fn next(self) -> Option<CampaignState> {
        match self {
            CampaignState::Draft => Some(CampaignState::Open),
            CampaignState::Open => Some(CampaignState::Closed),
            CampaignState::Closed => Some(CampaignState::Published),
            CampaignState::Published => None,
        }
    }

    pub fn can_change_questionnaire(self) -> bool {
        self == CampaignState::Draft
    }

    pub fn can_change_targets(self) -> bool {
        matches!(self, CampaignState::Draft | CampaignState::Open)
    }

    /// Title, deadline, contact and co-signers may change until the campaign closes.
    pub fn can_edit_details(self) -> bool {
        matches!(self, CampaignState::Draft | CampaignState::Open)
    }
}

stored_as_text!(CampaignState, "campaign state");

impl fmt::Display for CampaignState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a company asked stands, as recorded.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum TargetStatus {
    NotInvited,
    Invited,
    Viewed,
    InProgress,
    Submitted,
    Declined,
}

impl TargetStatus {
    pub const ALL: [TargetStatus; 6] = [
        TargetStatus::NotInvited,
        TargetStatus::Invited,
        TargetStatus::Viewed,
        TargetStatus::InProgress,
        TargetStatus::Submitted,
        TargetStatus::Declined,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TargetStatus::NotInvited => "not_invited",
            TargetStatus::Invited => "invited",
            TargetStatus::Viewed => "viewed",
            TargetStatus::InProgress => "in_progress",
            TargetStatus::Submitted => "submitted",
            TargetStatus::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Option<TargetStatus> {
        TargetStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Whether the company has given its answer (or its refusal).
    pub fn is_final(self) -> bool {
        matches!(self, TargetStatus::Submitted | TargetStatus::Declined)
    }
}

stored_as_text!(TargetStatus, "target status");

impl fmt::Display for TargetStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a company may still answer (save, submit, decline or undo a
/// decline) at `now`. While the campaign is open, yes: late answers are
/// taken until it closes. Once it is closed (or published), a company
/// keeps its own deadline (the campaign's, or its extension), so closing
/// early takes no one's time away, unless the editor ended everyone's
/// time at closing (`cut_short`), giving a reason that is published.
pub fn may_answer(
    state: CampaignState,
    cut_short: bool,
    own_deadline: NaiveDateTime,
    now: NaiveDateTime,
) -> bool {
    match state {
        CampaignState::Draft => false,
        CampaignState::Open => true,
        CampaignState::Closed | CampaignState::Published => !cut_short && now < own_deadline,
    }
}

/// Whether a company asked still has time to give its answer: it has
/// neither submitted nor declined, and [`may_answer`] says it may. A
/// company never invited has not been asked, so it has no time running.
pub fn still_has_time(
    state: CampaignState,
    cut_short: bool,
    status: TargetStatus,
    own_deadline: NaiveDateTime,
    now: NaiveDateTime,
) -> bool {
    !status.is_final()
        && status != TargetStatus::NotInvited
        && now < own_deadline
        && may_answer(state, cut_short, own_deadline, now)
}

/// The status shown on the dashboard: a recorded status, or overdue when
/// the deadline has passed without an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShownStatus {
    NotInvited,
    Invited,
    Viewed,
    InProgress,
    Submitted,
    Declined,
    Overdue,
}

impl ShownStatus {
    pub const ALL: [ShownStatus; 7] = [
        ShownStatus::NotInvited,
        ShownStatus::Invited,
        ShownStatus::Viewed,
        ShownStatus::InProgress,
        ShownStatus::Submitted,
        ShownStatus::Declined,
        ShownStatus::Overdue,
    ];

    pub fn of(status: TargetStatus, deadline: NaiveDateTime, now: NaiveDateTime) -> ShownStatus {
        if !status.is_final() && status != TargetStatus::NotInvited && deadline <= now {
            return ShownStatus::Overdue;
        }
        match status {
            TargetStatus::NotInvited => ShownStatus::NotInvited,
            TargetStatus::Invited => ShownStatus::Invited,
            TargetStatus::Viewed => ShownStatus::Viewed,
            TargetStatus::InProgress => ShownStatus::InProgress,
            TargetStatus::Submitted => ShownStatus::Submitted,
            TargetStatus::Declined => ShownStatus::Declined,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ShownStatus::NotInvited => "not_invited",
            ShownStatus::Invited => "invited",
            ShownStatus::Viewed => "viewed",
            ShownStatus::InProgress => "in_progress",
            ShownStatus::Submitted => "submitted",
            ShownStatus::Declined => "declined",
            ShownStatus::Overdue => "overdue",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ShownStatus::NotInvited => "not yet invited",
            ShownStatus::Invited => "invited",
            ShownStatus::Viewed => "viewed",
            ShownStatus::InProgress => "in progress",
            ShownStatus::Submitted => "submitted",
            ShownStatus::Declined => "declined",
            ShownStatus::Overdue => "overdue",
        }
    }
}

/// A campaign's slug, parsed once where it enters (a path, a form): a
/// made-up address is refused before any query or cache sees it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct CampaignSlug(String);

impl TryFrom<String> for CampaignSlug {
    type Error = String;

    fn try_from(s: String) -> Result<CampaignSlug, String> {
        parse_campaign_slug(&s).map(CampaignSlug)
    }
}

impl CampaignSlug {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A campaign's slug: the same rules as a company's (its public address).
pub fn parse_campaign_slug(s: &str) -> Result<String, String> {
    super::company::CompanySlug::parse(s)
        .map(|slug| slug.to_string())
        .map_err(|_| {
            format!(
                "`{}` is not a slug: use 2 to 64 lowercase letters, digits and single hyphens, such as myanmar-2024",
                s.trim()
            )
        })
}

/// A time zone by its IANA name, such as Asia/Yangon.
pub fn parse_time_zone(s: &str) -> Result<Tz, String> {
    Tz::from_str(s.trim()).map_err(|_| {
        format!(
            "`{}` is not a time zone name such as Asia/Yangon or Europe/Berlin",
            s.trim()
        )
    })
}

/// A local date and time in `tz`, as UTC. A time that does not exist (a
/// clock change) or exists twice is refused rather than guessed.
pub fn local_to_utc(date: NaiveDate, time: NaiveTime, tz: Tz) -> Result<NaiveDateTime, String> {
    match tz.from_local_datetime(&date.and_time(time)) {
        chrono::LocalResult::Single(t) => Ok(t.naive_utc()),
        _ => Err(format!(
            "{date} {time} does not exist or is ambiguous in {tz} (a clock change); choose another time"
        )),
    }
}

/// "15 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".
pub fn show_in_zone(utc: NaiveDateTime, tz: Tz) -> String {
    let local = tz.from_utc_datetime(&utc);
    let offset = local.offset().fix().local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let minutes = offset.abs() / 60;
    format!(
        "{} ({}, UTC{}{:02}:{:02})",
        local.format("%-d %B %Y, %H:%M"),
        tz.name(),
        sign,
        minutes / 60,
        minutes % 60
    )
}

/// Whole days until `deadline` (negative once past), rounded towards the
/// deadline: 0 means less than a day either way.
pub fn days_until(deadline: NaiveDateTime, now: NaiveDateTime) -> i64 {
    let d: Duration = deadline - now;
    d.num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_move_one_way() {
        assert_eq!(CampaignState::Draft.next(), Some(CampaignState::Open));
        assert_eq!(CampaignState::Published.next(), None);
        assert!(CampaignState::Draft.can_change_questionnaire());
        assert!(!CampaignState::Open.can_change_questionnaire());
        assert!(CampaignState::Open.can_change_targets());
        assert!(!CampaignState::Closed.can_change_targets());
    }

    #[test]
    fn states_and_statuses_read_back_what_they_write() {
        for state in CampaignState::ALL {
            assert_eq!(CampaignState::parse(state.as_str()), Some(state));
        }
        assert_eq!(CampaignState::parse("archived"), None);
        assert_eq!(CampaignState::parse("Draft"), None);
        for status in TargetStatus::ALL {
            assert_eq!(TargetStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(TargetStatus::parse("overdue"), None);
        assert_eq!(TargetStatus::parse(""), None);
    }

    #[test]
    fn deadlines_are_stored_in_utc_and_shown_in_the_zone() {
        let tz = parse_time_zone("Asia/Yangon").unwrap();
        let date = NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
        let utc = local_to_utc(date, NaiveTime::from_hms_opt(17, 0, 0).unwrap(), tz).unwrap();
        assert_eq!(utc.to_string(), "2026-12-15 10:30:00");
        assert_eq!(
            show_in_zone(utc, tz),
            "15 December 2026, 17:00 (Asia/Yangon, UTC+06:30)"
        );
        assert!(parse_time_zone("Mars/Olympus").is_err());
        let berlin = parse_time_zone("Europe/Berlin").unwrap();
        let gap = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        assert!(local_to_utc(gap, NaiveTime::from_hms_opt(2, 30, 0).unwrap(), berlin).is_err());
    }

    #[test]
    fn overdue_is_derived_from_the_deadline() {
        let deadline = NaiveDate::from_ymd_opt(2026, 12, 15)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let before = deadline - Duration::hours(1);
        let after = deadline + Duration::hours(1);
        assert_eq!(
            ShownStatus::of(TargetStatus::Invited, deadline, before),
            ShownStatus::Invited
        );
        assert_eq!(
            ShownStatus::of(TargetStatus::Invited, deadline, after),
            ShownStatus::Overdue
        );
        assert_eq!(
            ShownStatus::of(TargetStatus::InProgress, deadline, after),
            ShownStatus::Overdue
        );
        assert_eq!(
            ShownStatus::of(TargetStatus::Submitted, deadline, after),
            ShownStatus::Submitted
        );
        assert_eq!(
            ShownStatus::of(TargetStatus::NotInvited, deadline, after),
            ShownStatus::NotInvited
        );
        assert_eq!(days_until(deadline, deadline - Duration::days(3)), 3);
        assert_eq!(days_until(deadline, deadline + Duration::days(2)), -2);
    }

    #[test]
    fn closing_early_takes_no_one_s_time_unless_the_editor_says_why() {
        let deadline = NaiveDate::from_ymd_opt(2027, 1, 15)
            .unwrap()
            .and_hms_opt(10, 30, 0)
            .unwrap();
        let before = deadline - Duration::days(21);
        let after = deadline + Duration::seconds(1);
        use CampaignState::*;
        assert!(
            may_answer(Open, false, deadline, after),
            "late answers while open"
        );
        assert!(may_answer(Closed, false, deadline, before));
        assert!(may_answer(Published, false, deadline, before));
        assert!(
            !may_answer(Closed, false, deadline, deadline),
            "the deadline is the end"
        );
        assert!(!may_answer(Closed, true, deadline, before), "cut short");
        assert!(!may_answer(Draft, false, deadline, before));

        let waiting = TargetStatus::Viewed;
        assert!(still_has_time(Closed, false, waiting, deadline, before));
        assert!(!still_has_time(
            Closed,
            false,
            TargetStatus::Submitted,
            deadline,
            before
        ));
        assert!(!still_has_time(
            Closed,
            false,
            TargetStatus::Declined,
            deadline,
            before
        ));
        assert!(!still_has_time(
            Closed,
            false,
            TargetStatus::NotInvited,
            deadline,
            before
        ));
        assert!(
            !still_has_time(Open, false, waiting, deadline, after),
            "overdue"
        );
        assert!(!still_has_time(Closed, true, waiting, deadline, before));
    }
}
