//! Checks across the whole questionnaire, made once it has been read:
//! references between demands, questions, options and conditions, and
//! what each kind of question allows.

use std::collections::{HashMap, HashSet};

use super::diagnostic::Diagnostic;
use super::model::{Question, QuestionKind, Questionnaire};

/// With `complete` false (the reader left out elements it could not read),
/// only checks that cannot be misled by a missing element are made.
pub fn check(q: &Questionnaire, complete: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let demand_keys: HashSet<&str> = q.demands.iter().map(|d| d.key.as_str()).collect();
    let order: HashMap<&str, usize> = q
        .questions()
        .enumerate()
        .map(|(i, (_, question))| (question.key.as_str(), i))
        .collect();

    for (index, (_, question)) in q.questions().enumerate() {
        for (i, demand) in question.demands.iter().enumerate() {
            // A demand left out by the reader was reported already.
            if !demand_keys.contains(demand.as_str()) && (complete || !q.demands.is_empty()) {
                out.push(question.pos.of(&format!("demands.{i}")).diagnostic(format!(
                    "question `{}` serves demand `{demand}`, which is not declared in [[demands]]",
                    question.key
                )));
            }
        }
        kind_rules(question, &mut out);
        scoring_rules(question, &mut out);
        if complete {
            condition_rules(q, question, index, &order, &mut out);
        }
    }
    if !complete {
        return out;
    }

    for demand in &q.demands {
        if q.questions_for_demand(demand.key.as_str()).next().is_none() {
            out.push(demand.pos.of("").diagnostic(format!(
                "demand `{}` is not served by any question; name it in the `demands` of at least one question",
                demand.key
            )));
        }
    }
    cycles(q, &mut out);
    out
}

fn kind_rules(question: &Question, out: &mut Vec<Diagnostic>) {
    let k = question.kind;
    let name = k.as_str();
    let mut wrong = |field: &str, allowed: &str| {
        out.push(question.pos.of(field).diagnostic(format!(
            "`{field}` does not apply to a {name} question (only to {allowed})"
        )));
    };
    if question.max_length.is_some()
        && !matches!(k, QuestionKind::ShortText | QuestionKind::LongText)
    {
        wrong("max_length", "short_text and long_text");
    }
    if (question.min.is_some() || question.max.is_some() || question.unit.is_some())
        && k != QuestionKind::Number
    {
        let field = if question.min.is_some() {
            "min"
        } else if question.max.is_some() {
            "max"
        } else {
            "unit"
        };
        wrong(field, "number");
    }
    if (question.min_date.is_some() || question.max_date.is_some()) && k != QuestionKind::Date {
        wrong(
            if question.min_date.is_some() {
                "min_date"
            } else {
                "max_date"
            },
            "date",
        );
    }
    if question.max_items.is_some() && k != QuestionKind::EvidenceLinks {
        wrong("max_items", "evidence_links");
    }
    if question.allow_not_applicable && k != QuestionKind::YesPartialNo {
        wrong("allow_not_applicable", "yes_partial_no");
    }
    if !question.options.is_empty()
        && !matches!(k, QuestionKind::SingleChoice | QuestionKind::MultipleChoice)
    {
        wrong("options", "single_choice and multiple_choice");
    }
    if let (Some(a), Some(b)) = (question.min, question.max) {
        if a > b {
            out.push(
                question
                    .pos
                    .of("max")
                    .diagnostic(format!("`max` ({b}) is smaller than `min` ({a})")),
            );
        }
    }
    if let (Some(a), Some(b)) = (question.min_date, question.max_date) {
        if a > b {
            out.push(
                question
                    .pos
                    .of("max_date")
                    .diagnostic(format!("`max_date` ({b}) is before `min_date` ({a})")),
            );
        }
    }
    if matches!(k, QuestionKind::SingleChoice | QuestionKind::MultipleChoice)
        && question.options.len() < 2
    {
        let at = if question.options.is_empty() {
            ""
        } else {
            "options"
        };
        out.push(question.pos.of(at).diagnostic(format!(
            "{name} question `{}` needs at least two [[sections.questions.options]]",
            question.key
        )));
    }
}

fn scoring_rules(question: &Question, out: &mut Vec<Diagnostic>) {
    for (i, option) in question.options.iter().enumerate() {
        if option.not_applicable && option.points.is_some() {
            out.push(question.pos.of(&format!("options.{i}.points")).diagnostic(format!(
                "option `{}` is not applicable, so it cannot have points (it is left out of averages)",
                option.key
            )));
        }
    }
    let Some(scoring) = &question.scoring else {
        return;
    };
    let k = question.kind;
    match k {
        QuestionKind::Number | QuestionKind::Date => {
            out.push(question.pos.of("scoring").diagnostic(format!(
                "a {} question cannot be scored; remove its [scoring]",
                k.as_str()
            )))
        }
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
            for (i, option) in question.options.iter().enumerate() {
                if !option.not_applicable && option.points.is_none() {
                    out.push(question.pos.of(&format!("options.{i}")).diagnostic(format!(
                        "option `{}` of scored question `{}` needs `points` (0 to 100), or `not_applicable = true`",
                        option.key, question.key
                    )));
                }
            }
        }
        // Its points are the standard scale's.
        QuestionKind::YesPartialNo => {}
        // Scored by a reviewer on the rubric.
        QuestionKind::ShortText | QuestionKind::LongText | QuestionKind::EvidenceLinks => {}
    }
    if !scoring.rubric.is_empty() && !k.is_text() {
        out.push(question.pos.of("rubric").diagnostic(format!(
            "a rubric applies only to written answers (short_text, long_text, evidence_links), not to a {} question",
            k.as_str()
        )));
    }
    if k.is_text() {
        if scoring.rubric.len() == 1 {
            out.push(
                question
                    .pos
                    .of("rubric")
                    .diagnostic("a rubric needs at least two levels"),
            );
        }
        for (i, level) in scoring.rubric.iter().enumerate() {
            if level.not_applicable == level.points.is_some() {
                out.push(question.pos.of(&format!("rubric.{i}")).diagnostic(format!(
                    "rubric level `{}` needs either `points` (0 to 100) or `not_applicable = true`, not both",
                    level.key
                )));
            }
        }
        if scoring.rubric.is_empty() && scoring.guidance.is_none() {
            out.push(question.pos.of("scoring").diagnostic(format!(
                "scored written question `{}` needs `guidance` for reviewers in its [scoring], or a rubric",
                question.key
            )));
        }
    }
}

fn condition_rules(
    q: &Questionnaire,
    question: &Question,
    index: usize,
    order: &HashMap<&str, usize>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(condition) = &question.condition else {
        return;
    };
    let at = question.pos.of("condition.question");
    let target_key = condition.question.as_str();
    let Some(&target_index) = order.get(target_key) else {
        out.push(at.diagnostic(format!(
            "condition of `{}` refers to question `{target_key}`, which does not exist",
            question.key
        )));
        return;
    };
    if target_index == index {
        out.push(at.diagnostic(format!(
            "condition of `{}` refers to the question itself",
            question.key
        )));
        return;
    }
    if target_index > index {
        // Reported as a cycle instead when it is part of one.
        if !in_cycle(q, question.key.as_str()) {
            out.push(at.diagnostic(format!(
                "condition of `{}` refers to `{target_key}`, which comes later in the file; a condition may only depend on an earlier question",
                question.key
            )));
        }
        return;
    }
    let target = q.question(target_key).expect("indexed above");
    if !target.kind.is_choice() {
        out.push(at.diagnostic(format!(
            "condition of `{}` refers to `{target_key}`, a {} question; a condition needs a question with options",
            question.key,
            target.kind.as_str()
        )));
        return;
    }
    let options: Vec<String> = target.options().iter().map(|o| o.key.to_string()).collect();
    for (i, value) in condition.any_of.iter().enumerate() {
        if !options.iter().any(|o| o == value.as_str()) {
            out.push(
                question
                    .pos
                    .of(&format!("condition.any_of.{i}"))
                    .diagnostic(format!(
                        "`{value}` is not an option of question `{target_key}`; its options are {}",
                        options.join(", ")
                    )),
            );
        }
    }
}

fn condition_target<'q>(q: &'q Questionnaire, key: &str) -> Option<&'q str> {
    q.question(key)?
        .condition
        .as_ref()
        .map(|c| c.question.as_str())
}

fn in_cycle(q: &Questionnaire, start: &str) -> bool {
    let mut seen = HashSet::new();
    let mut current = start;
    while let Some(next) = condition_target(q, current) {
        if next == start {
            return true;
        }
        if !seen.insert(next) {
            return false;
        }
        current = next;
    }
    false
}

fn cycles(q: &Questionnaire, out: &mut Vec<Diagnostic>) {
    let mut reported: HashSet<String> = HashSet::new();
    for (_, question) in q.questions() {
        let key = question.key.as_str();
        if reported.contains(key) || !in_cycle(q, key) {
            continue;
        }
        let mut path = vec![key.to_string()];
        let mut current = key;
        while let Some(next) = condition_target(q, current) {
            path.push(next.to_string());
            if next == key {
                break;
            }
            current = next;
        }
        for k in &path {
            reported.insert(k.clone());
        }
        out.push(question.pos.of("condition.question").diagnostic(format!(
            "conditions form a cycle: {}; a question cannot depend on itself",
            path.join(" → ")
        )));
    }
}
