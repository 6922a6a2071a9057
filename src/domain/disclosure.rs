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

/// The sentences, as message keys of the catalogues (`locales/*.ftl`).
/// Submitted answers are always published word for word once the campaign
/// is published; the rest follows the rules.
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

/// The message keys of what will be published under `rules`, and when.
pub fn keys(rules: Rules) -> (Vec<&'static str>, &'static str) {
    (
        vec![
            ANSWERS,
            if rules.allow_amendments {
                AMENDABLE
            } else {
                FINAL
            },
            DRAFTS,
            if rules.publish_decline_reasons {
                DECLINE_WITH_REASON
            } else {
                DECLINE_WITHOUT_REASON
            },
            if rules.publish_evidence {
                EVIDENCE_PUBLISHED
            } else {
                EVIDENCE_NOT_PUBLISHED
            },
            NO_RESPONSE,
            LETTER,
            if rules.publish_replies {
                REPLY_PUBLISHED
            } else {
                REPLY_NOT_PUBLISHED
            },
        ],
        WHEN,
    )
}

/// What will be published of a company's acts under `rules`, and when, in
/// `tr`'s language.
pub fn disclosure_in(rules: Rules, tr: Tr) -> Disclosure {
    let (what, when) = keys(rules);
    Disclosure {
        what: what.into_iter().map(|k| tr.t(k)).collect(),
        when: tr.t(when),
    }
}

/// What will be published of a company's acts under `rules`, and when, in
/// English (the emails).
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

/// Whether a reason given for declining will be published, as one
/// sentence (for the acknowledgement of a refusal, in English).
pub fn decline_reason(rules: Rules) -> String {
    decline_reason_in(rules, Tr::english())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let (open, open_when) = keys(rules(true));
        let (closed, closed_when) = keys(rules(false));
        for (what, when) in [(&open, open_when), (&closed, closed_when)] {
            assert!(what.contains(&ANSWERS));
            assert!(what.contains(&NO_RESPONSE));
            assert_eq!(when, WHEN);
        }
        assert!(open.contains(&DECLINE_WITH_REASON));
        assert!(open.contains(&REPLY_PUBLISHED));
        assert!(open.contains(&AMENDABLE));
        assert!(closed.contains(&DECLINE_WITHOUT_REASON));
        assert!(closed.contains(&REPLY_NOT_PUBLISHED));
        assert!(closed.contains(&FINAL));
        assert!(open.contains(&EVIDENCE_PUBLISHED));
        assert!(closed.contains(&EVIDENCE_NOT_PUBLISHED));
        assert!(!closed.contains(&DECLINE_WITH_REASON));
    }

    #[test]
    fn english_reads_as_before_and_burmese_is_burmese() {
        let english = disclosure(rules(true));
        assert!(english.what[0]
            .starts_with("The answers your company submits are published word for word"));
        let burmese = disclosure_in(
            rules(true),
            Tr::new(crate::domain::i18n::Lang::parse("my").unwrap()),
        );
        assert_eq!(burmese.what.len(), english.what.len());
        assert!(burmese
            .what
            .iter()
            .all(|s| s.chars().any(|c| ('\u{1000}'..='\u{109F}').contains(&c))));
    }
}
