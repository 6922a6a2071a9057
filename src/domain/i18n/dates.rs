//! Times as people write them in each language, with the zone named;
//! numbers in the language's digits; lists of names.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::Tz;

use super::Tr;

impl Tr {
    /// A day as people write it: "23 December 2026", "၂၀၂၆ ခုနှစ် ဒီဇင်ဘာလ ၂၃ ရက်".
    pub fn day(&self, date: NaiveDate) -> String {
        self.t3(
            "date-day",
            "day",
            self.digits(&date.day().to_string()),
            "month",
            self.t(&format!("month-{}", date.month())),
            "year",
            self.digits(&date.year().to_string()),
        )
    }

    /// The day of a moment (UTC) in a zone.
    pub fn day_in_zone(&self, utc: NaiveDateTime, tz: Tz) -> String {
        self.day(tz.from_utc_datetime(&utc).date_naive())
    }

    /// A moment (UTC) in a zone, with the zone named and its offset:
    /// "23 December 2026, 17:00 (Asia/Yangon, UTC+06:30)".
    pub fn date_time(&self, utc: NaiveDateTime, tz: Tz) -> String {
        let local = tz.from_utc_datetime(&utc);
        let offset = local.offset().fix().local_minus_utc();
        let sign = if offset < 0 { '-' } else { '+' };
        let minutes = offset.abs() / 60;
        self.with(
            "date-time",
            &[
                ("day", self.day(local.date_naive()).into()),
                (
                    "time",
                    self.digits(&local.format("%H:%M").to_string()).into(),
                ),
                ("zone", tz.name().into()),
                (
                    "offset",
                    self.digits(&format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60))
                        .into(),
                ),
            ],
        )
    }

    /// A moment written in RFC 3339 (as publications store them) in a
    /// zone; the text as it is when it cannot be read.
    pub fn date_time_rfc3339(&self, rfc3339: &str, tz: Tz) -> String {
        chrono::DateTime::parse_from_rfc3339(rfc3339)
            .map(|t| self.date_time(t.naive_utc(), tz))
            .unwrap_or_else(|_| rfc3339.to_string())
    }

    /// The day of a moment written in RFC 3339, in a zone.
    pub fn day_rfc3339(&self, rfc3339: &str, tz: Tz) -> String {
        chrono::DateTime::parse_from_rfc3339(rfc3339)
            .map(|t| self.day_in_zone(t.naive_utc(), tz))
            .unwrap_or_else(|_| rfc3339.to_string())
    }

    /// A whole number in this language's digits.
    pub fn number(&self, n: i64) -> String {
        self.digits(&n.to_string())
    }

    /// Names as one phrase: "Alpha, Beta and Gamma", "Alpha၊ Beta နှင့်
    /// Gamma"; `None` for no names.
    pub fn and_list(&self, names: &[String]) -> Option<String> {
        match names {
            [] => None,
            [one] => Some(one.clone()),
            [init @ .., last] => Some(self.t2(
                "list-and",
                "init",
                init.join(&format!("{} ", self.t("list-comma"))),
                "last",
                last,
            )),
        }
    }
}

impl From<String> for super::Arg {
    fn from(s: String) -> Self {
        super::Arg::Text(s)
    }
}

impl From<&str> for super::Arg {
    fn from(s: &str) -> Self {
        super::Arg::Text(s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::Lang;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn english_reads_as_before_with_the_zone_named() {
        let tz: Tz = "Asia/Yangon".parse().unwrap();
        assert_eq!(
            Tr::english().date_time(at("2026-12-23 10:30"), tz),
            "23 December 2026, 17:00 (Asia/Yangon, UTC+06:30)"
        );
        assert_eq!(
            Tr::english().date_time(at("2026-12-23 10:30"), Tz::UTC),
            "23 December 2026, 10:30 (UTC, UTC+00:00)"
        );
    }

    #[test]
    fn burmese_writes_year_month_day_in_burmese_digits() {
        let tz: Tz = "Asia/Yangon".parse().unwrap();
        let my = Tr::new(Lang::parse("my").unwrap());
        assert_eq!(
            my.date_time(at("2026-12-23 10:30"), tz),
            "၂၀၂၆ ခုနှစ် ဒီဇင်ဘာလ ၂၃ ရက်၊ ၁၇:၀၀ (Asia/Yangon, UTC+၀၆:၃၀)"
        );
        assert_eq!(
            my.day(NaiveDate::from_ymd_opt(2027, 1, 5).unwrap()),
            "၂၀၂၇ ခုနှစ် ဇန်နဝါရီလ ၅ ရက်"
        );
    }
}
