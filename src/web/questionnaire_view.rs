//! A questionnaire as people read it, in one language: what the preview,
//! the answering pages and the methodology page show. Texts are resolved
//! here (with fallback to the default language, marked as such: [`Said`])
//! so templates stay simple; the view's own words (kinds, limits,
//! conditions, scoring) come from the reader's catalogue.

use crate::domain::i18n::Tr;
use crate::domain::questionnaire::{Question, QuestionKind, Questionnaire, Said};

pub struct QuestionnaireView {
    pub slug: String,
    pub version: String,
    pub title: Said,
    pub summary: Said,
    pub source_title: Said,
    pub source_date: String,
    pub source_url: Option<String>,
    pub organisations: Vec<String>,
    /// Says so when the title or summary is not in the reader's language.
    pub untranslated: Option<String>,
    pub demands: Vec<DemandView>,
    pub sections: Vec<SectionView>,
}

pub struct DemandView {
    pub key: String,
    pub title: Said,
    pub text: Said,
    pub weight: f64,
    /// The questions serving this demand, in file order.
    pub questions: Vec<QuestionRef>,
}

pub struct QuestionRef {
    pub key: String,
    pub number: String,
    pub prompt: Said,
    pub scoring: String,
    /// A written question's rubric levels, as published on the methodology.
    pub rubric: Vec<OptionView>,
}

pub struct SectionView {
    pub key: String,
    pub number: usize,
    pub title: Said,
    pub intro: Option<Said>,
    /// Says so when the title or introduction is not in the reader's
    /// language.
    pub untranslated: Option<String>,
    pub questions: Vec<QuestionView>,
}

pub struct QuestionView {
    pub key: String,
    /// "2.3": section and position, as people refer to questions.
    pub number: String,
    pub kind: QuestionKind,
    pub kind_label: String,
    /// The form control.
    pub widget: Widget,
    pub prompt: Said,
    pub guidance: Option<Said>,
    pub required: bool,
    pub limits: Vec<String>,
    pub condition: Option<String>,
    pub options: Vec<OptionView>,
    pub demands: Vec<String>,
    pub scoring: String,
    /// How a reviewer scores a text answer, level by level.
    pub rubric: Vec<OptionView>,
    pub scoring_guidance: Option<Said>,
    pub max_length: Option<u32>,
    /// Says so when some of the question's texts (prompt, guidance,
    /// options) are not in the reader's language.
    pub untranslated: Option<String>,
}

#[derive(Clone)]
pub struct OptionView {
    pub key: String,
    pub label: Said,
    pub points: Option<u8>,
    pub not_applicable: bool,
    pub description: Option<Said>,
}

pub fn kind_label(kind: QuestionKind, tr: Tr) -> String {
    tr.t(match kind {
        QuestionKind::SingleChoice => "questionnaire-kind-single-choice",
        QuestionKind::MultipleChoice => "questionnaire-kind-multiple-choice",
        QuestionKind::YesPartialNo => "questionnaire-kind-yes-partial-no",
        QuestionKind::ShortText => "questionnaire-kind-short-text",
        QuestionKind::LongText => "questionnaire-kind-long-text",
        QuestionKind::EvidenceLinks => "questionnaire-kind-evidence-links",
        QuestionKind::Number => "questionnaire-kind-number",
        QuestionKind::Date => "questionnaire-kind-date",
    })
}

impl QuestionnaireView {
    /// The questionnaire for a reader of `tr`'s language.
    pub fn new(q: &Questionnaire, tr: Tr) -> QuestionnaireView {
        let lang = tr.code();
        let default = q.default_language.as_str();
        let t = |text: &crate::domain::questionnaire::Text| text.said(lang, default);

        let mut numbers = std::collections::HashMap::new();
        let sections: Vec<SectionView> = q
            .sections
            .iter()
            .enumerate()
            .map(|(si, section)| SectionView {
                key: section.key.to_string(),
                number: si + 1,
                title: t(&section.title),
                intro: section.intro.as_ref().map(&t),
                untranslated: note(
                    tr,
                    std::iter::once(t(&section.title)).chain(section.intro.as_ref().map(&t)),
                ),
                questions: section
                    .questions
                    .iter()
                    .enumerate()
                    .map(|(qi, question)| {
                        let number = format!("{}.{}", si + 1, qi + 1);
                        numbers.insert(question.key.to_string(), number.clone());
                        question_view(q, question, number, tr, &numbers)
                    })
                    .collect(),
            })
            .collect();

        let demands = q
            .demands
            .iter()
            .map(|d| DemandView {
                key: d.key.to_string(),
                title: t(&d.title),
                text: t(&d.text),
                weight: d.weight(),
                questions: sections
                    .iter()
                    .flat_map(|s| &s.questions)
                    .filter(|qv| qv.demands.iter().any(|k| k == d.key.as_str()))
                    .map(|qv| QuestionRef {
                        key: qv.key.clone(),
                        number: qv.number.clone(),
                        prompt: qv.prompt.clone(),
                        scoring: qv.scoring.clone(),
                        rubric: qv.rubric.clone(),
                    })
                    .collect(),
            })
            .collect();

        QuestionnaireView {
            slug: q.slug.to_string(),
            version: q.version.clone(),
            title: t(&q.title),
            summary: t(&q.summary),
            source_title: t(&q.source.title),
            source_date: q.source.date.to_string(),
            source_url: q.source.url.clone(),
            organisations: q.source.organisations.clone(),
            untranslated: note(tr, [t(&q.title), t(&q.summary)]),
            demands,
            sections,
        }
    }
}

fn question_view(
    q: &Questionnaire,
    question: &Question,
    number: String,
    tr: Tr,
    numbers: &std::collections::HashMap<String, String>,
) -> QuestionView {
    let default = q.default_language.as_str();
    let t = |text: &crate::domain::questionnaire::Text| text.said(tr.code(), default);
    let options: Vec<OptionView> = question
        .options()
        .iter()
        .map(|o| OptionView {
            key: o.key.to_string(),
            label: t(&o.label),
            points: o.points,
            not_applicable: o.not_applicable,
            description: None,
        })
        .collect();
    let rubric: Vec<OptionView> = if question.is_scored() && is_text(question.kind) {
        question
            .rubric()
            .iter()
            .map(|r| OptionView {
                key: r.key.to_string(),
                label: t(&r.label),
                points: r.points,
                not_applicable: r.not_applicable,
                description: r.description.as_ref().map(&t),
            })
            .collect()
    } else {
        Vec::new()
    };
    let condition = question.condition.as_ref().map(|c| {
        let target = q.question(c.question.as_str());
        let labels: Vec<String> = c
            .any_of
            .iter()
            .map(|value| {
                target
                    .and_then(|tq| {
                        tq.options()
                            .into_iter()
                            .find(|o| o.key.as_str() == value.as_str())
                            .map(|o| tr.t1("questionnaire-quoted", "text", t(&o.label).text))
                    })
                    .unwrap_or_else(|| value.to_string())
            })
            .collect();
        let which = numbers
            .get(c.question.as_str())
            .cloned()
            .unwrap_or_else(|| c.question.to_string());
        tr.t2(
            "questionnaire-condition",
            "question",
            which,
            "answers",
            labels.join(&format!(" {} ", tr.t("questionnaire-or"))),
        )
    });
    let untranslated = note(
        tr,
        std::iter::once(t(&question.prompt))
            .chain(question.guidance.as_ref().map(&t))
            .chain(options.iter().map(|o| o.label.clone())),
    );
    QuestionView {
        untranslated,
        key: question.key.to_string(),
        number,
        kind: question.kind,
        kind_label: kind_label(question.kind, tr),
        widget: Widget::of(question.kind),
        prompt: t(&question.prompt),
        guidance: question.guidance.as_ref().map(&t),
        required: question.required,
        limits: limits(question, tr),
        condition,
        demands: question.demands.iter().map(|d| d.to_string()).collect(),
        scoring: scoring_summary(question, &options, tr),
        rubric,
        scoring_guidance: question
            .scoring
            .as_ref()
            .and_then(|s| s.guidance.as_ref())
            .map(&t),
        options,
        max_length: question.effective_max_length(),
    }
}

/// The form control that takes a question's answer. The templates ask it
/// what it is rather than compare words, so a new control is added here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    Radio,
    Checkbox,
    Textarea,
    Links,
    Number,
    Date,
    Text,
}

impl Widget {
    pub fn of(kind: QuestionKind) -> Widget {
        match kind {
            QuestionKind::SingleChoice | QuestionKind::YesPartialNo => Widget::Radio,
            QuestionKind::MultipleChoice => Widget::Checkbox,
            QuestionKind::LongText => Widget::Textarea,
            QuestionKind::EvidenceLinks => Widget::Links,
            QuestionKind::Number => Widget::Number,
            QuestionKind::Date => Widget::Date,
            QuestionKind::ShortText => Widget::Text,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Widget::Radio => "radio",
            Widget::Checkbox => "checkbox",
            Widget::Textarea => "textarea",
            Widget::Links => "links",
            Widget::Number => "number",
            Widget::Date => "date",
            Widget::Text => "text",
        }
    }

    /// Radio buttons or checkboxes, one per option, in a fieldset.
    pub fn is_choice(self) -> bool {
        matches!(self, Widget::Radio | Widget::Checkbox)
    }

    pub fn is_radio(self) -> bool {
        self == Widget::Radio
    }

    /// A text area: for long text, or for links one per line.
    pub fn is_multiline(self) -> bool {
        matches!(self, Widget::Textarea | Widget::Links)
    }

    pub fn is_textarea(self) -> bool {
        self == Widget::Textarea
    }

    pub fn is_links(self) -> bool {
        self == Widget::Links
    }

    pub fn is_number(self) -> bool {
        self == Widget::Number
    }

    pub fn is_date(self) -> bool {
        self == Widget::Date
    }
}

impl std::fmt::Display for Widget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// "(not yet translated; shown in English)" when any of `texts` is in
/// another language than the reader's.
fn note(tr: Tr, texts: impl IntoIterator<Item = Said>) -> Option<String> {
    texts
        .into_iter()
        .find_map(|s| s.lang)
        .map(|code| tr.untranslated(&code))
}

fn is_text(kind: QuestionKind) -> bool {
    matches!(
        kind,
        QuestionKind::ShortText | QuestionKind::LongText | QuestionKind::EvidenceLinks
    )
}

fn limits(question: &Question, tr: Tr) -> Vec<String> {
    let mut out = Vec::new();
    let n = |v: f64| tr.digits(&v.to_string());
    if let Some(max) = question.effective_max_length() {
        out.push(tr.t1("questionnaire-limit-characters", "count", max));
    }
    if question.kind == QuestionKind::EvidenceLinks {
        out.push(tr.t1(
            "questionnaire-limit-links",
            "count",
            question.effective_max_items(),
        ));
    }
    match (question.min, question.max) {
        (Some(a), Some(b)) => {
            out.push(tr.t2("questionnaire-limit-between", "low", n(a), "high", n(b)))
        }
        (Some(a), None) => out.push(tr.t1("questionnaire-limit-at-least", "low", n(a))),
        (None, Some(b)) => out.push(tr.t1("questionnaire-limit-at-most", "high", n(b))),
        (None, None) => {}
    }
    match (question.min_date, question.max_date) {
        (Some(a), Some(b)) => out.push(tr.t2(
            "questionnaire-limit-between",
            "low",
            tr.day(a),
            "high",
            tr.day(b),
        )),
        (Some(a), None) => out.push(tr.t1("questionnaire-limit-on-or-after", "day", tr.day(a))),
        (None, Some(b)) => out.push(tr.t1("questionnaire-limit-on-or-before", "day", tr.day(b))),
        (None, None) => {}
    }
    out
}

fn scoring_summary(question: &Question, options: &[OptionView], tr: Tr) -> String {
    if !question.is_scored() {
        return tr.t("questionnaire-not-scored");
    }
    let weight = question.scoring.as_ref().map(|s| s.weight()).unwrap_or(1.0);
    let weight = if (weight - 1.0).abs() > f64::EPSILON {
        tr.t1(
            "questionnaire-weight",
            "weight",
            tr.digits(&weight.to_string()),
        )
    } else {
        String::new()
    };
    if is_text(question.kind) {
        return tr.t1("questionnaire-scored-on-rubric", "weight", weight);
    }
    let points: Vec<String> = options
        .iter()
        .map(|o| match o.points {
            Some(p) => format!("{} {}", o.label, tr.number(i64::from(p))),
            None => tr.t1(
                "questionnaire-option-left-out",
                "option",
                o.label.text.as_str(),
            ),
        })
        .collect();
    let combine = if question.kind == QuestionKind::MultipleChoice {
        format!(" {}", tr.t("questionnaire-added-up"))
    } else {
        String::new()
    };
    format!("{}{combine}{weight}", points.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_control_and_choices_get_options() {
        for kind in QuestionKind::ALL {
            let widget = Widget::of(kind);
            assert_eq!(widget.is_choice(), kind.is_choice(), "{}", kind.as_str());
            assert_eq!(widget.to_string(), widget.as_str());
        }
        assert_eq!(Widget::of(QuestionKind::YesPartialNo), Widget::Radio);
        assert_eq!(
            Widget::of(QuestionKind::MultipleChoice).as_str(),
            "checkbox"
        );
        assert!(Widget::of(QuestionKind::EvidenceLinks).is_multiline());
        assert!(Widget::of(QuestionKind::LongText).is_textarea());
    }
}
