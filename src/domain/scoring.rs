//! Scoring on the published method: each scored question gets points from
//! 0 to 100 (from the chosen option, or from a reviewer's rubric level for
//! written answers), questions roll up into demands by weighted average,
//! demands into a total. "Not applicable" is left out of averages. A company
//! that did not respond, or declined, scores 0 on every scored question and
//! is labelled so: silence is a result, not a gap.

use std::collections::HashMap;

use super::answers::{is_shown, values, Answers};
use super::questionnaire::{Question, QuestionKind, Questionnaire};

/// Where a company stands, for scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Scored on its submitted answers.
    Responded,
    DidNotRespond,
    Declined,
    /// Has not answered yet, and its own deadline has not passed: it is
    /// neither scored nor listed as silent.
    StillHasTime,
}

impl Standing {
    /// From the target's status, whether it has a submission, and whether
    /// it still has time to answer (`domain::campaign::still_has_time`).
    pub fn of(status: super::campaign::TargetStatus, submitted: bool, has_time: bool) -> Standing {
        use super::campaign::TargetStatus;
        match (status, submitted) {
            (_, true) => Standing::Responded,
            (TargetStatus::Declined, false) => Standing::Declined,
            _ if has_time => Standing::StillHasTime,
            (
                TargetStatus::NotInvited
                | TargetStatus::Invited
                | TargetStatus::Viewed
                | TargetStatus::InProgress
                | TargetStatus::Submitted,
                false,
            ) => Standing::DidNotRespond,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Standing::Responded => "responded",
            Standing::DidNotRespond => "did not respond",
            Standing::Declined => "declined",
            Standing::StillHasTime => "still has time",
        }
    }
}

/// A reviewer's judgement of a written answer: a rubric level's points,
/// or `None` for a not-applicable level.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub points: Option<u8>,
}

/// One scored question's result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum QuestionScore {
    Points(f64),
    /// Left out of averages: a not-applicable answer or level, or a
    /// question not shown to this company.
    NotApplicable,
    /// A written answer no reviewer has scored yet.
    Pending,
}

impl QuestionScore {
    pub fn points(self) -> Option<f64> {
        match self {
            QuestionScore::Points(p) => Some(p),
            _ => None,
        }
    }
}

/// A company's scores: by question, by demand, and in total.
#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    pub standing: Standing,
    pub questions: Vec<(String, QuestionScore)>,
    /// Each demand's weighted average; `None` when no question of it has points.
    pub demands: Vec<(String, Option<f64>)>,
    pub total: Option<f64>,
    /// Written answers still waiting for a reviewer.
    pub pending: usize,
}

impl Scorecard {
    pub fn question(&self, key: &str) -> Option<QuestionScore> {
        self.questions
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, s)| *s)
    }

    pub fn demand(&self, key: &str) -> Option<f64> {
        self.demands
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, s)| *s)
    }

    pub fn is_final(&self) -> bool {
        self.pending == 0
    }
}

/// Points of a choice answer: the chosen option's, or for several choices
/// their sum up to 100. Only not-applicable options chosen: left out.
fn choice_points(q: &Question, value: &str) -> QuestionScore {
    let options = q.options();
    let chosen: Vec<_> = values(q.kind, value)
        .into_iter()
        .filter_map(|v| options.iter().find(|o| o.key.as_str() == v))
        .collect();
    if chosen.is_empty() {
        return QuestionScore::Points(0.0);
    }
    let counted: Vec<u8> = chosen.iter().filter_map(|o| o.points).collect();
    if counted.is_empty() {
        return QuestionScore::NotApplicable;
    }
    let sum: u32 = counted.iter().map(|p| u32::from(*p)).sum();
    QuestionScore::Points(f64::from(sum.min(100)))
}

/// Scores a company. `answers` are its submitted answers (ignored unless
/// it responded); `judgements` are reviewers' levels for written answers.
pub fn score(
    questionnaire: &Questionnaire,
    standing: Standing,
    answers: &Answers,
    judgements: &HashMap<String, Judgement>,
) -> Scorecard {
    let mut questions = Vec::new();
    let mut pending = 0;
    for (_, q) in questionnaire.questions() {
        let Some(_) = &q.scoring else { continue };
        if standing == Standing::StillHasTime {
            // Nothing to score yet, and no zero either.
            continue;
        }
        let s = if standing != Standing::Responded {
            QuestionScore::Points(0.0)
        } else if !is_shown(questionnaire, q, answers) {
            QuestionScore::NotApplicable
        } else if q.kind.is_choice() {
            choice_points(q, answers.get(q.key.as_str()).map_or("", String::as_str))
        } else {
            let answered = answers
                .get(q.key.as_str())
                .is_some_and(|v| super::answers::is_answered(v));
            match judgements.get(q.key.as_str()) {
                Some(Judgement { points: Some(p) }) => QuestionScore::Points(f64::from(*p)),
                Some(Judgement { points: None }) => QuestionScore::NotApplicable,
                // An empty written answer earns nothing; no one need judge it.
                None if !answered => QuestionScore::Points(0.0),
                None => {
                    pending += 1;
                    QuestionScore::Pending
                }
            }
        };
        questions.push((q.key.to_string(), s));
    }
    let by_key: HashMap<&str, QuestionScore> =
        questions.iter().map(|(k, s)| (k.as_str(), *s)).collect();
    let demands: Vec<(String, Option<f64>)> = questionnaire
        .demands
        .iter()
        .map(|d| {
            let parts = questionnaire
                .questions_for_demand(d.key.as_str())
                .filter_map(|q| {
                    let weight = q.scoring.as_ref()?.weight();
                    let points = by_key.get(q.key.as_str())?.points()?;
                    Some((points, weight))
                });
            (d.key.to_string(), weighted_average(parts))
        })
        .collect();
    let total = weighted_average(questionnaire.demands.iter().filter_map(|d| {
        let points = demands
            .iter()
            .find(|(k, _)| k == d.key.as_str())
            .and_then(|(_, s)| *s)?;
        Some((points, d.weight()))
    }));
    Scorecard {
        standing,
        questions,
        demands,
        total,
        pending,
    }
}

fn weighted_average(parts: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = parts.fold((0.0, 0.0), |(s, w), (p, weight)| {
        (s + p * weight, w + weight)
    });
    (weights > 0.0).then(|| sum / weights)
}

/// Whether reviewers score this question (a scored written answer).
pub fn needs_reviewer(q: &Question) -> bool {
    q.scoring.is_some()
        && matches!(
            q.kind,
            QuestionKind::ShortText | QuestionKind::LongText | QuestionKind::EvidenceLinks
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::questionnaire::parse;

    const SOURCE: &str = r#"
format = 1
slug = "s"
version = "1"
default_language = "en"
title = "T"
summary = "S"
[source]
title = "Src"
date = 2024-01-31
organisations = ["A"]
[[demands]]
key = "disclose"
title = "Disclose"
text = "Disclose"
weight = 3
[[demands]]
key = "remedy"
title = "Remedy"
text = "Remedy"
[[sections]]
key = "s"
title = "S"
[[sections.questions]]
key = "policy"
demands = ["disclose"]
kind = "yes_partial_no"
prompt = "Policy?"
allow_not_applicable = true
[sections.questions.scoring]
weight = 2
[[sections.questions]]
key = "report"
demands = ["disclose"]
kind = "long_text"
prompt = "Report"
[sections.questions.scoring]
guidance = "Yes: a public yearly report."
[[sections.questions]]
key = "areas"
demands = ["remedy"]
kind = "multiple_choice"
prompt = "Areas"
options = [{ key = "a", label = "A", points = 60 }, { key = "b", label = "B", points = 60 }, { key = "na", label = "None apply", not_applicable = true }]
[sections.questions.scoring]
[[sections.questions]]
key = "follow"
demands = ["remedy"]
kind = "yes_partial_no"
prompt = "Follow-up"
condition = { question = "policy", any_of = ["yes"] }
[sections.questions.scoring]
[[sections.questions]]
key = "note"
demands = ["remedy"]
kind = "long_text"
prompt = "Not scored"
"#;

    fn q() -> Questionnaire {
        parse(SOURCE.as_bytes()).expect("valid")
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn judged(pairs: &[(&str, Option<u8>)]) -> HashMap<String, Judgement> {
        pairs
            .iter()
            .map(|(k, p)| (k.to_string(), Judgement { points: *p }))
            .collect()
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn questions_roll_up_into_demands_and_a_total_with_weights() {
        let card = score(
            &q(),
            Standing::Responded,
            &answers(&[
                ("policy", "yes"),
                ("report", "text"),
                ("areas", "a\nb"),
                ("follow", "partial"),
            ]),
            &judged(&[("report", Some(50))]),
        );
        assert_eq!(card.question("policy"), Some(QuestionScore::Points(100.0)));
        assert_eq!(
            card.question("areas"),
            Some(QuestionScore::Points(100.0)),
            "added up, at most 100"
        );
        assert_eq!(
            card.question("note"),
            None,
            "unscored questions are not in the card"
        );
        // disclose: (100×2 + 50×1) / 3
        assert!(close(card.demand("disclose"), 250.0 / 3.0));
        // remedy: (100 + 50) / 2
        assert!(close(card.demand("remedy"), 75.0));
        // total: (83.33×3 + 75×1) / 4
        assert!(close(card.total, (250.0 + 75.0) / 4.0));
        assert!(card.is_final());
    }

    #[test]
    fn not_applicable_is_left_out_not_counted_as_zero() {
        let card = score(
            &q(),
            Standing::Responded,
            &answers(&[
                ("policy", "not-applicable"),
                ("report", "text"),
                ("areas", "na"),
            ]),
            &judged(&[("report", None)]),
        );
        assert_eq!(card.question("policy"), Some(QuestionScore::NotApplicable));
        assert_eq!(card.question("report"), Some(QuestionScore::NotApplicable));
        assert_eq!(card.question("areas"), Some(QuestionScore::NotApplicable));
        assert_eq!(
            card.question("follow"),
            Some(QuestionScore::NotApplicable),
            "not shown"
        );
        assert_eq!(card.demand("disclose"), None);
        assert_eq!(card.demand("remedy"), None);
        assert_eq!(card.total, None);
    }

    #[test]
    fn silence_and_refusal_score_zero_everywhere_and_say_so() {
        for standing in [Standing::DidNotRespond, Standing::Declined] {
            let card = score(
                &q(),
                standing,
                &answers(&[("policy", "yes")]),
                &HashMap::new(),
            );
            assert!(card
                .questions
                .iter()
                .all(|(_, s)| *s == QuestionScore::Points(0.0)));
            assert!(close(card.demand("disclose"), 0.0));
            assert!(close(card.total, 0.0));
            assert_eq!(card.standing, standing);
        }
        assert_eq!(Standing::DidNotRespond.label(), "did not respond");
    }

    #[test]
    fn a_company_that_still_has_time_is_neither_scored_nor_zero() {
        use crate::domain::campaign::TargetStatus;
        let standing = Standing::of(TargetStatus::Viewed, false, true);
        assert_eq!(standing, Standing::StillHasTime);
        assert_eq!(
            Standing::of(TargetStatus::Viewed, false, false),
            Standing::DidNotRespond
        );
        assert_eq!(
            Standing::of(TargetStatus::Declined, false, true),
            Standing::Declined
        );
        assert_eq!(
            Standing::of(TargetStatus::Submitted, true, true),
            Standing::Responded
        );
        let card = score(&q(), standing, &answers(&[]), &HashMap::new());
        assert!(card.questions.is_empty());
        assert_eq!(card.total, None);
        assert_eq!(card.demand("disclose"), None);
        assert_eq!(standing.label(), "still has time");
    }

    #[test]
    fn unscored_written_answers_are_pending_and_empty_ones_earn_nothing() {
        let card = score(
            &q(),
            Standing::Responded,
            &answers(&[("policy", "no"), ("report", "We report yearly.")]),
            &HashMap::new(),
        );
        assert_eq!(card.question("report"), Some(QuestionScore::Pending));
        assert_eq!(card.pending, 1);
        assert!(!card.is_final());
        assert!(
            close(card.demand("disclose"), 0.0),
            "pending is left out until judged"
        );
        let empty = score(
            &q(),
            Standing::Responded,
            &answers(&[("policy", "no")]),
            &HashMap::new(),
        );
        assert_eq!(empty.question("report"), Some(QuestionScore::Points(0.0)));
        assert_eq!(
            empty.question("areas"),
            Some(QuestionScore::Points(0.0)),
            "unanswered choice"
        );
    }
}
