//! Times are UTC everywhere below the web layer. They are kept to the
//! microsecond, the precision both databases store, so that a value read
//! back equals the value written.

use chrono::{NaiveDateTime, SubsecRound, Utc};

pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc().trunc_subsecs(6)
}
