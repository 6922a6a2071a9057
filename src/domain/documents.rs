//! Documents companies send: letters and evidence attached to answers.
//! What kind a document is, told from its first bytes (never from its
//! name), and the content type and extension it is served with.

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

/// A campaign's rules for evidence documents attached to answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceRules {
    /// The largest document accepted, in bytes.
    pub max_bytes: usize,
    /// How many documents one question's answer may have.
    pub max_per_question: usize,
    /// Whether they are published with the answers.
    pub publish: bool,
}

impl Default for EvidenceRules {
    fn default() -> Self {
        EvidenceRules {
            max_bytes: 10 * 1024 * 1024,
            max_per_question: 5,
            publish: true,
        }
    }
}

/// The most a campaign may allow: a document the size of a long report,
/// and a handful per question.
pub const EVIDENCE_BYTES_CEILING: usize = 50 * 1024 * 1024;
pub const EVIDENCE_COUNT_CEILING: usize = 20;

impl EvidenceRules {
    /// Checks one upload for a question that already has `attached`
    /// documents: the message to show beside that question's upload field.
    pub fn check(
        &self,
        bytes: &[u8],
        too_large: bool,
        attached: usize,
    ) -> Result<DocumentKind, Refusal> {
        if attached >= self.max_per_question {
            return Err(Refusal::TooMany { attached });
        }
        if bytes.is_empty() && !too_large {
            return Err(Refusal::NoFile);
        }
        if too_large || bytes.len() > self.max_bytes {
            return Err(Refusal::TooLarge {
                max_bytes: self.max_bytes,
            });
        }
        DocumentKind::of(bytes).ok_or(Refusal::WrongKind)
    }
}

/// Why an evidence document was not attached. `Display` is the English
/// sentence (for logs and staff); the respondent pages say each kind in
/// the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("Documents cannot be attached to this question.")]
    NotHere,
    #[error("This answer already has {attached} documents, the most this campaign allows: remove one first.")]
    TooMany { attached: usize },
    #[error("Choose a file to attach.")]
    NoFile,
    #[error("The file is larger than {}, the most this campaign allows: attach a smaller version (or split it).", show_size(*.max_bytes as i64))]
    TooLarge { max_bytes: usize },
    #[error("{}", wrong_kind())]
    WrongKind,
}

/// A change to a campaign's evidence rules, as the rules form sends it:
/// the limits when given (absent: unchanged), whether they are published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceChange {
    pub max_mb: Option<usize>,
    pub max_per_question: Option<usize>,
    pub publish: bool,
}

impl EvidenceChange {
    pub fn parse(
        max_mb: Option<&str>,
        per_question: Option<&str>,
        publish: bool,
    ) -> Result<EvidenceChange, String> {
        let number = |s: Option<&str>, most: usize, what: &str| -> Result<Option<usize>, String> {
            match s.map(str::trim) {
                None | Some("") => Ok(None),
                Some(s) => match s.parse::<usize>() {
                    Ok(n) if (1..=most).contains(&n) => Ok(Some(n)),
                    _ => Err(format!("{what} must be a whole number from 1 to {most}.")),
                },
            }
        };
        Ok(EvidenceChange {
            max_mb: number(
                max_mb,
                EVIDENCE_BYTES_CEILING / (1024 * 1024),
                "The largest evidence document (MB)",
            )?,
            max_per_question: number(
                per_question,
                EVIDENCE_COUNT_CEILING,
                "The number of evidence documents per answer",
            )?,
            publish,
        })
    }

    /// `rules` with this change applied.
    pub fn applied_to(&self, rules: EvidenceRules) -> EvidenceRules {
        EvidenceRules {
            max_bytes: self.max_mb.map_or(rules.max_bytes, |mb| mb * 1024 * 1024),
            max_per_question: self.max_per_question.unwrap_or(rules.max_per_question),
            publish: self.publish,
        }
    }
}

/// Whether answers to questions of this kind may have documents attached:
/// those written in words at length.
pub fn takes_documents(kind: crate::domain::questionnaire::QuestionKind) -> bool {
    use crate::domain::questionnaire::QuestionKind;
    matches!(kind, QuestionKind::LongText | QuestionKind::EvidenceLinks)
}

/// What to say about a file of no kind we accept.
pub fn wrong_kind() -> String {
    format!(
        "This file is not of a kind we accept (its contents were checked, not its name). Accepted: {ACCEPTED}."
    )
}

/// The lowercase hexadecimal SHA-256 of `bytes`: a document's name in
/// storage, receipts and addresses.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Whether `s` looks like a digest [`sha256_hex`] makes.
pub fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A size as a person reads it: "840 bytes", "12.5 KB", "3.2 MB".
pub fn show_size(bytes: i64) -> String {
    show_size_in(crate::domain::i18n::Tr::english(), bytes)
}

/// A size as a reader of `tr`'s language writes it, in its digits.
pub fn show_size_in(tr: crate::domain::i18n::Tr, bytes: i64) -> String {
    let (key, n) = if bytes < 1024 {
        ("common-size-bytes", bytes.to_string())
    } else if bytes < 1024 * 1024 {
        ("common-size-kb", format!("{:.1}", bytes as f64 / 1024.0))
    } else {
        (
            "common-size-mb",
            format!("{:.1}", bytes as f64 / (1024.0 * 1024.0)),
        )
    };
    tr.t1(key, "size", tr.digits(&n))
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
    fn evidence_is_refused_when_too_large_too_many_or_of_the_wrong_kind() {
        let rules = EvidenceRules {
            max_bytes: 100,
            ..EvidenceRules::default()
        };
        assert!(rules.check(b"%PDF-1.4", false, 0).is_ok());
        let too_large = Err(Refusal::TooLarge { max_bytes: 100 });
        assert_eq!(rules.check(&[b'a'; 101], false, 0), too_large);
        assert_eq!(rules.check(b"", true, 0), too_large);
        assert_eq!(rules.check(b"", false, 0), Err(Refusal::NoFile));
        assert_eq!(
            rules.check(b"MZ\x90\x00", false, 0),
            Err(Refusal::WrongKind)
        );
        assert_eq!(
            rules.check(b"%PDF-1.4", false, 5),
            Err(Refusal::TooMany { attached: 5 })
        );
        assert!(Refusal::TooLarge { max_bytes: 100 }
            .to_string()
            .contains("larger than 100 bytes"));
        assert!(Refusal::WrongKind.to_string().contains("not of a kind"));
        assert!(Refusal::TooMany { attached: 5 }
            .to_string()
            .contains("remove one"));
    }

    #[test]
    fn digests_and_sizes() {
        assert!(is_sha256_hex(&sha256_hex(b"x")));
        assert!(!is_sha256_hex("../etc/passwd"));
        assert_eq!(show_size(840), "840 bytes");
        assert_eq!(show_size(10 * 1024 * 1024), "10.0 MB");
    }
}
