//! Queries of outreach: who is written to, which targets await what, link
//! requests and requests for more time. Reads only; the use cases that
//! change anything are in `app::outreach`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::audit;
use super::campaigns::Campaign;
use super::companies::Contact;
use super::schema::{
    audit_log, campaign_targets, campaigns, companies, contacts, extension_requests, outbox,
    questionnaire_versions,
};
use super::DbConnection;
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{
    CampaignId, CompanyId, ContactId, ExtensionRequestId, QuestionnaireVersionId, StaffUserId,
    TargetId,
};

pub fn campaign_by_id(conn: &mut DbConnection, id: &CampaignId) -> QueryResult<Option<Campaign>> {
    campaigns::table
        .find(id)
        .select(Campaign::as_select())
        .get_result(conn)
        .optional()
}

pub fn open_campaigns(conn: &mut DbConnection) -> QueryResult<Vec<Campaign>> {
    campaigns::table
        .filter(campaigns::state.eq(CampaignState::Open.as_str()))
        .select(Campaign::as_select())
        .load(conn)
}

/// The stored questionnaire (JSON) of a version.
pub fn questionnaire_model(
    conn: &mut DbConnection,
    version: &QuestionnaireVersionId,
) -> QueryResult<String> {
    questionnaire_versions::table
        .find(version)
        .select(questionnaire_versions::model)
        .get_result(conn)
}

/// The contacts that are written to: not archived and not known to bounce.
pub fn reachable_contacts(
    conn: &mut DbConnection,
    company: &CompanyId,
) -> QueryResult<Vec<Contact>> {
    contacts::table
        .filter(contacts::company_id.eq(company))
        .filter(contacts::archived_at.is_null())
        .filter(contacts::bounced_at.is_null())
        .order((contacts::is_primary.desc(), contacts::name.asc()))
        .select(Contact::as_select())
        .load(conn)
}

/// The reachable contacts of many companies, in one statement (a send
/// reads a few hundred targets at a time), in the order of
/// [`reachable_contacts`] within each company.
pub fn reachable_contacts_of(
    conn: &mut DbConnection,
    companies: &[CompanyId],
) -> QueryResult<Vec<Contact>> {
    contacts::table
        .filter(contacts::company_id.eq_any(companies))
        .filter(contacts::archived_at.is_null())
        .filter(contacts::bounced_at.is_null())
        .order((
            contacts::company_id.asc(),
            contacts::is_primary.desc(),
            contacts::name.asc(),
        ))
        .select(Contact::as_select())
        .load(conn)
}

/// A company asked by a campaign, as outreach sees it.
#[derive(Debug, Clone, Queryable)]
pub struct Target {
    pub id: TargetId,
    pub company_id: CompanyId,
    pub company_name: String,
    pub status: TargetStatus,
    /// The target's own deadline (an extension), if any.
    pub own_deadline: Option<NaiveDateTime>,
    pub invited_at: Option<NaiveDateTime>,
}

/// The targets of a campaign, by company name.
pub fn targets_of(conn: &mut DbConnection, campaign: &CampaignId) -> QueryResult<Vec<Target>> {
    campaign_targets::table
        .inner_join(companies::table)
        .filter(campaign_targets::campaign_id.eq(campaign))
        .order(companies::name.asc())
        .select((
            campaign_targets::id,
            companies::id,
            companies::name,
            campaign_targets::status,
            campaign_targets::deadline_at,
            campaign_targets::invited_at,
        ))
        .load(conn)
}

/// How many targets of a campaign wait for an invitation.
pub fn not_invited_count(conn: &mut DbConnection, campaign: &CampaignId) -> QueryResult<i64> {
    campaign_targets::table
        .filter(campaign_targets::campaign_id.eq(campaign))
        .filter(campaign_targets::status.eq(TargetStatus::NotInvited.as_str()))
        .count()
        .get_result(conn)
}

/// A target's own deadline (an extension), if any.
pub fn own_deadline(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Option<NaiveDateTime>> {
    campaign_targets::table
        .find(target)
        .select(campaign_targets::deadline_at)
        .get_result(conn)
}

/// A target with its campaign.
#[derive(Debug, Clone, Queryable)]
pub struct TargetInCampaign {
    pub campaign: Campaign,
    pub company_name: String,
    pub own_deadline: Option<NaiveDateTime>,
}

pub fn target_in_campaign(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Option<TargetInCampaign>> {
    campaign_targets::table
        .inner_join(campaigns::table)
        .inner_join(companies::table)
        .filter(campaign_targets::id.eq(target))
        .select((
            Campaign::as_select(),
            companies::name,
            campaign_targets::deadline_at,
        ))
        .get_result(conn)
        .optional()
}

/// A target that has not yet been marked overdue, in an open campaign.
#[derive(Debug, Clone, Queryable)]
pub struct NotOverdue {
    pub id: TargetId,
    pub status: TargetStatus,
    pub own_deadline: Option<NaiveDateTime>,
    pub campaign_deadline: NaiveDateTime,
    pub campaign_slug: String,
}

/// Targets of open campaigns not yet marked overdue (whatever their
/// deadline: the caller compares).
pub fn not_overdue(conn: &mut DbConnection) -> QueryResult<Vec<NotOverdue>> {
    campaign_targets::table
        .inner_join(campaigns::table)
        .filter(campaigns::state.eq(CampaignState::Open.as_str()))
        .filter(campaign_targets::overdue_at.is_null())
        .select((
            campaign_targets::id,
            campaign_targets::status,
            campaign_targets::deadline_at,
            campaigns::deadline_at,
            campaigns::slug,
        ))
        .load(conn)
}

/// How many links a client address asked for since `since`.
pub fn link_requests_from(
    conn: &mut DbConnection,
    client_ip: &str,
    since: NaiveDateTime,
) -> QueryResult<i64> {
    audit_log::table
        .filter(audit_log::action.eq(audit::action::LINK_REQUESTED))
        .filter(audit_log::client_ip.eq(client_ip))
        .filter(audit_log::at.gt(since))
        .count()
        .get_result(conn)
}

/// How many new links were queued to an address since `since`.
pub fn new_links_to(
    conn: &mut DbConnection,
    email: &str,
    since: NaiveDateTime,
) -> QueryResult<i64> {
    outbox::table
        .filter(outbox::kind.eq(EmailKind::NewLink))
        .filter(outbox::to_address.eq(email))
        .filter(outbox::created_at.gt(since))
        .count()
        .get_result(conn)
}

/// A contact (not archived) of a target invited by an open campaign.
#[derive(Debug, Clone, Queryable)]
pub struct InvitedContact {
    pub contact: Contact,
    pub target: TargetId,
    pub company_name: String,
    pub own_deadline: Option<NaiveDateTime>,
    pub campaign: Campaign,
}

/// Every target invited by an open campaign that has a contact (not
/// archived) with this address.
pub fn invited_contacts_at(
    conn: &mut DbConnection,
    email: &str,
) -> QueryResult<Vec<InvitedContact>> {
    contacts::table
        .inner_join(
            companies::table.inner_join(campaign_targets::table.inner_join(campaigns::table)),
        )
        .filter(contacts::email.eq(email))
        .filter(contacts::archived_at.is_null())
        .filter(campaigns::state.eq(CampaignState::Open.as_str()))
        .filter(campaign_targets::invited_at.is_not_null())
        .select((
            Contact::as_select(),
            campaign_targets::id,
            companies::name,
            campaign_targets::deadline_at,
            Campaign::as_select(),
        ))
        .load(conn)
}

/// A request for more time.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = extension_requests)]
pub struct ExtensionRequest {
    pub id: ExtensionRequestId,
    pub target_id: TargetId,
    pub contact_id: ContactId,
    pub reason: String,
    pub requested_until: Option<NaiveDateTime>,
    pub requested_at: NaiveDateTime,
    pub decision: String,
    pub granted_until: Option<NaiveDateTime>,
    pub decided_at: Option<NaiveDateTime>,
    pub decided_by: Option<StaffUserId>,
    pub note: String,
}

/// A target's requests for more time, latest first, each with the address
/// of the contact who asked.
pub fn extension_requests_of(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Vec<(ExtensionRequest, String)>> {
    extension_requests::table
        .inner_join(contacts::table)
        .filter(extension_requests::target_id.eq(target))
        .order(extension_requests::requested_at.desc())
        .select((ExtensionRequest::as_select(), contacts::email))
        .load(conn)
}

/// How many of a target's requests for more time await an answer.
pub fn pending_extension_requests(conn: &mut DbConnection, target: &TargetId) -> QueryResult<i64> {
    extension_requests::table
        .filter(extension_requests::target_id.eq(target))
        .filter(extension_requests::decision.eq("pending"))
        .count()
        .get_result(conn)
}

/// A request for more time with its campaign and company.
#[derive(Debug, Clone, Queryable)]
pub struct ExtensionRequestInCampaign {
    pub request: ExtensionRequest,
    pub campaign: Campaign,
    pub company_id: CompanyId,
    pub company_name: String,
}

pub fn extension_request_in_campaign(
    conn: &mut DbConnection,
    request: &ExtensionRequestId,
) -> QueryResult<Option<ExtensionRequestInCampaign>> {
    extension_requests::table
        .inner_join(
            campaign_targets::table
                .inner_join(campaigns::table)
                .inner_join(companies::table),
        )
        .filter(extension_requests::id.eq(request))
        .select((
            ExtensionRequest::as_select(),
            Campaign::as_select(),
            companies::id,
            companies::name,
        ))
        .get_result(conn)
        .optional()
}
