//! What a backup needs from the database: a consistent copy of a SQLite
//! file while others keep writing, the last migration a database has seen,
//! and whether a database is still empty (a restore must not mix two
//! databases' rows).

use std::path::Path;

use anyhow::Context;
use diesel::connection::SimpleConnection;
use diesel::sql_types::{BigInt, Nullable, Text};
use diesel::{Connection, QueryableByName, RunQueryDsl, SqliteConnection};

use super::DbConnection;

#[derive(QueryableByName)]
struct LatestMigration {
    #[diesel(sql_type = Nullable<Text>)]
    version: Option<String>,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Copies the live SQLite database into `dest` (which must not exist) with
/// `VACUUM INTO`: one read transaction, so the copy holds every transaction
/// committed before it started, including those still in the WAL file, and
/// writers are not held up. The copy is a single self-contained file.
pub fn sqlite_copy_into(conn: &mut DbConnection, dest: &Path) -> anyhow::Result<()> {
    let DbConnection::Sqlite(sqlite) = conn else {
        anyhow::bail!("a SQLite copy was asked of a PostgreSQL database");
    };
    let path = dest
        .to_str()
        .with_context(|| format!("the path {} is not valid UTF-8", dest.display()))?;
    diesel::sql_query("VACUUM INTO ?")
        .bind::<Text, _>(path)
        .execute(sqlite)
        .with_context(|| format!("copying the database into {}", dest.display()))?;
    // The copy may carry the WAL flag of its source; a backup file must
    // stand alone, with no -wal beside it.
    let mut copy = SqliteConnection::establish(path)
        .with_context(|| format!("opening the copy {}", dest.display()))?;
    copy.batch_execute("PRAGMA journal_mode = DELETE;")
        .with_context(|| format!("making {} a single file", dest.display()))?;
    Ok(())
}

/// The version of the last migration applied (`2026-11-25-000009` style),
/// or `None` for a database that was never migrated.
pub fn latest_migration(conn: &mut DbConnection) -> anyhow::Result<Option<String>> {
    if table_count(conn)? == 0 {
        return Ok(None);
    }
    let query = "SELECT MAX(version) AS version FROM __diesel_schema_migrations";
    let row: LatestMigration = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(query).get_result(c),
        DbConnection::Postgres(c) => diesel::sql_query(query).get_result(c),
    }
    .context("reading the database's migration version")?;
    Ok(row.version)
}

/// The latest migration of a SQLite file, read without the live
/// connection's settings (for a backup's own copy).
pub fn sqlite_file_migration(path: &Path) -> anyhow::Result<Option<String>> {
    let path_str = path
        .to_str()
        .with_context(|| format!("the path {} is not valid UTF-8", path.display()))?;
    let conn = SqliteConnection::establish(path_str)
        .with_context(|| format!("opening {}", path.display()))?;
    latest_migration(&mut DbConnection::Sqlite(conn))
}

/// How many tables the database holds (0 for a new, empty one).
pub fn table_count(conn: &mut DbConnection) -> anyhow::Result<i64> {
    let row: Count = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(
            "SELECT COUNT(*) AS n FROM sqlite_master
             WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .get_result(c),
        DbConnection::Postgres(c) => diesel::sql_query(
            "SELECT COUNT(*) AS n FROM information_schema.tables
             WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
        )
        .get_result(c),
    }
    .context("counting the database's tables")?;
    Ok(row.n)
}

/// The newest migration this build of Answerable knows for the backend, in
/// the form the database records it.
pub fn newest_known_migration(target: &crate::config::DatabaseTarget) -> Option<String> {
    use crate::config::DatabaseTarget;
    use diesel::migration::MigrationSource;
    let versions: Vec<String> = match target {
        DatabaseTarget::Sqlite(_) => {
            MigrationSource::<diesel::sqlite::Sqlite>::migrations(&super::SQLITE_MIGRATIONS)
                .ok()?
                .iter()
                .map(|m| m.name().version().to_string())
                .collect()
        }
        DatabaseTarget::Postgres(_) => {
            MigrationSource::<diesel::pg::Pg>::migrations(&super::POSTGRES_MIGRATIONS)
                .ok()?
                .iter()
                .map(|m| m.name().version().to_string())
                .collect()
        }
    };
    versions.into_iter().max()
}
