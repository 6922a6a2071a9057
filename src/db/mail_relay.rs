//! The SMTP relay's configuration problem, if it has one: recorded by the
//! delivery worker at the first email that meets it, cleared by the next
//! email delivered, read by the dashboard and campaign pages.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::mail_relay_problem;
use super::{write, DbConnection};

const RELAY: &str = "smtp";

/// Why email cannot leave, and since when.
#[derive(Debug, Clone, Queryable)]
pub struct RelayProblem {
    pub problem: String,
    pub since: NaiveDateTime,
    pub last_seen: NaiveDateTime,
}

/// Records `problem`, met at `at`; `since` stays that of the first time.
pub fn record(conn: &mut DbConnection, problem: &str, at: NaiveDateTime) -> QueryResult<()> {
    write(conn, |conn| {
        let updated = diesel::update(mail_relay_problem::table.find(RELAY))
            .set((
                mail_relay_problem::problem.eq(problem),
                mail_relay_problem::last_seen.eq(at),
            ))
            .execute(conn)?;
        if updated == 0 {
            diesel::insert_into(mail_relay_problem::table)
                .values((
                    mail_relay_problem::id.eq(RELAY),
                    mail_relay_problem::problem.eq(problem),
                    mail_relay_problem::since.eq(at),
                    mail_relay_problem::last_seen.eq(at),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// An email went out: whatever was wrong is fixed.
pub fn clear(conn: &mut DbConnection) -> QueryResult<usize> {
    write(conn, |conn| {
        diesel::delete(mail_relay_problem::table.find(RELAY)).execute(conn)
    })
}

pub fn current(conn: &mut DbConnection) -> QueryResult<Option<RelayProblem>> {
    mail_relay_problem::table
        .find(RELAY)
        .select((
            mail_relay_problem::problem,
            mail_relay_problem::since,
            mail_relay_problem::last_seen,
        ))
        .get_result(conn)
        .optional()
}
