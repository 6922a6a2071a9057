//! Preliminary findings as a company receives them: for each scored
//! question it was shown, the prompt, its own submitted answer (choices by
//! their labels, text as written), the score and the reviewer's reason.
//! Findings are ready only when every scored question has been judged.

use std::collections::HashMap;

use super::answers::Snapshot;
use super::i18n::Tr;
use super::questionnaire::Questionnaire;
use super::scoring::{QuestionScore, Scorecard};

/// A scored question still waiting for a reviewer, as people refer to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Unjudged {
    pub key: String,
    pub number: String,
    pub prompt: String,
}

/// A reviewer's judgement as shown: the level's label and the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub level: String,
    pub rationale: String,
}

/// One scored question in the findings.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingLine {
    pub number: String,
    pub prompt: String,
    /// The company's answer as submitted; empty when it gave none.
    pub answer: Vec<String>,
    pub score: Mark,
    pub reason: Option<Reason>,
}

/// A scored question's score as the findings give it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mark {
    Points(f64),
    NotApplicable,
    /// Not judged yet (findings are not sent while any is).
    ToScore,
}

/// The whole findings: total, demands, and each scored question.
#[derive(Debug, Clone, PartialEq)]
pub struct Findings {
    /// None when nothing applicable was scored.
    pub total: Option<f64>,
    /// Each demand's title and score.
    pub demands: Vec<(String, Option<f64>)>,
    pub lines: Vec<FindingLine>,
}

/// Whole points in the reader's digits, or "n/a" when nothing applicable
/// was scored (as the scorecard shows it).
pub fn shown(tr: Tr, score: Option<f64>) -> String {
    score.map_or_else(|| "n/a".to_string(), |p| tr.digits(&format!("{p:.0}")))
}

/// A question's score in the reader's words: "50", "not applicable".
pub fn mark(tr: Tr, mark: Mark) -> String {
    match mark {
        Mark::Points(p) => shown(tr, Some(p)),
        Mark::NotApplicable => tr.t("email-findings-not-applicable"),
        Mark::ToScore => tr.t("email-findings-to-score"),
    }
}

/// The scored questions a reviewer has still to judge, in questionnaire
/// order: findings may be sent only when there are none.
pub fn unjudged(snapshot: &Snapshot, card: &Scorecard) -> Vec<Unjudged> {
    snapshot
        .answers
        .iter()
        .filter(|a| card.question(&a.question) == Some(QuestionScore::Pending))
        .map(|a| Unjudged {
            key: a.question.clone(),
            number: a.number.clone(),
            prompt: a.prompt.clone(),
        })
        .collect()
}

/// The findings from the company's latest submission, its scorecard and
/// the reviewers' judgements (by question key: level key and rationale).
pub fn compose(
    questionnaire: &Questionnaire,
    snapshot: &Snapshot,
    card: &Scorecard,
    judged: &HashMap<String, (String, String)>,
) -> Findings {
    let lang = questionnaire.default_language.as_str();
    let mut lines = Vec::new();
    for a in &snapshot.answers {
        let Some(score) = card.question(&a.question) else {
            continue;
        };
        let question = questionnaire.question(&a.question);
        let answer = a
            .values
            .iter()
            .map(|v| {
                question
                    .and_then(|q| {
                        q.options()
                            .into_iter()
                            .find(|o| o.key.as_str() == v)
                            .map(|o| o.label.get(lang, lang).to_string())
                    })
                    .unwrap_or_else(|| v.clone())
            })
            .collect();
        let reason = judged.get(&a.question).map(|(level, rationale)| Reason {
            level: question
                .and_then(|q| {
                    q.rubric()
                        .into_iter()
                        .find(|l| l.key.as_str() == level)
                        .map(|l| l.label.get(lang, lang).to_string())
                })
                .unwrap_or_else(|| level.clone()),
            rationale: rationale.clone(),
        });
        let score = match score {
            QuestionScore::Points(p) => Mark::Points(p),
            QuestionScore::NotApplicable => Mark::NotApplicable,
            QuestionScore::Pending => Mark::ToScore,
        };
        lines.push(FindingLine {
            number: a.number.clone(),
            prompt: a.prompt.clone(),
            answer,
            score,
            reason,
        });
    }
    Findings {
        total: card.total,
        demands: questionnaire
            .demands
            .iter()
            .map(|d| {
                (
                    d.title.get(lang, lang).to_string(),
                    card.demand(d.key.as_str()),
                )
            })
            .collect(),
        lines,
    }
}

impl Findings {
    /// As plain text in `tr`'s words: what the email's text part shows,
    /// and, in the questionnaire's language, what the company's page shows
    /// and what is kept as sent.
    pub fn text(&self, tr: Tr) -> String {
        let mut out = tr.t1("email-findings-total", "total", shown(tr, self.total));
        out.push('\n');
        for (title, score) in &self.demands {
            out.push_str(&format!("{title}: {}\n", shown(tr, *score)));
        }
        out.push('\n');
        let your_answer = tr.t("email-findings-your-answer");
        for l in &self.lines {
            out.push_str(&format!("{} {}\n", l.number, l.prompt));
            if l.answer.is_empty() {
                out.push_str(&format!(
                    "  {your_answer} {}\n",
                    tr.t("email-findings-no-answer")
                ));
            } else {
                out.push_str(&format!("  {your_answer}\n"));
                for value in &l.answer {
                    for line in value.lines() {
                        out.push_str(&format!("    {line}\n"));
                    }
                }
            }
            out.push_str(&format!(
                "  {} {}\n",
                tr.t("email-findings-score"),
                mark(tr, l.score)
            ));
            if let Some(r) = &l.reason {
                out.push_str(&format!(
                    "  {} {}\n  {} {}\n",
                    tr.t("email-findings-level"),
                    r.level,
                    tr.t("email-findings-reason"),
                    r.rationale
                ));
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::SnapshotAnswer;
    use crate::domain::questionnaire::parse;
    use crate::domain::scoring::{score, Judgement, Standing};

    const FILE: &str = r#"
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
title = "Disclose"
text = "Disclose."
[[sections]]
key = "s"
title = "S"
[[sections.questions]]
key = "policy"
demands = ["d"]
kind = "yes_partial_no"
prompt = "Do you publish a policy?"
[sections.questions.scoring]
[[sections.questions]]
key = "grievance"
demands = ["d"]
kind = "long_text"
prompt = "Describe your grievance mechanism."
[sections.questions.scoring]
guidance = "Yes: open to affected people."
"#;

    fn snapshot(values: &[(&str, &str, &str, &str)]) -> Snapshot {
        Snapshot {
            format: 1,
            campaign: crate::domain::answers::SnapshotCampaign {
                slug: "c".into(),
                title: "C".into(),
            },
            company: crate::domain::answers::SnapshotCompany {
                slug: "co".into(),
                name: "Co".into(),
            },
            questionnaire: crate::domain::answers::SnapshotQuestionnaire {
                slug: "t".into(),
                version: "1".into(),
                digest: "x".into(),
            },
            revision: 1,
            submitted_at: "2026-01-01T00:00:00Z".into(),
            answers: values
                .iter()
                .map(|(key, number, prompt, value)| SnapshotAnswer {
                    question: key.to_string(),
                    number: number.to_string(),
                    kind: String::new(),
                    prompt: prompt.to_string(),
                    values: vec![value.to_string()],
                    documents: Vec::new(),
                    language: String::new(),
                })
                .collect(),
            letter: None,
        }
    }

    #[test]
    fn unjudged_written_answers_hold_the_findings_back_and_judged_ones_show_the_answer() {
        let q = parse(FILE.as_bytes()).unwrap();
        let snap = snapshot(&[
            ("policy", "1.1", "Do you publish a policy?", "partial"),
            (
                "grievance",
                "1.2",
                "Describe your grievance mechanism.",
                "A hotline.",
            ),
        ]);
        let answers = snap.answers_map();
        let card = score(&q, Standing::Responded, &answers, &HashMap::new());
        let missing = unjudged(&snap, &card);
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].number, "1.2");
        assert_eq!(missing[0].prompt, "Describe your grievance mechanism.");

        let judgements = HashMap::from([("grievance".to_string(), Judgement { points: Some(0) })]);
        let card = score(&q, Standing::Responded, &answers, &judgements);
        assert!(unjudged(&snap, &card).is_empty());
        let judged = HashMap::from([(
            "grievance".to_string(),
            ("no".to_string(), "No one outside may use it.".to_string()),
        )]);
        let findings = compose(&q, &snap, &card, &judged);
        let text = findings.text(Tr::english());
        assert!(
            text.contains("1.1 Do you publish a policy?\n  Your answer:\n    Partly\n  Score: 50"),
            "{text}"
        );
        assert!(
            text.contains(
                "    A hotline.\n  Score: 0\n  Level: No\n  Reason: No one outside may use it."
            ),
            "{text}"
        );
        assert!(text.starts_with("Total: 25\nDisclose: 25\n"), "{text}");

        // In the reader's language: its words and its digits; the
        // company's own answer and the reviewer's reason as written.
        let burmese = Tr::new(crate::domain::i18n::Lang::parse("my").unwrap());
        let text = findings.text(burmese);
        for english in ["Total", "Your answer", "Score", "Level", "Reason", "25"] {
            assert!(!text.contains(english), "{english} in {text}");
        }
        for kept in [
            "Do you publish a policy?",
            "A hotline.",
            "No one outside may use it.",
        ] {
            assert!(text.contains(kept), "{kept} missing from {text}");
        }
        assert!(text.contains(&burmese.t("email-findings-score")), "{text}");
        assert!(text.contains(&burmese.digits("25")), "{text}");
        assert_eq!(
            mark(burmese, Mark::NotApplicable),
            burmese.t("email-findings-not-applicable")
        );
        assert_ne!(mark(burmese, Mark::NotApplicable), "not applicable");
    }
}
