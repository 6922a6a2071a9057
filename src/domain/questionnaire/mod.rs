//! Questionnaires as files: the format (TOML, documented in
//! `questionnaires/README.md`), the checker that reports every problem with
//! its line and column, and the typed model the service uses.
//!
//! [`parse`] never panics, whatever the bytes: files come from campaigners'
//! editors, and a property test feeds it garbage.

mod diagnostic;
mod effort;
mod key;
mod model;
mod reader;
mod rules;
mod schema;
mod schema_rules;
mod text;

pub use diagnostic::{Diagnostic, Pos};
pub use effort::Effort;
pub use model::{
    ChoiceOption, Condition, Demand, Key, Positions, Question, QuestionKind, Questionnaire,
    RubricLevel, Scoring, Section, Source, Summary,
};
pub use schema::json_schema;
pub use text::{Said, Text};

use sha2::{Digest, Sha256};

/// Reads and checks a questionnaire file. On failure, every problem found,
/// in file order.
pub fn parse(bytes: &[u8]) -> Result<Questionnaire, Vec<Diagnostic>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
            let pos = Pos::of(valid, Some(valid.len()..valid.len()));
            return Err(vec![pos.diagnostic(format!(
                "the file is not valid UTF-8 (invalid byte at offset {}); save it as UTF-8",
                e.valid_up_to()
            ))]);
        }
    };
    if text.trim().is_empty() {
        return Err(vec![Pos::start().diagnostic("the file is empty")]);
    }
    let doc = match toml_edit::Document::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            let pos = Pos::of(text, e.span());
            let message = e
                .message()
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("; ");
            return Err(vec![pos.diagnostic(format!("TOML syntax error: {message}"))]);
        }
    };
    let mut reader = reader::Reader::new(text);
    let questionnaire = reader.read(doc.as_table());
    let mut diagnostics = reader.diagnostics;
    // After structural errors some elements were left out; the checks that
    // would then report false problems are skipped.
    let complete = diagnostics.is_empty();
    diagnostics.extend(rules::check(&questionnaire, complete));
    diagnostics.sort();
    diagnostics.dedup();
    if diagnostics.is_empty() {
        Ok(questionnaire)
    } else {
        Err(diagnostics)
    }
}

/// The SHA-256 of a file's bytes, in lowercase hex: a stored version's name.
pub fn content_digest(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests;
