//! Reads a TOML document into the model, collecting every structural
//! problem (unknown or misspelt fields, missing fields, wrong types, bad
//! keys, duplicates, values out of range) with its position, instead of
//! stopping at the first as serde would.

use std::collections::HashMap;

use chrono::NaiveDate;
use toml_edit::TableLike;

mod question;
mod values;

use values::valid_language;

use super::diagnostic::{Diagnostic, Pos};
use super::model::*;
use super::text::Text;

pub struct Reader<'a> {
    pub(super) text: &'a str,
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
}
