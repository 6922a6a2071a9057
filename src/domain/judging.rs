//! A reviewer's judgement of a written answer, as typed into a form: a
//! level of the question's rubric and a rationale, which is required
//! because it is published beside the score.

use super::questionnaire::Question;

/// A judgement that passed its checks.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    /// The rubric level's key.
    pub level: String,
    /// The level's points; `None` for a not-applicable level.
    pub points: Option<u8>,
    pub rationale: String,
}

/// What is wrong with a typed judgement, as a sentence for the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum JudgingError {
    #[error("Choose a level.")]
    NoLevel,
    #[error("Write the rationale: it is published beside the score.")]
    NoRationale,
    #[error("Keep the rationale under 5,000 characters.")]
    TooLong,
}

pub fn judge(question: &Question, level: &str, rationale: &str) -> Result<Judged, JudgingError> {
    let chosen = question
        .rubric()
        .into_iter()
        .find(|r| r.key.as_str() == level)
        .ok_or(JudgingError::NoLevel)?;
    let rationale = rationale.trim();
    if rationale.is_empty() {
        return Err(JudgingError::NoRationale);
    }
    if rationale.chars().count() > 5000 {
        return Err(JudgingError::TooLong);
    }
    Ok(Judged {
        level: chosen.key.to_string(),
        points: chosen.points,
        rationale: rationale.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::parse;

    #[test]
    fn a_judgement_needs_a_level_of_the_rubric_and_a_reason() {
        let q = parse(
            br#"
format = 1
slug = "t"
version = "1"
default_language = "en"
title = "T"
summary = "S"
[source]
title = "A statement"
date = 2024-01-31
organisations = ["Org"]
[[demands]]
key = "d"
title = "D"
text = "D."
[[sections]]
key = "s"
title = "S"
[[sections.questions]]
key = "grievance"
demands = ["d"]
kind = "long_text"
prompt = "Describe it."
[sections.questions.scoring]
guidance = "Yes: open to all."
"#,
        )
        .unwrap();
        let question = q.question("grievance").unwrap();
        assert_eq!(
            judge(question, "excellent", "x"),
            Err(JudgingError::NoLevel)
        );
        assert_eq!(judge(question, "yes", "  "), Err(JudgingError::NoRationale));
        assert_eq!(
            judge(question, "yes", &"x".repeat(5001)),
            Err(JudgingError::TooLong)
        );
        let judged = judge(question, "partial", " Some of it. ").unwrap();
        assert_eq!(judged.points, Some(50));
        assert_eq!(judged.rationale, "Some of it.");
        assert_eq!(
            judge(question, "not-applicable", "No operations.")
                .unwrap()
                .points,
            None
        );
    }
}
