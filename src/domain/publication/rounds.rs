//! Change since the previous round: a later round's publication carries,
//! for each company asked in both, its standing, total and demand scores
//! then and the change since, from the previous round's latest published
//! version (named with its digest, so the comparison can be checked).
//! Demands are matched by key; a demand new in this round has no change.

use serde::{Deserialize, Serialize};

use super::{Publication, PublishedCompany};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct PreviousRound {
    pub slug: String,
    pub title: String,
    pub version: i32,
    /// SHA-256 of the previous round's version compared with.
    pub digest: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct RoundChange {
    pub previous_standing: String,
    pub previous_total: Option<f64>,
    /// This round's total minus the previous one, when both are scored.
    pub total_change: Option<f64>,
    pub demands: Vec<DemandChange>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct DemandChange {
    pub demand: String,
    pub previous: Option<f64>,
    pub change: Option<f64>,
}

/// Of two published (rounded) scores, itself published: rounded again so
/// that 70.3 - 50.1 is 20.2 and not 20.199999999999996.
fn difference(now: Option<f64>, then: Option<f64>) -> Option<f64> {
    Some(super::round_score(now? - then?))
}

/// Adds to `current` each company's change since `previous` (whose
/// stored digest is `digest`).
pub fn compare(current: &mut Publication, previous: &Publication, digest: &str) {
    current.campaign.previous_round = Some(PreviousRound {
        slug: previous.campaign.slug.clone(),
        title: previous.campaign.title.clone(),
        version: previous.version,
        digest: digest.to_string(),
    });
    for company in &mut current.companies {
        company.since_previous_round = previous
            .company(&company.slug)
            .map(|before| change(company, before));
    }
}

fn change(now: &PublishedCompany, before: &PublishedCompany) -> RoundChange {
    let scored = |c: &PublishedCompany| c.standing != "still has time";
    let total_change = if scored(now) && scored(before) {
        difference(now.total, before.total)
    } else {
        None
    };
    RoundChange {
        previous_standing: before.standing.clone(),
        previous_total: before.total,
        total_change,
        demands: now
            .demand_scores
            .iter()
            .map(|d| {
                let previous = before
                    .demand_scores
                    .iter()
                    .find(|b| b.demand == d.demand)
                    .and_then(|b| b.score);
                DemandChange {
                    demand: d.demand.clone(),
                    previous,
                    change: if scored(now) && scored(before) {
                        difference(d.score, previous)
                    } else {
                        None
                    },
                }
            })
            .collect(),
    }
}

impl Publication {
    /// Companies that answered in the previous round but not in this one.
    pub fn answered_before_not_now(&self) -> Vec<&PublishedCompany> {
        self.companies
            .iter()
            .filter(|c| {
                c.standing != "responded"
                    && c.standing != "still has time"
                    && c.since_previous_round
                        .as_ref()
                        .is_some_and(|s| s.previous_standing == "responded")
            })
            .collect()
    }
}

/// "+12.4", "−4.6", "±0", or "—" when there is nothing to compare: one
/// decimal, as the scores themselves are shown.
pub fn signed(change: Option<f64>) -> String {
    match change.map(super::round_score) {
        None => "—".to_string(),
        Some(c) if c > 0.0 => format!("+{c:.1}"),
        Some(c) if c < 0.0 => format!("−{:.1}", -c),
        Some(_) => "±0".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_shown_with_their_sign_and_one_decimal_as_scores_are() {
        assert_eq!(signed(Some(12.4)), "+12.4");
        assert_eq!(signed(Some(-4.6)), "−4.6");
        assert_eq!(signed(Some(0.04)), "±0");
        assert_eq!(difference(Some(70.3), Some(50.1)), Some(20.2));
        assert_eq!(signed(None), "—");
        assert_eq!(difference(Some(50.0), Some(20.0)), Some(30.0));
        assert_eq!(difference(Some(50.0), None), None);
    }
}
