//! Responses by letter: the limits on the document (its kind is told by
//! `domain::documents`) and the fields staff fill in.

use chrono::NaiveDate;

pub use super::documents::{DocumentKind, OfficePart, ACCEPTED};

/// The largest letter accepted: a scanned, signed letter of a few pages.
pub const LETTER_LIMIT: usize = 10 * 1024 * 1024;

/// A problem with one field of the letter form, shown beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: &'static str,
    pub message: String,
}

/// The document as uploaded, checked.
pub fn check_document(bytes: &[u8]) -> Result<DocumentKind, FieldProblem> {
    let problem = |message: String| FieldProblem {
        field: "document",
        message,
    };
    if bytes.is_empty() {
        return Err(problem("Choose the letter's file to upload.".into()));
    }
    if bytes.len() > LETTER_LIMIT {
        return Err(problem(format!(
            "The file is larger than {} MB: scan it at a lower resolution or upload its pages as a PDF.",
            LETTER_LIMIT / (1024 * 1024)
        )));
    }
    DocumentKind::of(bytes).ok_or_else(|| problem(super::documents::wrong_kind()))
}

/// The day received, as typed (YYYY-MM-DD), not after `today`.
pub fn parse_received_on(s: &str, today: NaiveDate) -> Result<NaiveDate, FieldProblem> {
    let problem = |message: &str| FieldProblem {
        field: "received_on",
        message: message.to_string(),
    };
    let day = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| problem("Give the day the letter was received, as a date."))?;
    if day > today {
        return Err(problem("The day received cannot be in the future."));
    }
    Ok(day)
}

/// Who received it: a staff member's name or address, or a few words.
pub fn parse_received_by(s: &str) -> Result<String, FieldProblem> {
    let s = s.trim();
    if s.is_empty() {
        return Err(FieldProblem {
            field: "received_by",
            message: "Say who received the letter (a staff member or, for example, “the coalition's post box”).".into(),
        });
    }
    Ok(s.chars().filter(|c| !c.is_control()).take(200).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_large_and_empty_are_refused_beside_the_field() {
        let big = vec![b'a'; LETTER_LIMIT + 1];
        assert_eq!(check_document(&big).unwrap_err().field, "document");
        assert!(check_document(b"").is_err());
    }
}
