//! Login throttling rules: how many failed sign-ins are allowed in a
//! sliding window, and how long to wait once over the limit.

use chrono::{Duration, NaiveDateTime};

#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub failures: usize,
    pub window: Duration,
}

/// Per account: five wrong passwords in fifteen minutes.
pub const PER_ACCOUNT: Limit = Limit {
    failures: 5,
    window: Duration::minutes(15),
};

/// Per client address: enough for an office behind one address, too few
/// for guessing across many accounts.
pub const PER_CLIENT: Limit = Limit {
    failures: 20,
    window: Duration::minutes(15),
};

impl Limit {
    pub fn window_start(&self, now: NaiveDateTime) -> NaiveDateTime {
        now - self.window
    }

    /// Given the failures in the window (oldest first), how long until
    /// another attempt is allowed; `None` if one is allowed now.
    pub fn retry_after(&self, failures: &[NaiveDateTime], now: NaiveDateTime) -> Option<Duration> {
        let recent: Vec<_> = failures
            .iter()
            .filter(|t| **t > now - self.window)
            .collect();
        if recent.len() < self.failures {
            return None;
        }
        // The attempt becomes allowed when enough failures have left the window.
        let freeing = *recent[recent.len() - self.failures];
        let wait = freeing + self.window - now;
        Some(wait.max(Duration::seconds(1)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn at(minutes: i64) -> NaiveDateTime {
        DateTime::from_timestamp(1_700_000_000 + minutes * 60, 0)
            .unwrap()
            .naive_utc()
    }

    #[test]
    fn allows_up_to_the_limit_then_waits_for_the_oldest_to_age_out() {
        let failures: Vec<_> = (0..4).map(at).collect();
        assert_eq!(PER_ACCOUNT.retry_after(&failures, at(5)), None);
        let failures: Vec<_> = (0..5).map(at).collect();
        assert_eq!(
            PER_ACCOUNT.retry_after(&failures, at(5)),
            Some(Duration::minutes(10))
        );
        assert_eq!(PER_ACCOUNT.retry_after(&failures, at(16)), None);
    }
}
