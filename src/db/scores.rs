//! Reviewers' scores of written answers, as stored (scoring one is
//! `app::review::score`).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{scores, staff_users};
use super::DbConnection;
use crate::domain::ids::TargetId;
use crate::domain::scoring::Judgement;

#[derive(Debug, Clone, Queryable)]
pub struct ScoreRow {
    pub question_key: String,
    pub level: String,
    pub points: Option<i32>,
    pub rationale: String,
    pub revision: i32,
    pub scored_by: String,
    pub scored_at: NaiveDateTime,
}

pub fn scores_of(conn: &mut DbConnection, target: &TargetId) -> QueryResult<Vec<ScoreRow>> {
    scores::table
        .inner_join(staff_users::table)
        .filter(scores::target_id.eq(target))
        .select((
            scores::question_key,
            scores::level,
            scores::points,
            scores::rationale,
            scores::revision,
            staff_users::name,
            scores::scored_at,
        ))
        .load(conn)
}

/// The judgements as the scoring method takes them.
pub fn judgements(rows: &[ScoreRow]) -> HashMap<String, Judgement> {
    rows.iter()
        .map(|r| {
            (
                r.question_key.clone(),
                Judgement {
                    points: r.points.and_then(|p| u8::try_from(p).ok()),
                },
            )
        })
        .collect()
}
