//! One test per rule of the questionnaire checker, each asserting the line
//! and column it reports: long because the rules are many (about 460
//! lines, kept in one file so that the base text and its line numbers are
//! read together).

use super::*;

/// A valid questionnaire; each test changes one thing. Line numbers in the
/// assertions refer to this text.
const BASE: &str = r#"format = 1
slug = "base"
version = "1"
default_language = "en"
languages = ["en", "my"]
title = { en = "Base", my = "အခြေခံ" }
summary = "A base questionnaire."

[source]
title = "A statement"
date = 2024-01-31
url = "https://example.org/statement"
organisations = ["Org One"]

[[demands]]
key = "disclose"
title = "Disclose"
text = "Explain due diligence."

[[demands]]
key = "remedy"
title = "Remedy"
text = "Provide remedies."
weight = 2

[[sections]]
key = "main"
title = "Main"

[[sections.questions]]
key = "relation"
demands = ["disclose"]
kind = "single_choice"
prompt = "What is your relation?"
[[sections.questions.options]]
key = "operator"
label = "Operator"
points = 100
[[sections.questions.options]]
key = "vendor"
label = "Vendor"
points = 50
[[sections.questions.options]]
key = "none"
label = "Neither"
not_applicable = true
[sections.questions.scoring]

[[sections.questions]]
key = "policy"
demands = ["disclose", "remedy"]
kind = "yes_partial_no"
prompt = "Do you have a policy?"
allow_not_applicable = true
[sections.questions.condition]
question = "relation"
any_of = ["operator", "vendor"]
[sections.questions.scoring]
weight = 2

[[sections.questions]]
key = "grievance"
demands = ["remedy"]
kind = "long_text"
prompt = "Describe your grievance mechanism."
max_length = 5000
[sections.questions.scoring]
guidance = "Yes: open to all affected people."

[[sections.questions]]
key = "staff"
demands = ["remedy"]
kind = "number"
prompt = "How many staff?"
min = 0
max = 1000000
"#;

fn errors(text: &str) -> Vec<Diagnostic> {
    parse(text.as_bytes()).expect_err("the document should be refused")
}

fn changed(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "BASE does not contain {from:?}");
    BASE.replacen(from, to, 1)
}

/// Asserts a diagnostic on `line` whose message contains `part`.
fn assert_error(diags: &[Diagnostic], line: usize, part: &str) {
    assert!(
        diags
            .iter()
            .any(|d| d.line == line && d.message.contains(part)),
        "no error on line {line} containing {part:?}; got:\n{}",
        diags.iter().map(|d| format!("  {d}\n")).collect::<String>()
    );
}

#[test]
fn the_base_document_is_valid_and_summarised() {
    let q = parse(BASE.as_bytes()).unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(
        q.summary(),
        Summary {
            demands: 2,
            sections: 1,
            questions: 4,
            scored_questions: 3
        }
    );
    assert_eq!(q.title.get("my", "en"), "အခြေခံ");
    assert_eq!(q.title.get("th", "en"), "Base", "falls back to the default");
    let policy = q.question("policy").unwrap();
    let keys: Vec<_> = policy.options().iter().map(|o| o.key.to_string()).collect();
    assert_eq!(keys, ["yes", "partial", "no", "not-applicable"]);
    let points: Vec<_> = policy.options().iter().map(|o| o.points).collect();
    assert_eq!(points, [Some(100), Some(50), Some(0), None]);
    let rubric = q.question("grievance").unwrap().rubric();
    assert_eq!(rubric.len(), 4, "the standard rubric");
    assert_eq!(q.questions_for_demand("remedy").count(), 3);
    assert_eq!(q.demands[1].weight(), 2.0);
}

#[test]
fn a_schema_comment_on_the_first_line_is_fine() {
    let text = format!("#:schema ./schema.json\n{BASE}");
    assert!(parse(text.as_bytes()).is_ok());
}

#[test]
fn empty_and_non_utf8_files() {
    assert_error(&errors(""), 1, "empty");
    assert_error(&errors("  \n\n"), 1, "empty");
    let mut bytes = b"format = 1\nslug = \"a\xff\"\n".to_vec();
    let d = parse(&bytes).unwrap_err();
    assert_error(&d, 2, "not valid UTF-8");
    bytes.clear();
}

#[test]
fn syntax_errors_name_their_place() {
    let d = errors(&changed("slug = \"base\"", "slug = \"base"));
    assert_error(&d, 2, "TOML syntax error");
}

#[test]
fn unknown_fields_are_all_reported_with_a_suggestion() {
    let text = changed(
        "prompt = \"Do you have a policy?\"",
        "promt = \"Do you have a policy?\"",
    )
    .replacen(
        "text = \"Provide remedies.\"",
        "txt = \"Provide remedies.\"",
        1,
    );
    let d = errors(&text);
    assert_error(
        &d,
        53,
        "unknown field `promt` in a question; did you mean `prompt`?",
    );
    assert_error(&d, 23, "did you mean `text`?");
    assert_error(&d, 20, "missing the field `text`");
}

#[test]
fn missing_required_fields() {
    let d = errors(&changed("kind = \"long_text\"\n", ""));
    assert_error(&d, 61, "missing the field `kind`");
    let d = errors(&changed("version = \"1\"\n", ""));
    assert_error(&d, 1, "missing the field `version`");
}

#[test]
fn bad_keys_and_wrong_types() {
    let d = errors(&changed("key = \"remedy\"", "key = \"Remedy Now\""));
    assert_error(&d, 21, "not a valid key");
    let d = errors(&changed("max_length = 5000", "max_length = \"long\""));
    assert_error(&d, 66, "whole number");
    let d = errors(&changed("date = 2024-01-31", "date = \"2024-01-31\""));
    assert_error(&d, 11, "must be a date");
}

#[test]
fn duplicate_keys() {
    let d = errors(&changed("key = \"remedy\"", "key = \"disclose\""));
    assert_error(
        &d,
        21,
        "duplicate demand key `disclose` (first used on line 16)",
    );
    let d = errors(&changed("key = \"staff\"", "key = \"policy\""));
    assert_error(&d, 71, "duplicate question key `policy`");
    let d = errors(&changed("key = \"vendor\"", "key = \"operator\""));
    assert_error(&d, 40, "duplicate option key `operator`");
    let d = errors(&changed(
        "guidance = \"Yes: open to all affected people.\"",
        "[[sections.questions.scoring.rubric]]\nkey = \"full\"\nlabel = \"Full\"\npoints = 100\n[[sections.questions.scoring.rubric]]\nkey = \"full\"\nlabel = \"Again\"\npoints = 0",
    ));
    assert_error(&d, 73, "duplicate rubric level `full`");
}

#[test]
fn unknown_and_unserved_demands() {
    let d = errors(&changed(
        "demands = [\"remedy\"]\nkind = \"long_text\"",
        "demands = [\"remedies\"]\nkind = \"long_text\"",
    ));
    assert_error(&d, 63, "serves demand `remedies`, which is not declared");
    let text = BASE
        .replace(
            "demands = [\"disclose\", \"remedy\"]",
            "demands = [\"disclose\"]",
        )
        .replace("demands = [\"remedy\"]", "demands = [\"disclose\"]");
    let d = errors(&text);
    assert_error(&d, 21, "demand `remedy` is not served by any question");
}

#[test]
fn choice_questions_need_options_and_other_kinds_refuse_them() {
    let text = BASE.replacen(
        "[[sections.questions.options]]\nkey = \"vendor\"\nlabel = \"Vendor\"\npoints = 50\n[[sections.questions.options]]\nkey = \"none\"\nlabel = \"Neither\"\nnot_applicable = true\n",
        "",
        1,
    );
    let text = text.replacen(
        "[[sections.questions.options]]\nkey = \"operator\"\nlabel = \"Operator\"\npoints = 100\n",
        "",
        1,
    );
    let d = errors(&text);
    assert_error(&d, 30, "needs at least two");
    let d = errors(&changed(
        "max = 1000000\n",
        "max = 1000000\noptions = [{ key = \"a\", label = \"A\" }]\n",
    ));
    assert_error(&d, 77, "`options` does not apply to a number question");
}

#[test]
fn limits_on_the_wrong_kind_and_inverted_ranges() {
    let d = errors(&changed("max_length = 5000", "max_items = 5"));
    assert_error(&d, 66, "`max_items` does not apply to a long_text question");
    let d = errors(&changed("min = 0\nmax = 1000000", "min = 10\nmax = 5"));
    assert_error(&d, 76, "`max` (5) is smaller than `min` (10)");
    let d = errors(&changed("max_length = 5000", "allow_not_applicable = true"));
    assert_error(&d, 66, "`allow_not_applicable` does not apply");
}

#[test]
fn points_are_between_0_and_100_and_present_when_scored() {
    let d = errors(&changed("points = 100", "points = 120"));
    assert_error(&d, 38, "between 0 and 100, found 120");
    let d = errors(&changed("points = 50\n", ""));
    assert_error(
        &d,
        39,
        "option `vendor` of scored question `relation` needs `points`",
    );
    let d = errors(&changed(
        "not_applicable = true",
        "not_applicable = true\npoints = 0",
    ));
    assert_error(&d, 47, "cannot have points");
}

#[test]
fn scoring_rules_by_kind() {
    let d = errors(&changed(
        "max = 1000000\n",
        "max = 1000000\n[sections.questions.scoring]\n",
    ));
    assert_error(&d, 77, "a number question cannot be scored");
    let d = errors(&changed(
        "guidance = \"Yes: open to all affected people.\"\n",
        "",
    ));
    assert_error(&d, 67, "needs `guidance` for reviewers");
}

#[test]
fn conditions_must_point_back_at_choices_they_name() {
    let d = errors(&changed(
        "question = \"relation\"",
        "question = \"nothing\"",
    ));
    assert_error(&d, 56, "refers to question `nothing`, which does not exist");
    let d = errors(&changed(
        "question = \"relation\"",
        "question = \"grievance\"",
    ));
    assert_error(&d, 56, "comes later in the file");
    let d = errors(&changed("question = \"relation\"", "question = \"policy\""));
    assert_error(&d, 56, "refers to the question itself");
    let d = errors(&changed(
        "any_of = [\"operator\", \"vendor\"]",
        "any_of = [\"operator\", \"reseller\"]",
    ));
    assert_error(&d, 57, "`reseller` is not an option of question `relation`");
    // A condition on a text question.
    let text = changed(
        "min = 0\nmax = 1000000",
        "min = 0\nmax = 1000000\n[sections.questions.condition]\nquestion = \"grievance\"\nany_of = [\"yes\"]",
    );
    assert_error(
        &errors(&text),
        78,
        "a long_text question; a condition needs a question with options",
    );
}

#[test]
fn condition_cycles_are_named() {
    let text = changed(
        "prompt = \"What is your relation?\"",
        "prompt = \"What is your relation?\"\ncondition = { question = \"policy\", any_of = [\"yes\"] }",
    );
    let d = errors(&text);
    assert!(
        d.iter()
            .any(|x| x.message.contains("cycle")
                && x.message.contains("relation → policy → relation")),
        "{d:?}"
    );
}

#[test]
fn translations_need_the_default_language_and_declared_languages() {
    let d = errors(&changed(
        "title = { en = \"Base\", my = \"အခြေခံ\" }",
        "title = { my = \"အခြေခံ\" }",
    ));
    assert_error(&d, 6, "no text in the default language `en`");
    let d = errors(&changed(
        "title = { en = \"Base\", my = \"အခြေခံ\" }",
        "title = { en = \"Base\", th = \"ฐาน\" }",
    ));
    assert_error(&d, 6, "language `th` is not declared");
    let d = errors(&changed(
        "languages = [\"en\", \"my\"]",
        "languages = [\"my\"]",
    ));
    assert_error(&d, 5, "must include the default language");
    let d = errors(&changed("format = 1", "format = 2"));
    assert_error(&d, 1, "`format` must be 1");
}

#[test]
fn the_model_survives_a_json_round_trip() {
    let q = parse(BASE.as_bytes()).unwrap();
    let json = serde_json::to_string(&q).unwrap();
    let back: Questionnaire = serde_json::from_str(&json).unwrap();
    assert_eq!(back.summary(), q.summary());
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
}

#[test]
fn the_schema_describes_every_kind_and_text() {
    let schema = json_schema().to_string();
    for kind in QuestionKind::ALL {
        assert!(schema.contains(kind.as_str()), "{}", kind.as_str());
    }
    assert!(schema.contains("default_language"));
    assert!(
        schema.contains("anyOf") || schema.contains("oneOf"),
        "Text is a string or a table"
    );
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            if let Err(d) = parse(&bytes) {
                prop_assert!(!d.is_empty());
            }
        }

        #[test]
        fn on_any_edit_of_a_valid_file(
            cut in 0usize..BASE.len(),
            len in 0usize..40,
            insert in "[a-z\\[\\]{}=\"\\n ,.0-9_#-]{0,12}",
        ) {
            let mut start = cut;
            while !BASE.is_char_boundary(start) { start -= 1; }
            let mut end = (start + len).min(BASE.len());
            while !BASE.is_char_boundary(end) { end -= 1; }
            let text = format!("{}{}{}", &BASE[..start], insert, &BASE[end..]);
            let lines = text.lines().count() + 1;
            match parse(text.as_bytes()) {
                Ok(q) => prop_assert!(q.summary().questions >= 1),
                Err(d) => {
                    prop_assert!(!d.is_empty());
                    for x in &d {
                        prop_assert!(x.line >= 1 && x.line <= lines, "{x}");
                        prop_assert!(x.column >= 1);
                    }
                }
            }
        }

        #[test]
        fn on_duplicated_or_dropped_lines(line in 0usize..80, duplicate in any::<bool>()) {
            let mut lines: Vec<&str> = BASE.lines().collect();
            let i = line % lines.len();
            if duplicate { lines.insert(i, lines[i]); } else { lines.remove(i); }
            let text = lines.join("\n");
            let _ = parse(text.as_bytes());
        }
    }
}

/// `questionnaires/schema.json` is what editors use; it must describe the
/// format as the code reads it. `ANSWERABLE_UPDATE_SCHEMA=1 cargo test
/// schema_file` writes it anew after a change to the model.
#[test]
fn schema_file_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/schema.json");
    let expected = serde_json::to_string_pretty(&json_schema()).unwrap() + "\n";
    if std::env::var_os("ANSWERABLE_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "questionnaires/schema.json is out of date; run ANSWERABLE_UPDATE_SCHEMA=1 cargo test schema_file"
    );
}

/// The complete example in `questionnaires/README.md` passes the checker.
#[test]
fn the_documented_example_is_valid() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start = readme.find("```toml\n").expect("a toml example") + "```toml\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let example = &readme[start..end];
    let q = parse(example.as_bytes()).unwrap_or_else(|d| panic!("{d:#?}"));
    assert!(q.summary().questions >= 3);
}

#[test]
fn kinds_read_back_what_they_write() {
    for kind in QuestionKind::ALL {
        assert_eq!(QuestionKind::parse(kind.as_str()), Some(kind));
    }
    assert_eq!(QuestionKind::parse("free_text"), None);
    assert_eq!(QuestionKind::parse("Number"), None);
}
