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
use crate::app::Outage;
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
#[derive(Serialize)]
struct SaveReply {
    saved: usize,
    conflicts: Vec<ConflictReply>,
    versions: HashMap<String, i32>,
    /// For the answers stored exactly as sent: the page's new base.
    bases: HashMap<String, String>,
    /// For every answer sent: its problems, as a plain save would show them.
    problems: HashMap<String, Vec<String>>,
    /// For answers the save changed on the way (characters removed).
    notes: HashMap<String, Vec<String>>,
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
    /// Every answer sent, as it would be stored, by question key.
    values: Vec<(String, String)>,
    notes: HashMap<String, Vec<String>>,
}

/// Reads the answers the page carried (each has its version field). An
/// answer whose text is still the page's base was not touched: it is
/// neither written nor a conflict, however stale the page.
fn read_posted(section: &Section, pairs: &[(String, String)]) -> Result<Posted, AppError> {
    let field = |name: &str| -> Vec<String> {
        pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let mut posted = Posted {
        changes: Vec::new(),
        values: Vec::new(),
        notes: HashMap::new(),
    };
    for q in &section.questions {
        let Some(seen) = field(&format!("v.{}", q.key)).first().cloned() else {
            continue;
        };
        if !field(&format!("keep.{}", q.key)).is_empty() {
            continue;
        }
        let seen_version: i32 = seen.parse().map_err(|_| {
            AppError::BadRequest("The page sent a version that is not a number.".into())
        })?;
        let raw = field(&format!("a.{}", q.key));
        let value = rules::from_form(q, &raw)
            .map_err(|e| AppError::BadRequest(crate::web::page::sentence(&e.0)))?;
        if let Some(note) = rules::removed_note(&raw) {
            posted.notes.insert(q.key.to_string(), vec![note]);
        }
        posted.values.push((q.key.to_string(), value.clone()));
        let base = field(&format!("o.{}", q.key));
        if base.first().map(String::as_str) == Some(rules::base_of(&value).as_str()) {
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
    /// The session could not be checked: the database failed.
    Unchecked(diesel::result::Error),
    /// No such section, a malformed form, or an unreadable questionnaire.
    Failed(AppError),
    Saved(Box<Saved>),
}

/// Checks the session, finds the section in the (cached) questionnaire,
/// reads the form and saves, on one connection.
fn check_and_save(
    conn: &mut DbConnection,
    state: &AppState,
    session: SessionKey,
    key: &str,
    pairs: &[(String, String)],
) -> Checked {
    let r = match session.resume(conn, &state.config) {
        Ok(Some(r)) => r,
        Ok(None) => return Checked::SignedOut,
        Err(e) => return Checked::Unchecked(e),
    };
    let loaded = match state.questionnaire_on(conn, &r.holder.campaign.questionnaire_version_id) {
        Ok(loaded) => loaded,
        Err(e) => return Checked::Failed(e),
    };
    let questionnaire = &loaded.1;
    let Some(index) = questionnaire
        .sections
        .iter()
        .position(|s| s.key.as_str() == key)
    else {
        return Checked::Failed(AppError::NotFound);
    };
    let posted = match read_posted(&questionnaire.sections[index], pairs) {
        Ok(posted) => posted,
        Err(e) => return Checked::Failed(e),
    };
    let lang = questionnaire.reading_language(r.tr(&questionnaire.default_language).code());
    let language = r.tr(lang).code();
    let result = responses::save(conn, &r.holder, &posted.changes, language, time::now());
    Checked::Saved(Box::new(Saved {
        r,
        loaded,
        index,
        posted,
        result,
    }))
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
    // transaction, in one trip to the blocking pool.
    let checked = {
        let (held, pairs, key) = (state.clone(), pairs.clone(), key.clone());
        state
            .run(move |conn| Ok::<_, Outage>(check_and_save(conn, &held, session, &key, &pairs)))
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
        Ok(Checked::Unchecked(e)) => {
            tracing::error!(error = %format!("{e:#}"), "a save could not check its session");
            return Ok(not_stored(&reader, &pairs, json));
        }
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "a save could not check its session");
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
            .filter_map(|(k, v)| {
                let q = section.questions.iter().find(|q| q.key.as_str() == k)?;
                Some((k.clone(), rules::problems_in(q, v, tr)))
            })
            .collect();
        let bases = posted
            .values
            .iter()
            .filter(|(k, _)| outcome.as_sent.contains(k))
            .map(|(k, v)| (k.clone(), rules::base_of(v)))
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
            versions: outcome.versions.iter().cloned().collect(),
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
