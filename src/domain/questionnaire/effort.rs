//! What a questionnaire asks of a company, in numbers a representative can
//! plan with: sections, questions, written answers, and an estimate of the
//! time it takes. The estimate is deliberately plain and stated with its
//! basis, so that no one reads it as a promise: a choice takes about a
//! minute to read and answer, a short or numeric answer two, a written
//! answer or a list of evidence links ten (finding the facts and wording
//! them), all rounded up to a quarter of an hour.

use super::{QuestionKind, Questionnaire};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Effort {
    pub sections: usize,
    pub questions: usize,
    /// Questions answered in the company's own words (or with links).
    pub written: usize,
    /// The estimate, in minutes, a multiple of 15.
    pub minutes: usize,
}

impl Effort {
    pub fn of(q: &Questionnaire) -> Effort {
        let mut minutes: usize = 0;
        let mut questions = 0;
        let mut written = 0;
        for (_, question) in q.questions() {
            questions += 1;
            minutes += match question.kind {
                QuestionKind::SingleChoice
                | QuestionKind::MultipleChoice
                | QuestionKind::YesPartialNo => 1,
                QuestionKind::ShortText | QuestionKind::Number | QuestionKind::Date => 2,
                QuestionKind::LongText | QuestionKind::EvidenceLinks => {
                    written += 1;
                    10
                }
            };
        }
        Effort {
            sections: q.sections.len(),
            questions,
            written,
            minutes: minutes.div_ceil(15).max(1) * 15,
        }
    }

    /// "about 1 hour 45 minutes".
    pub fn time(&self) -> String {
        let (h, m) = (self.minutes / 60, self.minutes % 60);
        let hours = match h {
            0 => String::new(),
            1 => "1 hour".to_string(),
            h => format!("{h} hours"),
        };
        let parts = match (hours.is_empty(), m) {
            (_, 0) => hours,
            (true, m) => format!("{m} minutes"),
            (false, m) => format!("{hours} {m} minutes"),
        };
        format!("about {parts}")
    }

    /// "12 questions in 4 sections, 5 of them written answers; about 1
    /// hour 15 minutes (a minute a choice, ten a written answer)".
    pub fn sentence(&self) -> String {
        let plural = |n: usize, one: &str, many: &str| {
            if n == 1 {
                format!("1 {one}")
            } else {
                format!("{n} {many}")
            }
        };
        format!(
            "{} in {}, {} of them written in your own words; {} (a minute a choice, ten a written answer)",
            plural(self.questions, "question", "questions"),
            plural(self.sections, "section", "sections"),
            self.written,
            self.time()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimate_counts_written_answers_ten_times_a_choice_and_rounds_up() {
        let q = crate::domain::questionnaire::parse(
            std::fs::read(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/questionnaires/myanmar-telecoms-2024.toml"
            ))
            .unwrap()
            .as_slice(),
        )
        .unwrap();
        let e = Effort::of(&q);
        assert_eq!(e.sections, q.sections.len());
        assert_eq!(e.questions, q.questions().count());
        assert!(e.written > 0 && e.written < e.questions);
        assert_eq!(e.minutes % 15, 0);
        assert!(e.minutes >= e.written * 10 + (e.questions - e.written));
        assert!(e.minutes < e.written * 10 + (e.questions - e.written) * 2 + 15);
        let short = Effort {
            sections: 1,
            questions: 1,
            written: 0,
            minutes: 15,
        };
        assert_eq!(short.time(), "about 15 minutes");
        assert_eq!(
            Effort {
                minutes: 60,
                ..short
            }
            .time(),
            "about 1 hour"
        );
        assert_eq!(
            Effort {
                minutes: 135,
                ..short
            }
            .time(),
            "about 2 hours 15 minutes"
        );
        assert!(short
            .sentence()
            .starts_with("1 question in 1 section, 0 of them written"));
    }
}
