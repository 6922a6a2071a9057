//! Staff passwords: the length policy and argon2id hashing with the OWASP
//! parameters (19 MiB, two passes, one lane). Hashing takes tens of
//! milliseconds on purpose; callers run it off the async workers.
//!
//! The server hashes in a [`WorkArea`] that it keeps and reuses: 19 MiB
//! allocated and freed at every sign-in, on whichever thread, leaves the
//! allocator holding memory per thread, and resident memory climbs and
//! stays up under a flood of sign-ins even when few run at once.

use argon2::password_hash::{rand_core::OsRng, Output, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::sync::OnceLock;
use subtle::ConstantTimeEq;

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
    #[error("this password is among those tried first by anyone guessing{0}; choose another, such as four or five unrelated words")]
    Guessable(String),
    #[error(
        "the password must not contain your name, your email address or the name of this service"
    )]
    Personal,
}

/// The least zxcvbn score accepted (0–4): 3 is "safely unguessable", about
/// 10^8 guesses or more, which argon2 makes years of work offline.
const LEAST_SCORE: u8 = 3;

/// Words nobody's password should be built from here.
const SERVICE_WORDS: [&str; 2] = ["answerable", "answerable.org"];

impl NewPassword {
    /// A password for nobody in particular; see [`NewPassword::parse_for`].
    pub fn parse(s: &str) -> Result<NewPassword, PasswordError> {
        NewPassword::parse_for(s, &[])
    }

    /// A password for the person described by `person` (their email
    /// address and name): long enough, not among common or leaked-style
    /// passwords and patterns, and not built from who they are.
    pub fn parse_for(s: &str, person: &[&str]) -> Result<NewPassword, PasswordError> {
        let n = s.chars().count();
        if n < MIN_LENGTH {
            return Err(PasswordError::TooShort);
        } else if n > MAX_LENGTH {
            return Err(PasswordError::TooLong);
        }
        let mut words: Vec<String> = SERVICE_WORDS.iter().map(|w| w.to_string()).collect();
        for about in person {
            let about = about.to_lowercase();
            if let Some((local, _)) = about.split_once('@') {
                words.push(local.to_string());
            }
            words.extend(
                about
                    .split(|c: char| !c.is_alphanumeric())
                    .map(str::to_string),
            );
            words.push(about);
        }
        words.retain(|w| w.chars().count() >= 4);
        let lower = s.to_lowercase();
        if words.iter().any(|w| lower.contains(w.as_str())) {
            return Err(PasswordError::Personal);
        }
        let inputs: Vec<&str> = words.iter().map(String::as_str).collect();
        let estimate = zxcvbn::zxcvbn(s, &inputs);
        if u8::from(estimate.score()) < LEAST_SCORE {
            let why = estimate
                .feedback()
                .and_then(|f| f.warning())
                .map(|w| format!(" ({})", w.to_string().trim_end_matches('.').to_lowercase()))
                .unwrap_or_default();
            return Err(PasswordError::Guessable(why));
        }
        Ok(NewPassword(s.to_string()))
    }

    /// Hashes in a fresh work area (the command line; tests).
    pub fn hash(&self) -> String {
        self.hash_in(&mut WorkArea::new())
    }

    /// Hashes in a work area that is kept and reused.
    pub fn hash_in(&self, area: &mut WorkArea) -> String {
        let salt = SaltString::generate(&mut OsRng);
        let mut salt_bytes = [0u8; 64];
        let salt_bytes = salt
            .decode_b64(&mut salt_bytes)
            .expect("a salt just made is valid base64");
        let params = params();
        let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
        hasher()
            .hash_password_into_with_memory(
                self.0.as_bytes(),
                salt_bytes,
                &mut out,
                area.blocks(params.block_count()),
            )
            .expect("argon2 with fixed valid parameters cannot fail");
        PasswordHash {
            algorithm: argon2::ARGON2ID_IDENT,
            version: Some(Version::V0x13.into()),
            params: (&params).try_into().expect("valid argon2 parameters"),
            salt: Some(salt.as_salt()),
            hash: Some(Output::new(&out).expect("a 32-byte output is valid")),
        }
        .to_string()
    }

    /// The password itself, to compare with what the person is called.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// The memory argon2 works in (19 MiB with our parameters), kept between
/// hashes so that the allocator is not asked for it every time.
pub struct WorkArea(Vec<Block>);

impl WorkArea {
    pub fn new() -> WorkArea {
        WorkArea(vec![Block::default(); params().block_count()])
    }

    /// The first `count` blocks, grown if a stored hash asks for more.
    fn blocks(&mut self, count: usize) -> &mut [Block] {
        if self.0.len() < count {
            self.0.resize(count, Block::default());
        }
        &mut self.0[..count]
    }
}

impl Default for WorkArea {
    fn default() -> Self {
        WorkArea::new()
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

fn params() -> Params {
    Params::new(19_456, 2, 1, None).expect("valid argon2 parameters")
}

fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params())
}

/// Checks `candidate` against a stored hash. With `None` (no such account)
/// the same work is done against a fixed hash, so that the answer takes as
/// long for an unknown email as for a wrong password.
pub fn verify(candidate: &str, stored: Option<&str>) -> bool {
    verify_in(&mut WorkArea::new(), candidate, stored)
}

/// [`verify`] in a work area that is kept and reused.
pub fn verify_in(area: &mut WorkArea, candidate: &str, stored: Option<&str>) -> bool {
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
    matches_hash(area, candidate, hash) && real
}

/// What `argon2`'s `verify_password` does, in the given memory.
fn matches_hash(area: &mut WorkArea, candidate: &str, hash: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let (Some(expected), Some(salt)) = (parsed.hash, parsed.salt) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from).transpose() {
        Ok(v) => v.unwrap_or_default(),
        Err(_) => return false,
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let mut salt_buffer = [0u8; 64];
    let Ok(salt_bytes) = salt.decode_b64(&mut salt_buffer) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    let blocks = params.block_count();
    let hashed = Argon2::new(algorithm, version, params).hash_password_into_with_memory(
        candidate.as_bytes(),
        salt_bytes,
        &mut out,
        area.blocks(blocks),
    );
    hashed.is_ok() && bool::from(out.ct_eq(expected.as_bytes()))
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
    fn common_patterned_and_personal_passwords_are_refused() {
        for common in [
            "password1234",
            "qwertyuiop123",
            "iloveyou12345",
            "123456789012",
        ] {
            assert!(
                matches!(NewPassword::parse(common), Err(PasswordError::Guessable(_))),
                "{common}"
            );
        }
        assert_eq!(
            NewPassword::parse("answerable2026!").unwrap_err(),
            PasswordError::Personal
        );
        let person = ["thida.win@example.org", "Thida Win"];
        assert_eq!(
            NewPassword::parse_for("thida.win plus some more", &person).unwrap_err(),
            PasswordError::Personal
        );
        assert_eq!(
            NewPassword::parse_for("Thida's own long password", &person).unwrap_err(),
            PasswordError::Personal
        );
        assert!(NewPassword::parse_for("lantern orbit mango quietly", &person).is_ok());
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

    #[test]
    fn a_reused_work_area_gives_hashes_the_argon2_crate_accepts() {
        use argon2::{PasswordHasher, PasswordVerifier};
        let mut area = WorkArea::new();
        let password = NewPassword::parse("correct horse battery").unwrap();
        let ours = password.hash_in(&mut area);
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(hasher()
            .verify_password(b"correct horse battery", &parsed)
            .is_ok());
        // And hashes made by the crate verify in our area.
        let theirs = hasher()
            .hash_password(b"correct horse battery", &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string();
        assert!(verify_in(&mut area, "correct horse battery", Some(&theirs)));
        assert!(!verify_in(&mut area, "correct horse batter", Some(&theirs)));
    }
}
