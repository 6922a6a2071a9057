//! Secret tokens (session cookies, and later the links in invitations):
//! 256 bits from the operating system's generator, shown to their holder
//! once and stored only as a SHA-256 digest.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A freshly made secret: `token` goes to its holder, `digest` to the database.
pub struct NewSecret {
    pub token: String,
    pub digest: String,
}

pub fn generate() -> NewSecret {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let digest = digest(&token);
    NewSecret { token, digest }
}

/// The digest under which a token is stored and looked up.
pub fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether `token` has the shape of a token we made: looking up anything
/// else would be wasted work.
pub fn looks_like_token(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_256_bits_and_stored_as_digests() {
        let a = generate();
        let b = generate();
        assert_ne!(a.token, b.token);
        assert_eq!(URL_SAFE_NO_PAD.decode(&a.token).unwrap().len(), 32);
        assert!(looks_like_token(&a.token));
        assert_eq!(a.digest, digest(&a.token));
        assert_eq!(a.digest.len(), 64);
        assert!(!a.digest.contains(&a.token));
    }
}
