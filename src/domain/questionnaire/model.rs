//! The questionnaire as the service uses it, after every check passed.
//! These types are also the source of `questionnaires/schema.json`, so
//! their fields are the fields of the file.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use super::key::{Key, Positions};
use super::schema_rules::{self, DATE, HTTP_URL, LANGUAGE, NON_BLANK};
use super::text::Text;

/// A questionnaire: a coalition's demands turned into questions a company
/// can answer and a reviewer can score.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// The version of this file format; only 1 exists.
    #[schemars(extend("const" = 1))]
    pub format: u32,
    /// Stable name of the questionnaire across its versions.
    pub slug: Key,
    /// A version label shown to people, e.g. "2024.1". A stored version is
    /// identified by the SHA-256 of the file.
    #[schemars(length(min = 1), pattern(NON_BLANK))]
    pub version: String,
    /// The language of plain strings, and the fallback for translations:
    /// a code such as en, my or zh-Hans.
    #[schemars(pattern(LANGUAGE))]
    pub default_language: String,
    /// Languages offered; must include the default language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(pattern(LANGUAGE)))]
    pub languages: Vec<String>,
    pub title: Text,
    pub summary: Text,
    /// The public text the demands come from.
    pub source: Source,
    /// The coalition's demands, each served by at least one question.
    #[schemars(length(min = 1))]
    pub demands: Vec<Demand>,
    /// The questionnaire's sections, in the order companies answer them.
    #[schemars(length(min = 1))]
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Text,
    /// Date of publication (a TOML date, e.g. 2024-01-31).
    #[schemars(pattern(DATE))]
    pub date: NaiveDate,
    /// Address of the text, http(s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(url, pattern(HTTP_URL))]
    pub url: Option<String>,
    /// The organisations that made the demands.
    #[schemars(length(min = 1), inner(pattern(NON_BLANK)))]
    pub organisations: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Demand {
    pub key: Key,
    /// A short title.
    pub title: Text,
    /// The demand as the coalition wrote it.
    pub text: Text,
    /// Weight in the total score (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("exclusiveMinimum" = 0))]
    pub weight: Option<f64>,
    #[serde(skip)]
    #[schemars(skip)]
    pub pos: Positions,
}

impl Demand {
    pub fn weight(&self) -> f64 {
        self.weight.unwrap_or(1.0)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub key: Key,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    #[schemars(length(min = 1))]
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    SingleChoice,
    MultipleChoice,
    YesPartialNo,
    ShortText,
    LongText,
    EvidenceLinks,
    Number,
    Date,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 8] = [
        QuestionKind::SingleChoice,
        QuestionKind::MultipleChoice,
        QuestionKind::YesPartialNo,
        QuestionKind::ShortText,
        QuestionKind::LongText,
        QuestionKind::EvidenceLinks,
        QuestionKind::Number,
        QuestionKind::Date,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::SingleChoice => "single_choice",
            QuestionKind::MultipleChoice => "multiple_choice",
            QuestionKind::YesPartialNo => "yes_partial_no",
            QuestionKind::ShortText => "short_text",
            QuestionKind::LongText => "long_text",
            QuestionKind::EvidenceLinks => "evidence_links",
            QuestionKind::Number => "number",
            QuestionKind::Date => "date",
        }
    }

    pub fn parse(s: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Answered by choosing among options.
    pub fn is_choice(self) -> bool {
        matches!(
            self,
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice | QuestionKind::YesPartialNo
        )
    }

    /// Answered in words, scored by a reviewer on a rubric.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            QuestionKind::ShortText | QuestionKind::LongText | QuestionKind::EvidenceLinks
        )
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema_rules::question_rules)]
pub struct Question {
    /// Unique in the whole file.
    pub key: Key,
    /// The demands this question serves.
    #[schemars(length(min = 1))]
    pub demands: Vec<Key>,
    pub kind: QuestionKind,
    pub prompt: Text,
    /// Help for the company: what a complete answer contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Text>,
    /// Must be answered before submitting (when shown).
    #[serde(default)]
    pub required: bool,
    /// short_text (default 300) and long_text (default 20000): 1 to 100000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 100000))]
    pub max_length: Option<u32>,
    /// number only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// number only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// number only: what is counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// date only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DATE))]
    pub min_date: Option<NaiveDate>,
    /// date only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DATE))]
    pub max_date: Option<NaiveDate>,
    /// evidence_links only (default 20): 1 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 100))]
    pub max_items: Option<u32>,
    /// yes_partial_no only: offer "not applicable".
    #[serde(default)]
    pub allow_not_applicable: bool,
    /// Show the question only when an earlier answer has one of some values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// single_choice and multiple_choice only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ChoiceOption>,
    /// Present when the question is scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scoring: Option<Scoring>,
    #[serde(skip)]
    #[schemars(skip)]
    pub pos: Positions,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// An earlier question with options.
    pub question: Key,
    /// The option keys for which this question is shown.
    #[schemars(length(min = 1))]
    pub any_of: Vec<Key>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema_rules::option_rules)]
pub struct ChoiceOption {
    pub key: Key,
    pub label: Text,
    /// 0 to 100, required on every option of a scored question except
    /// not-applicable ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 100))]
    pub points: Option<u8>,
    /// Choosing it leaves the question out of averages.
    #[serde(default)]
    pub not_applicable: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema_rules::scoring_rules)]
pub struct Scoring {
    /// Weight within each demand the question serves (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("exclusiveMinimum" = 0))]
    pub weight: Option<f64>,
    /// For reviewers: what earns yes, partial and no.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Text>,
    /// Text kinds only; without it the standard yes/partial/no rubric applies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rubric: Vec<RubricLevel>,
}

impl Scoring {
    pub fn weight(&self) -> f64 {
        self.weight.unwrap_or(1.0)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = schema_rules::rubric_level_rules)]
pub struct RubricLevel {
    pub key: Key,
    pub label: Text,
    /// 0 to 100; omit for a not-applicable level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 100))]
    pub points: Option<u8>,
    #[serde(default)]
    pub not_applicable: bool,
    /// What earns this level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

/// Counts shown after a successful check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub demands: usize,
    pub sections: usize,
    pub questions: usize,
    pub scored_questions: usize,
}

fn level(key: &str, label: &str, points: Option<u8>) -> (Key, Text, Option<u8>, bool) {
    (
        Key(key.to_string()),
        Text::plain(label),
        points,
        points.is_none(),
    )
}

/// yes 100, partial 50, no 0 and, where offered, not applicable: the
/// Ranking Digital Rights scale.
fn standard_scale(with_not_applicable: bool) -> Vec<(Key, Text, Option<u8>, bool)> {
    let mut scale = vec![
        level("yes", "Yes", Some(100)),
        level("partial", "Partly", Some(50)),
        level("no", "No", Some(0)),
    ];
    if with_not_applicable {
        scale.push(level("not-applicable", "Not applicable", None));
    }
    scale
}

impl Question {
    pub fn is_scored(&self) -> bool {
        self.scoring.is_some()
    }

    /// The options a company chooses from: the written ones, or for
    /// yes_partial_no the standard scale.
    pub fn options(&self) -> Vec<ChoiceOption> {
        match self.kind {
            QuestionKind::YesPartialNo => standard_scale(self.allow_not_applicable)
                .into_iter()
                .map(|(key, label, points, not_applicable)| ChoiceOption {
                    key,
                    label,
                    points,
                    not_applicable,
                })
                .collect(),
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => self.options.clone(),
            QuestionKind::ShortText
            | QuestionKind::LongText
            | QuestionKind::EvidenceLinks
            | QuestionKind::Number
            | QuestionKind::Date => self.options.clone(),
        }
    }

    /// The levels a reviewer applies to a written answer.
    pub fn rubric(&self) -> Vec<RubricLevel> {
        match &self.scoring {
            Some(s) if !s.rubric.is_empty() => s.rubric.clone(),
            _ => standard_scale(true)
                .into_iter()
                .map(|(key, label, points, not_applicable)| RubricLevel {
                    key,
                    label,
                    points,
                    not_applicable,
                    description: None,
                })
                .collect(),
        }
    }

    pub fn effective_max_length(&self) -> Option<u32> {
        match self.kind {
            QuestionKind::ShortText => Some(self.max_length.unwrap_or(300)),
            QuestionKind::LongText => Some(self.max_length.unwrap_or(20_000)),
            QuestionKind::SingleChoice
            | QuestionKind::MultipleChoice
            | QuestionKind::YesPartialNo
            | QuestionKind::EvidenceLinks
            | QuestionKind::Number
            | QuestionKind::Date => None,
        }
    }

    pub fn effective_max_items(&self) -> u32 {
        self.max_items.unwrap_or(20)
    }
}

impl Questionnaire {
    /// The language its texts are read in by someone who reads `lang`:
    /// `lang` when the questionnaire is translated into it (a declared
    /// language has every text), else its default language.
    pub fn reading_language<'a>(&'a self, lang: &'a str) -> &'a str {
        if lang == self.default_language || self.languages.iter().any(|l| l == lang) {
            lang
        } else {
            &self.default_language
        }
    }

    pub fn summary(&self) -> Summary {
        Summary {
            demands: self.demands.len(),
            sections: self.sections.len(),
            questions: self.questions().count(),
            scored_questions: self.questions().filter(|(_, q)| q.is_scored()).count(),
        }
    }

    /// Every question with its section, in file order.
    pub fn questions(&self) -> impl Iterator<Item = (&Section, &Question)> {
        self.sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
    }

    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions()
            .map(|(_, q)| q)
            .find(|q| q.key.as_str() == key)
    }

    pub fn questions_for_demand<'a>(
        &'a self,
        demand_key: &'a str,
    ) -> impl Iterator<Item = &'a Question> + 'a {
        self.questions()
            .map(|(_, q)| q)
            .filter(move |q| q.demands.iter().any(|d| d.as_str() == demand_key))
    }

    /// The title in the default language.
    pub fn default_title(&self) -> &str {
        self.title
            .get(&self.default_language, &self.default_language)
    }
}
