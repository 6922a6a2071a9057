//! Staff passwords: the length policy and argon2id hashing with the OWASP
//! parameters (19 MiB, two passes, one lane). Hashing takes tens of
//! milliseconds on purpose; callers run it off the async workers.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use std::sync::OnceLock;

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 128;

/// A password that meets the policy. Its `Debug` never shows it.
pub struct NewPassword(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("the password must have at least {MIN_LENGTH} characters")]
    TooShort,
    #[error("the password must have at most {MAX_LENGTH} characters")]
    TooLong,
}

impl NewPassword {
    pub fn parse(s: &str) -> Result<NewPassword, PasswordError> {
        let n = s.chars().count();
        if n < MIN_LENGTH {
            Err(PasswordError::TooShort)
        } else if n > MAX_LENGTH {
            Err(PasswordError::TooLong)
        } else {
            Ok(NewPassword(s.to_string()))
        }
    }

    pub fn hash(&self) -> String {
        let salt = SaltString::generate(&mut OsRng);
        hasher()
            .hash_password(self.0.as_bytes(), &salt)
            .expect("argon2 with fixed valid parameters cannot fail")
            .to_string()
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

fn hasher() -> Argon2<'static> {
    let params = Params::new(19_456, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Checks `candidate` against a stored hash. With `None` (no such account)
/// the same work is done against a fixed hash, so that the answer takes as
/// long for an unknown email as for a wrong password.
pub fn verify(candidate: &str, stored: Option<&str>) -> bool {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy =
        DUMMY.get_or_init(|| NewPassword("a password nobody has, for timing".into()).hash());
    let (hash, real) = match stored {
        Some(h) => (h, true),
        None => (dummy.as_str(), false),
    };
    // Candidates longer than the policy allows are checked against the
    // dummy too: the work stays bounded and the same.
    let candidate = if candidate.len() > 4 * MAX_LENGTH {
        ""
    } else {
        candidate
    };
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let matches = hasher()
        .verify_password(candidate.as_bytes(), &parsed)
        .is_ok();
    matches && real
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_counts_characters_not_bytes() {
        assert_eq!(
            NewPassword::parse("short").unwrap_err(),
            PasswordError::TooShort
        );
        // Twelve Burmese characters are many more bytes, and are enough.
        assert!(NewPassword::parse("မြန်မာနိုင်ငံ").is_ok());
        assert_eq!(
            NewPassword::parse(&"x".repeat(129)).unwrap_err(),
            PasswordError::TooLong
        );
    }

    #[test]
    fn hash_is_argon2id_with_owasp_parameters_and_verifies() {
        let hash = NewPassword::parse("correct horse battery").unwrap().hash();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify("correct horse battery", Some(&hash)));
        assert!(!verify("wrong horse battery", Some(&hash)));
        assert!(!verify("correct horse battery", None));
    }
}
