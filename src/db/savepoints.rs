//! A write inside a batch's transaction (`group_commit`) is a savepoint.
//! diesel writes its savepoint statements out and prepares them again on
//! every use (`batch_execute`; 4% of the server's time when saturated with
//! autosaves); these three are fixed statements, which each connection
//! prepares once.
//! SQLite allows a name to be reused: `RELEASE` and `ROLLBACK TO` act on
//! the innermost savepoint of that name, so savepoints nest.

use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::sqlite::Sqlite;
use diesel::{QueryResult, RunQueryDsl, SqliteConnection};

use super::DbConnection;

macro_rules! fixed_statement {
    ($name:ident, $sql:literal) => {
        struct $name;

        impl QueryId for $name {
            type QueryId = $name;
            const HAS_STATIC_QUERY_ID: bool = true;
        }

        impl QueryFragment<Sqlite> for $name {
            fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
                out.push_sql($sql);
                Ok(())
            }
        }

        impl RunQueryDsl<SqliteConnection> for $name {}
    };
}

fixed_statement!(Open, "SAVEPOINT nested_write");
fixed_statement!(Release, "RELEASE nested_write");
fixed_statement!(Undo, "ROLLBACK TO nested_write");

fn on_sqlite(
    conn: &mut DbConnection,
    run: impl FnOnce(&mut SqliteConnection) -> QueryResult<usize>,
) -> QueryResult<()> {
    match conn {
        DbConnection::Sqlite(c) => run(c).map(drop),
        DbConnection::Postgres(_) => Err(diesel::result::Error::BrokenTransactionManager),
    }
}

/// Runs `f` in a savepoint of the SQLite transaction that `conn` has open:
/// kept (for the transaction to commit) when `f` succeeds, undone when it
/// fails.
pub(super) fn nested<T, E>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    on_sqlite(conn, |c| Open.execute(c))?;
    match f(conn) {
        Ok(value) => {
            on_sqlite(conn, |c| Release.execute(c))?;
            Ok(value)
        }
        Err(user_error) => {
            // `ROLLBACK TO` keeps the savepoint open; `RELEASE` ends it.
            on_sqlite(conn, |c| Undo.execute(c))?;
            on_sqlite(conn, |c| Release.execute(c))?;
            Err(user_error)
        }
    }
}
