//! The JSON Schema of the file format (`questionnaires/schema.json`),
//! generated from the model's types: what an editor can check while a
//! campaigner types. It says, as far as JSON Schema can, what the checker
//! enforces; references across the file (keys that must exist, be unique
//! or be declared) only the checker can see.

use schemars::generate::SchemaSettings;
use schemars::transform::{transform_subschemas, RestrictFormats, Transform};
use schemars::Schema;
use serde_json::{json, Value};

use super::model::Questionnaire;

/// The JSON Schema of the file format, generated from the model's types.
pub fn json_schema() -> Value {
    let generator = SchemaSettings::draft2020_12()
        // TOML has no null: an optional field is left out, never null.
        .with_transform(NoNull)
        // Only the formats JSON Schema defines (no `uint32`, `double`…),
        // so that strict validators compile the schema.
        .with_transform(RestrictFormats::default())
        .into_generator();
    let mut schema = serde_json::to_value(generator.into_root_schema_for::<Questionnaire>())
        .expect("a schema is plain JSON");
    if let Some(map) = schema.as_object_mut() {
        map.insert(
            "title".into(),
            Value::String("Answerable questionnaire".into()),
        );
    }
    schema
}

/// Removes `null` from the types of optional fields.
#[derive(Clone)]
struct NoNull;

impl Transform for NoNull {
    fn transform(&mut self, schema: &mut Schema) {
        transform_subschemas(self, schema);
        let Some(obj) = schema.as_object_mut() else {
            return;
        };
        if let Some(Value::Array(types)) = obj.get_mut("type") {
            types.retain(|t| t != "null");
            if types.len() == 1 {
                let only = types[0].clone();
                obj.insert("type".into(), only);
            }
        }
        if let Some(Value::Array(branches)) = obj.get_mut("anyOf") {
            branches.retain(|b| b != &json!({ "type": "null" }));
            if branches.len() == 1 {
                let only = branches.remove(0);
                obj.remove("anyOf");
                if let Value::Object(inner) = only {
                    for (k, v) in inner {
                        obj.entry(k).or_insert(v);
                    }
                }
            }
        }
    }
}
