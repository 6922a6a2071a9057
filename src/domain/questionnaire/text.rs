//! Human-readable text in one language or several.

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

/// One string in the default language, or a table of language code → string
/// (`{ en = "…", my = "…" }`) that must include the default language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Text {
    Plain(String),
    Translated(BTreeMap<String, String>),
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        super::schema::text_schema()
    }
}

impl Text {
    /// The text in `lang`, or in the default language when it has none.
    pub fn get<'a>(&'a self, lang: &str, default_lang: &str) -> &'a str {
        match self {
            Text::Plain(s) => s,
            Text::Translated(map) => map
                .get(lang)
                .or_else(|| map.get(default_lang))
                .or_else(|| map.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }

    pub fn plain(s: &str) -> Text {
        Text::Plain(s.to_string())
    }
}
