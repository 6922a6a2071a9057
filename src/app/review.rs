//! Review: reviewers' scores of written answers, and the right of reply:
//! preliminary findings sent to a company, and its replies within the
//! campaign's window. The queries are in `db::scores` and `db::findings`;
//! what the findings say is `domain::findings`.

mod republish;

pub use republish::{replies_since_publication, republish_needed, LateReply, Outdated};

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::outreach::Settings;
use crate::db::audit::{self, Actor};
use crate::db::campaigns::{self, Campaign};
use crate::db::findings::window;
use crate::db::links::{self, Holder};
use crate::db::outbox::{self, NewEmail};
use crate::db::schema::{
    campaign_targets, campaigns as campaigns_table, companies, findings, replies, scores,
    staff_users,
};
use crate::db::submissions;
use crate::db::{write, DbConnection};
use crate::domain::answers::Snapshot;
use crate::domain::campaign::{parse_time_zone, show_in_zone};
use crate::domain::email_kind::EmailKind;
use crate::domain::findings::{self as findings_rule, Unjudged};
use crate::domain::ids::{ReplyId, StaffUserId, TargetId};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::scoring::{self, Standing};
use crate::email::compose::findings::Findings;

#[derive(Debug, thiserror::Error)]
pub enum ScoreError {
    #[error("no such company in this campaign")]
    NoSuchTarget,
    #[error("only submitted answers are scored")]
    NotSubmitted,
    /// Someone else scored the answer after the form was shown: nothing is
    /// overwritten; their score is what the page shows next.
    #[error("{by} scored this answer meanwhile ({level}): check their score and save again if yours should replace it")]
    Stale { by: String, level: String },
    #[error(transparent)]
    Outage(#[from] crate::app::Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// A reviewer's judgement of one written answer.
pub struct NewScore<'a> {
    pub question: &'a str,
    /// The rubric level's key, and its points (none: not applicable).
    pub level: &'a str,
    pub points: Option<u8>,
    pub rationale: &'a str,
    /// The [`stamp`] of the score the form was filled in against (none:
    /// not checked). A different score stored since is not overwritten.
    pub seen: Option<&'a str>,
}

/// What a scoring form carries to tell whether the score it was filled in
/// against is still the stored one: when it was scored, or "unscored".
pub fn stamp(scored_at: Option<NaiveDateTime>) -> String {
    scored_at.map_or_else(
        || "unscored".to_string(),
        |at| at.and_utc().timestamp_micros().to_string(),
    )
}

/// Scores one written answer of a company's latest revision, with an
/// audit entry that has the old and the new level.
pub fn score(
    conn: &mut DbConnection,
    actor: &Actor,
    by: &StaffUserId,
    campaign: &Campaign,
    target: &TargetId,
    new: &NewScore<'_>,
    now: NaiveDateTime,
) -> Result<(), ScoreError> {
    write(conn, |conn| {
        let row = campaigns::targets(conn, &campaign.id)?
            .into_iter()
            .find(|t| &t.id == target)
            .ok_or(ScoreError::NoSuchTarget)?;
        let revision = submissions::submissions_of(conn, &row.id)?
            .into_iter()
            .next()
            .ok_or(ScoreError::NotSubmitted)?
            .revision;
        let stored: Option<(String, NaiveDateTime, String)> = scores::table
            .inner_join(staff_users::table)
            .filter(scores::target_id.eq(&row.id))
            .filter(scores::question_key.eq(new.question))
            .select((scores::level, scores::scored_at, staff_users::name))
            .get_result(conn)
            .optional()?;
        if let Some(seen) = new.seen {
            if seen != stamp(stored.as_ref().map(|s| s.1)) {
                let (level, _, by) = stored.unwrap_or_default();
                return Err(ScoreError::Stale { by, level });
            }
        }
        let old = stored.map(|s| s.0);
        let points = new.points.map(i32::from);
        if old.is_some() {
            diesel::update(scores::table.find((&row.id, new.question)))
                .set((
                    scores::level.eq(new.level),
                    scores::points.eq(points),
                    scores::rationale.eq(new.rationale),
                    scores::revision.eq(revision),
                    scores::scored_by.eq(by),
                    scores::scored_at.eq(now),
                ))
                .execute(conn)?;
        } else {
            diesel::insert_into(scores::table)
                .values((
                    scores::target_id.eq(&row.id),
                    scores::question_key.eq(new.question),
                    scores::level.eq(new.level),
                    scores::points.eq(points),
                    scores::rationale.eq(new.rationale),
                    scores::revision.eq(revision),
                    scores::scored_by.eq(by),
                    scores::scored_at.eq(now),
                ))
                .execute(conn)?;
        }
        audit::record(
            conn,
            actor,
            "score.changed",
            &campaign.slug,
            None,
            &format!(
                "{} / {}: {} → {} (revision {}): {}",
                row.company_name,
                new.question,
                old.as_deref().unwrap_or("unscored"),
                new.level,
                revision,
                new.rationale
            ),
            now,
        )?;
        Ok(())
    })
}

#[derive(Debug, thiserror::Error)]
pub enum ReplyError {
    #[error("no findings have been sent to your company")]
    NotSent,
    /// The reply window ended at this moment (UTC), shown in the
    /// campaign's time zone.
    #[error("the time to reply ended on {}", show_in_zone(*.0, *.1))]
    Closed(chrono::NaiveDateTime, chrono_tz::Tz),
    #[error("write a reply first")]
    Empty,
    #[error("keep the reply under 20,000 characters")]
    TooLong,
    #[error("findings are sent only to companies that submitted answers")]
    NotSubmitted,
    /// Findings are sent only when every scored question is judged.
    #[error("{} scored question(s) are not judged yet", .0.len())]
    NotReady(Vec<Unjudged>),
    #[error("an email cannot be written: {0}")]
    Template(#[from] askama::Error),
    #[error("the stored answers cannot be read: {0}")]
    Snapshot(#[from] serde_json::Error),
    #[error(transparent)]
    Outage(#[from] crate::app::Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// Sends the findings to every reachable contact, each with a fresh link,
/// and opens the reply window: for each scored question the prompt, the
/// company's own answer, the score and the reason. Refused while any scored
/// question of the company's latest submission is still to be judged
/// (checked here, in the transaction that sends). Sending again replaces
/// the text and opens a new window.
pub fn send_findings(
    conn: &mut DbConnection,
    actor: &Actor,
    target: &TargetId,
    questionnaire: &Questionnaire,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<NaiveDateTime, ReplyError> {
    write(conn, |conn| {
        let (campaign, company_id, company): (Campaign, crate::domain::ids::CompanyId, String) =
            campaign_targets::table
                .inner_join(campaigns_table::table)
                .inner_join(companies::table)
                .filter(campaign_targets::id.eq(target))
                .select((Campaign::as_select(), companies::id, companies::name))
                .get_result(conn)?;
        let (_, json) = submissions::latest(conn, target)?.ok_or(ReplyError::NotSubmitted)?;
        let snapshot: Snapshot = serde_json::from_str(&json)?;
        let rows = crate::db::scores::scores_of(conn, target)?;
        let card = scoring::score(
            questionnaire,
            Standing::Responded,
            &snapshot.answers_map(),
            &crate::db::scores::judgements(&rows),
        );
        let missing = findings_rule::unjudged(&snapshot, &card);
        if !missing.is_empty() {
            return Err(ReplyError::NotReady(missing));
        }
        let judged = rows
            .into_iter()
            .map(|r| (r.question_key, (r.level, r.rationale)))
            .collect();
        let composed = findings_rule::compose(questionnaire, &snapshot, &card, &judged);
        // Kept as sent, and shown on the company's page, in the language
        // of the questionnaire's own words; each email in its contact's.
        let text = composed.text(crate::email::compose::language_for(
            "",
            &questionnaire.default_language,
        ));
        let until = now + Duration::days(i64::from(campaign.reply_window_days));
        diesel::delete(findings::table.find(target)).execute(conn)?;
        diesel::insert_into(findings::table)
            .values((
                findings::target_id.eq(target),
                findings::sent_at.eq(now),
                findings::reply_until.eq(until),
                findings::body.eq(&text),
            ))
            .execute(conn)?;
        let tz = parse_time_zone(&campaign.time_zone).unwrap_or(chrono_tz::UTC);
        for contact in super::outreach::reachable_contacts(conn, &company_id)? {
            let link = links::issue(conn, target, &contact.id, now)?;
            let tr = crate::email::compose::language_for(
                &contact.language,
                &questionnaire.default_language,
            );
            let letter = Findings {
                tr,
                campaign_title: campaign.title.clone(),
                company_name: company.clone(),
                contact_name: contact.name.clone(),
                contact_email: campaign.contact_email.clone(),
                findings: composed.text(tr),
                composed: composed.clone(),
                reply_until: tr.date_time(until, tz),
            };
            outbox::enqueue(
                conn,
                NewEmail {
                    dedupe_key: format!(
                        "findings:{target}:{}:{}",
                        now.and_utc().timestamp(),
                        contact.id
                    ),
                    kind: EmailKind::Findings,
                    campaign_id: Some(&campaign.id),
                    target_id: Some(target),
                    contact_id: Some(&contact.id),
                    to: &contact.email,
                    reply_to: Some(&campaign.contact_email),
                    rendered: letter.render()?,
                    secret_link: Some(links::url(&settings.base_url, &link.token)),
                },
                now,
            )?;
        }
        audit::record(
            conn,
            actor,
            "findings.sent",
            &campaign.slug,
            None,
            &format!("{company}: reply until {until} UTC"),
            now,
        )?;
        Ok(until)
    })
}

/// A representative's reply, while the window is open.
pub fn add(
    conn: &mut DbConnection,
    holder: &Holder,
    body: &str,
    base_url: &url::Url,
    now: NaiveDateTime,
) -> Result<(), ReplyError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(ReplyError::Empty);
    }
    if body.chars().count() > 20_000 {
        return Err(ReplyError::TooLong);
    }
    let target = &holder.link.target_id;
    write(conn, |conn| {
        // One decision about this company at a time: a double click's
        // second post waits here, then finds the first one's reply.
        crate::db::campaigns::lock_target(conn, target)?;
        let (_, until) = window(conn, target)?.ok_or(ReplyError::NotSent)?;
        if now >= until {
            let tz = parse_time_zone(&holder.campaign.time_zone).unwrap_or(chrono_tz::UTC);
            return Err(ReplyError::Closed(until, tz));
        }
        if crate::db::findings::latest_reply_is(conn, target, &holder.link.contact_id, body)? {
            // The same words from the same person, again: already recorded.
            return Ok(());
        }
        let id = ReplyId::new();
        diesel::insert_into(replies::table)
            .values((
                replies::id.eq(&id),
                replies::target_id.eq(target),
                replies::contact_id.eq(&holder.link.contact_id),
                replies::body.eq(body),
                replies::replied_at.eq(now),
            ))
            .execute(conn)?;
        crate::app::notifications::replied::<ReplyError>(conn, base_url, holder, &id, body, now)?;
        audit::record(
            conn,
            &Actor::Representative {
                email: holder.contact_email.clone(),
            },
            "reply.added",
            &holder.campaign.slug,
            None,
            &holder.company_name,
            now,
        )?;
        Ok(())
    })
}
