//! Loading the catalogues and looking messages up.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::lang::Lang;

/// One language's messages, ready to format.
struct Loaded {
    bundle: FluentBundle<FluentResource>,
    /// `ltr` or `rtl`, from the catalogue's `language-direction`.
    dir: &'static str,
    /// The ten digits the language writes numbers with, from `numerals`.
    digits: Option<[char; 10]>,
}

static LOADED: LazyLock<Vec<Loaded>> = LazyLock::new(|| Lang::all().map(load).collect());

fn load(lang: Lang) -> Loaded {
    let (path, text) = lang.source();
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Pages mark other-language text with `lang`/`dir` themselves; Fluent's
    // isolation marks would end up inside attributes and addresses.
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            // The catalogue test names the line and column; the service
            // still starts with every message that could be read.
            tracing::error!(
                catalogue = path,
                errors = errors.len(),
                "a catalogue has errors"
            );
            r
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(catalogue = path, ?errors, "a catalogue repeats messages");
    }
    let plain = |key: &str| -> Option<String> {
        let msg = bundle.get_message(key)?;
        let mut errors = vec![];
        Some(
            bundle
                .format_pattern(msg.value()?, None, &mut errors)
                .into_owned(),
        )
    };
    let dir = match plain("language-direction").as_deref() {
        Some("rtl") => "rtl",
        _ => "ltr",
    };
    let digits = plain("numerals").and_then(|d| {
        let chars: Vec<char> = d.chars().collect();
        <[char; 10]>::try_from(chars).ok()
    });
    Loaded {
        bundle,
        dir,
        digits,
    }
}

/// A value for a message's placeholder.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// Numbers choose plural forms (`{ $count -> [one] … *[other] … }`).
    Number(f64),
}

/// What can fill a placeholder: text and numbers, owned or borrowed (a
/// template passes its fields by reference).
pub trait IntoArg {
    fn into_arg(self) -> Arg;
}

impl IntoArg for Arg {
    fn into_arg(self) -> Arg {
        self
    }
}
impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}
impl IntoArg for String {
    fn into_arg(self) -> Arg {
        Arg::Text(self)
    }
}
impl IntoArg for &String {
    fn into_arg(self) -> Arg {
        Arg::Text(self.clone())
    }
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> Arg {
                Arg::Number(self as f64)
            }
        }
        impl IntoArg for &$t {
            fn into_arg(self) -> Arg {
                Arg::Number(*self as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u32, u64, usize);
impl<T: Clone + IntoArg> IntoArg for &&T {
    fn into_arg(self) -> Arg {
        (*self).clone().into_arg()
    }
}

/// A language as the switch offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageName {
    pub code: &'static str,
    /// In the language itself: "မြန်မာ".
    pub name: String,
    pub dir: &'static str,
    pub current: bool,
}

/// The messages of one language, for a page or an email. Copy it freely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr { lang }
    }

    pub fn english() -> Tr {
        Tr::new(Lang::english())
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The language's code, for `lang="…"`.
    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    /// `ltr` or `rtl`, for `dir="…"`.
    pub fn dir(&self) -> &'static str {
        LOADED[self.lang.index()].dir
    }

    /// The message `key` with no placeholders.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with one placeholder filled.
    pub fn t1(&self, key: &str, n1: &str, v1: impl IntoArg) -> String {
        self.with(key, &[(n1, v1.into_arg())])
    }

    /// The message `key` with two placeholders filled.
    pub fn t2(&self, key: &str, n1: &str, v1: impl IntoArg, n2: &str, v2: impl IntoArg) -> String {
        self.with(key, &[(n1, v1.into_arg()), (n2, v2.into_arg())])
    }

    /// The message `key` with three placeholders filled.
    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        key: &str,
        n1: &str,
        v1: impl IntoArg,
        n2: &str,
        v2: impl IntoArg,
        n3: &str,
        v3: impl IntoArg,
    ) -> String {
        self.with(
            key,
            &[
                (n1, v1.into_arg()),
                (n2, v2.into_arg()),
                (n3, v3.into_arg()),
            ],
        )
    }

    /// The message `key` with any number of placeholders filled.
    pub fn with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let v = match value {
                Arg::Text(s) => FluentValue::from(s.clone()),
                // Fluent writes numbers in Latin digits. A language with
                // its own digits gets them as text (Burmese, the one such
                // language so far, has no plural forms to choose).
                Arg::Number(n) => match LOADED[self.lang.index()].digits {
                    None => FluentValue::from(*n),
                    Some(_) => FluentValue::from(self.digits(&n.to_string())),
                },
            };
            fluent.set(name.to_string(), v);
        }
        self.format(key, Some(&fluent))
    }

    /// Whether this language has its own message `key` (else English's
    /// is used).
    pub fn has(&self, key: &str) -> bool {
        LOADED[self.lang.index()].bundle.has_message(key)
    }

    /// Every language there is a catalogue for, each named in itself, for
    /// the switch; this one marked current.
    pub fn languages(&self) -> Vec<LanguageName> {
        Lang::all()
            .map(|l| LanguageName {
                code: l.code(),
                name: Tr::new(l).t("language-name"),
                dir: Tr::new(l).dir(),
                current: l == self.lang,
            })
            .collect()
    }

    /// The name of the language `code` in this one's words where the
    /// catalogues know it, else the code: for "shown in English".
    pub fn language_name_of(&self, code: &str) -> String {
        Lang::parse(code).map_or_else(|| code.to_string(), |l| Tr::new(l).t("language-name"))
    }

    /// "(not yet translated; shown in English)", for text in `code`.
    pub fn untranslated(&self, code: &str) -> String {
        self.t1("not-translated", "language", self.language_name_of(code))
    }

    /// `text` with its ASCII digits written in this language's numerals.
    pub fn digits(&self, text: &str) -> String {
        match LOADED[self.lang.index()].digits {
            None => text.to_string(),
            Some(d) => text
                .chars()
                .map(|c| c.to_digit(10).map_or(c, |i| d[i as usize]))
                .collect(),
        }
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        for loaded in [&LOADED[self.lang.index()], &LOADED[Lang::english().index()]] {
            if let Some(pattern) = loaded.bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = loaded.bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(key, lang = self.code(), ?errors, "a message lacks a value");
                }
                return text.into_owned();
            }
        }
        tracing::error!(key, "no catalogue has this message");
        key.to_string()
    }
}

/// Keys of the staff pages: English only, not asked of other catalogues.
pub const STAFF_ONLY: &str = "admin-";

/// What is wrong with the catalogues, one line each naming the file (and
/// for syntax errors the line and column): unreadable entries, messages
/// English has and another language lacks (or has and English lacks),
/// placeholders that differ from English's. Empty when all is well.
pub fn catalogue_problems() -> Vec<String> {
    let sources: Vec<(&str, &str, &str)> = Lang::all()
        .map(|l| {
            let (path, text) = l.source();
            (l.code(), path, text)
        })
        .collect();
    problems_in(&sources)
}

/// [`catalogue_problems`] of `(code, path, text)` catalogues.
fn problems_in(sources: &[(&str, &str, &str)]) -> Vec<String> {
    let mut problems = vec![];
    let mut shapes: BTreeMap<String, (String, BTreeMap<String, BTreeSet<String>>)> =
        BTreeMap::new();
    for &(code, path, text) in sources {
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let (line, column) = line_and_column(text, e.pos.start);
                    problems.push(format!("{path}:{line}:{column}: {}", e.kind));
                }
                r
            }
        };
        let mut messages = BTreeMap::new();
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_variables(p, &mut vars);
                } else {
                    problems.push(format!("{path}: `{}` has no text", m.id.name));
                }
                if messages.insert(m.id.name.to_string(), vars).is_some() {
                    problems.push(format!("{path}: `{}` is written twice", m.id.name));
                }
            }
        }
        if !messages.contains_key("language-name") {
            problems.push(format!("{path}: `language-name` is missing"));
        }
        shapes.insert(code.to_string(), (path.to_string(), messages));
    }
    let Some((_, english)) = shapes.get("en").cloned() else {
        problems.push("locales/en.ftl is missing".to_string());
        return problems;
    };
    for (code, (path, messages)) in &shapes {
        if code == "en" {
            continue;
        }
        for (key, vars) in &english {
            match messages.get(key) {
                // Staff pages are in English only (README "Languages").
                None if key.starts_with(STAFF_ONLY) => {}
                None => problems.push(format!("{path}: `{key}` is missing")),
                Some(theirs) if theirs != vars => problems.push(format!(
                    "{path}: `{key}` has placeholders {} where English has {}",
                    names(theirs),
                    names(vars)
                )),
                Some(_) => {}
            }
        }
        for key in messages.keys() {
            if !english.contains_key(key) {
                problems.push(format!("{path}: `{key}` is not in locales/en.ftl"));
            }
        }
    }
    problems
}

fn names(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        return "none".to_string();
    }
    vars.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn line_and_column(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_variables(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for n in &arguments.named {
                inline_variables(&n.value, out);
            }
        }
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_found_and_other_languages_fall_back_to_it() {
        let en = Tr::english();
        assert_eq!(en.t("language-name"), "English");
        let my = Tr::new(Lang::parse("my").unwrap());
        assert_eq!(my.t("language-name"), "မြန်မာ");
        assert_eq!(my.code(), "my");
        assert_eq!(my.dir(), "ltr");
        let unknown = format!("no-such-{}", "message");
        assert_eq!(en.t(&unknown), "no-such-message");
    }

    #[test]
    fn burmese_numbers_are_written_in_burmese_digits() {
        let my = Tr::new(Lang::parse("my").unwrap());
        assert_eq!(my.digits("2026-12-23 17:05"), "၂၀၂၆-၁၂-၂၃ ၁၇:၀၅");
        assert_eq!(Tr::english().digits("2026"), "2026");
    }

    #[test]
    fn problems_name_the_file_the_line_and_the_key() {
        let en =
            "language-name = English\ngreeting = Hello { $name }\nbye = Bye\nadmin-only = Staff\n";
        let good = "language-name = Deutsch\ngreeting = Hallo { $name }\nbye = Tschüss\n";
        assert!(problems_in(&[("en", "en.ftl", en), ("de", "de.ftl", good)]).is_empty());
        let bad =
            "language-name = Deutsch\ngreeting = Hallo { $nom }\nextra = Mehr\nbroken = { $\n";
        let found = problems_in(&[("en", "en.ftl", en), ("de", "de.ftl", bad)]);
        let all = found.join("\n");
        assert!(all.contains("de.ftl:4:"), "{all}");
        assert!(
            all.contains("`greeting` has placeholders $nom where English has $name"),
            "{all}"
        );
        assert!(all.contains("de.ftl: `bye` is missing"), "{all}");
        assert!(all.contains("`extra` is not in locales/en.ftl"), "{all}");
        assert!(
            !all.contains("admin-only"),
            "staff keys are English only: {all}"
        );
    }

    #[test]
    fn positions_are_lines_and_columns() {
        assert_eq!(line_and_column("a = b\nc d\n", 8), (2, 3));
        assert_eq!(line_and_column("x", 0), (1, 1));
    }
}
