//! Closed sets of words stored as text (a campaign's state, a target's
//! status, an email's kind). A row is read into the type, so a word the
//! code does not know is a database error where it is read, never quietly
//! taken for some default.

/// Lets diesel store `$ty` as text on every backend, through its
/// `as_str()` and `parse()`.
macro_rules! stored_as_text {
    ($ty:ty, $what:literal) => {
        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $ty
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, DB>,
            ) -> diesel::serialize::Result {
                self.as_str().to_sql(out)
            }
        }

        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $ty
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let s = String::from_sql(bytes)?;
                <$ty>::parse(&s)
                    .ok_or_else(|| format!("`{s}` is not a known {} in the database", $what).into())
            }
        }
    };
}

pub(crate) use stored_as_text;
