//! Zawgyi: the font encoding in which much Burmese is still typed. It puts
//! Burmese letters on the code points of the Myanmar block but in the order
//! and with the meanings of one font, so it reads as Burmese in that font
//! and as garbage in every other. Text typed into an answer, a decline
//! reason or a reply is checked here; the representative is shown what was
//! found and offered the Unicode conversion. Nothing is converted silently.
//!
//! Detection is a Markov model over successive characters (`model`), not
//! hand-written rules, which would take Shan, Mon or Karen, written in
//! Unicode with the Myanmar block's extended letters, for Zawgyi.

mod convert;
mod model;

pub use convert::to_unicode;

/// At or above this probability a text is taken for Zawgyi. Myanmar-tools
/// suggests 0.95; the tests measure what it gives on sentences in Zawgyi,
/// Unicode Burmese, Shan, Mon, Karen and Pali.
pub const THRESHOLD: f64 = 0.95;

/// A text that looks typed in Zawgyi, and what it says in Unicode.
#[derive(Debug, Clone, PartialEq)]
pub struct Suspected {
    pub probability: f64,
    pub as_unicode: String,
}

/// The probability that `text` is Zawgyi rather than Unicode, or `None`
/// when it holds no character of the Myanmar script.
pub fn zawgyi_probability(text: &str) -> Option<f64> {
    model::MODEL.zawgyi_probability(text)
}

/// `Some` when `text` looks typed in Zawgyi and its conversion differs.
pub fn suspect(text: &str) -> Option<Suspected> {
    let probability = zawgyi_probability(text)?;
    if probability < THRESHOLD {
        return None;
    }
    let as_unicode = to_unicode(text);
    (as_unicode != text).then_some(Suspected {
        probability,
        as_unicode,
    })
}

#[cfg(test)]
mod tests;
