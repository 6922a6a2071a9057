//! The database: one code path for SQLite and PostgreSQL through diesel's
//! `MultiConnection`. Only what truly differs between them (opening a
//! connection, immediate transactions, migrations) matches on the backend.
//!
//! One row by a key is `get_result`, not `first`: diesel's `first` adds
//! `LIMIT ?`, and SQLite (3.50) marks a bound limit as a value that may
//! change the query plan, so the statement is compiled again at every
//! execution though diesel caches it (half of the server's time under
//! autosave load went there). `first` stays where an `ORDER BY` picks
//! the row among many.

pub mod answers;
pub mod api_tokens;
pub mod audit;
pub mod campaign_emails;
pub mod campaigns;
pub mod companies;
pub mod dashboard;
pub mod directory;
pub mod evidence;
pub mod findings;
pub mod group_commit;
pub mod letters;
pub mod links;
pub mod mail_relay;
pub mod outbox;
pub mod outreach;
pub mod publications;
pub mod questionnaires;
mod savepoints;
pub mod schema;
pub mod scores;
pub mod sessions;
pub mod sign_in_attempts;
pub mod snapshot;
pub mod staff;
pub mod staff_notices;
pub mod submissions;
pub mod timestamps;
pub mod two_factor;

use std::time::Duration;

use anyhow::Context;
use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::r2d2::{self, ManageConnection, R2D2Connection};
use diesel::{Connection, PgConnection, SqliteConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::config::DatabaseTarget;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

/// How long a SQLite writer waits for another's lock before failing.
const SQLITE_BUSY_TIMEOUT_MS: u64 = 5000;

pub type Pool = r2d2::Pool<Manager>;
/// How many connections a pool holds and how many are idle.
pub type PoolState = r2d2::State;
pub type PooledConnection = r2d2::PooledConnection<Manager>;

/// Opens connections of the configured kind. diesel's own `establish`
/// would try each backend in turn, and SQLite accepts any string as a file
/// name: a mistyped PostgreSQL URL must never become a new empty file.
#[derive(Debug, Clone)]
pub struct Manager {
    target: DatabaseTarget,
}

impl Manager {
    pub fn new(target: DatabaseTarget) -> Self {
        Manager { target }
    }
}

pub fn open(target: &DatabaseTarget) -> Result<DbConnection, diesel::ConnectionError> {
    match target {
        DatabaseTarget::Sqlite(path) => {
            let path = path.to_str().ok_or_else(|| {
                diesel::ConnectionError::InvalidConnectionUrl(
                    "the SQLite path is not valid UTF-8".into(),
                )
            })?;
            let mut conn = SqliteConnection::establish(path)?;
            // busy_timeout first: switching to WAL may itself wait for a lock.
            conn.batch_execute(&format!(
                "PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS};
                 PRAGMA journal_mode = WAL;
                 PRAGMA synchronous = NORMAL;
                 PRAGMA foreign_keys = ON;"
            ))
            .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
            Ok(DbConnection::Sqlite(conn))
        }
        DatabaseTarget::Postgres(url) => {
            let mut conn = PgConnection::establish(url)?;
            conn.batch_execute("SET TIME ZONE 'UTC'")
                .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
            Ok(DbConnection::Postgres(conn))
        }
    }
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        open(&self.target).map_err(r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.ping().map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        std::thread::panicking() || conn.is_broken()
    }
}

/// Opens the pool, checking that the database answers, so that a wrong
/// address stops start-up with a clear message instead of failing later.
pub fn connect(target: &DatabaseTarget) -> anyhow::Result<Pool> {
    if let DatabaseTarget::Sqlite(path) = target {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            crate::private_files::create_dir(parent).with_context(|| {
                format!("creating the folder {} for the database", parent.display())
            })?;
        }
    }
    // Fail fast with diesel's own words rather than r2d2's generic time-out.
    open(target).map_err(|e| anyhow::anyhow!("{}", e.to_string().trim()))?;
    if let DatabaseTarget::Sqlite(path) = target {
        crate::private_files::restrict_file(path)
            .with_context(|| format!("making {} readable by its owner only", path.display()))?;
    }
    let size = match target {
        DatabaseTarget::Sqlite(_) => 8,
        DatabaseTarget::Postgres(_) => 10,
    };
    r2d2::Pool::builder()
        .max_size(size)
        // No ping before every use: a broken connection is noticed when it
        // fails (`has_broken`) and replaced; the ping cost a query a request.
        .test_on_check_out(false)
        .connection_timeout(Duration::from_secs(10))
        .build(Manager::new(target.clone()))
        .context("opening the database connection pool")
}

/// Runs the migrations that this database has not seen yet; returns their
/// names.
pub fn migrate(conn: &mut DbConnection) -> anyhow::Result<Vec<String>> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c
            .run_pending_migrations(SQLITE_MIGRATIONS)
            .map(|v| v.iter().map(|m| m.to_string()).collect()),
        DbConnection::Postgres(c) => c
            .run_pending_migrations(POSTGRES_MIGRATIONS)
            .map(|v| v.iter().map(|m| m.to_string()).collect()),
    };
    applied.map_err(|e| anyhow::anyhow!("running database migrations: {e}"))
}

/// Runs a query on the backend's own connection: `on_backend!(conn, c =>
/// query.get_result(c))`. Through the `MultiConnection` every execution
/// writes the query's SQL out again to find it in the prepared-statement
/// cache; on the backend's own connection a query whose shape is fixed is
/// found by its type. For the statements of every representative request
/// (the session check, a save), where that was a fifth of the server's
/// time.
macro_rules! on_backend {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite($c) => $body,
            $crate::db::DbConnection::Postgres($c) => $body,
        }
    };
}
pub(crate) use on_backend;

/// SQLite has one writer at a time. Writers of this process queue here, and
/// are woken the moment the lock is free, instead of meeting SQLite's busy
/// handler, which sleeps in steps of up to 100 ms and makes a slow tail of
/// latencies when many people save at once. (Other processes, such as a
/// cron `jobs run-once`, still meet the busy handler: they are few.)
static SQLITE_WRITER: std::sync::Mutex<()> = std::sync::Mutex::new(());

thread_local! {
    /// Whether this thread holds [`SQLITE_WRITER`] (a write inside a write).
    static HOLDS_WRITER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` in a write transaction. On SQLite the transaction is
/// `BEGIN IMMEDIATE`: it takes the write lock at the start, so two writers
/// wait for each other (busy_timeout) instead of one failing half-way with
/// "database is locked" when it upgrades a read lock.
pub fn write<T, E>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    if matches!(conn, DbConnection::Postgres(_)) {
        return conn.transaction(f);
    }
    let _held = WriterLock::take();
    sqlite_write(conn, f)
}

/// This thread's hold on [`SQLITE_WRITER`]: taken unless the thread holds
/// it already (a write inside a write), and given back when dropped, a
/// panic included.
struct WriterLock {
    guard: Option<std::sync::MutexGuard<'static, ()>>,
}

impl WriterLock {
    fn take() -> WriterLock {
        if HOLDS_WRITER.with(|h| h.get()) {
            return WriterLock { guard: None };
        }
        // A panic while holding the lock poisons it; the data is `()`, so go on.
        let guard = SQLITE_WRITER
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        HOLDS_WRITER.with(|h| h.set(true));
        WriterLock { guard: Some(guard) }
    }
}

impl Drop for WriterLock {
    fn drop(&mut self) {
        if self.guard.take().is_some() {
            HOLDS_WRITER.with(|h| h.set(false));
        }
    }
}

fn sqlite_write<T, E>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    let DbConnection::Sqlite(sqlite) = conn else {
        return conn.transaction(f);
    };
    // Inside a transaction already (a batch of saves, `group_commit`): a
    // savepoint, undone alone if `f` fails.
    if AnsiTransactionManager::transaction_manager_status_mut(sqlite)
        .transaction_depth()?
        .is_some()
    {
        return savepoints::nested(conn, f);
    }
    AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
    // From here the transaction manager of `conn` knows a transaction is
    // open, so nested `transaction` calls inside `f` become savepoints.
    match f(conn) {
        Ok(value) => {
            <DbConnection as Connection>::TransactionManager::commit_transaction(conn)?;
            Ok(value)
        }
        Err(user_error) => {
            match <DbConnection as Connection>::TransactionManager::rollback_transaction(conn) {
                Ok(()) | Err(diesel::result::Error::BrokenTransactionManager) => Err(user_error),
                Err(rollback_error) => Err(rollback_error.into()),
            }
        }
    }
}

/// Runs a multi-row `INSERT` of `$rows` into `$table`. diesel's
/// `MultiConnection` cannot build one (SQLite's takes a path of its own),
/// so it runs on the connection inside, in the same transaction. Keep
/// `$rows` to a few hundred: both databases bound the parameters of one
/// statement.
macro_rules! insert_rows {
    ($conn:expr, $table:expr, $rows:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite(c) => {
                diesel::insert_into($table).values($rows).execute(c)
            }
            $crate::db::DbConnection::Postgres(c) => {
                diesel::insert_into($table).values($rows).execute(c)
            }
        }
    };
}
pub(crate) use insert_rows;

/// Whether the database answers a trivial query.
pub fn ping(conn: &mut DbConnection) -> bool {
    conn.ping().is_ok()
}

/// Whether the database takes a write: rewrites the one row of
/// `health_probe`. A read (`ping`) succeeds on a full disk or a read-only
/// database; this does not. It gives up after about `patience` instead of
/// waiting the usual time for a lock.
pub fn probe_write(
    conn: &mut DbConnection,
    now: chrono::NaiveDateTime,
    patience: Duration,
) -> diesel::QueryResult<()> {
    use diesel::prelude::*;
    use schema::health_probe;
    let millis = patience.as_millis();
    let update = |conn: &mut DbConnection| {
        diesel::update(health_probe::table.find(1))
            .set(health_probe::checked_at.eq(now))
            .execute(conn)
            .map(|_| ())
    };
    match conn {
        DbConnection::Postgres(_) => conn.transaction(|conn| {
            conn.batch_execute(&format!(
                "SET LOCAL statement_timeout = {millis}; SET LOCAL lock_timeout = {millis};"
            ))?;
            update(conn)
        }),
        DbConnection::Sqlite(_) => {
            conn.batch_execute(&format!("PRAGMA busy_timeout = {millis}"))?;
            let result = update(conn);
            conn.batch_execute(&format!("PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}"))?;
            result
        }
    }
}

pub fn backend_name(conn: &DbConnection) -> &'static str {
    match conn {
        DbConnection::Sqlite(_) => "sqlite",
        DbConnection::Postgres(_) => "postgres",
    }
}

pub fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}
