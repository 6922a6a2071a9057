//! The data folder holds what must not leak: emails with live links,
//! uploaded directories of contacts, the database. Everything the service
//! creates there is for its own user alone (folders 0700, files 0600),
//! whatever the umask of the shell or unit that started it.

use std::io;
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Creates `dir` and its missing parents owner-only, and makes `dir`
/// itself owner-only if it was there already.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(dir)?;
    restrict(dir, 0o700)
}

/// Writes a new file (or replaces one) that only the owner can read.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    // An existing file keeps its mode through `open`: set it.
    restrict(path, 0o600)
}

/// Makes an existing file owner-only (SQLite gives its -wal and -shm files
/// the mode of the database file, so restricting that one covers them).
pub fn restrict_file(path: &Path) -> io::Result<()> {
    restrict(path, 0o600)
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> io::Result<()> {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn restrict(_: &Path, _: u32) -> io::Result<()> {
    Ok(())
}
