//! Questionnaire files on disk: checking them with messages that name the
//! file, line and column, and storing them as versions.

use std::path::{Path, PathBuf};

use crate::db::questionnaires::{self, Stored};
use crate::db::DbConnection;
use crate::domain::questionnaire::{self, Questionnaire};
use crate::domain::time;

/// A file that passed every check, with the exact text it was read from.
pub struct CheckedFile {
    pub path: PathBuf,
    pub questionnaire: Questionnaire,
    pub source: String,
    pub digest: String,
}

/// Reads and checks one file. The error lists every problem, one per line,
/// as `FILE:LINE:COLUMN: message`.
pub fn check(path: &Path) -> Result<CheckedFile, Vec<String>> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| vec![format!("{shown}: cannot be read: {e}")])?;
    match questionnaire::parse(&bytes) {
        Ok(q) => Ok(CheckedFile {
            path: path.to_path_buf(),
            questionnaire: q,
            // parse() accepted the bytes, so they are UTF-8.
            source: String::from_utf8_lossy(&bytes).into_owned(),
            digest: questionnaire::content_digest(&bytes),
        }),
        Err(diagnostics) => Err(diagnostics
            .iter()
            .map(|d| format!("{shown}:{}:{}: {}", d.line, d.column, d.message))
            .collect()),
    }
}

/// The one-line summary printed for a file that passed.
pub fn summary_line(file: &CheckedFile) -> String {
    let s = file.questionnaire.summary();
    format!(
        "{}: ok, {} {}: {}, {}, {} ({} scored)",
        file.path.display(),
        file.questionnaire.slug,
        file.questionnaire.version,
        count(s.demands, "demand"),
        count(s.sections, "section"),
        count(s.questions, "question"),
        s.scored_questions
    )
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// Stores a checked file as a questionnaire version.
pub fn store(
    conn: &mut DbConnection,
    file: &CheckedFile,
    loaded_by: &str,
) -> anyhow::Result<Stored> {
    let file_name = file
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(questionnaires::store(
        conn,
        &file.questionnaire,
        &file.source,
        &file.digest,
        &file_name,
        loaded_by,
        time::now(),
    )?)
}

/// The `.toml` files of a folder, in name order.
pub fn files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// What loading a folder at start-up did, file by file.
pub enum LoadReport {
    Stored(Stored),
    Invalid(Vec<String>),
}

/// Loads every valid file of `dir`; invalid files are reported, not fatal.
pub fn load_folder(conn: &mut DbConnection, dir: &Path) -> anyhow::Result<Vec<LoadReport>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut reports = Vec::new();
    for path in files_in(dir)? {
        reports.push(match check(&path) {
            Ok(file) => LoadReport::Stored(store(conn, &file, "start-up")?),
            Err(problems) => LoadReport::Invalid(problems),
        });
    }
    Ok(reports)
}
