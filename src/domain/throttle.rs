//! Sign-in throttling rules: how many attempts are allowed in a sliding
//! window, and how long to wait once over a limit.
//!
//! Three limits, so that guessing is slow but nobody can lock a colleague
//! out from elsewhere:
//!
//! * per account *and* address, strict: five attempts in fifteen minutes
//!   (what one guesser at one address gets at one account);
//! * per address: twenty in fifteen minutes (an office behind one address
//!   still signs in; guessing across many accounts from it does not go far);
//! * per account, a ceiling: a hundred in fifteen minutes from all
//!   addresses together (a guesser with many addresses), which does not
//!   apply at an address from which the account signed in successfully in
//!   the last thirty days: its owner still gets in during an attack.
//!
//! An attempt counts from before its password (or code) is checked, and a
//! successful sign-in removes the attempts of its account at its address.

use chrono::{Duration, NaiveDateTime};

#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub attempts: usize,
    pub window: Duration,
}

pub const PER_ACCOUNT_AND_ADDRESS: Limit = Limit {
    attempts: 5,
    window: Duration::minutes(15),
};

pub const PER_ADDRESS: Limit = Limit {
    attempts: 20,
    window: Duration::minutes(15),
};

pub const PER_ACCOUNT: Limit = Limit {
    attempts: 100,
    window: Duration::minutes(15),
};

/// An address the account signed in from within this time is exempt from
/// the per-account ceiling (not from the other two limits).
pub const KNOWN_ADDRESS: Duration = Duration::days(30);

/// The longest window of the three: older attempts no longer matter.
pub const LONGEST_WINDOW: Duration = Duration::minutes(15);

impl Limit {
    /// Given the attempts in the window (in any order), how long until
    /// another attempt is allowed; `None` if one is allowed now.
    pub fn retry_after(&self, attempts: &[NaiveDateTime], now: NaiveDateTime) -> Option<Duration> {
        let mut recent: Vec<_> = attempts
            .iter()
            .filter(|t| **t > now - self.window)
            .copied()
            .collect();
        if recent.len() < self.attempts {
            return None;
        }
        recent.sort();
        // Allowed again when enough attempts have left the window.
        let freeing = recent[recent.len() - self.attempts];
        let wait = freeing + self.window - now;
        Some(wait.max(Duration::seconds(1)))
    }
}

/// The recent attempts that matter for one new attempt.
#[derive(Debug, Default)]
pub struct Recent {
    /// By this account from this address.
    pub pair: Vec<NaiveDateTime>,
    /// From this address, whatever the account.
    pub address: Vec<NaiveDateTime>,
    /// At this account, whatever the address.
    pub account: Vec<NaiveDateTime>,
    /// The account signed in successfully from this address lately.
    pub known_address: bool,
}

impl Recent {
    /// How long to wait before this attempt may be made; `None`: now.
    pub fn wait(&self, now: NaiveDateTime) -> Option<Duration> {
        let account = if self.known_address {
            None
        } else {
            PER_ACCOUNT.retry_after(&self.account, now)
        };
        [
            PER_ACCOUNT_AND_ADDRESS.retry_after(&self.pair, now),
            PER_ADDRESS.retry_after(&self.address, now),
            account,
        ]
        .into_iter()
        .flatten()
        .max()
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
        let attempts: Vec<_> = (0..4).map(at).collect();
        assert_eq!(PER_ACCOUNT_AND_ADDRESS.retry_after(&attempts, at(5)), None);
        let attempts: Vec<_> = (0..5).map(at).collect();
        assert_eq!(
            PER_ACCOUNT_AND_ADDRESS.retry_after(&attempts, at(5)),
            Some(Duration::minutes(10))
        );
        assert_eq!(PER_ACCOUNT_AND_ADDRESS.retry_after(&attempts, at(16)), None);
    }

    #[test]
    fn the_account_ceiling_spares_an_address_the_owner_signed_in_from() {
        let many: Vec<_> = (0..100).map(|_| at(1)).collect();
        let attacked = Recent {
            account: many.clone(),
            ..Recent::default()
        };
        assert_eq!(attacked.wait(at(2)), Some(Duration::minutes(14)));
        let owner = Recent {
            account: many,
            known_address: true,
            ..Recent::default()
        };
        assert_eq!(owner.wait(at(2)), None);
        // The strict limit still holds at the owner's address.
        let guessed_there = Recent {
            pair: (0..5).map(|_| at(1)).collect(),
            known_address: true,
            ..Recent::default()
        };
        assert!(guessed_there.wait(at(2)).is_some());
    }
}
