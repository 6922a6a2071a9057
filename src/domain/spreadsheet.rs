//! CSV that people open in spreadsheets. Excel, LibreOffice and Google
//! Sheets read a cell that begins with `=`, `+`, `-`, `@`, a tab or a
//! carriage return as a formula, so a company name such as
//! `=HYPERLINK("http://evil.example","Click")` would run in the reader's
//! spreadsheet. As OWASP advises ("CSV Injection"), such text cells get a
//! leading `'`, which spreadsheets show as text and do not display; numbers
//! (`-12.5`) stay numbers. Our own import takes the `'` off again, so
//! export → import changes nothing.

use std::borrow::Cow;

const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV writer whose lines end with CRLF, as RFC 4180 says (the csv
/// crate's default is a bare LF). Every CSV we export is written with it.
pub fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new())
}

/// The cell as written to a CSV for spreadsheets.
pub fn cell(text: &str) -> Cow<'_, str> {
    let risky = text.starts_with(TRIGGERS) && text.trim().parse::<f64>().is_err();
    if risky {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A whole row, cell by cell.
pub fn row<'a, I, S>(cells: I) -> Vec<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str> + 'a,
{
    cells
        .into_iter()
        .map(|c| cell(c.as_ref()).into_owned())
        .collect()
}

/// A cell read back from a CSV we wrote: the protective `'` removed.
pub fn uncell(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(TRIGGERS) => rest,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_numbers_stay_numbers() {
        for risky in [
            "=1+1",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\tTab",
            "\rCR",
            "=HYPERLINK(\"http://evil.example\")",
        ] {
            assert_eq!(cell(risky), format!("'{risky}"), "{risky:?}");
            assert_eq!(uncell(&cell(risky)), risky);
        }
        for safe in [
            "Golden Net",
            "-12.5",
            "+3",
            "42",
            "",
            "2026-12-02",
            "'quoted",
        ] {
            assert_eq!(cell(safe), safe, "{safe:?}");
            assert_eq!(uncell(&cell(safe)), safe);
        }
    }
}
