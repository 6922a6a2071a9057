//! `backup.json`: what a backup holds, when and by which version it was
//! made, and the size and SHA-256 of every file, so that `restore` can
//! refuse a damaged, partial or foreign backup before it changes anything.

use std::path::{Component, Path, PathBuf};

use anyhow::Context;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::files;
use crate::config::DatabaseTarget;

pub const MANIFEST: &str = "backup.json";
/// The layout of a backup folder; a later layout gets a new number.
pub const FORMAT: u32 = 1;

/// Which database a backup was taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(target: &DatabaseTarget) -> Backend {
        match target {
            DatabaseTarget::Sqlite(_) => Backend::Sqlite,
            DatabaseTarget::Postgres(_) => Backend::Postgres,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }

    /// The database's file in the backup folder.
    pub fn database_file(self) -> BackupPath {
        BackupPath(
            match self {
                Backend::Sqlite => "database.sqlite",
                Backend::Postgres => "database.pgdump",
            }
            .to_string(),
        )
    }
}

/// A file's place in a backup folder: relative, `/`-separated, with no `.`
/// or `..`, so that a tampered manifest cannot name a file elsewhere. The
/// data folder's files are under `data/`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BackupPath(String);

const DATA: &str = "data";

impl BackupPath {
    pub fn parse(s: &str) -> Result<BackupPath, String> {
        let fine = !s.is_empty()
            && s.split('/').all(|part| {
                !part.is_empty() && part != "." && part != ".." && !part.contains('\\')
            });
        if fine {
            Ok(BackupPath(s.to_string()))
        } else {
            Err(format!("`{s}` is not a path inside a backup folder"))
        }
    }

    /// The place of a data-folder file, given relative to the data folder.
    pub fn of_data_file(relative: &Path) -> anyhow::Result<BackupPath> {
        let mut parts = vec![DATA.to_string()];
        for component in relative.components() {
            match component {
                Component::Normal(part) => parts.push(
                    part.to_str()
                        .with_context(|| {
                            format!("the file name {} is not valid UTF-8", relative.display())
                        })?
                        .to_string(),
                ),
                _ => anyhow::bail!("{} is not inside the data folder", relative.display()),
            }
        }
        BackupPath::parse(&parts.join("/")).map_err(anyhow::Error::msg)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The path relative to the backup folder.
    pub fn relative(&self) -> PathBuf {
        self.0.split('/').collect()
    }

    /// The path relative to the data folder, for a data-folder file.
    pub fn in_data_folder(&self) -> Option<PathBuf> {
        let rest = self.0.strip_prefix(DATA)?.strip_prefix('/')?;
        Some(rest.split('/').collect())
    }
}

impl TryFrom<String> for BackupPath {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        BackupPath::parse(&s)
    }
}

impl From<BackupPath> for String {
    fn from(p: BackupPath) -> String {
        p.0
    }
}

impl std::fmt::Display for BackupPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub path: BackupPath,
    pub bytes: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub created_at: DateTime<Utc>,
    /// The Answerable version that made the backup.
    pub app_version: String,
    pub backend: Backend,
    /// The last database migration the backup's database had seen.
    pub migration: Option<String>,
    /// The database's file, also listed in `files`.
    pub database: BackupPath,
    pub files: Vec<FileEntry>,
}

impl Manifest {
    pub fn write(&self, folder: &Path) -> anyhow::Result<()> {
        let mut json = serde_json::to_vec_pretty(self).context("writing the manifest")?;
        json.push(b'\n');
        let path = folder.join(MANIFEST);
        files::write_private(&path, &json).with_context(|| format!("writing {}", path.display()))
    }

    /// Reads the manifest of the backup in `folder`.
    pub fn read(folder: &Path) -> anyhow::Result<Manifest> {
        let path = folder.join(MANIFEST);
        let text = match std::fs::read(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => anyhow::bail!(
                "{} has no {MANIFEST}: it is not a complete backup made by `answerable backup`.",
                folder.display()
            ),
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        let manifest: Manifest = serde_json::from_slice(&text).map_err(|e| {
            anyhow::anyhow!(
                "{} cannot be read: {e}; the backup is damaged.",
                path.display()
            )
        })?;
        if manifest.format != FORMAT {
            anyhow::bail!(
                "{} is a backup of format {}, which this version of Answerable ({}) does not know; restore it with a newer version.",
                folder.display(),
                manifest.format,
                env!("CARGO_PKG_VERSION")
            );
        }
        if !manifest.files.iter().any(|f| f.path == manifest.database) {
            anyhow::bail!(
                "{} does not list the database file {}; the backup is damaged.",
                path.display(),
                manifest.database
            );
        }
        Ok(manifest)
    }

    /// Checks that every file of the manifest is in `folder` with its size
    /// and SHA-256; the first one that is not is named.
    pub fn verify(&self, folder: &Path) -> anyhow::Result<()> {
        for entry in &self.files {
            let path = folder.join(entry.path.relative());
            let found = match files::digest(&path) {
                Ok(found) => found,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => anyhow::bail!(
                    "The backup is damaged: {} is missing from {}. Nothing was restored; use another backup.",
                    entry.path,
                    folder.display()
                ),
                Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
            };
            if found.bytes != entry.bytes || found.sha256 != entry.sha256 {
                anyhow::bail!(
                    "The backup is damaged: {} in {} does not match its SHA-256 in {MANIFEST}. Nothing was restored; use another backup.",
                    entry.path,
                    folder.display()
                );
            }
        }
        Ok(())
    }

    /// Bytes of all files.
    pub fn total_bytes(&self) -> u64 {
        self.files.iter().map(|f| f.bytes).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_backup_folder() {
        for bad in ["", "/etc/passwd", "data/../../x", "./x", "data//x", "a\\b"] {
            assert!(BackupPath::parse(bad).is_err(), "{bad}");
        }
        let p = BackupPath::of_data_file(Path::new("mail/x.eml")).unwrap();
        assert_eq!(p.as_str(), "data/mail/x.eml");
        assert_eq!(p.in_data_folder(), Some(PathBuf::from("mail/x.eml")));
        assert_eq!(Backend::Sqlite.database_file().in_data_folder(), None);
        assert!(BackupPath::of_data_file(Path::new("../x")).is_err());
    }
}
