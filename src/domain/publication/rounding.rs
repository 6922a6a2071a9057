//! The one rounding rule of published scores: rounded once, when the
//! document is assembled, to one decimal, half away from zero (95.8333 is
//! 95.8, 95.85 is 95.9). The JSON, the CSV and the pages all show that one
//! number, so they agree. Documents published before the rule are read as
//! they were stored (their digest is of those bytes); their pages and CSV
//! show them to one decimal.

/// A score as it is published.
pub fn round_score(score: f64) -> f64 {
    (score * 10.0).round() / 10.0
}

/// A score as pages show it: one decimal, or "n/a" when nothing was scored.
pub fn score_text(score: Option<f64>) -> String {
    score.map_or_else(|| "n/a".to_string(), |v| format!("{v:.1}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_rounded_once_to_one_decimal_half_away_from_zero() {
        assert_eq!(round_score(95.833_333_333_333_33), 95.8);
        assert_eq!(round_score(95.875), 95.9);
        assert_eq!(round_score(12.25), 12.3);
        assert_eq!(round_score(-4.25), -4.3);
        assert_eq!(round_score(100.0), 100.0);
        assert_eq!(score_text(Some(round_score(95.833_333))), "95.8");
        assert_eq!(score_text(Some(50.0)), "50.0");
        assert_eq!(score_text(None), "n/a");
        // What the JSON says is what the CSV and the page say.
        assert_eq!(
            serde_json::to_string(&round_score(95.8333)).unwrap(),
            "95.8"
        );
    }
}
