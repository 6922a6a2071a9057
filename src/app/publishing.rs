//! Publishing a campaign: the results as they stand (statuses, scores,
//! rationales, verbatim answers of the latest submitted revisions, outreach
//! dates) frozen into one document with its SHA-256, as a new version.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::answering as responses;
use crate::db::audit::{self, Actor};
use crate::db::campaigns::{self, Campaign};
use crate::db::questionnaires::QuestionnaireVersion;
use crate::db::schema::{
    campaign_targets, campaigns as campaigns_table, companies, outbox, publications,
};
use crate::db::{scores, write, DbConnection};
use crate::domain::answers::Snapshot;
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{PublicationId, StaffUserId, TargetId};
use crate::domain::publication::{
    DemandScore, Outreach, Publication, PublishedAnswer, PublishedCampaign, PublishedCompany,
    PublishedDemand, PublishedQuestionnaire, LICENCE,
};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::scoring::{self, QuestionScore, Standing};

fn rfc3339(t: NaiveDateTime) -> String {
    t.and_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[derive(Queryable)]
struct TargetFacts {
    id: TargetId,
    slug: String,
    name: String,
    sector: String,
    hq_country: String,
    status: TargetStatus,
    own_deadline: Option<NaiveDateTime>,
    invited_at: Option<NaiveDateTime>,
    first_opened_at: Option<NaiveDateTime>,
    declined_at: Option<NaiveDateTime>,
    decline_reason: Option<String>,
}

/// The document for the campaign as it stands now.
pub fn build(
    conn: &mut DbConnection,
    campaign: &Campaign,
    version: &QuestionnaireVersion,
    questionnaire: &Questionnaire,
    number: i32,
    note: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Publication> {
    let lang = questionnaire.default_language.as_str();
    let targets: Vec<TargetFacts> = campaign_targets::table
        .inner_join(companies::table)
        .filter(campaign_targets::campaign_id.eq(&campaign.id))
        .order(companies::name.asc())
        .select((
            campaign_targets::id,
            companies::slug,
            companies::name,
            companies::sector,
            companies::hq_country,
            campaign_targets::status,
            campaign_targets::deadline_at,
            campaign_targets::invited_at,
            campaign_targets::first_opened_at,
            campaign_targets::declined_at,
            campaign_targets::decline_reason,
        ))
        .load(conn)?;
    let mut published = Vec::new();
    for t in targets {
        let latest = responses::submissions_of(conn, &t.id)?.into_iter().next();
        let snapshot: Option<Snapshot> = match &latest {
            Some(row) => match responses::submission(conn, &t.id, row.revision)? {
                Some((_, json)) => Some(serde_json::from_str(&json)?),
                None => None,
            },
            None => None,
        };
        let score_rows = scores::scores_of(conn, &t.id)?;
        let findings_sent =
            crate::db::findings::window(conn, &t.id)?.map(|(sent, _)| rfc3339(sent));
        let replies = if campaign.publish_replies {
            crate::db::findings::replies_of(conn, &t.id)?
                .into_iter()
                .map(
                    |(body, at, _who)| crate::domain::publication::PublishedReply {
                        body,
                        replied_at: rfc3339(at),
                    },
                )
                .collect()
        } else {
            Vec::new()
        };
        let standing = Standing::of(t.status, latest.is_some());
        let answers_map = snapshot
            .as_ref()
            .map(Snapshot::answers_map)
            .unwrap_or_default();
        let card = scoring::score(
            questionnaire,
            standing,
            &answers_map,
            &scores::judgements(&score_rows),
        );
        let reminded: Vec<NaiveDateTime> = outbox::table
            .filter(outbox::target_id.eq(&t.id))
            .filter(outbox::kind.eq(EmailKind::Reminder))
            .filter(outbox::sent_at.is_not_null())
            .select(outbox::sent_at.assume_not_null())
            .order(outbox::sent_at.asc())
            .load(conn)?;
        let mut reminder_days: Vec<NaiveDateTime> = Vec::new();
        for r in reminded {
            if !reminder_days.iter().any(|d| d.date() == r.date()) {
                reminder_days.push(r);
            }
        }
        let answers = snapshot
            .as_ref()
            .map(|s| {
                s.answers
                    .iter()
                    .map(|a| {
                        let q = questionnaire.question(&a.question);
                        let values = a
                            .values
                            .iter()
                            .map(|v| {
                                q.and_then(|q| {
                                    q.options()
                                        .into_iter()
                                        .find(|o| o.key.as_str() == v)
                                        .map(|o| o.label.get(lang, lang).to_string())
                                })
                                .unwrap_or_else(|| v.clone())
                            })
                            .collect();
                        let judged = score_rows.iter().find(|r| r.question_key == a.question);
                        let level = judged.and_then(|r| {
                            q.and_then(|q| {
                                q.rubric()
                                    .into_iter()
                                    .find(|l| l.key.as_str() == r.level)
                                    .map(|l| l.label.get(lang, lang).to_string())
                            })
                        });
                        let (score, scoring) = match card.question(&a.question) {
                            Some(QuestionScore::Points(p)) => (Some(p), "points"),
                            Some(QuestionScore::NotApplicable) => (None, "not applicable"),
                            Some(QuestionScore::Pending) => (None, "pending"),
                            None => (None, "not scored"),
                        };
                        PublishedAnswer {
                            question: a.question.clone(),
                            number: a.number.clone(),
                            prompt: a.prompt.clone(),
                            values,
                            score,
                            scoring: scoring.to_string(),
                            level,
                            rationale: judged.map(|r| r.rationale.clone()),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        published.push(PublishedCompany {
            slug: t.slug,
            name: t.name,
            sector: t.sector,
            hq_country: t.hq_country,
            standing: standing.label().to_string(),
            outreach: Outreach {
                invited: t.invited_at.map(rfc3339),
                reminded: reminder_days.into_iter().map(rfc3339).collect(),
                first_opened: t.first_opened_at.map(rfc3339),
                submitted: latest.as_ref().map(|s| rfc3339(s.submitted_at)),
                declined: t.declined_at.map(rfc3339),
                deadline: rfc3339(t.own_deadline.unwrap_or(campaign.deadline_at)),
                findings_sent,
            },
            decline_reason: t
                .decline_reason
                .filter(|_| campaign.publish_decline_reasons && standing == Standing::Declined),
            revision: latest.as_ref().map(|s| s.revision),
            submission_digest: latest.as_ref().map(|s| s.digest.clone()),
            total: card.total,
            demand_scores: card
                .demands
                .iter()
                .map(|(k, s)| DemandScore {
                    demand: k.clone(),
                    score: *s,
                })
                .collect(),
            answers,
            replies,
        });
    }
    Ok(Publication {
        format: 1,
        licence: LICENCE.to_string(),
        version: number,
        published_at: rfc3339(now),
        note: note.to_string(),
        campaign: PublishedCampaign {
            slug: campaign.slug.clone(),
            title: campaign.title.clone(),
            time_zone: campaign.time_zone.clone(),
            deadline: rfc3339(campaign.deadline_at),
            organisations: campaigns::organisations_of(conn, &campaign.id)?
                .into_iter()
                .map(|o| o.name)
                .collect(),
            questionnaire: PublishedQuestionnaire {
                slug: version.slug.clone(),
                version: version.version_label.clone(),
                digest: version.digest.clone(),
            },
        },
        demands: questionnaire
            .demands
            .iter()
            .map(|d| PublishedDemand {
                key: d.key.to_string(),
                title: d.title.get(lang, lang).to_string(),
                weight: d.weight(),
            })
            .collect(),
        companies: published,
    })
}

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("the campaign is {0}; close it before publishing")]
    NotClosed(CampaignState),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for PublishError {
    fn from(e: diesel::result::Error) -> Self {
        PublishError::Other(e.into())
    }
}

/// A stored version.
#[derive(Debug, Clone, Queryable)]
pub struct Stored {
    pub id: PublicationId,
    pub version: i32,
    pub digest: String,
    pub published_at: NaiveDateTime,
    pub document: String,
}

/// Publishes the campaign (closed, or published before) as a new version,
/// and moves a closed campaign to published.
pub fn publish(
    conn: &mut DbConnection,
    actor: &Actor,
    by: Option<&StaffUserId>,
    campaign: &Campaign,
    (version, questionnaire): &(QuestionnaireVersion, Questionnaire),
    note: &str,
    now: NaiveDateTime,
) -> Result<Stored, PublishError> {
    write(conn, |conn| {
        let state: CampaignState = campaigns_table::table
            .find(&campaign.id)
            .select(campaigns_table::state)
            .first(conn)?;
        if !matches!(state, CampaignState::Closed | CampaignState::Published) {
            return Err(PublishError::NotClosed(state));
        }
        let last: Option<i32> = publications::table
            .filter(publications::campaign_id.eq(&campaign.id))
            .select(diesel::dsl::max(publications::version))
            .first(conn)?;
        let number = last.unwrap_or(0) + 1;
        let document = build(conn, campaign, version, questionnaire, number, note, now)?;
        let json = document.to_json();
        let digest = Publication::digest_of(&json);
        let id = PublicationId::new();
        diesel::insert_into(publications::table)
            .values((
                publications::id.eq(&id),
                publications::campaign_id.eq(&campaign.id),
                publications::version.eq(number),
                publications::document.eq(&json),
                publications::digest.eq(&digest),
                publications::published_at.eq(now),
                publications::published_by.eq(by),
            ))
            .execute(conn)?;
        if state == CampaignState::Closed {
            diesel::update(campaigns_table::table.find(&campaign.id))
                .set((
                    campaigns_table::state.eq(CampaignState::Published.as_str()),
                    campaigns_table::updated_at.eq(now),
                ))
                .execute(conn)?;
        }
        audit::record(
            conn,
            actor,
            "campaign.published",
            &campaign.slug,
            None,
            &format!("version {number}, sha256 {digest}"),
            now,
        )?;
        Ok(Stored {
            id,
            version: number,
            digest,
            published_at: now,
            document: json,
        })
    })
}

/// The versions of a campaign, newest first (without documents).
pub fn versions(conn: &mut DbConnection, campaign: &Campaign) -> QueryResult<Vec<Stored>> {
    publications::table
        .filter(publications::campaign_id.eq(&campaign.id))
        .order(publications::version.desc())
        .select((
            publications::id,
            publications::version,
            publications::digest,
            publications::published_at,
            diesel::dsl::sql::<diesel::sql_types::Text>("''"),
        ))
        .load(conn)
}

/// One version (the latest when `version` is `None`), with its document.
pub fn get(
    conn: &mut DbConnection,
    campaign_slug: &str,
    version: Option<i32>,
) -> QueryResult<Option<Stored>> {
    let mut query = publications::table
        .inner_join(campaigns_table::table)
        .filter(campaigns_table::slug.eq(campaign_slug.to_string()))
        .order(publications::version.desc())
        .select((
            publications::id,
            publications::version,
            publications::digest,
            publications::published_at,
            publications::document,
        ))
        .into_boxed();
    if let Some(v) = version {
        query = query.filter(publications::version.eq(v));
    }
    query.first(conn).optional()
}

/// The latest version of every published campaign, newest first.
pub fn latest_of_each(conn: &mut DbConnection) -> QueryResult<Vec<(String, Stored)>> {
    let all: Vec<(String, Stored)> = publications::table
        .inner_join(campaigns_table::table)
        .order((campaigns_table::slug.asc(), publications::version.desc()))
        .select((
            campaigns_table::slug,
            (
                publications::id,
                publications::version,
                publications::digest,
                publications::published_at,
                publications::document,
            ),
        ))
        .load(conn)?;
    let mut out: Vec<(String, Stored)> = Vec::new();
    for (slug, stored) in all {
        if !out.iter().any(|(s, _)| s == &slug) {
            out.push((slug, stored));
        }
    }
    out.sort_by_key(|(_, stored)| std::cmp::Reverse(stored.published_at));
    Ok(out)
}

/// Every version of every campaign, newest first (for the feed).
pub fn all(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<(String, Stored)>> {
    publications::table
        .inner_join(campaigns_table::table)
        .order(publications::published_at.desc())
        .limit(limit)
        .select((
            campaigns_table::slug,
            (
                publications::id,
                publications::version,
                publications::digest,
                publications::published_at,
                publications::document,
            ),
        ))
        .load(conn)
}

/// The digest of a campaign's latest version, if it is published.
pub fn latest_digest(conn: &mut DbConnection, campaign_slug: &str) -> QueryResult<Option<String>> {
    publications::table
        .inner_join(campaigns_table::table)
        .filter(campaigns_table::slug.eq(campaign_slug))
        .order(publications::version.desc())
        .select(publications::digest)
        .first(conn)
        .optional()
}
