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
        super::schema_rules::text_schema()
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

/// A questionnaire text as a reader is shown it: in their language, or,
/// when the questionnaire has no translation into it, in another (`lang`
/// names that language, for a `lang` attribute and a note saying so).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Said {
    pub text: String,
    /// The language the text is in, when it is not the reader's.
    pub lang: Option<String>,
}

impl Said {
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the text is in another language than the reader's.
    pub fn is_fallback(&self) -> bool {
        self.lang.is_some()
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl Text {
    /// The text for a reader of `lang`: theirs, else the default
    /// language's (marked with it), else any.
    pub fn said(&self, lang: &str, default_lang: &str) -> Said {
        let (text, used) = match self {
            Text::Plain(s) => (s.as_str(), default_lang),
            Text::Translated(map) => match map.get(lang) {
                Some(s) => (s.as_str(), lang),
                None => match map.get(default_lang) {
                    Some(s) => (s.as_str(), default_lang),
                    None => map
                        .iter()
                        .next()
                        .map_or(("", lang), |(l, s)| (s.as_str(), l.as_str())),
                },
            },
        };
        Said {
            text: text.to_string(),
            lang: (used != lang).then(|| used.to_string()),
        }
    }
}

#[cfg(test)]
mod said_tests {
    use super::*;

    #[test]
    fn a_missing_translation_falls_back_and_says_in_which_language() {
        let both = Text::Translated(BTreeMap::from([
            ("en".to_string(), "Policy".to_string()),
            ("my".to_string(), "မူဝါဒ".to_string()),
        ]));
        let english_only =
            Text::Translated(BTreeMap::from([("en".to_string(), "Remedy".to_string())]));
        assert_eq!(both.said("my", "en").to_string(), "မူဝါဒ");
        assert_eq!(both.said("my", "en").lang, None);
        assert_eq!(english_only.said("my", "en").lang.as_deref(), Some("en"));
        assert_eq!(english_only.said("en", "en").lang, None);
        assert_eq!(
            Text::plain("Exit").said("my", "en").lang.as_deref(),
            Some("en")
        );
        assert_eq!(Text::plain("Exit").said("en", "en").lang, None);
    }
}
