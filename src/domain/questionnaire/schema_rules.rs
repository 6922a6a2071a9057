//! The rules of the file format that JSON Schema can say, as the model's
//! types attach them to their generated schemas (`#[schemars(…)]` in
//! `model.rs` and `text.rs`): the patterns the checker applies to strings,
//! and what each kind of question, option, scoring and rubric level allows.
//! `schema.rs` generates the whole document from the model.

use schemars::{json_schema, Schema};
use serde_json::{json, Value};

/// A string with at least one character that is not a space, as the
/// checker requires of every required string and text.
pub const NON_BLANK: &str = r"\S";

/// A language code as the checker accepts it: `en`, `my`, `zh-Hans`.
pub const LANGUAGE: &str = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

/// A date as TOML writes it and JSON tools convert it: `2024-01-31`.
pub const DATE: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// An address as the checker accepts it for `[source] url`.
pub const HTTP_URL: &str = r"^https?://\S+$";

fn kind_is(kinds: &[&str]) -> Value {
    json!({ "required": ["kind"], "properties": { "kind": { "enum": kinds } } })
}

fn kind_is_not(kinds: &[&str]) -> Value {
    json!({ "required": ["kind"], "properties": { "kind": { "not": { "enum": kinds } } } })
}

/// A field that only some kinds of question take.
fn only_for(field: &str, kinds: &[&str]) -> Value {
    json!({ "if": kind_is_not(kinds), "then": { "not": { "required": [field] } } })
}

const CHOICE: &[&str] = &["single_choice", "multiple_choice"];
const TEXT: &[&str] = &["short_text", "long_text", "evidence_links"];

/// What each kind of question allows (`rules.rs`, `kind_rules` and
/// `scoring_rules`), as `if`/`then` on the question.
pub(super) fn question_rules(schema: &mut Schema) {
    let rules = vec![
        only_for("max_length", &["short_text", "long_text"]),
        only_for("min", &["number"]),
        only_for("max", &["number"]),
        only_for("unit", &["number"]),
        only_for("min_date", &["date"]),
        only_for("max_date", &["date"]),
        only_for("max_items", &["evidence_links"]),
        json!({
            "if": kind_is_not(&["yes_partial_no"]),
            "then": { "properties": { "allow_not_applicable": { "const": false } } }
        }),
        json!({
            "if": kind_is_not(CHOICE),
            "then": { "properties": { "options": { "maxItems": 0 } } }
        }),
        json!({
            "if": kind_is(CHOICE),
            "then": { "required": ["options"], "properties": { "options": { "minItems": 2 } } }
        }),
        only_for(
            "scoring",
            &[
                "single_choice",
                "multiple_choice",
                "yes_partial_no",
                "short_text",
                "long_text",
                "evidence_links",
            ],
        ),
        json!({
            "if": kind_is_not(TEXT),
            "then": { "properties": { "scoring": { "properties": { "rubric": { "maxItems": 0 } } } } }
        }),
        json!({
            "if": kind_is(TEXT),
            "then": { "properties": { "scoring": { "anyOf": [
                { "required": ["guidance"] },
                { "required": ["rubric"], "properties": { "rubric": { "minItems": 1 } } }
            ] } } }
        }),
        json!({
            "if": { "required": ["kind", "scoring"], "properties": { "kind": { "enum": CHOICE } } },
            "then": { "properties": { "options": { "items": { "anyOf": [
                { "required": ["points"] },
                { "required": ["not_applicable"], "properties": { "not_applicable": { "const": true } } }
            ] } } } }
        }),
    ];
    schema.insert("allOf".into(), Value::Array(rules));
}

/// A not-applicable option has no points.
pub(super) fn option_rules(schema: &mut Schema) {
    schema.insert(
        "if".into(),
        json!({ "required": ["not_applicable"], "properties": { "not_applicable": { "const": true } } }),
    );
    schema.insert("then".into(), json!({ "not": { "required": ["points"] } }));
}

/// A rubric level has points, or is not applicable, not both.
pub(super) fn rubric_level_rules(schema: &mut Schema) {
    schema.insert("if".into(), json!({ "required": ["points"] }));
    schema.insert(
        "then".into(),
        json!({ "properties": { "not_applicable": { "const": false } } }),
    );
    schema.insert(
        "else".into(),
        json!({ "required": ["not_applicable"], "properties": { "not_applicable": { "const": true } } }),
    );
}

/// A written rubric has at least two levels.
pub(super) fn scoring_rules(schema: &mut Schema) {
    if let Some(Value::Object(props)) = schema.get_mut("properties") {
        if let Some(Value::Object(rubric)) = props.get_mut("rubric") {
            rubric.insert("not".into(), json!({ "minItems": 1, "maxItems": 1 }));
        }
    }
}

/// A text: one non-blank string, or a table of language code → non-blank
/// string.
pub(super) fn text_schema() -> Schema {
    json_schema!({
        "description": "One string in the default language, or a table of language code → string\n(`{ en = \"…\", my = \"…\" }`) that must include the default language.",
        "anyOf": [
            { "type": "string", "pattern": NON_BLANK },
            {
                "type": "object",
                "minProperties": 1,
                "propertyNames": { "pattern": LANGUAGE },
                "additionalProperties": { "type": "string", "pattern": NON_BLANK }
            }
        ]
    })
}
