//! A problem in a questionnaire file, at a line and column.

use std::fmt;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// 1-based.
    pub line: usize,
    /// 1-based, counted in characters.
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// A position in the file, kept on the model so that checks made after
/// reading can still point at the right place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    pub fn of(text: &str, span: Option<Range<usize>>) -> Pos {
        let offset = span.map(|s| s.start).unwrap_or(0).min(text.len());
        let mut offset = offset;
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Pos { line, column }
    }

    pub fn start() -> Pos {
        Pos { line: 1, column: 1 }
    }

    pub fn diagnostic(self, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            line: self.line.max(1),
            column: self.column.max(1),
            message: message.into(),
        }
    }
}
