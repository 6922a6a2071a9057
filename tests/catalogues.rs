//! The message catalogues (`locales/*.ftl`) are complete and agree: each
//! file reads without error, every key of English is in every language
//! and no language has keys English lacks, placeholders match, and every
//! key the templates and the code ask for exists.

use std::collections::BTreeSet;
use std::path::Path;

use answerable::domain::i18n::{catalogue_problems, Lang, Tr};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_catalogue_reads_and_has_every_key_with_the_same_placeholders() {
    let problems = catalogue_problems();
    assert!(
        problems.is_empty(),
        "the catalogues disagree:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_file_in_locales_is_a_language_of_the_service() {
    let files: BTreeSet<String> = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    let languages: BTreeSet<String> = Lang::all().map(|l| l.code().to_string()).collect();
    assert_eq!(files, languages);
    assert!(languages.contains("en") && languages.contains("my"));
}

/// `tr.t("key")`, `tr.t1("key", …)`, `t2`, `t3` and `tr.with("key", …)`
/// with a literal key, in a template or a Rust file: (file:line, key).
fn keys_asked_for(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.is_dir() {
            keys_asked_for(&path, out);
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for (n, line) in text.lines().enumerate() {
            for call in [".t(\"", ".t1(\"", ".t2(\"", ".t3(\"", ".with(\""] {
                let mut rest = line;
                while let Some(i) = rest.find(call) {
                    rest = &rest[i + call.len()..];
                    let key: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    // A key built at run time ("month-{}") is checked where
                    // it is built.
                    if !key.is_empty() && rest[key.len()..].starts_with('"') {
                        let place =
                            format!("{}:{}", path.strip_prefix(root()).unwrap().display(), n + 1);
                        out.push((place, key));
                    }
                }
            }
        }
    }
}

#[test]
fn every_key_the_templates_and_code_ask_for_is_in_english() {
    let mut asked = vec![];
    keys_asked_for(&root().join("templates"), &mut asked);
    keys_asked_for(&root().join("src"), &mut asked);
    assert!(
        asked.len() > 20,
        "the scan found only {} keys: is it still reading the templates?",
        asked.len()
    );
    let english = Tr::english();
    let missing: Vec<String> = asked
        .iter()
        .filter(|(_, key)| !english.has(key))
        .map(|(place, key)| format!("{place}: `{key}` is not in locales/en.ftl"))
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn months_and_dates_exist_in_every_language() {
    for lang in Lang::all() {
        let tr = Tr::new(lang);
        for m in 1..=12 {
            assert!(tr.has(&format!("month-{m}")), "{lang}: month-{m}");
        }
        assert!(tr.has("date-day") && tr.has("date-time"), "{lang}");
    }
}
