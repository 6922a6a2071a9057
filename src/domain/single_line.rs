//! Names and titles are one line. A line break in a company's name or a
//! campaign's title would end up in email headers (where it can forge
//! headers), CSV rows and page titles; it is refused where it is typed,
//! with a message beside the field.

/// Why `text` is not one line, or `None` when it is.
pub fn problem(text: &str) -> Option<&'static str> {
    text.trim()
        .chars()
        .any(char::is_control)
        .then_some("Keep this on one line: it contains a line break or another control character.")
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn line_breaks_and_control_characters_are_refused() {
        for bad in [
            "Golden\r\nNet",
            "Golden\nNet",
            "Golden\rNet",
            "A\tB",
            "A\u{0}B",
        ] {
            assert!(problem(bad).is_some(), "{bad:?}");
        }
        for good in ["Golden Net Telecom", "ကုမ္ပဏီ", "  padded  \n"] {
            assert_eq!(problem(good), None, "{good:?}");
        }
    }
}
