//! The JSON Schema of `scorecard.json` (a published version), generated
//! from the document's types so that it cannot drift from what is
//! published, and served beside the data; and the Frictionless Data
//! Package that describes `scorecard.csv` (its fields and types, licence,
//! version and digest), so that data tools read both without guessing.

use schemars::generate::SchemaSettings;
use schemars::transform::RestrictFormats;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::{Publication, LICENCE, LICENCE_URL};

/// The JSON Schema (draft 2020-12) every published version conforms to.
pub fn scorecard_schema() -> Value {
    let generator = SchemaSettings::draft2020_12()
        .with_transform(RestrictFormats::default())
        .into_generator();
    let mut schema = serde_json::to_value(generator.into_root_schema_for::<Publication>())
        .expect("a schema is plain JSON");
    if let Some(map) = schema.as_object_mut() {
        map.insert(
            "title".into(),
            json!("Answerable scorecard (a published version)"),
        );
        map.insert(
            "description".into(),
            json!("One immutable version of a campaign's results; its SHA-256 is the version's digest. Scores are 0 to 100, rounded once to one decimal, half away from zero."),
        );
    }
    schema
}

/// The Data Package (Frictionless, v1) for this version's CSV, whose
/// exact bytes are `csv`.
pub fn data_package(doc: &Publication, csv: &str) -> Value {
    let string = |name: &str, description: &str| json!({"name": name, "type": "string", "description": description});
    let number = |name: String, description: String| {
        json!({"name": name, "type": "number", "description": description,
               "constraints": {"minimum": 0, "maximum": 100}})
    };
    let mut fields = vec![
        string("company", "The company's name."),
        string("slug", "The company's stable identifier."),
        string("sector", "Its sector."),
        string(
            "hq_country",
            "The country of its headquarters (ISO 3166-1 alpha-2).",
        ),
        string(
            "standing",
            "responded, responded by letter, declined, did not respond, or still has time.",
        ),
        number(
            "total".into(),
            "Total score, 0 to 100, one decimal; empty when nothing was scored.".into(),
        ),
    ];
    fields.extend(doc.demands.iter().map(|d| {
        number(
            format!("demand:{}", d.key),
            format!("Score on the demand “{}”, 0 to 100, one decimal.", d.title),
        )
    }));
    for (name, description) in [
        ("invited", "When it was invited (RFC 3339, UTC)."),
        (
            "reminded",
            "When it was reminded (RFC 3339 dates, separated by spaces).",
        ),
        (
            "first_opened",
            "When its link was first used (RFC 3339, UTC).",
        ),
        (
            "submitted",
            "When its scored revision was submitted (RFC 3339, UTC).",
        ),
        ("declined", "When it declined (RFC 3339, UTC)."),
        (
            "deadline",
            "Its deadline, the campaign's or its extension (RFC 3339, UTC).",
        ),
        (
            "submission_sha256",
            "The SHA-256 of its submitted revision (its receipt).",
        ),
    ] {
        fields.push(string(name, description));
    }
    fields.push(json!({"name": "publication_version", "type": "integer", "description": "This version's number."}));
    fields.push(string("licence", "The data's licence."));
    let slug = &doc.campaign.slug;
    json!({
        "profile": "tabular-data-package",
        "name": format!("answerable-{slug}"),
        "title": doc.campaign.title,
        "version": doc.version.to_string(),
        "created": doc.published_at,
        "licenses": [{"name": "CC-BY-4.0", "title": LICENCE, "path": LICENCE_URL}],
        "resources": [{
            "name": "scorecard",
            "path": "scorecard.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": csv.len(),
            "hash": format!("sha256:{}", hex::encode(Sha256::digest(csv.as_bytes()))),
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": true},
            "schema": {"fields": fields, "missingValues": [""], "primaryKey": "slug"},
        }],
    })
}
