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
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::questionnaire::{Question, QuestionKind, Questionnaire};

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

/// What is wrong with an answer, in plain words, beside the field. An
/// empty answer has no problems here (required answers are checked at
/// submission).
pub fn problems(q: &Question, value: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !is_answered(value) {
        return out;
    }
    if let Some(max) = q.effective_max_length() {
        let n = value.chars().count();
        if n > max as usize {
            out.push(format!(
                "This answer has {n} characters; the limit is {max}. It is saved, but shorten it before you submit."
            ));
        }
    }
    match q.kind {
        QuestionKind::EvidenceLinks => {
            let lines: Vec<&str> = value.lines().collect();
            let max = q.effective_max_items() as usize;
            if lines.len() > max {
                out.push(format!(
                    "There are {} links; at most {max} are taken.",
                    lines.len()
                ));
            }
            for (i, line) in lines.iter().enumerate() {
                if !is_web_address(line) {
                    out.push(format!(
                        "Line {} (“{}”) is not a web address starting with https:// or http://.",
                        i + 1,
                        shorten(line)
                    ));
                }
            }
        }
        QuestionKind::Number => match value.trim().parse::<f64>() {
            Ok(n) if n.is_finite() => {
                if let Some(min) = q.min.filter(|min| n < *min) {
                    out.push(format!("The number must be at least {min}."));
                }
                if let Some(max) = q.max.filter(|max| n > *max) {
                    out.push(format!("The number must be at most {max}."));
                }
            }
            _ => out.push(format!(
                "“{}” is not a number; write digits, with a point for decimals (for example 12.5).",
                shorten(value)
            )),
        },
        QuestionKind::Date => match NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d") {
            Ok(d) => {
                if let Some(min) = q.min_date.filter(|min| d < *min) {
                    out.push(format!("The date must be on or after {min}."));
                }
                if let Some(max) = q.max_date.filter(|max| d > *max) {
                    out.push(format!("The date must be on or before {max}."));
                }
            }
            Err(_) => out.push(format!(
                "“{}” is not a date; write it as year-month-day, for example 2024-01-31.",
                shorten(value)
            )),
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
                out.push((number.clone(), "a required answer is missing".to_string()));
            }
            for problem in problems(q, value) {
                out.push((number.clone(), problem));
            }
        }
    }
    out
}

/// A submission as one document: what was asked (the questionnaire
/// version by its digest) and every shown question with its answer, in
/// order. Its SHA-256 is the receipt's digest; the same document always
/// serialises to the same bytes.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Snapshot {
    pub format: u32,
    pub campaign: SnapshotCampaign,
    pub company: SnapshotCompany,
    pub questionnaire: SnapshotQuestionnaire,
    pub revision: i32,
    /// UTC, RFC 3339.
    pub submitted_at: String,
    pub answers: Vec<SnapshotAnswer>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SnapshotCampaign {
    pub slug: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SnapshotCompany {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SnapshotQuestionnaire {
    pub slug: String,
    pub version: String,
    /// SHA-256 of the questionnaire file.
    pub digest: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SnapshotAnswer {
    pub question: String,
    pub number: String,
    pub kind: String,
    pub prompt: String,
    /// The answer as given: one value for most kinds, several for choices
    /// and links; empty when not answered.
    pub values: Vec<String>,
}

impl Snapshot {
    pub fn answers_of(questionnaire: &Questionnaire, answers: &Answers) -> Vec<SnapshotAnswer> {
        let lang = questionnaire.default_language.as_str();
        let mut out = Vec::new();
        for (si, section) in questionnaire.sections.iter().enumerate() {
            for (qi, q) in section.questions.iter().enumerate() {
                if !is_shown(questionnaire, q, answers) {
                    continue;
                }
                let value = answers
                    .get(q.key.as_str())
                    .map(String::as_str)
                    .unwrap_or("");
                out.push(SnapshotAnswer {
                    question: q.key.to_string(),
                    number: format!("{}.{}", si + 1, qi + 1),
                    kind: q.kind.as_str().to_string(),
                    prompt: q.prompt.get(lang, lang).to_string(),
                    values: if is_answered(value) {
                        values(q.kind, value)
                    } else {
                        Vec::new()
                    },
                });
            }
        }
        out
    }

    /// The canonical bytes: compact JSON, fields in declaration order.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a snapshot always serialises")
    }

    /// The submitted answers by question, as stored text.
    pub fn answers_map(&self) -> Answers {
        self.answers
            .iter()
            .map(|a| (a.question.clone(), a.values.join("\n")))
            .collect()
    }

    /// SHA-256 of [`Snapshot::to_json`], lower-case hex.
    pub fn digest_of(json: &str) -> String {
        hex::encode(Sha256::digest(json.as_bytes()))
    }

    /// A plain-text copy for the receipt email, with choice labels.
    pub fn plain_text(&self, questionnaire: &Questionnaire) -> String {
        let lang = questionnaire.default_language.as_str();
        let mut out = String::new();
        for a in &self.answers {
            out.push_str(&format!("{} {}\n", a.number, a.prompt));
            let q = questionnaire.question(&a.question);
            if a.values.is_empty() {
                out.push_str("  (no answer)\n");
            }
            for v in &a.values {
                let shown = q
                    .and_then(|q| {
                        q.options()
                            .into_iter()
                            .find(|o| o.key.as_str() == v)
                            .map(|o| o.label.get(lang, lang).to_string())
                    })
                    .unwrap_or_else(|| v.clone());
                for line in shown.lines() {
                    out.push_str(&format!("  {line}\n"));
                }
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::parse;

    const SOURCE: &str = r#"
format = 1
slug = "t"
version = "1"
default_language = "en"
title = "T"
summary = "S"
[source]
title = "Src"
date = 2024-01-31
organisations = ["A"]
[[demands]]
key = "d"
title = "D"
text = "Demand"
[[sections]]
key = "s"
title = "Section"
[[sections.questions]]
key = "present"
demands = ["d"]
kind = "single_choice"
prompt = "Are you present?"
required = true
options = [{ key = "yes", label = "Yes" }, { key = "no", label = "No" }]
[[sections.questions]]
key = "how"
demands = ["d"]
kind = "short_text"
prompt = "How?"
required = true
max_length = 10
condition = { question = "present", any_of = ["yes"] }
[[sections.questions]]
key = "links"
demands = ["d"]
kind = "evidence_links"
prompt = "Links"
max_items = 2
[[sections.questions]]
key = "staff"
demands = ["d"]
kind = "number"
prompt = "Staff"
min = 0
max = 1000
[[sections.questions]]
key = "since"
demands = ["d"]
kind = "date"
prompt = "Since"
min_date = 2020-01-01
[[sections.questions]]
key = "areas"
demands = ["d"]
kind = "multiple_choice"
prompt = "Areas"
options = [{ key = "a", label = "Area A" }, { key = "b", label = "Area B" }]
"#;

    fn questionnaire() -> Questionnaire {
        parse(SOURCE.as_bytes()).expect("the test questionnaire is valid")
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn posted_values_become_stored_text() {
        let q = questionnaire();
        let areas = q.question("areas").unwrap();
        assert_eq!(
            from_form(areas, &["b".into(), "a".into(), "b".into()]).unwrap(),
            "a\nb",
            "option order, each once"
        );
        assert!(from_form(areas, &["z".into()]).is_err());
        let present = q.question("present").unwrap();
        assert!(from_form(present, &["yes".into(), "no".into()]).is_err());
        let links = q.question("links").unwrap();
        assert_eq!(
            from_form(
                links,
                &[" https://a.example\r\n\r\nhttps://b.example ".into()]
            )
            .unwrap(),
            "https://a.example\nhttps://b.example"
        );
        let how = q.question("how").unwrap();
        assert_eq!(
            from_form(how, &["ျမန်မာ\r\nစာ".into()]).unwrap(),
            "ျမန်မာ\nစာ"
        );
    }

    #[test]
    fn problems_are_said_in_plain_words() {
        let q = questionnaire();
        let how = q.question("how").unwrap();
        assert!(problems(how, "ဗမာစာ ဗမာစာ ဗမာစာ")[0].contains("the limit is 10"));
        assert!(problems(how, "ဗမာစာ").is_empty(), "characters, not bytes");
        let links = q.question("links").unwrap();
        let p = problems(
            links,
            "https://ok.example\nwww.example.org\nftp://x.example",
        );
        assert!(p.iter().any(|m| m.contains("at most 2")));
        assert!(p.iter().any(|m| m.contains("Line 2 (“www.example.org”)")));
        assert!(p.iter().any(|m| m.contains("Line 3")));
        let staff = q.question("staff").unwrap();
        assert!(problems(staff, "12,5")[0].contains("is not a number"));
        assert!(problems(staff, "2000")[0].contains("at most 1000"));
        assert!(problems(staff, "12.5").is_empty());
        let since = q.question("since").unwrap();
        assert!(problems(since, "31/01/2024")[0].contains("year-month-day"));
        assert!(problems(since, "2019-12-31")[0].contains("on or after 2020-01-01"));
        assert!(problems(since, "").is_empty());
    }

    #[test]
    fn conditional_questions_follow_their_condition() {
        let q = questionnaire();
        let how = q.question("how").unwrap();
        assert!(!is_shown(&q, how, &answers(&[])));
        assert!(!is_shown(&q, how, &answers(&[("present", "no")])));
        assert!(is_shown(&q, how, &answers(&[("present", "yes")])));
        let all = q.sections[0].questions.iter();
        let p = Progress::of(&q, all, &answers(&[("present", "no")]));
        assert_eq!(
            (p.required, p.required_answered),
            (1, 1),
            "the hidden required question does not count"
        );
        let blockers = blockers(&q, &answers(&[("present", "yes")]));
        assert_eq!(
            blockers,
            vec![(
                "1.2".to_string(),
                "a required answer is missing".to_string()
            )]
        );
    }

    #[test]
    fn the_snapshot_digest_is_stable_and_covers_every_answer() {
        let q = questionnaire();
        let a = answers(&[
            ("present", "yes"),
            ("how", "ပြည်တွင်း 中文"),
            ("areas", "a\nb"),
        ]);
        let snapshot = Snapshot {
            format: 1,
            campaign: SnapshotCampaign {
                slug: "c".into(),
                title: "C".into(),
            },
            company: SnapshotCompany {
                slug: "co".into(),
                name: "Co".into(),
            },
            questionnaire: SnapshotQuestionnaire {
                slug: "t".into(),
                version: "1".into(),
                digest: "ab".into(),
            },
            revision: 1,
            submitted_at: "2026-11-25T10:00:00Z".into(),
            answers: Snapshot::answers_of(&q, &a),
        };
        let json = snapshot.to_json();
        assert_eq!(
            Snapshot::digest_of(&json),
            Snapshot::digest_of(&snapshot.clone().to_json())
        );
        assert!(json.contains("ပြည်တွင်း 中文"), "Unicode as written");
        let back: Snapshot = serde_json::from_str(&json).unwrap();
        assert_eq!(back, snapshot);
        let mut changed = snapshot.clone();
        changed.answers[1].values[0].push('.');
        assert_ne!(
            Snapshot::digest_of(&changed.to_json()),
            Snapshot::digest_of(&json)
        );
        let text = snapshot.plain_text(&q);
        assert!(text.contains("1.1 Are you present?\n  Yes\n"), "{text}");
        assert!(text.contains("  Area A\n  Area B\n"));
        assert!(text.contains("1.3 Links\n  (no answer)"));
    }
}
