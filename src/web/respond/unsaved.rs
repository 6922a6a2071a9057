//! The page that gives back what a person typed when it could not be saved:
//! their session had ended, or the database could not store it. Nothing
//! typed is thrown away; the page says why and what to do next.

use actix_web::http::header::{self, ContentType};
use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use askama::Template;

use crate::domain::questionnaire::Section;
use crate::web::page::html;

/// Why the text was not saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    SignedOut,
    NotStored,
}

impl Why {
    /// What the autosave script shows, in `tr`'s language.
    pub fn message(self, tr: crate::domain::i18n::Tr) -> String {
        match self {
            Why::SignedOut => tr.t("respond-unsaved-signed-out-message"),
            Why::NotStored => tr.t("respond-unsaved-not-stored-message"),
        }
    }
}

pub struct Typed {
    pub label: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "respond/unsaved.html")]
struct UnsavedPage {
    title: String,
    tr: crate::domain::i18n::Tr,
    signed_out: bool,
    answers: Vec<Typed>,
}

/// The `a.*` fields of a posted section form, labelled with the question's
/// number and prompt where the section is known, else its key.
pub fn typed(
    tr: crate::domain::i18n::Tr,
    pairs: &[(String, String)],
    section: Option<(usize, &Section, &str)>,
) -> Vec<Typed> {
    let mut out: Vec<Typed> = Vec::new();
    for (name, value) in pairs {
        let Some(key) = name.strip_prefix("a.") else {
            continue;
        };
        if value.trim().is_empty() {
            continue;
        }
        let label = section
            .and_then(|(number, s, lang)| {
                let (i, q) = s
                    .questions
                    .iter()
                    .enumerate()
                    .find(|(_, q)| q.key.as_str() == key)?;
                Some(format!("{number}.{} {}", i + 1, q.prompt.get(lang, lang)))
            })
            .unwrap_or_else(|| tr.t1("respond-unsaved-question", "key", key));
        // Several values of one question (checkboxes) read as one answer.
        match out.iter_mut().find(|t| t.label == label) {
            Some(t) => {
                t.text.push('\n');
                t.text.push_str(value);
            }
            None => out.push(Typed {
                label,
                text: value.clone(),
            }),
        }
    }
    out
}

/// The page (or, for the autosave script, the JSON) saying the text was not
/// saved and why.
pub fn response(
    why: Why,
    tr: crate::domain::i18n::Tr,
    answers: Vec<Typed>,
    json: bool,
) -> HttpResponse {
    let status = match why {
        Why::SignedOut => StatusCode::FORBIDDEN,
        Why::NotStored => StatusCode::SERVICE_UNAVAILABLE,
    };
    let mut builder = HttpResponse::build(status);
    if why == Why::NotStored {
        builder.insert_header((header::RETRY_AFTER, "30"));
    }
    if json {
        return builder
            .content_type(ContentType::json())
            .body(serde_json::json!({ "error": why.message(tr) }).to_string());
    }
    html(
        &mut builder,
        &UnsavedPage {
            title: match why {
                Why::SignedOut => tr.t("respond-unsaved-signed-out-title"),
                Why::NotStored => tr.t("respond-unsaved-not-stored-title"),
            },
            signed_out: why == Why::SignedOut,
            tr,
            answers,
        },
    )
}
