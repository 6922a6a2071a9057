//! Backups that restore. `create` copies the database consistently while
//! the service runs (SQLite: `VACUUM INTO`, which includes what is still in
//! the WAL file; PostgreSQL: `pg_dump`), then the data folder's files
//! (`mail/`, `imports/`, ...), and writes `backup.json` with the SHA-256 of
//! each file last. It works in a hidden folder beside the destination and
//! renames it at the end, so a half-written backup is never taken for a
//! whole one. `restore` verifies every digest before it changes anything,
//! fills an empty database and data folder, and migrates.

pub mod files;
pub mod manifest;
pub mod postgres;

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::config::{Config, DatabaseTarget};
use crate::db;
use manifest::{Backend, BackupPath, FileEntry, Manifest};

/// Writes a backup of the configured database and data folder into `dest`,
/// a new or empty folder.
pub fn create(config: &Config, dest: &Path) -> anyhow::Result<Manifest> {
    check_destination(config, dest)?;
    let staging = Staging::begin(dest)?;
    let backend = Backend::of(&config.database);
    let database = backend.database_file();
    let database_copy = staging.path.join(database.relative());
    let migration = match &config.database {
        DatabaseTarget::Sqlite(path) => {
            if !path.is_file() {
                anyhow::bail!(
                    "There is no database at {}: nothing to back up. Check ANSWERABLE_DATABASE_URL and ANSWERABLE_DATA_DIR.",
                    path.display()
                );
            }
            let mut conn = open(&config.database)?;
            db::snapshot::sqlite_copy_into(&mut conn, &database_copy)?;
            drop(conn);
            db::snapshot::sqlite_file_migration(&database_copy)?
        }
        DatabaseTarget::Postgres(url) => {
            let migration = db::snapshot::latest_migration(&mut open(&config.database)?)?;
            postgres::dump(url, &database_copy)?;
            migration
        }
    };
    files::make_private(&database_copy)?;
    let digest = files::digest(&database_copy)
        .with_context(|| format!("reading {}", database_copy.display()))?;
    let mut entries = vec![FileEntry {
        path: database.clone(),
        bytes: digest.bytes,
        sha256: digest.sha256,
    }];

    for relative in files::data_files(&config.data_dir, &live_database_files(config))? {
        let path = BackupPath::of_data_file(&relative)?;
        let from = config.data_dir.join(&relative);
        match files::copy_hashed(&from, &staging.path.join(path.relative())) {
            Ok(digest) => entries.push(FileEntry {
                path,
                bytes: digest.bytes,
                sha256: digest.sha256,
            }),
            // Removed since the folder was listed (a stale upload).
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("copying {}", from.display())),
        }
    }

    let manifest = Manifest {
        format: manifest::FORMAT,
        created_at: chrono::Utc::now(),
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        backend,
        migration,
        database,
        files: entries,
    };
    manifest.write(&staging.path)?;
    staging.finish(dest)?;
    Ok(manifest)
}

/// What `restore` did.
#[derive(Debug)]
pub struct Restored {
    pub manifest: Manifest,
    /// Migrations applied after the restore (a backup of an older version).
    pub applied: Vec<String>,
    /// Files put into the data folder.
    pub data_files: usize,
}

/// Restores the backup in `source` into the configured database and data
/// folder. Both must be empty unless `force`, which replaces the database
/// and writes over data files of the same name.
pub fn restore(config: &Config, source: &Path, force: bool) -> anyhow::Result<Restored> {
    let manifest = Manifest::read(source)?;
    let backend = Backend::of(&config.database);
    if manifest.backend != backend {
        anyhow::bail!(
            "{} holds a backup of a {} database, but ANSWERABLE_DATABASE_URL names a {} database; restore it into a {} database.",
            source.display(),
            manifest.backend.name(),
            backend.name(),
            manifest.backend.name()
        );
    }
    let known = db::snapshot::newest_known_migration(&config.database);
    if let (Some(theirs), Some(ours)) = (&manifest.migration, &known) {
        if theirs > ours {
            anyhow::bail!(
                "{} was made by Answerable {} with database migration {theirs}, which this version ({}, up to migration {ours}) does not know; restore it with Answerable {} or newer.",
                source.display(),
                manifest.app_version,
                env!("CARGO_PKG_VERSION"),
                manifest.app_version
            );
        }
    }
    manifest.verify(source)?;
    if !force {
        check_target_is_empty(config)?;
    }

    let dump = source.join(manifest.database.relative());
    let wanted = manifest
        .files
        .iter()
        .find(|f| f.path == manifest.database)
        .expect("Manifest::read checks that the database is listed");
    match &config.database {
        DatabaseTarget::Sqlite(path) => restore_sqlite(&dump, wanted, path)?,
        DatabaseTarget::Postgres(url) => postgres::restore(url, &dump, force)?,
    }

    let mut data_files = 0;
    for entry in &manifest.files {
        let Some(relative) = entry.path.in_data_folder() else {
            continue;
        };
        let target = config.data_dir.join(&relative);
        put_in_place(&source.join(entry.path.relative()), entry, &target)?;
        data_files += 1;
    }

    let mut conn = open(&config.database)?;
    let applied = db::migrate(&mut conn)?;
    Ok(Restored {
        manifest,
        applied,
        data_files,
    })
}

fn open(target: &DatabaseTarget) -> anyhow::Result<db::DbConnection> {
    db::open(target).map_err(|e| {
        anyhow::anyhow!(
            "cannot open the database of ANSWERABLE_DATABASE_URL ({}): {}",
            target.backend_name(),
            e.to_string().trim()
        )
    })
}

/// The live SQLite files, which the data folder's copy leaves out.
fn live_database_files(config: &Config) -> Vec<PathBuf> {
    match &config.database {
        DatabaseTarget::Sqlite(path) => files::sqlite_family(path),
        DatabaseTarget::Postgres(_) => Vec::new(),
    }
}

fn check_destination(config: &Config, dest: &Path) -> anyhow::Result<()> {
    if dest.exists() {
        let mut entries = std::fs::read_dir(dest).with_context(|| {
            format!(
                "{} exists and is not a folder; name a new folder for the backup",
                dest.display()
            )
        })?;
        if entries.next().is_some() {
            anyhow::bail!(
                "{} is not empty; a backup goes into a new or empty folder, so that it is never mixed with other files.",
                dest.display()
            );
        }
    }
    if let Ok(data) = config.data_dir.canonicalize() {
        if resolve(dest).starts_with(&data) {
            anyhow::bail!(
                "{} is inside the data folder {}; put backups elsewhere, or each backup would hold the ones before it.",
                dest.display(),
                config.data_dir.display()
            );
        }
    }
    let parent = parent_of(dest);
    files::create_private_dir(&parent)
        .with_context(|| format!("creating the folder {}", parent.display()))?;
    Ok(())
}

/// The absolute form of a path that may not exist yet: its nearest
/// existing ancestor resolved (symbolic links and all), the rest appended.
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut rest = Vec::new();
    let mut existing = absolute.as_path();
    loop {
        if let Ok(found) = existing.canonicalize() {
            return rest.iter().rev().fold(found, |p, part| p.join(part));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return absolute,
        }
    }
}

fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A backup being written: a hidden folder beside the destination,
/// removed if the backup fails half-way.
struct Staging {
    path: PathBuf,
    finished: bool,
}

impl Staging {
    fn begin(dest: &Path) -> anyhow::Result<Staging> {
        let name = dest
            .file_name()
            .with_context(|| format!("{} does not name a folder", dest.display()))?
            .to_string_lossy()
            .into_owned();
        let path = parent_of(dest).join(format!(".{name}.incomplete-{}", std::process::id()));
        if path.exists() {
            std::fs::remove_dir_all(&path)
                .with_context(|| format!("removing the unfinished {}", path.display()))?;
        }
        files::create_private_dir(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(Staging {
            path,
            finished: false,
        })
    }

    fn finish(mut self, dest: &Path) -> anyhow::Result<()> {
        files::sync_dir(&self.path);
        // rename(2) replaces an empty folder.
        std::fs::rename(&self.path, dest).with_context(|| {
            format!(
                "renaming the finished backup {} to {}",
                self.path.display(),
                dest.display()
            )
        })?;
        files::sync_dir(&parent_of(dest));
        self.finished = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

fn check_target_is_empty(config: &Config) -> anyhow::Result<()> {
    let (exists, place) = match &config.database {
        DatabaseTarget::Sqlite(path) => (path.exists(), path.display().to_string()),
        DatabaseTarget::Postgres(url) => (true, postgres::redacted(url)),
    };
    if exists {
        let tables = db::snapshot::table_count(&mut open(&config.database)?)?;
        if tables > 0 {
            anyhow::bail!(
                "The database {place} is not empty (it has {tables} tables); restore into a new, empty database, or pass --force to replace it."
            );
        }
    }
    let live = live_database_files(config);
    let found = files::data_files(&config.data_dir, &live)?;
    if let Some(first) = found.first() {
        anyhow::bail!(
            "The data folder {} is not empty (it holds {} files, such as {}); restore into a new data folder, or pass --force to write over them.",
            config.data_dir.display(),
            found.len(),
            first.display()
        );
    }
    Ok(())
}

/// Replaces the SQLite file at `path` with the backup's copy: written beside
/// it, checked, then renamed over it, with the old WAL files removed.
fn restore_sqlite(copy: &Path, wanted: &FileEntry, path: &Path) -> anyhow::Result<()> {
    let staged = {
        let mut name = path.as_os_str().to_os_string();
        name.push(".restoring");
        PathBuf::from(name)
    };
    let _ = std::fs::remove_file(&staged);
    put_in_place(copy, wanted, &staged)?;
    for companion in files::sqlite_family(path).iter().skip(1) {
        match std::fs::remove_file(companion) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {}", companion.display())),
        }
    }
    std::fs::rename(&staged, path)
        .with_context(|| format!("moving the restored database to {}", path.display()))?;
    files::sync_dir(&parent_of(path));
    Ok(())
}

/// Copies one backup file to `target` through a temporary name, checking
/// the bytes copied against the manifest on the way.
fn put_in_place(from: &Path, entry: &FileEntry, target: &Path) -> anyhow::Result<()> {
    let folder = parent_of(target);
    let name = target
        .file_name()
        .with_context(|| format!("{} names no file", target.display()))?
        .to_string_lossy()
        .into_owned();
    let partial = folder.join(format!(".{name}.partial"));
    let _ = std::fs::remove_file(&partial);
    let copied = files::copy_hashed(from, &partial)
        .with_context(|| format!("copying {} to {}", from.display(), target.display()))?;
    if copied.bytes != entry.bytes || copied.sha256 != entry.sha256 {
        let _ = std::fs::remove_file(&partial);
        anyhow::bail!(
            "{} changed while it was restored; nothing more was restored.",
            entry.path
        );
    }
    std::fs::rename(&partial, target)
        .with_context(|| format!("moving {} into place", target.display()))?;
    Ok(())
}
