//! A language there is a catalogue for.

use std::fmt;

/// `(code, path, text)` of every `locales/*.ftl`, sorted by code.
pub(super) static CATALOGUES: &[(&str, &str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// One of the languages the interface speaks: an index into the catalogues.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(u8);

impl Lang {
    /// English: complete by definition, the fallback of every other.
    pub fn english() -> Lang {
        Lang::parse("en").expect("locales/en.ftl exists")
    }

    /// Every language there is a catalogue for, by code.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..CATALOGUES.len()).map(|i| Lang(i as u8))
    }

    /// A language tag as people and browsers write it (`my`, `my-MM`,
    /// `en_GB`, `EN`), if there is a catalogue for its language.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if primary.is_empty() {
            return None;
        }
        CATALOGUES
            .iter()
            .position(|(code, _, _)| *code == primary)
            .map(|i| Lang(i as u8))
    }

    /// The BCP 47 code, as in `lang="…"` and `?lang=…`.
    pub fn code(self) -> &'static str {
        CATALOGUES[self.0 as usize].0
    }

    pub(super) fn index(self) -> usize {
        self.0 as usize
    }

    pub(super) fn source(self) -> (&'static str, &'static str) {
        let (_, path, text) = CATALOGUES[self.0 as usize];
        (path, text)
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_their_primary_language() {
        assert_eq!(Lang::parse("my").map(Lang::code), Some("my"));
        assert_eq!(Lang::parse("my-MM").map(Lang::code), Some("my"));
        assert_eq!(Lang::parse("EN_gb").map(Lang::code), Some("en"));
        assert_eq!(Lang::parse("xx"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::parse("*"), None);
    }
}
