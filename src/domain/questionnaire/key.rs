//! Keys of demands, sections, questions and options, and where each was
//! found in the file.

use std::borrow::Cow;
use std::collections::HashMap;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

use super::diagnostic::Pos;

/// A key: lowercase ASCII letters, digits and `-`, starting with a letter,
/// at most 64 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Key(pub(super) String);

impl Key {
    pub fn parse(s: &str) -> Result<Key, String> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.starts_with(|c: char| c.is_ascii_lowercase())
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if ok {
            Ok(Key(s.to_string()))
        } else {
            Err(format!(
                "`{s}` is not a valid key: use lowercase letters, digits and -, starting with a letter, at most 64 characters"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Key {
    type Error = String;
    fn try_from(s: String) -> Result<Key, String> {
        Key::parse(&s)
    }
}

impl From<Key> for String {
    fn from(k: Key) -> String {
        k.0
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl JsonSchema for Key {
    fn schema_name() -> Cow<'static, str> {
        "Key".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[a-z][a-z0-9-]{0,63}$",
            "description": "Lowercase letters, digits and -, starting with a letter, at most 64 characters."
        })
    }
}

/// Where the parts of an element were in the file (not part of the format).
#[derive(Debug, Clone, Default)]
pub struct Positions(HashMap<String, Pos>);

impl Positions {
    pub fn set(&mut self, what: impl Into<String>, pos: Pos) {
        self.0.insert(what.into(), pos);
    }

    /// The position of `what`, or of the element itself.
    pub fn of(&self, what: &str) -> Pos {
        self.0
            .get(what)
            .or_else(|| self.0.get(""))
            .copied()
            .unwrap_or_else(Pos::start)
    }
}
