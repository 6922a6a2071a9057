//! Saving a section (a plain post, or the autosave script's JSON): only
//! what the person changed is written, and what cannot be saved is given
//! back.

use std::collections::HashMap;
use std::sync::Arc;

use actix_web::http::header::{self, ContentType};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;

use crate::app::answering::{self as responses, Change, ResponseError, SaveOutcome};
use crate::db::DbConnection;
use crate::domain::answers::{self as rules};
use crate::domain::questionnaire::Section;
use crate::domain::time;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::language::Reader;
use crate::web::page::{html, see_other};
use crate::web::respond::ended;
use crate::web::respond::session::{Respondent, SessionKey};
use crate::web::respond::unsaved::{self, Why};
use crate::web::state::{AppState, LoadedQuestionnaire};

use super::{section_page, Context};

/// The autosave answer: what was saved, what conflicts, the versions and
/// bases the page must now carry, and what to show beside each field.
/// Its maps are written as JSON objects from lists (one entry per
/// question sent): no hashing for a reply read once.
#[derive(Serialize)]
struct SaveReply {
    saved: usize,
    conflicts: Vec<ConflictReply>,
    #[serde(serialize_with = "as_object")]
    versions: Vec<(String, i32)>,
    /// For the answers stored exactly as sent: the page's new base.
    #[serde(serialize_with = "as_object")]
    bases: Vec<(String, String)>,
    /// For every answer sent: its problems, as a plain save would show them.
    #[serde(serialize_with = "as_object")]
    problems: Vec<(String, Vec<String>)>,
    /// For answers the save changed on the way (characters removed).
    notes: HashMap<String, Vec<String>>,
}

fn as_object<S: serde::Serializer, V: Serialize>(
    pairs: &[(String, V)],
    out: S,
) -> Result<S::Ok, S::Error> {
    out.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

#[derive(Serialize)]
struct ConflictReply {
    question: String,
    by: String,
}

pub(super) fn wants_json(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

/// The answer to a save whose session could not be checked: the text
/// typed is given back.
fn not_stored(reader: &Reader, pairs: &[(String, String)], json: bool) -> HttpResponse {
    let tr = reader.for_respondent("", "");
    unsaved::response(Why::NotStored, tr, unsaved::typed(tr, pairs, None), json)
}

/// A section's posted form, read: what the person changed, and what to say
/// beside each field.
struct Posted {
    changes: Vec<Change>,
    /// Every answer sent, as it would be stored.
    values: Vec<Sent>,
    notes: HashMap<String, Vec<String>>,
}

/// An answer sent, as it would be stored, with its digest (the page's
/// base once stored as sent).
struct Sent {
    key: String,
    value: String,
    base: String,
}

/// Reads the answers the page carried (each has its version field). An
/// answer whose text is still the page's base was not touched: it is
/// neither written nor a conflict, however stale the page.
fn read_posted(section: &Section, pairs: &[(String, String)]) -> Result<Posted, AppError> {
    fn field<'a>(
        pairs: &'a [(String, String)],
        prefix: &'a str,
        key: &'a str,
    ) -> impl Iterator<Item = &'a String> + 'a {
        pairs
            .iter()
            .filter(move |(k, _)| k.strip_prefix(prefix) == Some(key))
            .map(|(_, v)| v)
    }
    let mut posted = Posted {
        changes: Vec::new(),
        values: Vec::new(),
        notes: HashMap::new(),
    };
    for q in &section.questions {
        let Some(seen) = field(pairs, "v.", q.key.as_str()).next() else {
            continue;
        };
        if field(pairs, "keep.", q.key.as_str()).next().is_some() {
            continue;
        }
        let seen_version: i32 = seen.parse().map_err(|_| {
            AppError::BadRequest("The page sent a version that is not a number.".into())
        })?;
        let raw: Vec<String> = field(pairs, "a.", q.key.as_str()).cloned().collect();
        let value = rules::from_form(q, &raw)
            .map_err(|e| AppError::BadRequest(crate::web::page::sentence(&e.0)))?;
        if let Some(note) = rules::removed_note(&raw) {
            posted.notes.insert(q.key.to_string(), vec![note]);
        }
        let base = rules::base_of(&value);
        let untouched = field(pairs, "o.", q.key.as_str()).next() == Some(&base);
        posted.values.push(Sent {
            key: q.key.to_string(),
            value: value.clone(),
            base,
        });
        if untouched {
            continue;
        }
        posted.changes.push(Change {
            key: q.key.to_string(),
            value,
            seen_version,
        });
    }
    Ok(posted)
}

/// What the save's one database task found and did.
enum Checked {
    /// No live session.
    SignedOut,
    /// No such section, a malformed form, or an unreadable questionnaire.
    Failed(AppError),
    Saved(Box<Saved>),
}

/// Checks the session, finds the section in the (cached) questionnaire,
/// reads the form and saves, on one connection. `Err` when the session
/// could not be checked: the database failed.
fn check_and_save(
    conn: &mut DbConnection,
    state: &AppState,
    session: SessionKey,
    key: &str,
    pairs: &[(String, String)],
) -> diesel::QueryResult<Checked> {
    let Some(r) = session.resume(conn, &state.config)? else {
        return Ok(Checked::SignedOut);
    };
    let loaded = match state.questionnaire_on(conn, &r.holder.campaign.questionnaire_version_id) {
        Ok(loaded) => loaded,
        Err(e) => return Ok(Checked::Failed(e)),
    };
    let questionnaire = &loaded.1;
    let Some(index) = questionnaire
        .sections
        .iter()
        .position(|s| s.key.as_str() == key)
    else {
        return Ok(Checked::Failed(AppError::NotFound));
    };
    let posted = match read_posted(&questionnaire.sections[index], pairs) {
        Ok(posted) => posted,
        Err(e) => return Ok(Checked::Failed(e)),
    };
    let lang = questionnaire.reading_language(r.tr(&questionnaire.default_language).code());
    let language = r.tr(lang).code();
    let result = responses::save(conn, &r.holder, &posted.changes, language, time::now());
    Ok(Checked::Saved(Box::new(Saved {
        r,
        loaded,
        index,
        posted,
        result,
    })))
}

/// A signed-in representative's save: its result, and what the reply needs.
struct Saved {
    r: Respondent,
    loaded: LoadedQuestionnaire,
    /// The section's place in the questionnaire.
    index: usize,
    posted: Posted,
    result: Result<SaveOutcome, ResponseError>,
}

pub(super) async fn save(
    req: HttpRequest,
    state: web::Data<AppState>,
    csrf: CsrfToken,
    path: web::Path<String>,
    form: HtmlForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let pairs = Arc::new(form.into_inner());
    let json = wants_json(&req);
    let key = path.into_inner();
    let session = SessionKey::of(&req);
    let reader = session.reader();
    // Autosave comes every few seconds: the session check, the cached
    // questionnaire and the save, which checks what may change inside its
    // transaction, in one database task (on SQLite, in a batch).
    let checked = {
        let (held, pairs, key) = (state.clone(), pairs.clone(), key.clone());
        state
            .write_small(move |conn| {
                check_and_save(conn, &held, session, &key, &pairs).map_err(anyhow::Error::new)
            })
            .await
    };
    let Saved {
        r,
        loaded,
        index,
        posted,
        result,
    } = match checked {
        Ok(Checked::Saved(saved)) => *saved,
        Ok(Checked::Failed(e)) => return Err(e),
        // The script says so itself and keeps the text in the page.
        Ok(Checked::SignedOut) if json => return Ok(ended()),
        Ok(Checked::SignedOut) => {
            let tr = reader.for_respondent("", "");
            return Ok(unsaved::response(
                Why::SignedOut,
                tr,
                unsaved::typed(tr, &pairs, None),
                false,
            ));
        }
        // The session could not be checked, or the batch not kept.
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "a save could not check its session or be kept");
            return Ok(not_stored(&reader, &pairs, json));
        }
    };
    let questionnaire = &loaded.1;
    let section = &questionnaire.sections[index];
    let lang = questionnaire.reading_language(r.tr(&questionnaire.default_language).code());
    let typed = || unsaved::typed(r.tr(lang), &pairs, Some((index + 1, section, lang)));
    let then = pairs
        .iter()
        .find(|(k, _)| k == "then")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let outcome = match result {
        Ok(outcome) => outcome,
        // No longer allowed (closed, declined, submitted): the page says why.
        Err(e) if e.is_refusal() => {
            if json {
                let message = crate::web::respond::refusals::response(r.tr(lang), &e);
                return Ok(HttpResponse::Conflict()
                    .content_type(ContentType::json())
                    .body(serde_json::json!({ "error": message }).to_string()));
            }
            let ctx = Context::load(&state, r).await?;
            let page = section_page(&ctx, &csrf, &key, &[], None, &HashMap::new())?;
            return Ok(html(&mut HttpResponse::Conflict(), &page));
        }
        // The database failed or could not be reached: the text typed is
        // given back.
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "a save could not be stored");
            return Ok(unsaved::response(Why::NotStored, r.tr(lang), typed(), json));
        }
    };
    state.metrics.saves.inc();
    if json {
        let tr = r.tr(&questionnaire.default_language);
        let problems = posted
            .values
            .iter()
            .filter_map(|sent| {
                let q = section
                    .questions
                    .iter()
                    .find(|q| q.key.as_str() == sent.key)?;
                Some((sent.key.clone(), rules::problems_in(q, &sent.value, tr)))
            })
            .collect();
        let bases = posted
            .values
            .iter()
            .filter(|sent| outcome.as_sent.contains(&sent.key))
            .map(|sent| (sent.key.clone(), sent.base.clone()))
            .collect();
        let reply = SaveReply {
            saved: outcome.saved,
            conflicts: outcome
                .conflicts
                .iter()
                .map(|c| ConflictReply {
                    question: c.key.clone(),
                    by: c.theirs.updated_by_name.clone(),
                })
                .collect(),
            versions: outcome.versions,
            bases,
            problems,
            notes: posted.notes,
        };
        return Ok(HttpResponse::Ok()
            .content_type(ContentType::json())
            .body(serde_json::to_string(&reply).map_err(|e| AppError::Internal(e.into()))?));
    }
    if !outcome.conflicts.is_empty() || !posted.notes.is_empty() {
        let conflicted = !outcome.conflicts.is_empty();
        let ctx = Context::load(&state, r).await?;
        let notice = (!conflicted).then(|| ctx.tr.t("respond-notice-saved-with-change"));
        let page = section_page(&ctx, &csrf, &key, &outcome.conflicts, notice, &posted.notes)?;
        let status = if conflicted {
            StatusCode::CONFLICT
        } else {
            StatusCode::OK
        };
        return Ok(html(&mut HttpResponse::build(status), &page));
    }
    let next = questionnaire.sections.get(index + 1);
    Ok(match (then.as_str(), next) {
        ("next", Some(next)) => see_other(&format!("/respond/sections/{}?saved=1", next.key)),
        ("review", _) | ("next", None) => see_other("/respond/review"),
        _ => see_other(&format!("/respond/sections/{key}?saved=1#saved")),
    })
}
