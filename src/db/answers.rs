//! A company's working answers (drafts, several representatives at once)
//! and where its response stands, as stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{answers, campaign_targets, campaigns, contacts};
use super::timestamps::{MaybeStamp, Stamp};
use super::DbConnection;
use crate::domain::answers::Answers;
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::ids::{ContactId, TargetId};

/// One stored answer with who last changed it.
#[derive(Debug, Clone, Queryable)]
pub struct StoredAnswer {
    pub question_key: String,
    pub value: String,
    pub version: i32,
    #[diesel(deserialize_as = crate::db::timestamps::Stamp)]
    pub updated_at: NaiveDateTime,
    pub updated_by: ContactId,
    pub updated_by_name: String,
    /// The language it was given in ("" when saved before this was kept).
    pub language: String,
}

/// The columns of a [`StoredAnswer`], from `answers` joined with
/// `contacts` (who last changed it).
macro_rules! stored_answer_columns {
    () => {
        (
            answers::question_key,
            answers::value,
            answers::version,
            answers::updated_at,
            answers::updated_by,
            contacts::name,
            answers::language,
        )
    };
}

pub fn answers_of(conn: &mut DbConnection, target: &TargetId) -> QueryResult<Vec<StoredAnswer>> {
    crate::db::on_backend!(conn, c => answers::table
        .inner_join(contacts::table)
        .filter(answers::target_id.eq(target))
        .select(stored_answer_columns!())
        .load(c))
}

/// Stores the first answer to a question; 1 when written. (Two first
/// answers at once: the second fails on the primary key.)
pub fn insert_first(
    conn: &mut DbConnection,
    target: &TargetId,
    key: &str,
    value: &str,
    by: &ContactId,
    language: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::insert_into(answers::table)
        .values((
            answers::target_id.eq(target),
            answers::question_key.eq(key),
            answers::value.eq(value),
            answers::version.eq(1),
            answers::updated_at.eq(now),
            answers::updated_by.eq(by),
            answers::language.eq(language),
        ))
        .execute(conn)
}

/// Replaces an answer if its stored version is still `version`, making
/// it `version + 1`; 1 when written, 0 when someone changed it meanwhile.
#[allow(clippy::too_many_arguments)]
pub fn replace_version(
    conn: &mut DbConnection,
    target: &TargetId,
    key: &str,
    version: i32,
    value: &str,
    by: &ContactId,
    language: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let update = ReplaceVersion {
        target: target.as_str(),
        key,
        version,
        next: version + 1,
        value,
        by: by.as_str(),
        language,
        now,
    };
    super::on_backend!(conn, c => update.execute(c))
}

/// The versioned answer `UPDATE` of [`replace_version`] as one fixed
/// statement. diesel prepares every `update(…)` again on each call (its
/// `SET` list could differ from one call to the next), and on PostgreSQL
/// plans it again too; this one each connection prepares once and keeps.
/// An autosave is mostly this statement.
struct ReplaceVersion<'a> {
    target: &'a str,
    key: &'a str,
    version: i32,
    next: i32,
    value: &'a str,
    by: &'a str,
    language: &'a str,
    now: NaiveDateTime,
}

impl diesel::query_builder::QueryId for ReplaceVersion<'_> {
    type QueryId = ReplaceVersion<'static>;
    const HAS_STATIC_QUERY_ID: bool = true;
}

impl<DB> diesel::query_builder::QueryFragment<DB> for ReplaceVersion<'_>
where
    DB: diesel::backend::Backend,
    answers::table: diesel::query_builder::QueryFragment<DB>,
    str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
    i32: diesel::serialize::ToSql<diesel::sql_types::Integer, DB>,
    NaiveDateTime: diesel::serialize::ToSql<diesel::sql_types::Timestamp, DB>,
{
    /// The table and columns are named from `schema.rs`, so that a
    /// renamed column fails to compile here as in any other query.
    fn walk_ast<'b>(
        &'b self,
        mut out: diesel::query_builder::AstPass<'_, 'b, DB>,
    ) -> QueryResult<()> {
        use diesel::sql_types::{Integer, Text, Timestamp};
        use diesel::Column;
        out.push_sql("UPDATE ");
        answers::table.walk_ast(out.reborrow())?;
        out.push_sql(" SET ");
        equals::<_, Text, _>(&mut out, answers::value::NAME, self.value)?;
        out.push_sql(", ");
        equals::<_, Integer, _>(&mut out, answers::version::NAME, &self.next)?;
        out.push_sql(", ");
        equals::<_, Timestamp, _>(&mut out, answers::updated_at::NAME, &self.now)?;
        out.push_sql(", ");
        equals::<_, Text, _>(&mut out, answers::updated_by::NAME, self.by)?;
        out.push_sql(", ");
        equals::<_, Text, _>(&mut out, answers::language::NAME, self.language)?;
        out.push_sql(" WHERE ");
        equals::<_, Text, _>(&mut out, answers::target_id::NAME, self.target)?;
        out.push_sql(" AND ");
        equals::<_, Text, _>(&mut out, answers::question_key::NAME, self.key)?;
        out.push_sql(" AND ");
        equals::<_, Integer, _>(&mut out, answers::version::NAME, &self.version)?;
        Ok(())
    }
}

impl<Conn> RunQueryDsl<Conn> for ReplaceVersion<'_> {}

/// `"column" = ?` with its value bound.
fn equals<'b, DB, ST, T>(
    out: &mut diesel::query_builder::AstPass<'_, 'b, DB>,
    column: &str,
    value: &'b T,
) -> QueryResult<()>
where
    DB: diesel::backend::Backend + diesel::sql_types::HasSqlType<ST>,
    T: diesel::serialize::ToSql<ST, DB> + ?Sized,
{
    out.push_identifier(column)?;
    out.push_sql(" = ");
    out.push_bind_param::<ST, T>(value)
}

pub fn as_map(stored: &[StoredAnswer]) -> Answers {
    stored
        .iter()
        .map(|a| (a.question_key.clone(), a.value.clone()))
        .collect()
}

/// How many answers the company has drafted.
pub fn count_of(conn: &mut DbConnection, target: &TargetId) -> QueryResult<i64> {
    answers::table
        .filter(answers::target_id.eq(target))
        .count()
        .get_result(conn)
}

/// Where the company's response stands, with its campaign's rules as
/// they are now (read inside the transaction that acts on them, so that a
/// campaign closed a moment ago is seen closed).
#[derive(Debug, Clone)]
pub struct ResponseState {
    pub last_activity_at: Option<NaiveDateTime>,
    pub status: TargetStatus,
    /// The company's own deadline, when it was given more time.
    pub own_deadline: Option<NaiveDateTime>,
    pub campaign_state: CampaignState,
    pub campaign_deadline: NaiveDateTime,
    /// Whether the editor ended every company's time at closing.
    pub cut_short: bool,
    pub allow_amendments: bool,
}

impl ResponseState {
    /// The company's deadline: its extension, or the campaign's.
    pub fn deadline(&self) -> NaiveDateTime {
        self.own_deadline.unwrap_or(self.campaign_deadline)
    }
}

type StateRow = (
    TargetStatus,
    MaybeStamp,
    MaybeStamp,
    CampaignState,
    Stamp,
    Option<String>,
    bool,
);

/// The columns of a [`StateRow`], from `campaign_targets` joined with
/// `campaigns`.
macro_rules! state_columns {
    () => {
        (
            campaign_targets::status,
            campaign_targets::deadline_at,
            campaign_targets::last_activity_at,
            campaigns::state,
            campaigns::deadline_at,
            campaigns::cut_short_reason,
            campaigns::allow_amendments,
        )
    };
}

pub fn state_of(conn: &mut DbConnection, target: &TargetId) -> QueryResult<ResponseState> {
    let row = crate::db::on_backend!(conn, c => campaign_targets::table
            .inner_join(campaigns::table)
            .filter(campaign_targets::id.eq(target))
            .select(state_columns!())
            .get_result::<StateRow>(c))?;
    Ok(to_state(row))
}

fn to_state(row: StateRow) -> ResponseState {
    let (status, own_deadline, last_activity_at, campaign_state, campaign_deadline, cut, amend) =
        row;
    ResponseState {
        last_activity_at: last_activity_at.0,
        status,
        own_deadline: own_deadline.0,
        campaign_state,
        campaign_deadline: campaign_deadline.0,
        cut_short: cut.is_some(),
        allow_amendments: amend,
    }
}

/// Where the company's response stands and all its answers, in one
/// statement: what a save or a submission reads inside its transaction
/// (one round trip fewer on PostgreSQL than [`state_of`] then
/// [`answers_of`]).
pub fn state_and_answers(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<(ResponseState, Vec<StoredAnswer>)> {
    let rows: Vec<(StateRow, Option<StoredAnswer>)> = crate::db::on_backend!(conn, c => campaign_targets::table
        .inner_join(campaigns::table)
        .left_join(answers::table.on(answers::target_id.eq(campaign_targets::id)))
        .left_join(contacts::table.on(contacts::id.eq(answers::updated_by)))
        .filter(campaign_targets::id.eq(target))
        .select((
            state_columns!(),
            stored_answer_columns!().nullable(),
        ))
        .load(c))?;
    let mut rows = rows.into_iter();
    let (state, first) = rows.next().ok_or(diesel::result::Error::NotFound)?;
    let answers = first
        .into_iter()
        .chain(rows.filter_map(|(_, a)| a))
        .collect();
    Ok((to_state(state), answers))
}

/// The company's decision to decline, if it has declined.
pub fn declined(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Option<(NaiveDateTime, Option<String>)>> {
    let row: (Option<NaiveDateTime>, Option<String>) = campaign_targets::table
        .find(target)
        .select((
            campaign_targets::declined_at,
            campaign_targets::decline_reason,
        ))
        .get_result(conn)?;
    Ok(row.0.map(|at| (at, row.1)))
}
