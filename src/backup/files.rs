//! Files of a backup: owner-only folders and files (mail files hold live
//! links, the database holds personal data), copies that compute their
//! SHA-256 as they go, and the list of the data folder's files.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use sha2::{Digest, Sha256};

/// Size and SHA-256 (hex) of a file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest256 {
    pub bytes: u64,
    pub sha256: String,
}

/// Makes a folder (and its missing parents) that only the owner may read.
pub fn create_private_dir(path: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path)
}

/// Creates a new file that only the owner may read; fails if it exists.
fn create_private_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Takes every permission but the owner's from a file made by another
/// program (SQLite, pg_dump).
pub fn make_private(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Copies `from` into the new file `to` (its folder made as needed),
/// flushed to disk; returns the digest of the bytes written.
pub fn copy_hashed(from: &Path, to: &Path) -> io::Result<Digest256> {
    let mut source = File::open(from)?;
    if let Some(parent) = to.parent() {
        create_private_dir(parent)?;
    }
    let mut target = create_private_file(to)?;
    let digest = pump(&mut source, Some(&mut target))?;
    target.sync_all()?;
    Ok(digest)
}

/// The digest of a file's bytes.
pub fn digest(path: &Path) -> io::Result<Digest256> {
    pump(&mut File::open(path)?, None)
}

fn pump(source: &mut File, mut target: Option<&mut File>) -> io::Result<Digest256> {
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    let mut bytes = 0u64;
    loop {
        let n = match source.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        hasher.update(&buffer[..n]);
        if let Some(target) = target.as_deref_mut() {
            target.write_all(&buffer[..n])?;
        }
        bytes += n as u64;
    }
    Ok(Digest256 {
        bytes,
        sha256: hex::encode(hasher.finalize()),
    })
}

/// Writes `bytes` as the new owner-only file `path`, flushed to disk.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = create_private_file(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Folders of the data folder that hold only what a running process uses:
/// the email workers' slot locks (`email::worker::identity`) mean nothing in a copy.
const RUNTIME_FOLDERS: [&str; 1] = ["workers"];

/// The files of the data folder, relative to it and sorted: everything but
/// `skip` (the live SQLite database and its companions), the runtime
/// folders, files still being written (`.NAME.partial`), and what is not a
/// plain file or folder.
pub fn data_files(data_dir: &Path, skip: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    if !data_dir.exists() {
        return Ok(found);
    }
    let root = data_dir
        .canonicalize()
        .with_context(|| format!("reading the data folder {}", data_dir.display()))?;
    walk(&root, Path::new(""), skip, &mut found)?;
    found.sort();
    Ok(found)
}

fn walk(root: &Path, rel: &Path, skip: &[PathBuf], found: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let dir = root.join(rel);
    let entries = std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        let name = entry.file_name();
        let path = rel.join(&name);
        if skip.iter().any(|s| *s == root.join(&path)) {
            continue;
        }
        let kind = match entry.file_type() {
            Ok(kind) => kind,
            // Removed since the folder was listed (a stale upload).
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        if kind.is_dir() {
            if rel.as_os_str().is_empty() && RUNTIME_FOLDERS.iter().any(|f| name == *f) {
                continue;
            }
            walk(root, &path, skip, found)?;
        } else if kind.is_file() {
            let partial = name
                .to_str()
                .is_some_and(|n| n.starts_with('.') && n.ends_with(".partial"));
            if !partial {
                found.push(path);
            }
        } else {
            tracing::warn!(path = %path.display(), "not a plain file: left out of the backup");
        }
    }
    Ok(())
}

/// The live SQLite database and the files SQLite keeps beside it, as
/// absolute paths (the database's folder resolved), to leave out of a copy
/// of the data folder.
pub fn sqlite_family(database: &Path) -> Vec<PathBuf> {
    let Some(name) = database.file_name() else {
        return Vec::new();
    };
    let folder = database
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let folder = folder
        .canonicalize()
        .unwrap_or_else(|_| folder.to_path_buf());
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| {
            let mut file = name.to_os_string();
            file.push(suffix);
            folder.join(file)
        })
        .collect()
}

/// Flushes a folder's entries (a rename inside it) to disk; best effort.
pub fn sync_dir(path: &Path) {
    if let Ok(dir) = File::open(path) {
        let _ = dir.sync_all();
    }
}
