//! Timestamps read without chrono's format parser. diesel reads a SQLite
//! timestamp by trying chrono formats in turn, and chrono reads the
//! format string itself again every time: a twentieth of an autosave's
//! time went there (a representative's session check reads about ten).
//! These read what diesel writes (`2026-12-05 01:45:36.123456`, and
//! SQLite's own `2026-12-05 01:45:36`) directly, and leave anything else
//! to diesel. Used with `#[diesel(deserialize_as = …)]` on the columns of
//! the rows that every representative's request reads; PostgreSQL sends
//! timestamps as numbers and needs none of this.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::deserialize::{self, FromSql, FromSqlRow};
use diesel::pg::Pg;
use diesel::sql_types::{Nullable, Timestamp};
use diesel::sqlite::{Sqlite, SqliteType, SqliteValue};

use super::MultiBackend;

/// A timestamp column, read fast on SQLite.
#[derive(Debug, Clone, Copy, FromSqlRow)]
pub struct Stamp(pub NaiveDateTime);

/// A nullable timestamp column, read fast on SQLite.
#[derive(Debug, Clone, Copy, FromSqlRow)]
pub struct MaybeStamp(pub Option<NaiveDateTime>);

impl From<Stamp> for NaiveDateTime {
    fn from(stamp: Stamp) -> NaiveDateTime {
        stamp.0
    }
}

impl From<MaybeStamp> for Option<NaiveDateTime> {
    fn from(stamp: MaybeStamp) -> Option<NaiveDateTime> {
        stamp.0
    }
}

/// `YYYY-MM-DD HH:MM:SS` with an optional fraction of up to nine digits;
/// `None` for any other text.
fn parse(text: &str) -> Option<NaiveDateTime> {
    let b = text.as_bytes();
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b' '
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let number = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let nanos = match &b[19..] {
        [] => 0,
        [b'.', digits @ ..] if (1..=9).contains(&digits.len()) => {
            number(20, b.len())? * 10u32.pow(9 - digits.len() as u32)
        }
        _ => return None,
    };
    NaiveDate::from_ymd_opt(number(0, 4)? as i32, number(5, 7)?, number(8, 10)?)?.and_hms_nano_opt(
        number(11, 13)?,
        number(14, 16)?,
        number(17, 19)?,
        nanos,
    )
}

impl FromSql<Timestamp, Sqlite> for Stamp {
    fn from_sql(mut value: SqliteValue<'_, '_, '_>) -> deserialize::Result<Self> {
        if value.value_type() == Some(SqliteType::Text) {
            if let Some(at) = parse(value.read_text()) {
                return Ok(Stamp(at));
            }
        }
        <NaiveDateTime as FromSql<Timestamp, Sqlite>>::from_sql(value).map(Stamp)
    }
}

impl FromSql<Timestamp, Pg> for Stamp {
    fn from_sql(
        value: <Pg as diesel::backend::Backend>::RawValue<'_>,
    ) -> deserialize::Result<Self> {
        <NaiveDateTime as FromSql<Timestamp, Pg>>::from_sql(value).map(Stamp)
    }
}

impl FromSql<Timestamp, MultiBackend> for Stamp {
    fn from_sql(
        value: <MultiBackend as diesel::backend::Backend>::RawValue<'_>,
    ) -> deserialize::Result<Self> {
        value.from_sql::<Self, Timestamp>()
    }
}

impl<DB> FromSql<Nullable<Timestamp>, DB> for MaybeStamp
where
    DB: diesel::backend::Backend,
    Stamp: FromSql<Timestamp, DB>,
{
    fn from_sql(value: DB::RawValue<'_>) -> deserialize::Result<Self> {
        Stamp::from_sql(value).map(|s| MaybeStamp(Some(s.0)))
    }

    fn from_nullable_sql(value: Option<DB::RawValue<'_>>) -> deserialize::Result<Self> {
        value.map_or(Ok(MaybeStamp(None)), Self::from_sql)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Option<String> {
        parse(text).map(|t| t.format("%F %T%.f").to_string())
    }

    #[test]
    fn reads_what_diesel_and_sqlite_write() {
        assert_eq!(
            at("2026-12-05 01:45:36"),
            Some("2026-12-05 01:45:36".into())
        );
        assert_eq!(
            at("2026-12-05 01:45:36.123456"),
            Some("2026-12-05 01:45:36.123456".into())
        );
        assert_eq!(
            at("2026-12-05 01:45:36.5"),
            Some("2026-12-05 01:45:36.500".into())
        );
        assert_eq!(
            at("2024-02-29 23:59:59.123456789"),
            Some("2024-02-29 23:59:59.123456789".into())
        );
    }

    #[test]
    fn leaves_anything_else_to_diesel() {
        for text in [
            "2026-12-05T01:45:36",
            "2026-12-05 01:45",
            "2026-12-05 01:45:36Z",
            "2026-12-05 01:45:36+06:30",
            "2026-12-05 01:45:36.",
            "2026-12-05 01:45:36.1234567890",
            "2025-02-29 00:00:00",
            "2026-13-01 00:00:00",
            "2026-12-05 24:00:00",
            "2026-1a-05 01:45:36",
            "",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
