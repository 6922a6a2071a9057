//! Time-based one-time passwords (RFC 6238): HMAC-SHA-1, 30-second steps,
//! six digits, one step of clock drift either way; and recovery codes.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

const STEP_SECONDS: i64 = 30;
const DIGITS: u32 = 6;
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/// How many recovery codes a person gets.
pub const RECOVERY_CODES: usize = 10;

/// A shared secret of 160 bits, as RFC 4226 recommends.
#[derive(Clone)]
pub struct Secret(Vec<u8>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

impl Secret {
    pub fn generate() -> Secret {
        let mut bytes = vec![0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Secret(bytes)
    }

    /// As stored in the database.
    pub fn to_hex(&self) -> String {
        hex::encode(&self.0)
    }

    pub fn from_hex(s: &str) -> Option<Secret> {
        hex::decode(s).ok().filter(|b| !b.is_empty()).map(Secret)
    }

    /// As typed into an authenticator app (RFC 4648 base32, no padding).
    pub fn to_base32(&self) -> String {
        let mut out = String::new();
        for chunk in self.0.chunks(5) {
            let mut buf = [0u8; 5];
            buf[..chunk.len()].copy_from_slice(chunk);
            let bits = buf.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
            let chars = (chunk.len() * 8).div_ceil(5);
            for i in 0..chars {
                out.push(BASE32[((bits >> (35 - 5 * i)) & 31) as usize] as char);
            }
        }
        out
    }

    /// The address an authenticator app reads (as a link or a QR code).
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        format!(
            "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            enc(issuer),
            enc(account),
            self.to_base32(),
            enc(issuer)
        )
    }

    fn code_at(&self, step: i64) -> u32 {
        let mut mac =
            Hmac::<sha1::Sha1>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        mac.update(&step.to_be_bytes());
        let digest = mac.finalize().into_bytes();
        let offset = usize::from(digest[19] & 0x0f);
        let value = u32::from_be_bytes([
            digest[offset] & 0x7f,
            digest[offset + 1],
            digest[offset + 2],
            digest[offset + 3],
        ]);
        value % 10u32.pow(DIGITS)
    }

    /// The time step `code` belongs to, if it is right at `unix_seconds`
    /// give or take one step.
    pub fn matching_step(&self, code: &str, unix_seconds: i64) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let now = unix_seconds.div_euclid(STEP_SECONDS);
        let mut found = None;
        for step in [now - 1, now, now + 1] {
            let expected = format!("{:0width$}", self.code_at(step), width = DIGITS as usize);
            if bool::from(expected.as_bytes().ct_eq(code.as_bytes())) {
                found = Some(step);
            }
        }
        found
    }

    /// The code for `unix_seconds` (tests; nothing else needs it).
    pub fn code_now(&self, unix_seconds: i64) -> String {
        format!(
            "{:0width$}",
            self.code_at(unix_seconds.div_euclid(STEP_SECONDS)),
            width = DIGITS as usize
        )
    }
}

/// New recovery codes, as shown once to the person (`abcde-fghij`: 50
/// random bits each).
pub fn new_recovery_codes() -> Vec<String> {
    let alphabet = b"abcdefghijkmnpqrstuvwxyz23456789";
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 10];
            rand::rngs::OsRng.fill_bytes(&mut bytes);
            let chars: String = bytes
                .iter()
                .map(|b| alphabet[usize::from(b & 31)] as char)
                .collect();
            format!("{}-{}", &chars[..5], &chars[5..])
        })
        .collect()
}

/// How a recovery code is stored: its SHA-256 (the codes are random
/// enough that a slow hash adds nothing), whatever case or dashes typed.
pub fn recovery_digest(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    hex::encode(Sha256::digest(normal.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 column, last six digits.
    #[test]
    fn rfc_6238_test_vectors() {
        let secret = Secret(b"12345678901234567890".to_vec());
        for (time, code) in [
            (59, "287082"),
            (1111111109, "081804"),
            (1111111111, "050471"),
            (1234567890, "005924"),
            (2000000000, "279037"),
            (20000000000, "353130"),
        ] {
            assert_eq!(secret.code_now(time), code, "{time}");
            assert_eq!(secret.matching_step(code, time), Some(time / 30));
        }
    }

    #[test]
    fn one_step_of_drift_either_way_and_no_more() {
        let secret = Secret::generate();
        let code = secret.code_now(1_000_000);
        assert!(secret.matching_step(&code, 1_000_000 + 30).is_some());
        assert!(secret.matching_step(&code, 1_000_000 - 30).is_some());
        assert!(secret.matching_step(&code, 1_000_000 + 90).is_none());
        assert!(secret.matching_step("12345", 1_000_000).is_none());
        assert!(secret.matching_step("abcdef", 1_000_000).is_none());
    }

    #[test]
    fn base32_as_rfc_4648() {
        assert_eq!(Secret(b"foobar".to_vec()).to_base32(), "MZXW6YTBOI");
        assert_eq!(
            Secret(b"12345678901234567890".to_vec()).to_base32(),
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        );
    }

    #[test]
    fn recovery_codes_are_distinct_and_digest_ignores_case_and_dashes() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let mut unique = codes.clone();
        unique.dedup();
        assert_eq!(unique.len(), RECOVERY_CODES);
        assert_eq!(
            recovery_digest(&codes[0]),
            recovery_digest(&codes[0].to_uppercase().replace('-', " "))
        );
    }
}
