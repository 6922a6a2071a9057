//! `questionnaires/schema.json` is as strict as the checker where JSON
//! Schema can say it: single-edit mutations of the Myanmar questionnaire are
//! run through both the checker (`questionnaire::parse`) and the schema
//! (draft 2020-12, formats asserted, unknown formats refused), and the
//! schema compiles as strict validators (ajv --strict) require.

use std::path::Path;

use answerable::domain::questionnaire;
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn schema() -> Value {
    let text = std::fs::read_to_string(root().join("questionnaires/schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .should_ignore_unknown_formats(false)
        .build(&schema())
        .unwrap_or_else(|e| panic!("the schema does not compile: {e}"))
}

fn myanmar() -> String {
    std::fs::read_to_string(root().join("questionnaires/myanmar-telecoms-2024.toml")).unwrap()
}

/// TOML as editors (Taplo) hand it to JSON Schema: dates become strings.
fn to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(n) => Value::from(n),
        toml::Value::Float(f) => serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or_else(|| Value::String(f.to_string())),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}

/// The schema's errors, or why the file is not TOML at all.
fn schema_errors(validator: &jsonschema::Validator, text: &str) -> Vec<String> {
    match text.parse::<toml::Table>() {
        Ok(table) => {
            let json = to_json(toml::Value::Table(table));
            validator
                .iter_errors(&json)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect()
        }
        Err(e) => vec![format!("not TOML: {e}")],
    }
}

/// The file with one edit: `find` (which must occur) replaced, first
/// occurrence only.
fn mutate(text: &str, find: &str, replace: &str) -> String {
    assert!(
        text.contains(find),
        "the Myanmar file no longer contains {find:?}"
    );
    text.replacen(find, replace, 1)
}

const PRESENCE_PROMPT: &str = r#"prompt.en = "Where does your company stand in Myanmar today?""#;
/// The file offers English and Burmese; several mutations change this line.
const LANGUAGES: &str = "languages = [\"en\", \"my\"]\n";
/// The Burmese title of the section `about`.
const ABOUT_TITLE_MY: &str = r#"title.my = "သင့်ကုမ္ပဏီနှင့် မြန်မာနိုင်ငံ""#;
/// The option `none` of `relation`.
const NEITHER: &str = "label = { en = \"Neither\", my = \"နှစ်မျိုးစလုံး မဟုတ်ပါ\" }\n";
const DOCUMENTS_LIMIT: &str = "max_items = 20";
/// The end of the scoring guidance of `hrdd-process`, a long_text question.
const PROCESS_SCORING: &str = "ယေဘုယျ ကတိကဝတ် ထုတ်ဖော်ပြောဆိုချက်များသာ ရှိခြင်း။\"\n";

/// Mutations both the checker and the schema reject: (what, find, replace).
const REJECTED_BY_BOTH: &[(&str, &str, &str)] = &[
    // The five that issue 15 names, then the usual slips.
    ("a format that does not exist", "format = 1", "format = 2"),
    ("an empty version", r#"version = "2024.1""#, r#"version = """#),
    ("a blank version", r#"version = "2024.1""#, r#"version = "  ""#),
    ("an empty prompt", PRESENCE_PROMPT, r#"prompt.en = """#),
    ("a language that is not a code", r#"default_language = "en""#, r#"default_language = "english!""#),
    ("a date in words", "date = 2024-01-31", r#"date = "31 January 2024""#),
    ("a slug with capitals and spaces", r#"slug = "myanmar-telecoms-2024""#, r#"slug = "Myanmar Telecoms""#),
    ("an unknown top-level field", r#"version = "2024.1""#, "version = \"2024.1\"\nverison = \"2\""),
    ("a misspelt question field", PRESENCE_PROMPT, r#"promt.en = "Where does your company stand in Myanmar today?""#),
    ("an unknown kind", r#"kind = "single_choice""#, r#"kind = "single-choice""#),
    ("max_length out of range", "max_length = 10000", "max_length = 0"),
    // More.
    ("max_items out of range", DOCUMENTS_LIMIT, "max_items = 500"),
    ("a date with a time", "date = 2024-01-31", "date = 2024-01-31T10:00:00Z"),
    ("a url that is not http(s)", "date = 2024-01-31", "date = 2024-01-31\nurl = \"ftp://example.org/statement\""),
    ("an unknown field in [source]", "date = 2024-01-31", "date = 2024-01-31\npublisher = \"Access Now\""),
    ("a listed language that is not a code", LANGUAGES, "languages = [\"en\", \"my_MM\"]\n"),
    ("a question without demands", "demands = [\"responsible-exit\"]\n", ""),
    ("an empty list of demands", r#"demands = ["responsible-exit"]"#, "demands = []"),
    ("a demand key that is not a key", r#"demands = ["responsible-exit"]"#, r#"demands = ["Responsible Exit"]"#),
    ("a weight of zero", r#"key = "responsible-exit""#, "key = \"responsible-exit\"\nweight = 0"),
    ("a blank translation", ABOUT_TITLE_MY, r#"title.my = " ""#),
    ("a translation under a name that is not a language", ABOUT_TITLE_MY, r#"title."en US" = "Your company""#),
    ("a boolean written as a string", "required = true", r#"required = "yes""#),
    ("a condition on no option", r#"any_of = ["operator", "both"]"#, "any_of = []"),
    ("max_length on an evidence_links question", DOCUMENTS_LIMIT, "max_items = 20\nmax_length = 100"),
    ("min on an evidence_links question", DOCUMENTS_LIMIT, "max_items = 20\nmin = 1"),
    ("allow_not_applicable on an evidence_links question", DOCUMENTS_LIMIT, "max_items = 20\nallow_not_applicable = true"),
    ("a yes_partial_no question turned single_choice without options", r#"kind = "yes_partial_no""#, r#"kind = "single_choice""#),
    ("a scored number question", r#"kind = "yes_partial_no""#, r#"kind = "number""#),
    ("a scored written question without guidance or rubric", DOCUMENTS_LIMIT, "max_items = 20\n[sections.questions.scoring]"),
    ("options on a yes_partial_no question", "required = true\n[sections.questions.scoring]\n", "required = true\n[[sections.questions.options]]\nkey = \"a\"\nlabel = \"A\"\n[sections.questions.scoring]\n"),
    ("a rubric of one level", PROCESS_SCORING, "ယေဘုယျ ကတိကဝတ် ထုတ်ဖော်ပြောဆိုချက်များသာ ရှိခြင်း။\"\n[[sections.questions.scoring.rubric]]\nkey = \"all\"\nlabel = \"All\"\npoints = 100\n"),
    ("a rubric level with points and not applicable", PROCESS_SCORING, "ယေဘုယျ ကတိကဝတ် ထုတ်ဖော်ပြောဆိုချက်များသာ ရှိခြင်း။\"\n[[sections.questions.scoring.rubric]]\nkey = \"all\"\nlabel = \"All\"\npoints = 100\nnot_applicable = true\n[[sections.questions.scoring.rubric]]\nkey = \"none\"\nlabel = \"None\"\npoints = 0\n"),
    ("options of a scored choice question without points", NEITHER, "label = { en = \"Neither\", my = \"နှစ်မျိုးစလုံး မဟုတ်ပါ\" }\n[sections.questions.scoring]\n"),
    ("a not-applicable option with points", NEITHER, "label = { en = \"Neither\", my = \"နှစ်မျိုးစလုံး မဟုတ်ပါ\" }\nnot_applicable = true\npoints = 0\n"),
    ("option points out of range", NEITHER, "label = { en = \"Neither\", my = \"နှစ်မျိုးစလုံး မဟုတ်ပါ\" }\npoints = 101\n"),
];

/// What JSON Schema cannot say: references across the file, uniqueness of
/// keys, comparisons between values, and the TOML type of a value (a
/// quoted date is a string once converted). Only the checker rejects
/// these; the schema accepts them.
const REJECTED_BY_THE_CHECKER_ONLY: &[(&str, &str, &str)] = &[
    ("a duplicate question key", r#"key = "presence""#, r#"key = "relation""#),
    ("a duplicate demand key", r#"key = "responsible-exit""#, r#"key = "explain-due-diligence""#),
    ("a condition naming an unknown question", r#"question = "relation""#, r#"question = "relations""#),
    ("a condition naming a question without options", r#"question = "relation""#, r#"question = "hrdd-process""#),
    ("a condition naming an option the question does not have", r#"any_of = ["operator", "both"]"#, r#"any_of = ["operator", "bath"]"#),
    ("a question serving an undeclared demand", r#"demands = ["responsible-exit"]"#, r#"demands = ["responsible-exits"]"#),
    ("a demand no question serves", "[[demands]]\n", "[[demands]]\nkey = \"unserved\"\ntitle = \"Unserved\"\ntext = \"No question serves it.\"\n\n[[demands]]\n"),
    ("a translation in an undeclared language", LANGUAGES, ""),
    ("languages without the default language", LANGUAGES, "languages = [\"my\"]\n"),
    ("a date written as a string", "date = 2024-01-31", r#"date = "2024-01-31""#),
];

#[test]
fn the_schema_compiles_strictly() {
    let schema = schema();
    jsonschema::meta::validate(&schema)
        .unwrap_or_else(|e| panic!("the schema is not a valid draft 2020-12 schema: {e}"));
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let _ = validator();
    let mut problems = Vec::new();
    strict_keywords(&schema, "#", &mut problems);
    assert!(problems.is_empty(), "not strict: {problems:#?}");
}

/// As ajv's strict mode: only keywords of draft 2020-12, only formats it
/// defines.
fn strict_keywords(schema: &Value, at: &str, problems: &mut Vec<String>) {
    const KEYWORDS: &[&str] = &[
        "$schema",
        "$id",
        "$ref",
        "$defs",
        "$comment",
        "$anchor",
        "$dynamicRef",
        "$dynamicAnchor",
        "$vocabulary",
        "title",
        "description",
        "default",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "type",
        "enum",
        "const",
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxContains",
        "minContains",
        "maxProperties",
        "minProperties",
        "required",
        "dependentRequired",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "if",
        "then",
        "else",
        "dependentSchemas",
        "prefixItems",
        "items",
        "contains",
        "properties",
        "patternProperties",
        "additionalProperties",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        "format",
        "contentEncoding",
        "contentMediaType",
        "contentSchema",
    ];
    const FORMATS: &[&str] = &[
        "date-time",
        "date",
        "time",
        "duration",
        "email",
        "idn-email",
        "hostname",
        "idn-hostname",
        "ipv4",
        "ipv6",
        "uri",
        "uri-reference",
        "iri",
        "iri-reference",
        "uuid",
        "uri-template",
        "json-pointer",
        "relative-json-pointer",
        "regex",
    ];
    let Some(obj) = schema.as_object() else {
        if !schema.is_boolean() {
            problems.push(format!("{at}: not a schema"));
        }
        return;
    };
    for (key, value) in obj {
        let here = format!("{at}/{key}");
        if !KEYWORDS.contains(&key.as_str()) {
            problems.push(format!("{here}: unknown keyword"));
            continue;
        }
        match key.as_str() {
            "format" if !FORMATS.contains(&value.as_str().unwrap_or("")) => {
                problems.push(format!("{here}: unknown format {value}"))
            }
            "$defs" | "properties" | "patternProperties" | "dependentSchemas" => {
                for (name, sub) in value.as_object().into_iter().flatten() {
                    strict_keywords(sub, &format!("{here}/{name}"), problems);
                }
            }
            "allOf" | "anyOf" | "oneOf" | "prefixItems" => {
                for (i, sub) in value.as_array().into_iter().flatten().enumerate() {
                    strict_keywords(sub, &format!("{here}/{i}"), problems);
                }
            }
            "not"
            | "if"
            | "then"
            | "else"
            | "items"
            | "contains"
            | "additionalProperties"
            | "propertyNames"
            | "unevaluatedItems"
            | "unevaluatedProperties"
            | "contentSchema" => strict_keywords(value, &here, problems),
            _ => {}
        }
    }
}

#[test]
fn the_questionnaires_pass_both() {
    let validator = validator();
    let mut files = vec![
        root().join("questionnaires/myanmar-telecoms-2024.toml"),
        root().join("questionnaires/surveillance-exports.toml"),
    ];
    for entry in std::fs::read_dir(root().join("tests/api/fixtures")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            files.push(path);
        }
    }
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        if let Err(d) = questionnaire::parse(text.as_bytes()) {
            panic!("the checker rejects {}: {d:#?}", path.display());
        }
        let errors = schema_errors(&validator, &text);
        assert!(
            errors.is_empty(),
            "the schema rejects {}: {errors:#?}",
            path.display()
        );
    }
}

#[test]
fn mutations_are_rejected_by_both() {
    let validator = validator();
    let original = myanmar();
    let mut failures = Vec::new();
    for (what, find, replace) in REJECTED_BY_BOTH {
        let text = mutate(&original, find, replace);
        assert_ne!(text, original, "{what}: no change");
        if questionnaire::parse(text.as_bytes()).is_ok() {
            failures.push(format!("{what}: the checker accepts it"));
        }
        match schema_errors(&validator, &text).first() {
            Some(error) => eprintln!("{what}: {error}"),
            None => failures.push(format!("{what}: the schema accepts it")),
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn cross_references_are_rejected_by_the_checker() {
    let validator = validator();
    let original = myanmar();
    let mut failures = Vec::new();
    for (what, find, replace) in REJECTED_BY_THE_CHECKER_ONLY {
        let text = mutate(&original, find, replace);
        if questionnaire::parse(text.as_bytes()).is_ok() {
            failures.push(format!("{what}: the checker accepts it"));
        }
        let errors = schema_errors(&validator, &text);
        if !errors.is_empty() {
            failures.push(format!(
                "{what}: the schema rejects it now ({errors:?}); move it to REJECTED_BY_BOTH"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
