//! Stored questionnaire versions. A version is the exact text of a file,
//! named by its SHA-256; storing the same text again changes nothing, and
//! a stored version is never changed or deleted (the database refuses).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::questionnaire_versions;
use super::{is_unique_violation, write, DbConnection};
use crate::domain::ids::QuestionnaireVersionId;
use crate::domain::questionnaire::Questionnaire;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = questionnaire_versions)]
pub struct QuestionnaireVersion {
    pub id: QuestionnaireVersionId,
    pub slug: String,
    pub version_label: String,
    pub title: String,
    pub digest: String,
    pub file_name: String,
    pub demands: i32,
    pub sections: i32,
    pub questions: i32,
    pub scored_questions: i32,
    pub loaded_at: NaiveDateTime,
    pub loaded_by: String,
}

impl QuestionnaireVersion {
    /// The short form of the digest shown to people (still unique in practice).
    pub fn short_digest(&self) -> &str {
        &self.digest[..12.min(self.digest.len())]
    }
}

#[derive(Debug)]
pub enum Stored {
    /// A new version was stored.
    New(QuestionnaireVersion),
    /// This exact text was stored before; nothing changed.
    Unchanged(QuestionnaireVersion),
}

impl Stored {
    pub fn version(&self) -> &QuestionnaireVersion {
        match self {
            Stored::New(v) | Stored::Unchanged(v) => v,
        }
    }
}

/// Stores a checked questionnaire with the text it was parsed from.
pub fn store(
    conn: &mut DbConnection,
    questionnaire: &Questionnaire,
    source: &str,
    digest: &str,
    file_name: &str,
    loaded_by: &str,
    now: NaiveDateTime,
) -> QueryResult<Stored> {
    let model = serde_json::to_string(questionnaire)
        .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))?;
    let summary = questionnaire.summary();
    let inserted = write(conn, |conn| {
        if let Some(existing) = find_by_digest(conn, digest)? {
            return Ok(Stored::Unchanged(existing));
        }
        diesel::insert_into(questionnaire_versions::table)
            .values((
                questionnaire_versions::id.eq(QuestionnaireVersionId::new()),
                questionnaire_versions::slug.eq(questionnaire.slug.as_str()),
                questionnaire_versions::version_label.eq(&questionnaire.version),
                questionnaire_versions::title.eq(questionnaire.default_title()),
                questionnaire_versions::digest.eq(digest),
                questionnaire_versions::source.eq(source),
                questionnaire_versions::model.eq(&model),
                questionnaire_versions::file_name.eq(file_name),
                questionnaire_versions::demands.eq(summary.demands as i32),
                questionnaire_versions::sections.eq(summary.sections as i32),
                questionnaire_versions::questions.eq(summary.questions as i32),
                questionnaire_versions::scored_questions.eq(summary.scored_questions as i32),
                questionnaire_versions::loaded_at.eq(now),
                questionnaire_versions::loaded_by.eq(loaded_by),
            ))
            .execute(conn)?;
        let stored = find_by_digest(conn, digest)?.expect("the version was just stored");
        Ok(Stored::New(stored))
    });
    match inserted {
        // Another instance stored the same text at the same moment.
        Err(e) if is_unique_violation(&e) => find_by_digest(conn, digest)?
            .map(Stored::Unchanged)
            .ok_or(e),
        other => other,
    }
}

pub fn find_by_digest(
    conn: &mut DbConnection,
    digest: &str,
) -> QueryResult<Option<QuestionnaireVersion>> {
    questionnaire_versions::table
        .filter(questionnaire_versions::digest.eq(digest))
        .select(QuestionnaireVersion::as_select())
        .get_result(conn)
        .optional()
}

/// Every version, grouped by slug, newest first within each.
pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<QuestionnaireVersion>> {
    questionnaire_versions::table
        .order((
            questionnaire_versions::slug.asc(),
            questionnaire_versions::loaded_at.desc(),
        ))
        .select(QuestionnaireVersion::as_select())
        .load(conn)
}

/// A stored version with its questionnaire, read back from the stored model.
pub fn load(
    conn: &mut DbConnection,
    slug: &str,
    digest: &str,
) -> anyhow::Result<Option<(QuestionnaireVersion, Questionnaire)>> {
    use anyhow::Context;
    let found: Option<(QuestionnaireVersion, String)> = questionnaire_versions::table
        .filter(questionnaire_versions::slug.eq(slug))
        .filter(questionnaire_versions::digest.eq(digest))
        .select((
            QuestionnaireVersion::as_select(),
            questionnaire_versions::model,
        ))
        .get_result(conn)
        .optional()?;
    let Some((version, model)) = found else {
        return Ok(None);
    };
    let questionnaire: Questionnaire = serde_json::from_str(&model)
        .with_context(|| format!("reading stored questionnaire {slug} {digest}"))?;
    Ok(Some((version, questionnaire)))
}

/// A stored version and its questionnaire, by id.
pub fn by_id(
    conn: &mut DbConnection,
    id: &QuestionnaireVersionId,
) -> anyhow::Result<Option<(QuestionnaireVersion, Questionnaire)>> {
    use anyhow::Context;
    let found: Option<(QuestionnaireVersion, String)> = questionnaire_versions::table
        .find(id)
        .select((
            QuestionnaireVersion::as_select(),
            questionnaire_versions::model,
        ))
        .get_result(conn)
        .optional()?;
    let Some((version, model)) = found else {
        return Ok(None);
    };
    let questionnaire: Questionnaire = serde_json::from_str(&model)
        .with_context(|| format!("reading stored questionnaire {}", version.digest))?;
    Ok(Some((version, questionnaire)))
}
