//! Human-readable text in one language or several.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One string in the default language, or a table of language code → string
/// (`{ en = "…", my = "…" }`) that must include the default language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Text {
    Plain(String),
    Translated(BTreeMap<String, String>),
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
