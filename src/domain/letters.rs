//! Responses by letter: what kind of document an upload is, told from its
//! first bytes (never from its name), and the limits on it.

use chrono::NaiveDate;

/// The largest letter accepted: a scanned, signed letter of a few pages.
pub const LETTER_LIMIT: usize = 10 * 1024 * 1024;

/// The kinds of document a company's answer arrives as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    Pdf,
    /// Word, Excel or PowerPoint since 2007 (a zip with `word/`, `xl/` or
    /// `ppt/` inside).
    OfficeOpenXml(OfficePart),
    /// OpenDocument text, spreadsheet or presentation.
    OpenDocument(OfficePart),
    /// Word, Excel or PowerPoint before 2007 (a compound file).
    LegacyOffice,
    Png,
    Jpeg,
    Gif,
    Tiff,
    /// An email saved as a file (RFC 5322 headers first).
    Email,
    PlainText,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficePart {
    Text,
    Spreadsheet,
    Presentation,
}

impl DocumentKind {
    /// The kind of `bytes`, or `None` when it is none we accept.
    pub fn of(bytes: &[u8]) -> Option<DocumentKind> {
        let head = &bytes[..bytes.len().min(4096)];
        if head.starts_with(b"%PDF-") {
            return Some(DocumentKind::Pdf);
        }
        if head.starts_with(b"PK\x03\x04") {
            return zipped(head);
        }
        if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return Some(DocumentKind::LegacyOffice);
        }
        if head.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(DocumentKind::Png);
        }
        if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(DocumentKind::Jpeg);
        }
        if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
            return Some(DocumentKind::Gif);
        }
        if head.starts_with(b"II*\0") || head.starts_with(b"MM\0*") {
            return Some(DocumentKind::Tiff);
        }
        // Text: valid UTF-8 throughout, without control characters other
        // than tab, line feed, carriage return and form feed.
        let text = std::str::from_utf8(bytes).ok()?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty()
            || text
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        {
            return None;
        }
        if looks_like_email(text) {
            Some(DocumentKind::Email)
        } else {
            Some(DocumentKind::PlainText)
        }
    }

    /// The content type it is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            DocumentKind::Pdf => "application/pdf",
            DocumentKind::OfficeOpenXml(OfficePart::Text) => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            DocumentKind::OfficeOpenXml(OfficePart::Spreadsheet) => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            DocumentKind::OfficeOpenXml(OfficePart::Presentation) => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            DocumentKind::OpenDocument(OfficePart::Text) => {
                "application/vnd.oasis.opendocument.text"
            }
            DocumentKind::OpenDocument(OfficePart::Spreadsheet) => {
                "application/vnd.oasis.opendocument.spreadsheet"
            }
            DocumentKind::OpenDocument(OfficePart::Presentation) => {
                "application/vnd.oasis.opendocument.presentation"
            }
            DocumentKind::LegacyOffice => "application/vnd.ms-office",
            DocumentKind::Png => "image/png",
            DocumentKind::Jpeg => "image/jpeg",
            DocumentKind::Gif => "image/gif",
            DocumentKind::Tiff => "image/tiff",
            DocumentKind::Email => "message/rfc822",
            DocumentKind::PlainText => "text/plain; charset=utf-8",
        }
    }

    /// The file-name extension the download is given.
    pub fn extension(self) -> &'static str {
        match self {
            DocumentKind::Pdf => "pdf",
            DocumentKind::OfficeOpenXml(OfficePart::Text) => "docx",
            DocumentKind::OfficeOpenXml(OfficePart::Spreadsheet) => "xlsx",
            DocumentKind::OfficeOpenXml(OfficePart::Presentation) => "pptx",
            DocumentKind::OpenDocument(OfficePart::Text) => "odt",
            DocumentKind::OpenDocument(OfficePart::Spreadsheet) => "ods",
            DocumentKind::OpenDocument(OfficePart::Presentation) => "odp",
            DocumentKind::LegacyOffice => "doc",
            DocumentKind::Png => "png",
            DocumentKind::Jpeg => "jpg",
            DocumentKind::Gif => "gif",
            DocumentKind::Tiff => "tif",
            DocumentKind::Email => "eml",
            DocumentKind::PlainText => "txt",
        }
    }

    /// The kind a stored content type names (the inverse of
    /// [`DocumentKind::content_type`]).
    pub fn from_content_type(s: &str) -> Option<DocumentKind> {
        ALL.iter().copied().find(|k| k.content_type() == s)
    }
}

const ALL: [DocumentKind; 14] = [
    DocumentKind::Pdf,
    DocumentKind::OfficeOpenXml(OfficePart::Text),
    DocumentKind::OfficeOpenXml(OfficePart::Spreadsheet),
    DocumentKind::OfficeOpenXml(OfficePart::Presentation),
    DocumentKind::OpenDocument(OfficePart::Text),
    DocumentKind::OpenDocument(OfficePart::Spreadsheet),
    DocumentKind::OpenDocument(OfficePart::Presentation),
    DocumentKind::LegacyOffice,
    DocumentKind::Png,
    DocumentKind::Jpeg,
    DocumentKind::Gif,
    DocumentKind::Tiff,
    DocumentKind::Email,
    DocumentKind::PlainText,
];

/// What the accepted kinds are, as a person reads them.
pub const ACCEPTED: &str =
    "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF, TIFF, a saved email (.eml) or plain text";

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// An office document is a zip whose first entries name its kind; any
/// other zip is refused.
fn zipped(head: &[u8]) -> Option<DocumentKind> {
    if contains(head, b"mimetypeapplication/vnd.oasis.opendocument.") {
        let part = if contains(head, b"opendocument.text") {
            OfficePart::Text
        } else if contains(head, b"opendocument.spreadsheet") {
            OfficePart::Spreadsheet
        } else if contains(head, b"opendocument.presentation") {
            OfficePart::Presentation
        } else {
            return None;
        };
        return Some(DocumentKind::OpenDocument(part));
    }
    if contains(head, b"word/") {
        Some(DocumentKind::OfficeOpenXml(OfficePart::Text))
    } else if contains(head, b"xl/") {
        Some(DocumentKind::OfficeOpenXml(OfficePart::Spreadsheet))
    } else if contains(head, b"ppt/") {
        Some(DocumentKind::OfficeOpenXml(OfficePart::Presentation))
    } else if contains(head, b"[Content_Types].xml") {
        // Office writes its parts after the content types; a letter in
        // Word is by far the most common.
        Some(DocumentKind::OfficeOpenXml(OfficePart::Text))
    } else {
        None
    }
}

/// RFC 5322 header lines first, among them a From and a Date or Subject.
fn looks_like_email(text: &str) -> bool {
    let mut names = Vec::new();
    for line in text.lines() {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        match line.split_once(':') {
            Some((name, _))
                if !name.is_empty() && name.bytes().all(|b| b.is_ascii_graphic() && b != b':') =>
            {
                names.push(name.to_ascii_lowercase())
            }
            _ => return false,
        }
    }
    names.iter().any(|n| n == "from") && names.iter().any(|n| n == "date" || n == "subject")
}

/// A problem with one field of the letter form, shown beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: &'static str,
    pub message: String,
}

/// The document as uploaded, checked.
pub fn check_document(bytes: &[u8]) -> Result<DocumentKind, FieldProblem> {
    let problem = |message: String| FieldProblem {
        field: "document",
        message,
    };
    if bytes.is_empty() {
        return Err(problem("Choose the letter's file to upload.".into()));
    }
    if bytes.len() > LETTER_LIMIT {
        return Err(problem(format!(
            "The file is larger than {} MB: scan it at a lower resolution or upload its pages as a PDF.",
            LETTER_LIMIT / (1024 * 1024)
        )));
    }
    DocumentKind::of(bytes).ok_or_else(|| {
        problem(format!(
            "This file is not of a kind we accept (its contents were checked, not its name). Accepted: {ACCEPTED}."
        ))
    })
}

/// The day received, as typed (YYYY-MM-DD), not after `today`.
pub fn parse_received_on(s: &str, today: NaiveDate) -> Result<NaiveDate, FieldProblem> {
    let problem = |message: &str| FieldProblem {
        field: "received_on",
        message: message.to_string(),
    };
    let day = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| problem("Give the day the letter was received, as a date."))?;
    if day > today {
        return Err(problem("The day received cannot be in the future."));
    }
    Ok(day)
}

/// Who received it: a staff member's name or address, or a few words.
pub fn parse_received_by(s: &str) -> Result<String, FieldProblem> {
    let s = s.trim();
    if s.is_empty() {
        return Err(FieldProblem {
            field: "received_by",
            message: "Say who received the letter (a staff member or, for example, “the coalition's post box”).".into(),
        });
    }
    Ok(s.chars().filter(|c| !c.is_control()).take(200).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_contents_not_names() {
        assert_eq!(DocumentKind::of(b"%PDF-1.4\n..."), Some(DocumentKind::Pdf));
        assert_eq!(
            DocumentKind::of(b"PK\x03\x04....word/document.xml"),
            Some(DocumentKind::OfficeOpenXml(OfficePart::Text))
        );
        assert_eq!(DocumentKind::of(b"PK\x03\x04....evil.exe"), None);
        assert_eq!(DocumentKind::of(b"MZ\x90\x00\x03"), None);
        assert_eq!(
            DocumentKind::of(b"From: a@b.example\r\nSubject: Our answer\r\n\r\nDear ..."),
            Some(DocumentKind::Email)
        );
        assert_eq!(
            DocumentKind::of("Dear coalition,\nwe answer.".as_bytes()),
            Some(DocumentKind::PlainText)
        );
        assert_eq!(DocumentKind::of(b"\x00\x01\x02"), None);
        for k in ALL {
            assert_eq!(DocumentKind::from_content_type(k.content_type()), Some(k));
        }
    }

    #[test]
    fn too_large_and_empty_are_refused_beside_the_field() {
        let big = vec![b'a'; LETTER_LIMIT + 1];
        assert_eq!(check_document(&big).unwrap_err().field, "document");
        assert!(check_document(b"").is_err());
    }
}
