//! What a campaign's emails say in its own words, and whose name they go
//! out under: the coalition's ("Send as"), else its co-signers', else the
//! configured sender's. Paragraphs are plain text with two placeholders,
//! `{company}` and `{deadline}`; anything else in braces is refused where
//! it is typed, so that no email goes out with a stray `{compnay}`.

use super::single_line;

/// The longest name an email is sent as: a display name, not a sentence.
const SEND_AS_MAX: usize = 120;
/// The longest opening or closing paragraph.
const PARAGRAPH_MAX: usize = 2000;

/// The name a campaign's emails are sent as: one line, possibly empty
/// (then the co-signers' names are used).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SendAs(String);

impl SendAs {
    pub fn parse(text: &str) -> Result<SendAs, String> {
        let text = text.trim();
        if let Some(problem) = single_line::problem(text) {
            return Err(problem.to_string());
        }
        if text.chars().count() > SEND_AS_MAX {
            return Err(format!(
                "Keep the name to {SEND_AS_MAX} characters; it is shown as the sender of every email."
            ));
        }
        Ok(SendAs(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The display name of the campaign's emails: the name it is sent as, else
/// its co-signers' names ("A, B and C"); `None` leaves the configured one.
pub fn sender_name(send_as: &str, organisations: &[String]) -> Option<String> {
    let send_as = send_as.trim();
    if send_as.is_empty() {
        single_line::and_list(organisations)
    } else {
        Some(send_as.to_string())
    }
}

/// What a placeholder stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placeholder {
    Company,
    Deadline,
}

impl Placeholder {
    const ALL: [Placeholder; 2] = [Placeholder::Company, Placeholder::Deadline];

    fn name(self) -> &'static str {
        match self {
            Placeholder::Company => "company",
            Placeholder::Deadline => "deadline",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Slot(Placeholder),
}

/// An opening or closing paragraph as the campaign worded it, checked:
/// plain text whose only braces are `{company}` and `{deadline}`. Empty
/// means no paragraph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wording {
    source: String,
    pieces: Vec<Piece>,
}

impl Wording {
    pub fn parse(text: &str) -> Result<Wording, String> {
        let source = text.trim().replace("\r\n", "\n");
        if source.chars().count() > PARAGRAPH_MAX {
            return Err(format!("Keep this to {PARAGRAPH_MAX} characters."));
        }
        if source
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            return Err("Remove the control characters from this text.".to_string());
        }
        let mut pieces = Vec::new();
        let mut rest = source.as_str();
        while let Some(open) = rest.find(['{', '}']) {
            if rest[open..].starts_with('}') {
                return Err(
                    "A `}` has no `{` before it. The placeholders are {company} and {deadline}."
                        .to_string(),
                );
            }
            if open > 0 {
                pieces.push(Piece::Text(rest[..open].to_string()));
            }
            let after = &rest[open + 1..];
            let Some(close) = after
                .find(['{', '}'])
                .filter(|&i| after[i..].starts_with('}'))
            else {
                return Err(
                    "A `{` is left open. The placeholders are {company} and {deadline}."
                        .to_string(),
                );
            };
            let name = &after[..close];
            let Some(slot) = Placeholder::ALL.into_iter().find(|p| p.name() == name) else {
                return Err(format!(
                    "{{{name}}} is not a placeholder. The placeholders are {{company}} and {{deadline}}."
                ));
            };
            pieces.push(Piece::Slot(slot));
            rest = &after[close + 1..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        Ok(Wording { source, pieces })
    }

    /// The text as typed (trimmed), for the form and the database.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    pub fn is_empty(&self) -> bool {
        self.source.is_empty()
    }

    /// The paragraphs for one company, placeholders filled in: blank lines
    /// separate paragraphs. Plain text: HTML escapes it when it shows it.
    pub fn fill(&self, company: &str, deadline: &str) -> Vec<String> {
        let mut text = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => text.push_str(t),
                Piece::Slot(Placeholder::Company) => text.push_str(company),
                Piece::Slot(Placeholder::Deadline) => text.push_str(deadline),
            }
        }
        text.split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    }
}

/// A campaign's own words for its invitations and reminders.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmailWording {
    pub invitation_opening: Wording,
    pub invitation_closing: Wording,
    pub reminder_opening: Wording,
    pub reminder_closing: Wording,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_and_paragraphs_kept() {
        let w = Wording::parse("Dear friends at {company},\r\n\r\nPlease answer by {deadline}.  ")
            .unwrap();
        assert_eq!(
            w.fill("Golden <Net>", "15 December"),
            vec![
                "Dear friends at Golden <Net>,".to_string(),
                "Please answer by 15 December.".to_string()
            ]
        );
        assert!(Wording::parse("").unwrap().fill("a", "b").is_empty());
    }

    #[test]
    fn unknown_placeholders_and_stray_braces_are_refused() {
        for (bad, says) in [
            ("Hello {compnay}", "{compnay} is not a placeholder"),
            ("Hello {company", "left open"),
            ("Hello {company {deadline}", "left open"),
            ("Hello company}", "has no `{`"),
            ("Hello {}", "{} is not a placeholder"),
        ] {
            let e = Wording::parse(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
        assert!(Wording::parse("a\u{0}b").is_err());
        assert!(Wording::parse(&"x".repeat(PARAGRAPH_MAX + 1)).is_err());
    }

    #[test]
    fn the_sender_is_the_coalition_else_the_co_signers_else_the_configured_one() {
        let orgs = vec!["Access Now".to_string(), "Article 19".to_string()];
        assert_eq!(
            sender_name("Myanmar Coalition", &orgs).as_deref(),
            Some("Myanmar Coalition")
        );
        assert_eq!(
            sender_name(" ", &orgs).as_deref(),
            Some("Access Now and Article 19")
        );
        assert_eq!(sender_name("", &[]), None);
        assert!(SendAs::parse("A\r\nBcc: x@example.org").is_err());
        assert_eq!(SendAs::parse("  ကော်အလစ် ").unwrap().as_str(), "ကော်အလစ်");
    }
}
