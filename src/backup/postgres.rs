//! PostgreSQL backups go through PostgreSQL's own client tools: `pg_dump`
//! in its custom format (one snapshot, so consistent while others write)
//! and `pg_restore`. The password travels in `PGPASSWORD`, never on a
//! command line that `ps` shows.

use std::path::Path;
use std::process::Command;

use anyhow::Context;
use url::Url;

/// The URL without its password, for messages and command lines.
pub fn redacted(url: &str) -> String {
    match Url::parse(url) {
        Ok(mut parsed) => {
            let _ = parsed.set_password(None);
            parsed.to_string()
        }
        Err(_) => "the configured PostgreSQL URL".to_string(),
    }
}

fn command(program: &str, url: &str) -> anyhow::Result<Command> {
    let parsed = Url::parse(url).context("reading ANSWERABLE_DATABASE_URL")?;
    let mut command = Command::new(program);
    if let Some(password) = parsed.password() {
        command.env("PGPASSWORD", percent_decode(password));
    }
    command.arg(format!("--dbname={}", redacted(url)));
    Ok(command)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn run(mut command: Command, program: &str, instead: &str) -> anyhow::Result<()> {
    let output = match command.output() {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => anyhow::bail!(
            "{program} was not found on PATH. Install PostgreSQL's client tools (on Debian: apt-get install postgresql-client), of the server's major version or newer, or run it yourself: {instead}"
        ),
        Err(e) => return Err(e).with_context(|| format!("running {program}")),
    };
    if !output.status.success() {
        anyhow::bail!(
            "{program} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}

/// Dumps the database into the new file `file`.
pub fn dump(url: &str, file: &Path) -> anyhow::Result<()> {
    let mut pg_dump = command("pg_dump", url)?;
    pg_dump
        .args(["--format=custom", "--no-owner", "--no-privileges", "--file"])
        .arg(file);
    let instead = format!(
        "pg_dump --format=custom --no-owner --no-privileges --file=answerable.pgdump '{}' (a dump without the data folder and without a manifest; restore it with pg_restore, then run answerable migrate).",
        redacted(url)
    );
    run(pg_dump, "pg_dump", &instead)
}

/// Restores the dump `file` into the database, in one transaction: a
/// failure leaves the database as it was. `replace` drops what the dump
/// would create first.
pub fn restore(url: &str, file: &Path, replace: bool) -> anyhow::Result<()> {
    let mut pg_restore = command("pg_restore", url)?;
    pg_restore.args([
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
    ]);
    if replace {
        pg_restore.args(["--clean", "--if-exists"]);
    }
    pg_restore.arg(file);
    let instead = format!(
        "pg_restore --no-owner --no-privileges --single-transaction --dbname='{}' {}, then answerable migrate.",
        redacted(url),
        file.display()
    );
    run(pg_restore, "pg_restore", &instead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_stays_off_the_command_line() {
        assert_eq!(
            redacted("postgres://u:s%40cret@db:5432/a"),
            "postgres://u@db:5432/a"
        );
        assert_eq!(percent_decode("s%40cret%"), "s@cret%");
        let c = command("pg_dump", "postgres://u:s%40cret@db:5432/a").unwrap();
        let args: Vec<_> = c
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(args, ["--dbname=postgres://u@db:5432/a"]);
        assert!(c
            .get_envs()
            .any(|(k, v)| k == "PGPASSWORD" && v == Some("s@cret".as_ref())));
    }
}
