//! A decline reason or a reply that looks typed in Zawgyi is not stored at
//! once: the form comes back with the text, its Unicode conversion and two
//! buttons, one to use the conversion and one to keep the text as typed.
//! Nothing is converted without that press.

use crate::domain::zawgyi::{self, Suspected};

/// The form's `zawgyi` button: what the person chose, if anything.
pub(super) enum Settled {
    /// Store this text.
    Ready(String),
    /// Ask first: the text looks typed in Zawgyi.
    Ask(Suspected),
}

pub(super) fn settle(text: String, choice: Option<&str>) -> Settled {
    match (zawgyi::suspect(&text), choice) {
        (None, _) => Settled::Ready(text),
        (Some(found), Some("unicode")) => Settled::Ready(found.as_unicode),
        (Some(_), Some("as-typed")) => Settled::Ready(text),
        (Some(found), _) => Settled::Ask(found),
    }
}
