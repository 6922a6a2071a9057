//! What a JSON API token may do: read, or read and write.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiScope {
    Read,
    Write,
}

impl ApiScope {
    pub const ALL: [ApiScope; 2] = [ApiScope::Read, ApiScope::Write];

    pub fn parse(s: &str) -> Result<ApiScope, String> {
        match s.trim() {
            "read" => Ok(ApiScope::Read),
            "write" => Ok(ApiScope::Write),
            other => Err(format!(
                "the scope must be “read” or “write”, not “{other}”"
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ApiScope::Read => "read",
            ApiScope::Write => "write",
        }
    }

    /// Whether a token of this scope may do what `needed` asks.
    pub fn allows(self, needed: ApiScope) -> bool {
        match (self, needed) {
            (ApiScope::Write, _) | (ApiScope::Read, ApiScope::Read) => true,
            (ApiScope::Read, ApiScope::Write) => false,
        }
    }
}

impl fmt::Display for ApiScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_read_token_cannot_write() {
        assert!(ApiScope::Write.allows(ApiScope::Write));
        assert!(ApiScope::Write.allows(ApiScope::Read));
        assert!(ApiScope::Read.allows(ApiScope::Read));
        assert!(!ApiScope::Read.allows(ApiScope::Write));
        assert_eq!(ApiScope::parse("write"), Ok(ApiScope::Write));
        assert!(ApiScope::parse("admin").is_err());
    }
}
