//! What a company is told will be published of what it sends, and when,
//! from the campaign's rules. Written once here, so that every respondent
//! page, the invitation and the acknowledgements say the same thing.

use crate::domain::i18n::Tr;

/// The campaign's rules that decide what is published of a company's acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    pub allow_amendments: bool,
    pub publish_decline_reasons: bool,
    pub publish_replies: bool,
    pub publish_evidence: bool,
}

/// What will be published, sentence by sentence, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disclosure {
    pub what: Vec<String>,
    pub when: String,
}

/// The sentences in English, word for word as `locales/en.ftl` has them
/// (the keys below; a test checks that the two agree). Submitted answers
/// are always published word for word once the campaign is published; the
/// rest follows the rules.
pub const ANSWERS: &str = "The answers your company submits are published word for word, as submitted, with the date of submission and the receipt's SHA-256 digest.";
pub const AMENDABLE: &str = "You can amend a submission until the deadline: every revision is kept, and the latest one is published.";
pub const FINAL: &str =
    "A submission cannot be amended: the answers you submit are the ones published.";
pub const DRAFTS: &str =
    "Drafts are seen only by your company until you submit; they are never published.";
pub const DECLINE_WITH_REASON: &str = "If your company declines to answer, it is published as having declined, with the reason you give, word for word.";
pub const DECLINE_WITHOUT_REASON: &str = "If your company declines to answer, it is published as having declined; the reason you give is seen by the campaign's staff only and is not published.";
pub const NO_RESPONSE: &str = "A company that neither submits nor declines by the deadline is published as not having responded.";
pub const REPLY_PUBLISHED: &str =
    "Your reply to the preliminary findings is published word for word beside them.";
pub const REPLY_NOT_PUBLISHED: &str = "Your reply to the preliminary findings is read by the reviewers and may change the scores; it is not published.";
pub const LETTER: &str = "If your company answers by letter or email instead, the coalition records it as your response: the document is published as sent, with its SHA-256 digest.";
pub const EVIDENCE_PUBLISHED: &str = "Documents you attach to your answers are published with them, as attached, each with its SHA-256 digest.";
pub const EVIDENCE_NOT_PUBLISHED: &str = "Documents you attach to your answers are read by the reviewers and listed in your receipt; they are not published.";
pub const WHEN: &str = "Nothing is published before the deadline and your right of reply to the preliminary findings have passed: it is published when the coalition publishes the scorecard.";

/// Each sentence's message key in the catalogues (`locales/*.ftl`).
pub mod keys {
    pub const ANSWERS: &str = "respond-disclosure-answers";
    pub const AMENDABLE: &str = "respond-disclosure-amendable";
    pub const FINAL: &str = "respond-disclosure-final";
    pub const DRAFTS: &str = "respond-disclosure-drafts";
    pub const DECLINE_WITH_REASON: &str = "respond-disclosure-decline-with-reason";
    pub const DECLINE_WITHOUT_REASON: &str = "respond-disclosure-decline-without-reason";
    pub const NO_RESPONSE: &str = "respond-disclosure-no-response";
    pub const REPLY_PUBLISHED: &str = "respond-disclosure-reply-published";
    pub const REPLY_NOT_PUBLISHED: &str = "respond-disclosure-reply-not-published";
    pub const LETTER: &str = "respond-disclosure-letter";
    pub const EVIDENCE_PUBLISHED: &str = "respond-disclosure-evidence-published";
    pub const EVIDENCE_NOT_PUBLISHED: &str = "respond-disclosure-evidence-not-published";
    pub const WHEN: &str = "respond-disclosure-when";
}

/// The message keys of what will be published under `rules`, and when.
pub fn keys_of(rules: Rules) -> (Vec<&'static str>, &'static str) {
    (
        vec![
            keys::ANSWERS,
            if rules.allow_amendments {
                keys::AMENDABLE
            } else {
                keys::FINAL
            },
            keys::DRAFTS,
            if rules.publish_decline_reasons {
                keys::DECLINE_WITH_REASON
            } else {
                keys::DECLINE_WITHOUT_REASON
            },
            if rules.publish_evidence {
                keys::EVIDENCE_PUBLISHED
            } else {
                keys::EVIDENCE_NOT_PUBLISHED
            },
            keys::NO_RESPONSE,
            keys::LETTER,
            if rules.publish_replies {
                keys::REPLY_PUBLISHED
            } else {
                keys::REPLY_NOT_PUBLISHED
            },
        ],
        keys::WHEN,
    )
}

/// What will be published of a company's acts under `rules`, and when, in
/// `tr`'s language.
pub fn disclosure_in(rules: Rules, tr: Tr) -> Disclosure {
    let (what, when) = keys_of(rules);
    Disclosure {
        what: what.into_iter().map(|k| tr.t(k)).collect(),
        when: tr.t(when),
    }
}

/// What will be published of a company's acts under `rules`, and when, in
/// English.
pub fn disclosure(rules: Rules) -> Disclosure {
    disclosure_in(rules, Tr::english())
}

/// Whether a reason given for declining will be published, as one
/// sentence in `tr`'s language.
pub fn decline_reason_in(rules: Rules, tr: Tr) -> String {
    if rules.publish_decline_reasons {
        tr.t("respond-disclosure-reason-published")
    } else {
        tr.t("respond-disclosure-reason-not-published")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::Lang;

    fn rules(all: bool) -> Rules {
        Rules {
            allow_amendments: all,
            publish_decline_reasons: all,
            publish_replies: all,
            publish_evidence: all,
        }
    }

    #[test]
    fn answers_are_always_published_verbatim_and_the_rest_follows_the_rules() {
        let open = disclosure(rules(true));
        let closed = disclosure(rules(false));
        let has = |d: &Disclosure, s: &str| d.what.iter().any(|w| w == s);
        for d in [&open, &closed] {
            assert!(has(d, ANSWERS));
            assert!(has(d, NO_RESPONSE));
            assert_eq!(d.when, WHEN);
        }
        assert!(has(&open, DECLINE_WITH_REASON));
        assert!(has(&open, REPLY_PUBLISHED));
        assert!(has(&open, AMENDABLE));
        assert!(has(&closed, DECLINE_WITHOUT_REASON));
        assert!(has(&closed, REPLY_NOT_PUBLISHED));
        assert!(has(&closed, FINAL));
        assert!(has(&open, EVIDENCE_PUBLISHED));
        assert!(has(&closed, EVIDENCE_NOT_PUBLISHED));
        assert!(!has(&closed, DECLINE_WITH_REASON));
    }

    /// The English constants and the catalogue say the same, word for word.
    #[test]
    fn the_english_sentences_are_the_catalogues() {
        let en = Tr::english();
        for (key, english) in [
            (keys::ANSWERS, ANSWERS),
            (keys::AMENDABLE, AMENDABLE),
            (keys::FINAL, FINAL),
            (keys::DRAFTS, DRAFTS),
            (keys::DECLINE_WITH_REASON, DECLINE_WITH_REASON),
            (keys::DECLINE_WITHOUT_REASON, DECLINE_WITHOUT_REASON),
            (keys::NO_RESPONSE, NO_RESPONSE),
            (keys::REPLY_PUBLISHED, REPLY_PUBLISHED),
            (keys::REPLY_NOT_PUBLISHED, REPLY_NOT_PUBLISHED),
            (keys::LETTER, LETTER),
            (keys::EVIDENCE_PUBLISHED, EVIDENCE_PUBLISHED),
            (keys::EVIDENCE_NOT_PUBLISHED, EVIDENCE_NOT_PUBLISHED),
            (keys::WHEN, WHEN),
        ] {
            assert_eq!(en.t(key), english, "{key}");
        }
    }

    #[test]
    fn burmese_says_every_sentence_in_burmese() {
        let english = disclosure(rules(true));
        let burmese = disclosure_in(rules(true), Tr::new(Lang::parse("my").unwrap()));
        assert_eq!(burmese.what.len(), english.what.len());
        let burmese_text = |s: &str| s.chars().any(|c| ('\u{1000}'..='\u{109F}').contains(&c));
        assert!(burmese.what.iter().all(|s| burmese_text(s)));
        assert!(burmese_text(&burmese.when));
        assert!(burmese_text(&decline_reason_in(
            rules(false),
            Tr::new(Lang::parse("my").unwrap())
        )));
    }
}
