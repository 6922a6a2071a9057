//! Reads a TOML document into the model, collecting every structural
//! problem (unknown or misspelt fields, missing fields, wrong types, bad
//! keys, duplicates, values out of range) with its position, instead of
//! stopping at the first as serde would.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use chrono::NaiveDate;
use toml_edit::{Item, TableLike, Value};

use super::diagnostic::{Diagnostic, Pos};
use super::model::*;
use super::text::Text;

pub struct Reader<'a> {
    text: &'a str,
    pub diagnostics: Vec<Diagnostic>,
    default_language: String,
    languages: Vec<String>,
}

/// A table of the document, with where it starts (for "missing field").
#[derive(Clone, Copy)]
struct Tbl<'t> {
    table: &'t dyn TableLike,
    pos: Pos,
    what: &'static str,
}

const TOP: &[&str] = &[
    "format",
    "slug",
    "version",
    "default_language",
    "languages",
    "title",
    "summary",
    "source",
    "demands",
    "sections",
];
const SOURCE: &[&str] = &["title", "date", "url", "organisations"];
const DEMAND: &[&str] = &["key", "title", "text", "weight"];
const SECTION: &[&str] = &["key", "title", "intro", "questions"];
const QUESTION: &[&str] = &[
    "key",
    "demands",
    "kind",
    "prompt",
    "guidance",
    "required",
    "max_length",
    "min",
    "max",
    "unit",
    "min_date",
    "max_date",
    "max_items",
    "allow_not_applicable",
    "condition",
    "options",
    "scoring",
];
const CONDITION: &[&str] = &["question", "any_of"];
const OPTION: &[&str] = &["key", "label", "points", "not_applicable"];
const SCORING: &[&str] = &["weight", "guidance", "rubric"];
const RUBRIC: &[&str] = &["key", "label", "points", "not_applicable", "description"];

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            diagnostics: Vec::new(),
            default_language: "en".into(),
            languages: Vec::new(),
        }
    }

    fn pos(&self, span: Option<Range<usize>>) -> Pos {
        Pos::of(self.text, span)
    }

    fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.diagnostics.push(pos.diagnostic(message));
    }

    fn key_pos(&self, t: Tbl<'_>, name: &str) -> Pos {
        match t.table.get_key_value(name) {
            Some((k, item)) => self.pos(k.span().or_else(|| item.span())),
            None => t.pos,
        }
    }

    fn value_pos(&self, t: Tbl<'_>, name: &str) -> Pos {
        match t.table.get(name) {
            Some(item) if item.span().is_some() => self.pos(item.span()),
            _ => self.key_pos(t, name),
        }
    }

    fn check_fields(&mut self, t: Tbl<'_>, allowed: &[&str]) {
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

    fn required<'t>(&mut self, t: Tbl<'t>, name: &str) -> Option<&'t Item> {
        match t.table.get(name) {
            Some(item) if !item.is_none() => Some(item),
            _ => {
                self.error(t.pos, format!("{} is missing the field `{name}`", t.what));
                None
            }
        }
    }

    fn optional<'t>(&self, t: Tbl<'t>, name: &str) -> Option<&'t Item> {
        t.table.get(name).filter(|i| !i.is_none())
    }

    fn table<'t>(&mut self, item: &'t Item, pos: Pos, what: &'static str) -> Option<Tbl<'t>> {
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
    fn tables<'t>(&mut self, t: Tbl<'t>, name: &str, what: &'static str) -> Vec<Tbl<'t>> {
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

    fn value<'t>(&mut self, t: Tbl<'t>, name: &str, required: bool) -> Option<(&'t Value, Pos)> {
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

    fn string(&mut self, t: Tbl<'_>, name: &str, required: bool) -> Option<String> {
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

    fn key(&mut self, t: Tbl<'_>, name: &str) -> Option<(Key, Pos)> {
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

    fn boolean(&mut self, t: Tbl<'_>, name: &str) -> bool {
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

    fn integer(&mut self, t: Tbl<'_>, name: &str, range: (i64, i64)) -> Option<i64> {
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

    fn float(&mut self, t: Tbl<'_>, name: &str) -> Option<f64> {
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

    fn weight(&mut self, t: Tbl<'_>) -> Option<f64> {
        let w = self.float(t, "weight")?;
        if w <= 0.0 {
            let pos = self.value_pos(t, "weight");
            self.error(pos, format!("`weight` must be greater than 0, found {w}"));
            return None;
        }
        Some(w)
    }

    fn date(&mut self, t: Tbl<'_>, name: &str, required: bool) -> Option<NaiveDate> {
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

    fn strings(&mut self, t: Tbl<'_>, name: &str, required: bool) -> Vec<(String, Pos)> {
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

    fn keys(&mut self, t: Tbl<'_>, name: &str, required: bool) -> Vec<(Key, Pos)> {
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

    fn text(&mut self, t: Tbl<'_>, name: &str, required: bool) -> Option<Text> {
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
    fn first_use(&mut self, seen: &mut HashMap<Key, Pos>, key: &Key, pos: Pos, what: &str) -> bool {
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

    fn language_known(&self, lang: &str) -> bool {
        lang == self.default_language || self.languages.iter().any(|l| l == lang)
    }

    pub fn read(&mut self, doc: &toml_edit::Table) -> Questionnaire {
        let top = Tbl {
            table: doc as &dyn TableLike,
            pos: Pos::start(),
            what: "the questionnaire",
        };
        self.check_fields(top, TOP);

        let format = self.integer(top, "format", (0, i64::MAX));
        if top.table.get("format").is_none() {
            self.required(top, "format");
        } else if let Some(f) = format {
            if f != 1 {
                let pos = self.value_pos(top, "format");
                self.error(
                    pos,
                    format!("`format` must be 1, the only format there is; found {f}"),
                );
            }
        }
        let slug = self.key(top, "slug").map(|(k, _)| k);
        let version = self.string(top, "version", true);
        if let Some(lang) = self.string(top, "default_language", true) {
            if !valid_language(&lang) {
                let pos = self.value_pos(top, "default_language");
                self.error(
                    pos,
                    format!("`{lang}` is not a language code such as en, my or zh-Hans"),
                );
            }
            self.default_language = lang;
        }
        let languages = self.strings(top, "languages", false);
        for (lang, p) in &languages {
            if !valid_language(lang) {
                self.error(
                    *p,
                    format!("`{lang}` is not a language code such as en, my or zh-Hans"),
                );
            }
        }
        self.languages = languages.iter().map(|(l, _)| l.clone()).collect();
        if !self.languages.is_empty() && !self.languages.contains(&self.default_language) {
            let pos = self.value_pos(top, "languages");
            self.error(
                pos,
                format!(
                    "`languages` must include the default language `{}`",
                    self.default_language
                ),
            );
        }
        let title = self.text(top, "title", true);
        let summary = self.text(top, "summary", true);
        let source = self.source(top);
        let demands = self.demands(top);
        let sections = self.sections(top);

        // Built even when parts are missing, so that checks across the
        // file can still report what they can; `parse` accepts it only
        // without any diagnostic.
        Questionnaire {
            format: format.unwrap_or(1) as u32,
            slug: slug.unwrap_or_else(|| Key::parse("unknown").expect("a valid key")),
            version: version.unwrap_or_default(),
            default_language: self.default_language.clone(),
            languages: self.languages.clone(),
            title: title.unwrap_or_else(|| Text::plain("")),
            summary: summary.unwrap_or_else(|| Text::plain("")),
            source: source.unwrap_or_else(|| Source {
                title: Text::plain(""),
                date: NaiveDate::default(),
                url: None,
                organisations: Vec::new(),
            }),
            demands,
            sections,
        }
    }

    fn source(&mut self, top: Tbl<'_>) -> Option<Source> {
        let item = self.required(top, "source")?;
        let pos = self.key_pos(top, "source");
        let t = self.table(item, pos, "[source]")?;
        self.check_fields(t, SOURCE);
        let title = self.text(t, "title", true);
        let date = self.date(t, "date", true);
        let url = self.string(t, "url", false);
        if let Some(u) = &url {
            if !(u.starts_with("https://") || u.starts_with("http://"))
                || url::Url::parse(u).is_err()
            {
                let p = self.value_pos(t, "url");
                self.error(p, format!("`url` must be an http(s) address, found `{u}`"));
            }
        }
        let organisations: Vec<String> = self
            .strings(t, "organisations", true)
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        Some(Source {
            title: title?,
            date: date?,
            url,
            organisations,
        })
    }

    fn demands(&mut self, top: Tbl<'_>) -> Vec<Demand> {
        let mut seen: HashMap<Key, Pos> = HashMap::new();
        let mut out = Vec::new();
        let tables = self.tables(top, "demands", "a demand");
        if tables.is_empty() && self.optional(top, "demands").is_some() {
            self.error(
                self.key_pos(top, "demands"),
                "there must be at least one demand",
            );
        }
        for t in tables {
            self.check_fields(t, DEMAND);
            let key = self.key(t, "key");
            let title = self.text(t, "title", true);
            let text = self.text(t, "text", true);
            let weight = self.weight(t);
            let Some((key, kpos)) = key else { continue };
            if !self.first_use(&mut seen, &key, kpos, "demand key") {
                continue;
            }
            if let (Some(title), Some(text)) = (title, text) {
                let mut pos = Positions::default();
                pos.set("", kpos);
                out.push(Demand {
                    key,
                    title,
                    text,
                    weight,
                    pos,
                });
            }
        }
        out
    }

    fn sections(&mut self, top: Tbl<'_>) -> Vec<Section> {
        let mut seen_sections: HashMap<Key, Pos> = HashMap::new();
        let mut seen_questions: HashMap<Key, Pos> = HashMap::new();
        let mut out = Vec::new();
        let tables = self.tables(top, "sections", "a section");
        if tables.is_empty() && self.optional(top, "sections").is_some() {
            self.error(
                self.key_pos(top, "sections"),
                "there must be at least one section",
            );
        }
        for t in tables {
            self.check_fields(t, SECTION);
            let key = self.key(t, "key");
            let title = self.text(t, "title", true);
            let intro = self.text(t, "intro", false);
            let mut questions = Vec::new();
            let question_tables = self.tables(t, "questions", "a question");
            if question_tables.is_empty() && self.optional(t, "questions").is_some() {
                self.error(t.pos, "a section needs at least one question");
            }
            for qt in question_tables {
                if let Some(q) = self.question(qt, &mut seen_questions) {
                    questions.push(q);
                }
            }
            let Some((key, kpos)) = key else { continue };
            if !self.first_use(&mut seen_sections, &key, kpos, "section key") {
                continue;
            }
            if let Some(title) = title {
                out.push(Section {
                    key,
                    title,
                    intro,
                    questions,
                });
            }
        }
        out
    }

    fn question(&mut self, t: Tbl<'_>, seen: &mut HashMap<Key, Pos>) -> Option<Question> {
        self.check_fields(t, QUESTION);
        let mut pos = Positions::default();
        pos.set("", t.pos);
        let key = self.key(t, "key");
        let demands = self.keys(t, "demands", true);
        for (i, (_, p)) in demands.iter().enumerate() {
            pos.set(format!("demands.{i}"), *p);
        }
        let kind_pos = self.value_pos(t, "kind");
        let kind = match self.string(t, "kind", true) {
            Some(s) => match QuestionKind::parse(&s) {
                Some(k) => Some(k),
                None => {
                    let names: Vec<&str> = QuestionKind::ALL.iter().map(|k| k.as_str()).collect();
                    let hint = closest(&s, &names)
                        .map(|c| format!("; did you mean `{c}`?"))
                        .unwrap_or_else(|| format!("; the kinds are {}", names.join(", ")));
                    self.error(kind_pos, format!("unknown question kind `{s}`{hint}"));
                    None
                }
            },
            None => None,
        };
        pos.set("kind", kind_pos);
        let prompt = self.text(t, "prompt", true);
        let guidance = self.text(t, "guidance", false);
        let required = self.boolean(t, "required");
        let max_length = self
            .integer(t, "max_length", (1, 100_000))
            .map(|n| n as u32);
        let min = self.float(t, "min");
        let max = self.float(t, "max");
        let unit = self.text(t, "unit", false);
        let min_date = self.date(t, "min_date", false);
        let max_date = self.date(t, "max_date", false);
        let max_items = self.integer(t, "max_items", (1, 100)).map(|n| n as u32);
        let allow_not_applicable = self.boolean(t, "allow_not_applicable");
        for field in [
            "max_length",
            "min",
            "max",
            "unit",
            "min_date",
            "max_date",
            "max_items",
            "allow_not_applicable",
            "options",
            "scoring",
            "condition",
        ] {
            pos.set(field, self.key_pos(t, field));
        }

        let condition = match self.optional(t, "condition") {
            Some(item) => {
                let cpos = self.key_pos(t, "condition");
                self.table(item, cpos, "the condition").and_then(|ct| {
                    self.check_fields(ct, CONDITION);
                    let q = self.key(ct, "question");
                    let values = self.keys(ct, "any_of", true);
                    let (q, qpos) = q?;
                    pos.set("condition.question", qpos);
                    for (i, (_, p)) in values.iter().enumerate() {
                        pos.set(format!("condition.any_of.{i}"), *p);
                    }
                    Some(Condition {
                        question: q,
                        any_of: values.into_iter().map(|(k, _)| k).collect(),
                    })
                })
            }
            None => None,
        };

        let mut options = Vec::new();
        if self.optional(t, "options").is_some() {
            let mut seen_options: HashMap<Key, Pos> = HashMap::new();
            for (i, ot) in self
                .tables(t, "options", "an option")
                .into_iter()
                .enumerate()
            {
                self.check_fields(ot, OPTION);
                let key = self.key(ot, "key");
                let label = self.text(ot, "label", true);
                let points = self.integer(ot, "points", (0, 100)).map(|n| n as u8);
                let not_applicable = self.boolean(ot, "not_applicable");
                pos.set(format!("options.{i}"), ot.pos);
                pos.set(format!("options.{i}.points"), self.value_pos(ot, "points"));
                let Some((key, kpos)) = key else { continue };
                if !self.first_use(&mut seen_options, &key, kpos, "option key") {
                    continue;
                }
                if let Some(label) = label {
                    options.push(ChoiceOption {
                        key,
                        label,
                        points,
                        not_applicable,
                    });
                }
            }
        }

        let scoring = match self.optional(t, "scoring") {
            Some(item) => {
                let spos = self.key_pos(t, "scoring");
                self.table(item, spos, "[scoring]").map(|st| {
                    self.check_fields(st, SCORING);
                    let weight = self.weight(st);
                    let guidance = self.text(st, "guidance", false);
                    let mut rubric = Vec::new();
                    if self.optional(st, "rubric").is_some() {
                        pos.set("rubric", self.key_pos(st, "rubric"));
                        let mut seen_levels: HashMap<Key, Pos> = HashMap::new();
                        for (i, rt) in self
                            .tables(st, "rubric", "a rubric level")
                            .into_iter()
                            .enumerate()
                        {
                            self.check_fields(rt, RUBRIC);
                            let key = self.key(rt, "key");
                            let label = self.text(rt, "label", true);
                            let points = self.integer(rt, "points", (0, 100)).map(|n| n as u8);
                            let not_applicable = self.boolean(rt, "not_applicable");
                            let description = self.text(rt, "description", false);
                            pos.set(format!("rubric.{i}"), rt.pos);
                            let Some((key, kpos)) = key else { continue };
                            if !self.first_use(&mut seen_levels, &key, kpos, "rubric level") {
                                continue;
                            }
                            if let Some(label) = label {
                                rubric.push(RubricLevel {
                                    key,
                                    label,
                                    points,
                                    not_applicable,
                                    description,
                                });
                            }
                        }
                    }
                    Scoring {
                        weight,
                        guidance,
                        rubric,
                    }
                })
            }
            None => None,
        };

        let (key, kpos) = key?;
        if !self.first_use(seen, &key, kpos, "question key") {
            return None;
        }
        pos.set("key", kpos);
        Some(Question {
            key,
            demands: demands.into_iter().map(|(k, _)| k).collect(),
            kind: kind?,
            prompt: prompt?,
            guidance,
            required,
            max_length,
            min,
            max,
            unit,
            min_date,
            max_date,
            max_items,
            allow_not_applicable,
            condition,
            options,
            scoring,
            pos,
        })
    }
}

fn valid_language(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The allowed name closest to a misspelt one, if it is close enough.
fn closest<'n>(name: &str, allowed: &[&'n str]) -> Option<&'n str> {
    allowed
        .iter()
        .map(|a| (strsim::levenshtein(name, a), *a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}
