//! Answers as representatives give them: turning posted form values into
//! the stored text, checking them against the question's limits, deciding
//! which conditional questions are shown, counting progress, and the
//! canonical snapshot of a submission with its SHA-256.
//!
//! An answer is stored as typed. Choices and evidence links are one per
//! line (option keys and URLs hold no line breaks); everything else is the
//! text itself. Problems (too long, not an address, out of range) are
//! reported beside the field but never stop a draft from being saved:
//! nothing typed is lost. They stop a submission.

use std::collections::HashMap;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use super::i18n::Tr;
use super::questionnaire::{Question, QuestionKind, Questionnaire};

mod snapshot;

pub use snapshot::*;

/// Posted values that no form of ours can send: an option that does not
/// exist, or several values for a one-value question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadPost(pub String);

/// The stored text of a question's posted values.
pub fn from_form(q: &Question, posted: &[String]) -> Result<String, BadPost> {
    let options = q.options();
    let known = |value: &str| options.iter().any(|o| o.key.as_str() == value);
    match q.kind {
        QuestionKind::SingleChoice | QuestionKind::YesPartialNo => match posted {
            [] => Ok(String::new()),
            [one] if one.is_empty() || known(one) => Ok(one.clone()),
            [one] => Err(BadPost(format!(
                "“{one}” is not one of the choices of question {}",
                q.key
            ))),
            _ => Err(BadPost(format!("question {} takes one choice", q.key))),
        },
        QuestionKind::MultipleChoice => {
            if let Some(bad) = posted.iter().find(|v| !v.is_empty() && !known(v)) {
                return Err(BadPost(format!(
                    "“{bad}” is not one of the choices of question {}",
                    q.key
                )));
            }
            // In the order of the options, each once.
            Ok(options
                .iter()
                .filter(|o| posted.iter().any(|v| v == o.key.as_str()))
                .map(|o| o.key.to_string())
                .collect::<Vec<_>>()
                .join("\n"))
        }
        QuestionKind::ShortText
        | QuestionKind::LongText
        | QuestionKind::EvidenceLinks
        | QuestionKind::Number
        | QuestionKind::Date => match posted {
            [] => Ok(String::new()),
            [one] => Ok(normalise(q.kind, one)),
            _ => Err(BadPost(format!("question {} takes one answer", q.key))),
        },
    }
}

fn normalise(kind: QuestionKind, text: &str) -> String {
    let text = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace(UNSTORABLE, "");
    match kind {
        QuestionKind::EvidenceLinks => text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        QuestionKind::Number | QuestionKind::Date => text.trim().to_string(),
        QuestionKind::ShortText | QuestionKind::LongText => text,
        // Choices never reach here: `from_form` checks them against the options.
        QuestionKind::SingleChoice | QuestionKind::YesPartialNo | QuestionKind::MultipleChoice => {
            text
        }
    }
}

/// U+0000 cannot be stored in PostgreSQL text, and no one means to type it
/// (it comes from pasting out of binary files and broken editors): it is
/// removed on both backends alike, and the page says so beside the field.
const UNSTORABLE: char = '\0';

/// The note beside a field whose posted text lost characters that cannot be
/// stored, or `None` when nothing was removed.
pub fn removed_note(posted: &[String]) -> Option<String> {
    let n: usize = posted.iter().map(|v| v.matches(UNSTORABLE).count()).sum();
    (n > 0).then(|| {
        format!(
            "{n} invisible control character(s) (U+0000) that cannot be stored were removed from this answer; the rest is saved."
        )
    })
}

/// What the page a person edits carries of each answer as it showed it: a
/// digest of the stored text. A save compares the posted text with it, so
/// a field the person did not touch is neither written nor a conflict,
/// however old the page.
pub fn base_of(value: &str) -> String {
    hex::encode(&Sha256::digest(value.as_bytes())[..16])
}

/// Whether the stored text counts as an answer.
pub fn is_answered(value: &str) -> bool {
    !value.trim().is_empty()
}

/// The values of a stored answer: one per line for choices and links.
pub fn values(kind: QuestionKind, value: &str) -> Vec<String> {
    match kind {
        QuestionKind::MultipleChoice | QuestionKind::EvidenceLinks => value
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect(),
        QuestionKind::SingleChoice
        | QuestionKind::YesPartialNo
        | QuestionKind::ShortText
        | QuestionKind::LongText
        | QuestionKind::Number
        | QuestionKind::Date => {
            if value.is_empty() {
                Vec::new()
            } else {
                vec![value.to_string()]
            }
        }
    }
}

/// What can be wrong with an answer: said beside the field and on the
/// review page, in the reader's language ([`Problem::said`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    TooLong {
        length: usize,
        max: u32,
    },
    TooManyLinks {
        count: usize,
        max: u32,
    },
    NotAWebAddress {
        line: usize,
        text: String,
    },
    NumberBelow(f64),
    NumberAbove(f64),
    NotANumber(String),
    DateBefore(NaiveDate),
    DateAfter(NaiveDate),
    NotADate(String),
    /// A required answer is missing (only at submission).
    Missing,
}

impl Problem {
    /// The problem in plain words in `tr`'s language.
    pub fn said(&self, tr: Tr) -> String {
        let n = |v: f64| tr.digits(&v.to_string());
        match self {
            Problem::TooLong { length, max } => {
                tr.t2("answer-problem-too-long", "length", *length, "max", *max)
            }
            Problem::TooManyLinks { count, max } => tr.t2(
                "answer-problem-too-many-links",
                "count",
                *count,
                "max",
                *max,
            ),
            Problem::NotAWebAddress { line, text } => tr.t2(
                "answer-problem-not-a-web-address",
                "line",
                *line,
                "text",
                text,
            ),
            Problem::NumberBelow(min) => tr.t1("answer-problem-number-below", "min", n(*min)),
            Problem::NumberAbove(max) => tr.t1("answer-problem-number-above", "max", n(*max)),
            Problem::NotANumber(text) => tr.t1("answer-problem-not-a-number", "text", text),
            Problem::DateBefore(min) => tr.t1("answer-problem-date-before", "min", min.to_string()),
            Problem::DateAfter(max) => tr.t1("answer-problem-date-after", "max", max.to_string()),
            Problem::NotADate(text) => tr.t1("answer-problem-not-a-date", "text", text),
            Problem::Missing => tr.t("answer-problem-missing"),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Tr::english()))
    }
}

/// What is wrong with an answer, in plain words, beside the field. An
/// empty answer has no problems here (required answers are checked at
/// submission).
pub fn problems(q: &Question, value: &str) -> Vec<String> {
    problems_in(q, value, Tr::english())
}

/// [`problems`] in `tr`'s language.
pub fn problems_in(q: &Question, value: &str, tr: Tr) -> Vec<String> {
    problem_kinds(q, value).iter().map(|p| p.said(tr)).collect()
}

/// What is wrong with an answer, by kind.
pub fn problem_kinds(q: &Question, value: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    if !is_answered(value) {
        return out;
    }
    if let Some(max) = q.effective_max_length() {
        let length = value.chars().count();
        if length > max as usize {
            out.push(Problem::TooLong { length, max });
        }
    }
    match q.kind {
        QuestionKind::EvidenceLinks => {
            let lines: Vec<&str> = value.lines().collect();
            let max = q.effective_max_items();
            if lines.len() > max as usize {
                out.push(Problem::TooManyLinks {
                    count: lines.len(),
                    max,
                });
            }
            for (i, line) in lines.iter().enumerate() {
                if !is_web_address(line) {
                    out.push(Problem::NotAWebAddress {
                        line: i + 1,
                        text: shorten(line),
                    });
                }
            }
        }
        QuestionKind::Number => match value.trim().parse::<f64>() {
            Ok(n) if n.is_finite() => {
                if let Some(min) = q.min.filter(|min| n < *min) {
                    out.push(Problem::NumberBelow(min));
                }
                if let Some(max) = q.max.filter(|max| n > *max) {
                    out.push(Problem::NumberAbove(max));
                }
            }
            _ => out.push(Problem::NotANumber(shorten(value))),
        },
        QuestionKind::Date => match NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d") {
            Ok(d) => {
                if let Some(min) = q.min_date.filter(|min| d < *min) {
                    out.push(Problem::DateBefore(min));
                }
                if let Some(max) = q.max_date.filter(|max| d > *max) {
                    out.push(Problem::DateAfter(max));
                }
            }
            Err(_) => out.push(Problem::NotADate(shorten(value))),
        },
        // Choices are checked against the options when posted; the length
        // of written answers is checked above.
        QuestionKind::SingleChoice
        | QuestionKind::MultipleChoice
        | QuestionKind::YesPartialNo
        | QuestionKind::ShortText
        | QuestionKind::LongText => {}
    }
    out
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

fn is_web_address(s: &str) -> bool {
    url::Url::parse(s.trim())
        .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
}

/// Stored answers by question key.
pub type Answers = HashMap<String, String>;

/// Whether a question is shown, given the answers so far: no condition, or
/// the controlling question is itself shown and its answer has one of the
/// values named.
pub fn is_shown(questionnaire: &Questionnaire, q: &Question, answers: &Answers) -> bool {
    let Some(condition) = &q.condition else {
        return true;
    };
    let Some(controlling) = questionnaire.question(condition.question.as_str()) else {
        return false;
    };
    if !is_shown(questionnaire, controlling, answers) {
        return false;
    }
    let given = answers
        .get(controlling.key.as_str())
        .map(|v| values(controlling.kind, v))
        .unwrap_or_default();
    condition
        .any_of
        .iter()
        .any(|k| given.iter().any(|g| g == k.as_str()))
}

/// How far a section (or the whole questionnaire) is answered, counting
/// shown questions only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub shown: usize,
    pub answered: usize,
    pub required: usize,
    pub required_answered: usize,
}

impl Progress {
    pub fn of<'a>(
        questionnaire: &Questionnaire,
        questions: impl IntoIterator<Item = &'a Question>,
        answers: &Answers,
    ) -> Progress {
        let mut p = Progress::default();
        for q in questions {
            if !is_shown(questionnaire, q, answers) {
                continue;
            }
            let answered = answers.get(q.key.as_str()).is_some_and(|v| is_answered(v));
            p.shown += 1;
            p.answered += usize::from(answered);
            if q.required {
                p.required += 1;
                p.required_answered += usize::from(answered);
            }
        }
        p
    }

    pub fn complete(&self) -> bool {
        self.required_answered == self.required
    }
}

/// What stops a submission: required answers missing and answers with
/// problems, each with the question's number.
pub fn blockers(questionnaire: &Questionnaire, answers: &Answers) -> Vec<(String, String)> {
    blockers_in(questionnaire, answers, Tr::english())
}

/// [`blockers`] in `tr`'s language.
pub fn blockers_in(
    questionnaire: &Questionnaire,
    answers: &Answers,
    tr: Tr,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (si, section) in questionnaire.sections.iter().enumerate() {
        for (qi, q) in section.questions.iter().enumerate() {
            if !is_shown(questionnaire, q, answers) {
                continue;
            }
            let number = format!("{}.{}", si + 1, qi + 1);
            let value = answers
                .get(q.key.as_str())
                .map(String::as_str)
                .unwrap_or("");
            if q.required && !is_answered(value) {
                out.push((number.clone(), Problem::Missing.said(tr)));
            }
            for problem in problem_kinds(q, value) {
                out.push((number.clone(), problem.said(tr)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
