//! What a company is told will be published of what it sends, and when,
//! from the campaign's rules. Written once here, so that every respondent
//! page, the invitation and the acknowledgements say the same thing.

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
    pub what: Vec<&'static str>,
    pub when: &'static str,
}

/// Submitted answers are always published word for word once the campaign
/// is published; the rest follows the rules.
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

/// What will be published of a company's acts under `rules`, and when.
pub fn disclosure(rules: Rules) -> Disclosure {
    Disclosure {
        what: vec![
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
        when: WHEN,
    }
}

/// Whether a reason given for declining will be published, as one
/// sentence (for the acknowledgement of a refusal).
pub fn decline_reason(rules: Rules) -> &'static str {
    if rules.publish_decline_reasons {
        "Under this campaign's rules, the reason you gave will be published word for word."
    } else {
        "Under this campaign's rules, the reason you gave is seen by the campaign's staff only and will not be published."
    }
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
        let open = disclosure(rules(true));
        let closed = disclosure(rules(false));
        for d in [&open, &closed] {
            assert!(d.what.contains(&ANSWERS));
            assert!(d.what.contains(&NO_RESPONSE));
            assert_eq!(d.when, WHEN);
        }
        assert!(open.what.contains(&DECLINE_WITH_REASON));
        assert!(open.what.contains(&REPLY_PUBLISHED));
        assert!(open.what.contains(&AMENDABLE));
        assert!(closed.what.contains(&DECLINE_WITHOUT_REASON));
        assert!(closed.what.contains(&REPLY_NOT_PUBLISHED));
        assert!(closed.what.contains(&FINAL));
        assert!(open.what.contains(&EVIDENCE_PUBLISHED));
        assert!(closed.what.contains(&EVIDENCE_NOT_PUBLISHED));
        assert!(!closed.what.contains(&DECLINE_WITH_REASON));
    }
}
