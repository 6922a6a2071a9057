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

/// Names as one phrase: "A, B and C"; `None` for no names.
pub fn and_list(names: &[String]) -> Option<String> {
    crate::domain::i18n::Tr::english().and_list(names)
}

#[cfg(test)]
mod tests {
    use super::{and_list, problem};

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

    #[test]
    fn names_join_as_one_phrase() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(and_list(&names(&[])), None);
        assert_eq!(and_list(&names(&["A"])).as_deref(), Some("A"));
        assert_eq!(
            and_list(&names(&["A", "B", "C"])).as_deref(),
            Some("A, B and C")
        );
    }
}
