//! Published versions of a campaign's results, and what a new version is
//! assembled from (`domain::publication::assemble`; publishing one is
//! `app::publishing::publish`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::campaigns::{self, Campaign};
use super::questionnaires::QuestionnaireVersion;
use super::schema::{
    campaign_targets, campaigns as campaigns_table, companies, outbox, publications,
};
use super::{findings, scores, submissions, DbConnection};
use crate::domain::answers::Snapshot;
use crate::domain::campaign::TargetStatus;
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{CampaignId, PublicationId, TargetId};
use crate::domain::publication::{
    CampaignFacts, CompanyFacts, Inputs, PublishedQuestionnaire, Reply, ReviewerScore, Revision,
};

/// A stored version.
#[derive(Debug, Clone, Queryable)]
pub struct Stored {
    pub id: PublicationId,
    pub version: i32,
    pub digest: String,
    pub published_at: NaiveDateTime,
    pub document: String,
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

/// What the campaign's next version is assembled from, as it stands now.
pub fn inputs(
    conn: &mut DbConnection,
    campaign: &Campaign,
    version: &QuestionnaireVersion,
) -> QueryResult<Inputs> {
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
    let mut companies = Vec::with_capacity(targets.len());
    for t in targets {
        companies.push(company_facts(conn, t)?);
    }
    Ok(Inputs {
        campaign: CampaignFacts {
            slug: campaign.slug.clone(),
            title: campaign.title.clone(),
            time_zone: campaign.time_zone.clone(),
            deadline_at: campaign.deadline_at,
            publish_replies: campaign.publish_replies,
            publish_decline_reasons: campaign.publish_decline_reasons,
            publish_evidence: campaign.publish_evidence,
            cut_short: campaign
                .cut_short_reason
                .clone()
                .and_then(|reason| Some((campaign.closed_at?, reason))),
        },
        organisations: campaigns::organisations_of(conn, &campaign.id)?
            .into_iter()
            .map(|o| o.name)
            .collect(),
        questionnaire: PublishedQuestionnaire {
            slug: version.slug.clone(),
            version: version.version_label.clone(),
            digest: version.digest.clone(),
        },
        companies,
    })
}

fn company_facts(conn: &mut DbConnection, t: TargetFacts) -> QueryResult<CompanyFacts> {
    let latest = match submissions::latest(conn, &t.id)? {
        Some((row, json)) => Some(Revision {
            revision: row.revision,
            digest: row.digest,
            submitted_at: row.submitted_at,
            snapshot: serde_json::from_str::<Snapshot>(&json)
                .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))?,
        }),
        None => None,
    };
    let scores = scores::scores_of(conn, &t.id)?
        .into_iter()
        .map(|r| ReviewerScore {
            points: r.points.and_then(|p| u8::try_from(p).ok()),
            question_key: r.question_key,
            level: r.level,
            rationale: r.rationale,
        })
        .collect();
    let findings_sent_at = findings::window(conn, &t.id)?.map(|(sent, _)| sent);
    let replies = findings::replies_of(conn, &t.id)?
        .into_iter()
        .map(|(body, replied_at, _who)| Reply { body, replied_at })
        .collect();
    let reminders_sent = outbox::table
        .filter(outbox::target_id.eq(&t.id))
        .filter(outbox::kind.eq(EmailKind::Reminder))
        .filter(outbox::sent_at.is_not_null())
        .select(outbox::sent_at.assume_not_null())
        .order(outbox::sent_at.asc())
        .load(conn)?;
    Ok(CompanyFacts {
        slug: t.slug,
        name: t.name,
        sector: t.sector,
        hq_country: t.hq_country,
        status: t.status,
        own_deadline: t.own_deadline,
        invited_at: t.invited_at,
        first_opened_at: t.first_opened_at,
        declined_at: t.declined_at,
        decline_reason: t.decline_reason,
        latest,
        scores,
        findings_sent_at,
        replies,
        reminders_sent,
    })
}

/// The number of the campaign's latest version, if it has one.
pub fn last_version(conn: &mut DbConnection, campaign: &CampaignId) -> QueryResult<Option<i32>> {
    publications::table
        .filter(publications::campaign_id.eq(campaign))
        .select(diesel::dsl::max(publications::version))
        .get_result(conn)
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
