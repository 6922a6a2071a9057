//! Reading single values of the document (strings, keys, numbers, dates,
//! translated texts, tables of a kind), each problem recorded with its
//! position; the document's structure is read in `mod.rs`.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use chrono::NaiveDate;
use toml_edit::{Item, TableLike, Value};

use super::super::diagnostic::Pos;
use super::super::model::*;
use super::super::text::Text;
use super::{Reader, Tbl};

impl<'a> Reader<'a> {
    pub(super) fn pos(&self, span: Option<Range<usize>>) -> Pos {
        Pos::of(self.text, span)
    }

    pub(super) fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.diagnostics.push(pos.diagnostic(message));
    }

    pub(super) fn key_pos(&self, t: Tbl<'_>, name: &str) -> Pos {
        match t.table.get_key_value(name) {
            Some((k, item)) => self.pos(k.span().or_else(|| item.span())),
            None => t.pos,
        }
    }

    pub(super) fn value_pos(&self, t: Tbl<'_>, name: &str) -> Pos {
        match t.table.get(name) {
            Some(item) if item.span().is_some() => self.pos(item.span()),
            _ => self.key_pos(t, name),
        }
    }

    pub(super) fn check_fields(&mut self, t: Tbl<'_>, allowed: &[&str]) {
        let unknown: Vec<(String, Pos)> = t
            .table
            .iter()
            .filter(|(k, _)| !allowed.contains(k))
            .map(|(k, _)| (k.to_string(), self.key_pos(t, k)))
            .collect();
        for (name, pos) in unknown {
            let hint = closest(&name, allowed)
                .map(|c| format!("; did you mean `{c}`?"))
                .unwrap_or_else(|| format!("; the fields here are {}", allowed.join(", ")));
            self.error(pos, format!("unknown field `{name}` in {}{hint}", t.what));
        }
    }

    pub(super) fn required<'t>(&mut self, t: Tbl<'t>, name: &str) -> Option<&'t Item> {
        match t.table.get(name) {
            Some(item) if !item.is_none() => Some(item),
            _ => {
                self.error(t.pos, format!("{} is missing the field `{name}`", t.what));
                None
            }
        }
    }

    pub(super) fn optional<'t>(&self, t: Tbl<'t>, name: &str) -> Option<&'t Item> {
        t.table.get(name).filter(|i| !i.is_none())
    }

    pub(super) fn table<'t>(
        &mut self,
        item: &'t Item,
        pos: Pos,
        what: &'static str,
    ) -> Option<Tbl<'t>> {
        match item.as_table_like() {
            Some(table) => Some(Tbl {
                table,
                pos: self.pos(item.span()).max(pos),
                what,
            }),
            None => {
                self.error(pos, format!("{what} must be a table"));
                None
            }
        }
    }

    /// `[[name]]` tables, or an inline array of inline tables.
    pub(super) fn tables<'t>(
        &mut self,
        t: Tbl<'t>,
        name: &str,
        what: &'static str,
    ) -> Vec<Tbl<'t>> {
        let Some(item) = self.required(t, name) else {
            return Vec::new();
        };
        let pos = self.key_pos(t, name);
        if let Some(aot) = item.as_array_of_tables() {
            return aot
                .iter()
                .map(|table| Tbl {
                    table: table as &dyn TableLike,
                    pos: self.pos(table.span()),
                    what,
                })
                .collect();
        }
        if let Some(array) = item.as_array() {
            let mut out = Vec::new();
            for v in array.iter() {
                match v.as_inline_table() {
                    Some(it) => out.push(Tbl {
                        table: it as &dyn TableLike,
                        pos: self.pos(v.span()),
                        what,
                    }),
                    None => self.error(
                        self.pos(v.span()),
                        format!("each entry of `{name}` must be a table ({what})"),
                    ),
                }
            }
            return out;
        }
        self.error(
            pos,
            format!("`{name}` must be a list of tables, written [[{name}]]"),
        );
        Vec::new()
    }

    pub(super) fn value<'t>(
        &mut self,
        t: Tbl<'t>,
        name: &str,
        required: bool,
    ) -> Option<(&'t Value, Pos)> {
        let item = if required {
            self.required(t, name)?
        } else {
            self.optional(t, name)?
        };
        let pos = self.value_pos(t, name);
        match item.as_value() {
            Some(v) => Some((v, pos)),
            None => {
                self.error(
                    pos,
                    format!("`{name}` in {} must be a value, not a table", t.what),
                );
                None
            }
        }
    }

    pub(super) fn string(&mut self, t: Tbl<'_>, name: &str, required: bool) -> Option<String> {
        let (v, pos) = self.value(t, name, required)?;
        match v.as_str() {
            Some(s) if s.trim().is_empty() && required => {
                self.error(pos, format!("`{name}` in {} must not be empty", t.what));
                None
            }
            Some(s) => Some(s.to_string()),
            None => {
                self.error(pos, format!("`{name}` in {} must be a string", t.what));
                None
            }
        }
    }

    pub(super) fn key(&mut self, t: Tbl<'_>, name: &str) -> Option<(Key, Pos)> {
        let pos = self.value_pos(t, name);
        let s = self.string(t, name, true)?;
        match Key::parse(&s) {
            Ok(k) => Some((k, pos)),
            Err(e) => {
                self.error(pos, e);
                None
            }
        }
    }

    pub(super) fn boolean(&mut self, t: Tbl<'_>, name: &str) -> bool {
        let Some((v, pos)) = self.value(t, name, false) else {
            return false;
        };
        match v.as_bool() {
            Some(b) => b,
            None => {
                self.error(pos, format!("`{name}` must be true or false"));
                false
            }
        }
    }

    pub(super) fn integer(&mut self, t: Tbl<'_>, name: &str, range: (i64, i64)) -> Option<i64> {
        let (v, pos) = self.value(t, name, false)?;
        match v.as_integer() {
            Some(n) if n < range.0 || n > range.1 => {
                self.error(
                    pos,
                    format!(
                        "`{name}` must be between {} and {}, found {n}",
                        range.0, range.1
                    ),
                );
                None
            }
            Some(n) => Some(n),
            None => {
                self.error(pos, format!("`{name}` must be a whole number"));
                None
            }
        }
    }

    pub(super) fn float(&mut self, t: Tbl<'_>, name: &str) -> Option<f64> {
        let (v, pos) = self.value(t, name, false)?;
        match (v.as_float(), v.as_integer()) {
            (Some(f), _) if f.is_finite() => Some(f),
            (_, Some(n)) => Some(n as f64),
            _ => {
                self.error(pos, format!("`{name}` must be a number"));
                None
            }
        }
    }

    pub(super) fn weight(&mut self, t: Tbl<'_>) -> Option<f64> {
        let w = self.float(t, "weight")?;
        if w <= 0.0 {
            let pos = self.value_pos(t, "weight");
            self.error(pos, format!("`weight` must be greater than 0, found {w}"));
            return None;
        }
        Some(w)
    }

    pub(super) fn date(&mut self, t: Tbl<'_>, name: &str, required: bool) -> Option<NaiveDate> {
        let (v, pos) = self.value(t, name, required)?;
        let parsed = v.as_datetime().and_then(|dt| match (dt.date, dt.time) {
            (Some(d), None) => NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32),
            _ => None,
        });
        if parsed.is_none() {
            self.error(
                pos,
                format!("`{name}` must be a date written like 2024-01-31 (no quotes, no time)"),
            );
        }
        parsed
    }

    pub(super) fn strings(&mut self, t: Tbl<'_>, name: &str, required: bool) -> Vec<(String, Pos)> {
        let Some((v, pos)) = self.value(t, name, required) else {
            return Vec::new();
        };
        let Some(array) = v.as_array() else {
            self.error(pos, format!("`{name}` must be a list, like [\"a\", \"b\"]"));
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in array.iter() {
            let p = self.pos(item.span());
            match item.as_str() {
                Some(s) if !s.trim().is_empty() => out.push((s.to_string(), p)),
                _ => self.error(
                    p,
                    format!("each entry of `{name}` must be a non-empty string"),
                ),
            }
        }
        if out.is_empty() && required && array.is_empty() {
            self.error(pos, format!("`{name}` must have at least one entry"));
        }
        out
    }

    pub(super) fn keys(&mut self, t: Tbl<'_>, name: &str, required: bool) -> Vec<(Key, Pos)> {
        self.strings(t, name, required)
            .into_iter()
            .filter_map(|(s, p)| match Key::parse(&s) {
                Ok(k) => Some((k, p)),
                Err(e) => {
                    self.error(p, e);
                    None
                }
            })
            .collect()
    }

    pub(super) fn text(&mut self, t: Tbl<'_>, name: &str, required: bool) -> Option<Text> {
        let item = if required {
            self.required(t, name)?
        } else {
            self.optional(t, name)?
        };
        let pos = self.value_pos(t, name);
        if let Some(s) = item.as_str() {
            if s.trim().is_empty() {
                self.error(pos, format!("`{name}` in {} must not be empty", t.what));
                return None;
            }
            return Some(Text::Plain(s.to_string()));
        }
        let Some(table) = item.as_table_like() else {
            self.error(
                pos,
                format!("`{name}` must be a string, or a table of language = \"text\""),
            );
            return None;
        };
        let mut map = BTreeMap::new();
        for (lang, value) in table.iter() {
            let lang_pos = match table.get_key_value(lang) {
                Some((k, _)) => self.pos(k.span()),
                None => pos,
            };
            if !self.language_known(lang) {
                self.error(
                    lang_pos,
                    format!(
                        "language `{lang}` is not declared; add it to `languages` at the top of the file"
                    ),
                );
            }
            match value.as_str() {
                Some(s) if !s.trim().is_empty() => {
                    map.insert(lang.to_string(), s.to_string());
                }
                _ => self.error(
                    lang_pos,
                    format!("the `{lang}` text must be a non-empty string"),
                ),
            }
        }
        if !map.contains_key(&self.default_language) {
            self.error(
                pos,
                format!(
                    "`{name}` has no text in the default language `{}`",
                    self.default_language
                ),
            );
            return None;
        }
        Some(Text::Translated(map))
    }

    /// Records the first use of a key; a second use is an error naming
    /// the line of the first.
    pub(super) fn first_use(
        &mut self,
        seen: &mut HashMap<Key, Pos>,
        key: &Key,
        pos: Pos,
        what: &str,
    ) -> bool {
        if let Some(first) = seen.get(key) {
            let line = first.line;
            self.error(
                pos,
                format!("duplicate {what} `{key}` (first used on line {line})"),
            );
            return false;
        }
        seen.insert(key.clone(), pos);
        true
    }

    pub(super) fn language_known(&self, lang: &str) -> bool {
        lang == self.default_language || self.languages.iter().any(|l| l == lang)
    }
}
pub(super) fn valid_language(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The allowed name closest to a misspelt one, if it is close enough.
pub(super) fn closest<'n>(name: &str, allowed: &[&'n str]) -> Option<&'n str> {
    allowed
        .iter()
        .map(|a| (strsim::levenshtein(name, a), *a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}
