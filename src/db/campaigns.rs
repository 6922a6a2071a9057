//! Campaigns, their co-signers and their targets, as read. The changes
//! are use cases in `app::campaigns`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::companies::Organisation;
use super::schema::{
    campaign_organisations, campaign_targets, campaigns, companies, organisations,
};
use super::DbConnection;
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::ids::{CampaignId, CompanyId, QuestionnaireVersionId, TargetId};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = campaigns)]
pub struct Campaign {
    pub id: CampaignId,
    pub slug: String,
    pub title: String,
    pub questionnaire_version_id: QuestionnaireVersionId,
    pub contact_email: String,
    pub time_zone: String,
    #[diesel(deserialize_as = crate::db::timestamps::Stamp)]
    pub opens_at: NaiveDateTime,
    #[diesel(deserialize_as = crate::db::timestamps::Stamp)]
    pub deadline_at: NaiveDateTime,
    pub state: CampaignState,
    #[diesel(deserialize_as = crate::db::timestamps::Stamp)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = crate::db::timestamps::Stamp)]
    pub updated_at: NaiveDateTime,
    pub reminder_days: String,
    pub allow_amendments: bool,
    pub publish_decline_reasons: bool,
    pub reply_window_days: i32,
    pub publish_replies: bool,
    /// When the campaign was last closed; `None` unless closed or published.
    #[diesel(deserialize_as = crate::db::timestamps::MaybeStamp)]
    pub closed_at: Option<NaiveDateTime>,
    /// Set when the editor ended every company's time at closing, with
    /// the reason published beside them.
    pub cut_short_reason: Option<String>,
    /// The campaign this one is the next round of.
    pub previous_campaign_id: Option<CampaignId>,
    /// Whether evidence documents are published with the answers.
    pub publish_evidence: bool,
}

impl Campaign {
    pub fn state(&self) -> CampaignState {
        self.state
    }

    /// What a company is told will be published, from this campaign's
    /// rules, in `tr`'s language (respondent pages and emails).
    pub fn disclosure_in(
        &self,
        tr: &crate::domain::i18n::Tr,
    ) -> crate::domain::disclosure::Disclosure {
        crate::domain::disclosure::disclosure_in(self.disclosure_rules(), *tr)
    }

    pub fn disclosure_rules(&self) -> crate::domain::disclosure::Rules {
        crate::domain::disclosure::Rules {
            allow_amendments: self.allow_amendments,
            publish_decline_reasons: self.publish_decline_reasons,
            publish_replies: self.publish_replies,
            publish_evidence: self.publish_evidence,
        }
    }
}

pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<Campaign>> {
    campaigns::table
        .order(campaigns::created_at.desc())
        .select(Campaign::as_select())
        .load(conn)
}

pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<Campaign>> {
    campaigns::table
        .filter(campaigns::slug.eq(slug))
        .select(Campaign::as_select())
        .get_result(conn)
        .optional()
}

pub fn organisations_of(
    conn: &mut DbConnection,
    id: &CampaignId,
) -> QueryResult<Vec<Organisation>> {
    campaign_organisations::table
        .inner_join(organisations::table)
        .filter(campaign_organisations::campaign_id.eq(id))
        .order(organisations::name.asc())
        .select(Organisation::as_select())
        .load(conn)
}

pub fn find(conn: &mut DbConnection, id: &CampaignId) -> QueryResult<Option<Campaign>> {
    campaigns::table
        .find(id)
        .select(Campaign::as_select())
        .get_result(conn)
        .optional()
}

/// A target as the tracking dashboard shows it.
#[derive(Debug, Clone, Queryable)]
pub struct TargetRow {
    pub id: TargetId,
    pub company_slug: String,
    pub company_name: String,
    pub sector: String,
    pub hq_country: String,
    pub status: TargetStatus,
    pub own_deadline: Option<NaiveDateTime>,
    pub last_activity_at: Option<NaiveDateTime>,
    pub added_at: NaiveDateTime,
}

impl TargetRow {
    pub fn status(&self) -> TargetStatus {
        self.status
    }
}

pub fn targets(conn: &mut DbConnection, id: &CampaignId) -> QueryResult<Vec<TargetRow>> {
    campaign_targets::table
        .inner_join(companies::table)
        .filter(campaign_targets::campaign_id.eq(id))
        .order(companies::name.asc())
        .select((
            campaign_targets::id,
            companies::slug,
            companies::name,
            companies::sector,
            companies::hq_country,
            campaign_targets::status,
            campaign_targets::deadline_at,
            campaign_targets::last_activity_at,
            campaign_targets::added_at,
        ))
        .load(conn)
}

/// One target with its company and the dates of its outreach.
#[derive(Debug, Clone, Queryable)]
pub struct TargetDetail {
    pub id: TargetId,
    pub company_id: CompanyId,
    pub company_slug: String,
    pub company_name: String,
    pub status: TargetStatus,
    pub own_deadline: Option<NaiveDateTime>,
    pub invited_at: Option<NaiveDateTime>,
    pub first_opened_at: Option<NaiveDateTime>,
    pub overdue_at: Option<NaiveDateTime>,
    pub last_activity_at: Option<NaiveDateTime>,
}

pub fn target(
    conn: &mut DbConnection,
    campaign: &CampaignId,
    target: &TargetId,
) -> QueryResult<Option<TargetDetail>> {
    campaign_targets::table
        .inner_join(companies::table)
        .filter(campaign_targets::campaign_id.eq(campaign))
        .filter(campaign_targets::id.eq(target))
        .select((
            campaign_targets::id,
            companies::id,
            companies::slug,
            companies::name,
            campaign_targets::status,
            campaign_targets::deadline_at,
            campaign_targets::invited_at,
            campaign_targets::first_opened_at,
            campaign_targets::overdue_at,
            campaign_targets::last_activity_at,
        ))
        .get_result(conn)
        .optional()
}

/// Takes the company's row lock for the rest of the transaction, so that
/// decisions about one company (submitting, above all) are made one at a
/// time. On PostgreSQL the update locks the row until commit; on SQLite the
/// immediate transaction already holds the database's write lock.
pub fn lock_target(conn: &mut DbConnection, target: &TargetId) -> QueryResult<()> {
    diesel::update(campaign_targets::table.find(target))
        .set(campaign_targets::status.eq(campaign_targets::status))
        .execute(conn)
        .map(|_| ())
}

/// Takes the campaign's row lock for the rest of the transaction, so that
/// decisions about the campaign as a whole (publishing a version) are made
/// one at a time.
pub fn lock_campaign(conn: &mut DbConnection, id: &CampaignId) -> QueryResult<()> {
    diesel::update(campaigns::table.find(id))
        .set(campaigns::state.eq(campaigns::state))
        .execute(conn)
        .map(|_| ())
}
