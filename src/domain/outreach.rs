//! The rules of outreach that need no database: the reminder schedule,
//! the day a request for more time asks for, and how long to wait before
//! trying a failed delivery again.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use rand::Rng;

/// Days before the deadline at which reminders go out; a negative number
/// is a day after the deadline. Stored on the campaign as `14,7,2,-1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderSchedule(Vec<i64>);

impl Default for ReminderSchedule {
    fn default() -> Self {
        ReminderSchedule(vec![14, 7, 2, -1])
    }
}

impl ReminderSchedule {
    /// Parses `14, 7, 2, -1`; an empty text means no reminders.
    pub fn parse(text: &str) -> Result<ReminderSchedule, String> {
        let mut days = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let n: i64 = part.parse().map_err(|_| {
                format!("`{part}` is not a whole number of days (write for example 14, 7, 2, -1)")
            })?;
            if !(-60..=365).contains(&n) {
                return Err(format!("{n} days is outside −60 to 365"));
            }
            if days.contains(&n) {
                return Err(format!("{n} is given twice"));
            }
            days.push(n);
        }
        // Earliest reminder first: most days before the deadline.
        days.sort_unstable_by(|a, b| b.cmp(a));
        Ok(ReminderSchedule(days))
    }

    pub fn days(&self) -> &[i64] {
        &self.0
    }

    pub fn as_text(&self) -> String {
        self.0
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The step to send now to a target invited at `invited_at` whose
    /// deadline is `deadline`: the latest step whose time has come, if that
    /// time is after the invitation. Earlier steps that were missed (the
    /// worker was down, or the target was invited late) are not sent late:
    /// one reminder that says the right thing is better than three at once.
    /// Nor is a "the deadline is in 2 days" sent once the deadline has passed.
    pub fn due_step(
        &self,
        deadline: NaiveDateTime,
        invited_at: NaiveDateTime,
        now: NaiveDateTime,
    ) -> Option<i64> {
        self.0.iter().copied().rfind(|days| {
            let at = deadline - Duration::days(*days);
            at <= now && at > invited_at && (*days <= 0 || now < deadline)
        })
    }
}

/// How a reminder step is worded: "in 7 days", "tomorrow"… or after.
pub fn step_label(days: i64) -> String {
    match days {
        0 => "today".to_string(),
        1 => "in 1 day".to_string(),
        n if n > 1 => format!("in {n} days"),
        -1 => "1 day ago".to_string(),
        n => format!("{} days ago", -n),
    }
}

/// A date typed as `YYYY-MM-DD`, at the end of that day in the zone.
pub fn end_of_day(date: NaiveDate, tz: Tz) -> Option<NaiveDateTime> {
    super::campaign::local_to_utc(date, NaiveTime::from_hms_opt(23, 59, 0)?, tz).ok()
}

/// Temporary failures are retried for this long after the email was queued.
pub fn give_up_after() -> Duration {
    Duration::days(2)
}

/// The wait before attempt `attempts + 1`: one minute, doubling with each
/// failure up to six hours, with ±25 % jitter so that many emails refused
/// at once do not all come back at the same second.
pub fn backoff(attempts: i32, rng: &mut impl Rng) -> Duration {
    let base_seconds = 60_i64 << (attempts.clamp(1, 20) - 1);
    let capped = base_seconds.min(6 * 3600);
    let jitter = rng.gen_range(0.75..1.25);
    Duration::milliseconds((capped as f64 * 1000.0 * jitter) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::mock::StepRng;

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, day)
            .unwrap()
            .and_hms_opt(hour, 0, 0)
            .unwrap()
    }

    #[test]
    fn schedule_parses_and_sorts_earliest_first() {
        let s = ReminderSchedule::parse(" -1, 14,2 ,7").unwrap();
        assert_eq!(s.days(), &[14, 7, 2, -1]);
        assert_eq!(s.as_text(), "14,7,2,-1");
        assert_eq!(ReminderSchedule::parse("").unwrap().days(), &[] as &[i64]);
        assert!(ReminderSchedule::parse("7,7")
            .unwrap_err()
            .contains("twice"));
        assert!(ReminderSchedule::parse("seven")
            .unwrap_err()
            .contains("`seven`"));
        assert!(ReminderSchedule::parse("400").is_err());
    }

    #[test]
    fn the_latest_due_step_is_sent_and_none_before_its_time() {
        let s = ReminderSchedule::default();
        let deadline = at(30, 12);
        let invited = at(1, 12);
        assert_eq!(s.due_step(deadline, invited, at(16, 11)), None);
        assert_eq!(s.due_step(deadline, invited, at(16, 12)), Some(14));
        assert_eq!(s.due_step(deadline, invited, at(25, 0)), Some(7));
        assert_eq!(s.due_step(deadline, invited, at(28, 12)), Some(2));
        assert_eq!(s.due_step(deadline, invited, at(30, 11)), Some(2));
        // Past the deadline, "in 2 days" would be wrong: nothing until the day after.
        assert_eq!(s.due_step(deadline, invited, at(30, 13)), None);
        assert_eq!(s.due_step(deadline, invited, at(31, 12)), Some(-1));
    }

    #[test]
    fn steps_before_the_invitation_are_never_sent() {
        let s = ReminderSchedule::default();
        // Invited 5 days before the deadline: the 14- and 7-day steps are gone.
        let deadline = at(30, 12);
        let invited = at(25, 12);
        assert_eq!(s.due_step(deadline, invited, at(26, 12)), None);
        assert_eq!(s.due_step(deadline, invited, at(28, 12)), Some(2));
    }

    #[test]
    fn backoff_doubles_to_a_ceiling_with_jitter() {
        let mut middle = StepRng::new(u64::MAX / 2, 0);
        let secs = |n| backoff(n, &mut StepRng::new(u64::MAX / 2, 0)).num_seconds();
        assert!((55..=65).contains(&backoff(1, &mut middle).num_seconds()));
        assert!(secs(2) > secs(1) && secs(3) > secs(2));
        assert!(secs(30) <= 6 * 3600 * 5 / 4);
        assert!(secs(30) >= 6 * 3600 * 3 / 4);
    }

    #[test]
    fn the_end_of_a_day_is_its_last_minute_in_the_zone() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
        let yangon: Tz = "Asia/Yangon".parse().unwrap();
        assert_eq!(
            end_of_day(day, yangon),
            Some(at(15, 17) + Duration::minutes(29))
        );
        assert_eq!(
            end_of_day(day, chrono_tz::UTC),
            Some(at(15, 23) + Duration::minutes(59))
        );
    }

    #[test]
    fn labels_read_naturally() {
        assert_eq!(step_label(14), "in 14 days");
        assert_eq!(step_label(1), "in 1 day");
        assert_eq!(step_label(-1), "1 day ago");
    }
}
