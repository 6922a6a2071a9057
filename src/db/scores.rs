//! Reviewers' scores of written answers. Every change is in the audit log
//! with the old and the new level.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::audit::{self, Actor};
use super::schema::{scores, staff_users};
use super::{write, DbConnection};
use crate::domain::ids::{StaffUserId, TargetId};
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

/// A reviewer's judgement of one written answer.
pub struct NewScore<'a> {
    pub target: &'a TargetId,
    pub campaign_slug: &'a str,
    pub company: &'a str,
    pub question: &'a str,
    pub level: &'a str,
    pub points: Option<u8>,
    pub rationale: &'a str,
    pub revision: i32,
}

pub fn set(
    conn: &mut DbConnection,
    actor: &Actor,
    by: &StaffUserId,
    new: &NewScore<'_>,
    now: NaiveDateTime,
) -> QueryResult<()> {
    write(conn, |conn| {
        let old: Option<String> = scores::table
            .find((new.target, new.question))
            .select(scores::level)
            .first(conn)
            .optional()?;
        let points = new.points.map(i32::from);
        if old.is_some() {
            diesel::update(scores::table.find((new.target, new.question)))
                .set((
                    scores::level.eq(new.level),
                    scores::points.eq(points),
                    scores::rationale.eq(new.rationale),
                    scores::revision.eq(new.revision),
                    scores::scored_by.eq(by),
                    scores::scored_at.eq(now),
                ))
                .execute(conn)?;
        } else {
            diesel::insert_into(scores::table)
                .values((
                    scores::target_id.eq(new.target),
                    scores::question_key.eq(new.question),
                    scores::level.eq(new.level),
                    scores::points.eq(points),
                    scores::rationale.eq(new.rationale),
                    scores::revision.eq(new.revision),
                    scores::scored_by.eq(by),
                    scores::scored_at.eq(now),
                ))
                .execute(conn)?;
        }
        audit::record(
            conn,
            actor,
            "score.changed",
            new.campaign_slug,
            None,
            &format!(
                "{} / {}: {} → {} (revision {}): {}",
                new.company,
                new.question,
                old.as_deref().unwrap_or("unscored"),
                new.level,
                new.revision,
                new.rationale
            ),
            now,
        )
    })
}
