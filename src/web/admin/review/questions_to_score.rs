//! The written questions reviewers score, as the review queue lists them
//! and the page per question walks them.

use crate::domain::questionnaire::Questionnaire;
use crate::domain::scoring::{self, QuestionScore, Scorecard};
use crate::web::questionnaire_view::{QuestionView, QuestionnaireView};

/// A question a reviewer scores, as listed and linked.
pub struct QuestionLink {
    pub key: String,
    pub number: String,
    pub prompt: String,
}

/// The questions reviewers score (written answers), in questionnaire order.
pub fn reviewer_questions(q: &Questionnaire) -> Vec<QuestionView> {
    QuestionnaireView::new(q, crate::domain::i18n::Tr::english())
        .sections
        .into_iter()
        .flat_map(|s| s.questions)
        .filter(|qv| q.question(&qv.key).is_some_and(scoring::needs_reviewer))
        .collect()
}

/// For the review queue: each written question with the number of
/// companies whose answer to it is still to be scored.
pub fn still_to_score(q: &Questionnaire, cards: &[Scorecard]) -> Vec<(QuestionLink, usize)> {
    reviewer_questions(q)
        .into_iter()
        .map(|qv| {
            let pending = cards
                .iter()
                .filter(|c| c.question(&qv.key) == Some(QuestionScore::Pending))
                .count();
            (
                QuestionLink {
                    key: qv.key,
                    number: qv.number,
                    prompt: qv.prompt.text,
                },
                pending,
            )
        })
        .collect()
}
