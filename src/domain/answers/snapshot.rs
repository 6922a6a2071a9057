//! The canonical snapshot of a submission and its SHA-256.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::*;

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
    /// Present when the company answered by letter or email, recorded by
    /// staff: the document's digest is then covered by the revision's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<SnapshotLetter>,
}

/// The document of a response by letter, by its SHA-256.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SnapshotLetter {
    pub sha256: String,
    pub content_type: String,
    pub size: i32,
    /// The day it was received, YYYY-MM-DD.
    pub received_on: String,
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
    /// The evidence documents attached to it, by their SHA-256 (absent
    /// when none, so that snapshots from before read back and hash the
    /// same).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<SnapshotDocument>,
    /// The language the answer was given in (BCP 47 code; absent when not
    /// known, so that snapshots from before read back and hash the same).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
}

/// An evidence document attached to an answer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct SnapshotDocument {
    pub file_name: String,
    pub content_type: String,
    pub size: i32,
    pub sha256: String,
}

/// The same answers, whatever language each was given in: answering in
/// another language is not a change to submit again.
fn same_answers(held: &[SnapshotAnswer], now: &[SnapshotAnswer]) -> bool {
    held.len() == now.len()
        && held.iter().zip(now).all(|(a, b)| {
            SnapshotAnswer {
                language: String::new(),
                ..a.clone()
            } == SnapshotAnswer {
                language: String::new(),
                ..b.clone()
            }
        })
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
                    documents: Vec::new(),
                    language: String::new(),
                });
            }
        }
        out
    }

    /// As [`Snapshot::answers_of`], each answer with the documents attached
    /// to it (`documents`: by question key, in order).
    pub fn answers_with(
        questionnaire: &Questionnaire,
        answers: &Answers,
        documents: &[(String, SnapshotDocument)],
    ) -> Vec<SnapshotAnswer> {
        let mut out = Self::answers_of(questionnaire, answers);
        for a in &mut out {
            a.documents = documents
                .iter()
                .filter(|(k, _)| *k == a.question)
                .map(|(_, d)| d.clone())
                .collect();
        }
        out
    }

    /// Whether `answers` and `documents` are exactly the ones this
    /// snapshot holds.
    pub fn holds_with(
        &self,
        questionnaire: &Questionnaire,
        answers: &Answers,
        documents: &[(String, SnapshotDocument)],
    ) -> bool {
        same_answers(
            &self.answers,
            &Self::answers_with(questionnaire, answers, documents),
        )
    }

    /// Whether `answers` are exactly the ones this snapshot holds.
    pub fn holds(&self, questionnaire: &Questionnaire, answers: &Answers) -> bool {
        same_answers(&self.answers, &Self::answers_of(questionnaire, answers))
    }

    /// An answer's values as a reader sees them: a choice by its label in
    /// `lang` (not its key), anything else as written.
    pub fn shown_values(
        questionnaire: &Questionnaire,
        lang: &str,
        answer: &SnapshotAnswer,
    ) -> Vec<String> {
        let options = questionnaire
            .question(&answer.question)
            .map(|q| q.options())
            .unwrap_or_default();
        answer
            .values
            .iter()
            .map(|v| {
                options
                    .iter()
                    .find(|o| o.key.as_str() == v)
                    .map_or_else(|| v.clone(), |o| o.label.get(lang, lang).to_string())
            })
            .collect()
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
        self.plain_text_in(
            questionnaire,
            &questionnaire.default_language,
            "(no answer)",
        )
    }

    /// As [`Snapshot::plain_text`], the questions and choices in `lang`
    /// (one of the questionnaire's languages), `no_answer` where none.
    pub fn plain_text_in(
        &self,
        questionnaire: &Questionnaire,
        lang: &str,
        no_answer: &str,
    ) -> String {
        let mut out = String::new();
        for a in &self.answers {
            let prompt = questionnaire
                .question(&a.question)
                .map(|q| {
                    q.prompt
                        .get(lang, &questionnaire.default_language)
                        .to_string()
                })
                .unwrap_or_else(|| a.prompt.clone());
            out.push_str(&format!("{} {}\n", a.number, prompt));
            if a.values.is_empty() {
                out.push_str(&format!("  {no_answer}\n"));
            }
            for shown in Self::shown_values(questionnaire, lang, a) {
                for line in shown.lines() {
                    out.push_str(&format!("  {line}\n"));
                }
            }
            out.push('\n');
        }
        out
    }
}
