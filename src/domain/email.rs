//! Email addresses, checked once and kept in a normal form (trimmed, the
//! domain in lower case) so that look-ups and uniqueness agree.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("enter an email address")]
    Empty,
    #[error("an email address has no spaces")]
    Whitespace,
    #[error("an email address looks like name@example.org")]
    Shape,
    #[error("an email address is at most 254 characters")]
    TooLong,
}

impl Email {
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.chars().count() > 254 {
            return Err(EmailError::TooLong);
        }
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(EmailError::Whitespace);
        }
        let (local, domain) = s.rsplit_once('@').ok_or(EmailError::Shape)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if local.is_empty() || local.len() > 64 || !dot_atom(local) || !domain_ok {
            return Err(EmailError::Shape);
        }
        // The local part may be case-sensitive in theory; in practice people
        // type their address in any case, and matching must not depend on it.
        Ok(Email(format!(
            "{}@{}",
            local.to_lowercase(),
            domain.to_lowercase()
        )))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the address has characters outside ASCII: only a mail relay
    /// that offers SMTPUTF8 (RFC 6531) can take it.
    pub fn needs_smtputf8(&self) -> bool {
        !self.0.is_ascii()
    }
}

/// A local part as mail servers take it unquoted (RFC 5322 dot-atom, with
/// the characters of any script, RFC 6532): no quotes, brackets or commas,
/// no dot at either end or two in a row.
fn dot_atom(local: &str) -> bool {
    !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| {
            !c.is_ascii() || c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c)
        })
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_space() {
        assert_eq!(
            Email::parse("  Aung.Thu@Example.ORG ").unwrap().as_str(),
            "aung.thu@example.org"
        );
    }

    #[test]
    fn local_parts_are_what_mail_servers_take_and_other_scripts_are_flagged() {
        for bad in [
            "a\"b@example.org",
            ".a@example.org",
            "a..b@example.org",
            "a,b@example.org",
            "a(b)@example.org",
        ] {
            assert_eq!(Email::parse(bad), Err(EmailError::Shape), "{bad}");
        }
        let plain = Email::parse("o'brien+hr@example.org").unwrap();
        assert!(!plain.needs_smtputf8());
        let other_script = Email::parse("jürgen@example.org").unwrap();
        assert!(other_script.needs_smtputf8());
        assert!(Email::parse("ko@ဥပဒေ.example").unwrap().needs_smtputf8());
    }

    #[test]
    fn refuses_what_cannot_receive_mail() {
        for bad in [
            "",
            "no-at-sign",
            "a@b",
            "a@.org",
            "a b@example.org",
            "@example.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
