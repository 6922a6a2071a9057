//! Outreach: sending a campaign, reminders, deadlines, new links and
//! extensions. Each decision to write to someone queues its emails in the
//! transaction that records the decision, so the record and the outbox
//! always agree.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use diesel::prelude::*;
use url::Url;

use crate::db::audit::{self, Actor};
use crate::db::campaigns::Campaign;
use crate::db::companies::Contact;
use crate::db::links::{self, Holder};
use crate::db::outbox::{self, NewEmail};
use crate::db::schema::{
    audit_log, campaign_targets, campaigns, companies, contacts, extension_requests,
    outbox as outbox_table, questionnaire_versions,
};
use crate::db::{is_unique_violation, write, DbConnection};
use crate::domain::campaign::{parse_time_zone, show_in_zone, CampaignState, TargetStatus};
use crate::domain::email_kind::EmailKind;
use crate::domain::ids::{
    CampaignId, CompanyId, ContactId, ExtensionRequestId, OutboxId, TargetId,
};
use crate::domain::outreach::ReminderSchedule;
use crate::domain::questionnaire::Questionnaire;
use crate::email::compose::{self as templates, Letter};

/// What outreach needs to know about the service.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The public address, for links in emails.
    pub base_url: Url,
    /// Links work until this many days after the target's deadline.
    pub link_valid_days: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum OutreachError {
    #[error("the campaign is {0}, so it cannot {1}")]
    NotAllowed(CampaignState, &'static str),
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Invalid(String),
    #[error("an email cannot be written: {0}")]
    Template(#[from] askama::Error),
    #[error("the campaign's questionnaire cannot be read: {0}")]
    Model(#[from] serde_json::Error),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// The parts of every letter about one campaign.
struct CampaignLetters {
    campaign: Campaign,
    tz: Tz,
    base: Letter,
    settings: Settings,
}

impl CampaignLetters {
    fn load(
        conn: &mut DbConnection,
        campaign: Campaign,
        settings: &Settings,
    ) -> Result<CampaignLetters, OutreachError> {
        let organisations = crate::db::campaigns::organisations_of(conn, &campaign.id)?
            .into_iter()
            .map(|o| o.name)
            .collect();
        let model: String = questionnaire_versions::table
            .find(&campaign.questionnaire_version_id)
            .select(questionnaire_versions::model)
            .first(conn)?;
        let questionnaire: Questionnaire = serde_json::from_str(&model)?;
        let lang = questionnaire.default_language.clone();
        let demands = questionnaire
            .demands
            .iter()
            .map(|d| d.title.get(&lang, &lang).to_string())
            .collect();
        let tz = parse_time_zone(&campaign.time_zone).unwrap_or(chrono_tz::UTC);
        let mut lost = settings.base_url.clone();
        lost.set_path("/respond/link");
        let base = Letter {
            campaign_title: campaign.title.clone(),
            organisations,
            demands,
            deadline: show_in_zone(campaign.deadline_at, tz),
            contact_email: campaign.contact_email.clone(),
            lost_link_url: lost.to_string(),
            ..Letter::default()
        };
        Ok(CampaignLetters {
            campaign,
            tz,
            base,
            settings: settings.clone(),
        })
    }

    /// A letter to one contact about one target.
    fn to(&self, company: &str, contact: &Contact, deadline: NaiveDateTime) -> Letter {
        let valid_until = deadline + Duration::days(self.settings.link_valid_days);
        Letter {
            company_name: company.to_string(),
            contact_name: contact.name.clone(),
            deadline: show_in_zone(deadline, self.tz),
            link_valid_until: show_in_zone(valid_until, self.tz),
            ..self.base.clone()
        }
    }

    fn link(&self, token: &str) -> String {
        links::url(&self.settings.base_url, token)
    }
}

/// The contacts that are written to: not archived and not known to bounce.
pub(crate) fn reachable_contacts(
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

#[derive(Queryable)]
struct Target {
    id: TargetId,
    company_id: CompanyId,
    company_name: String,
    status: TargetStatus,
    own_deadline: Option<NaiveDateTime>,
    invited_at: Option<NaiveDateTime>,
}

fn targets_of(conn: &mut DbConnection, campaign: &CampaignId) -> QueryResult<Vec<Target>> {
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

/// What sending a campaign did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SendSummary {
    /// Targets invited for the first time.
    pub targets_invited: usize,
    /// Invitations queued (one per contact).
    pub emails_queued: usize,
    /// Targets with no contact to write to.
    pub without_contacts: Vec<String>,
}

fn invitation_key(target: &TargetId, contact: &ContactId) -> String {
    format!("invitation:{target}:{contact}:1")
}

/// Sends the campaign: every contact of every target that has not had an
/// invitation gets one, and targets not yet invited become invited, each
/// target in one transaction with its emails. Sending again reaches only
/// new targets and new contacts.
pub fn send_campaign(
    conn: &mut DbConnection,
    actor: &Actor,
    campaign_id: &CampaignId,
    settings: &Settings,
    now: NaiveDateTime,
    mut progress: impl FnMut(usize, usize),
) -> Result<SendSummary, OutreachError> {
    let campaign = campaigns::table
        .find(campaign_id)
        .select(Campaign::as_select())
        .first(conn)
        .optional()?
        .ok_or(OutreachError::NotFound)?;
    if campaign.state() != CampaignState::Open {
        return Err(OutreachError::NotAllowed(
            campaign.state(),
            "send invitations",
        ));
    }
    let letters = CampaignLetters::load(conn, campaign, settings)?;
    let targets = targets_of(conn, campaign_id)?;
    let mut summary = SendSummary::default();
    let total = targets.len();
    for (done, target) in targets.iter().enumerate() {
        let result = write(conn, |conn| invite_target(conn, &letters, target, now));
        match result {
            Ok((newly_invited, queued, no_contacts)) => {
                summary.targets_invited += usize::from(newly_invited);
                summary.emails_queued += queued;
                if no_contacts {
                    summary.without_contacts.push(target.company_name.clone());
                }
            }
            // Another sender got there first; what it queued stands.
            Err(OutreachError::Database(e)) if is_unique_violation(&e) => {}
            Err(e) => return Err(e),
        }
        progress(done + 1, total);
    }
    write(conn, |conn| {
        audit::record(
            conn,
            actor,
            "campaign.sent",
            &letters.campaign.slug,
            None,
            &format!(
                "{} target(s) invited, {} invitation(s) queued",
                summary.targets_invited, summary.emails_queued
            ),
            now,
        )
    })?;
    Ok(summary)
}

fn invite_target(
    conn: &mut DbConnection,
    letters: &CampaignLetters,
    target: &Target,
    now: NaiveDateTime,
) -> Result<(bool, usize, bool), OutreachError> {
    let status = target.status;
    if matches!(status, TargetStatus::Submitted | TargetStatus::Declined) {
        return Ok((false, 0, false));
    }
    let contacts = reachable_contacts(conn, &target.company_id)?;
    if contacts.is_empty() {
        return Ok((false, 0, target.invited_at.is_none()));
    }
    let deadline = target.own_deadline.unwrap_or(letters.campaign.deadline_at);
    let mut queued = 0;
    for contact in &contacts {
        let key = invitation_key(&target.id, &contact.id);
        if outbox::is_queued(conn, &key)? {
            continue;
        }
        let link = links::issue(conn, &target.id, &contact.id, now)?;
        let rendered = templates::invitation(&letters.to(&target.company_name, contact, deadline))?;
        outbox::enqueue(
            conn,
            NewEmail {
                dedupe_key: key,
                kind: EmailKind::Invitation,
                campaign_id: Some(&letters.campaign.id),
                target_id: Some(&target.id),
                contact_id: Some(&contact.id),
                to: &contact.email,
                reply_to: Some(&letters.campaign.contact_email),
                rendered,
                secret_link: Some(letters.link(&link.token)),
            },
            now,
        )?;
        queued += 1;
    }
    let newly_invited = status == TargetStatus::NotInvited;
    if newly_invited {
        diesel::update(campaign_targets::table.find(&target.id))
            .set((
                campaign_targets::status.eq(TargetStatus::Invited.as_str()),
                campaign_targets::invited_at.eq(now),
                campaign_targets::last_activity_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok((newly_invited, queued, false))
}

/// How many targets of a campaign wait for an invitation.
pub fn not_invited_count(conn: &mut DbConnection, campaign: &CampaignId) -> QueryResult<i64> {
    campaign_targets::table
        .filter(campaign_targets::campaign_id.eq(campaign))
        .filter(campaign_targets::status.eq(TargetStatus::NotInvited.as_str()))
        .count()
        .get_result(conn)
}

fn open_campaigns(conn: &mut DbConnection) -> QueryResult<Vec<Campaign>> {
    campaigns::table
        .filter(campaigns::state.eq(CampaignState::Open.as_str()))
        .select(Campaign::as_select())
        .load(conn)
}

fn awaiting_answer(status: TargetStatus) -> bool {
    matches!(
        status,
        TargetStatus::Invited | TargetStatus::Viewed | TargetStatus::InProgress
    )
}

/// Queues the reminders that are due: for every target of an open campaign
/// that was invited and has neither submitted nor declined, the latest step
/// of the campaign's schedule whose time has come, once per target and
/// contact. Returns how many emails were queued.
pub fn queue_reminders(
    conn: &mut DbConnection,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<usize, OutreachError> {
    let mut queued = 0;
    for campaign in open_campaigns(conn)? {
        let Ok(schedule) = ReminderSchedule::parse(&campaign.reminder_days) else {
            tracing::warn!(campaign = %campaign.slug, "the reminder schedule cannot be read; no reminders");
            continue;
        };
        if schedule.days().is_empty() {
            continue;
        }
        let campaign_id = campaign.id.clone();
        let letters = CampaignLetters::load(conn, campaign, settings)?;
        for target in targets_of(conn, &campaign_id)? {
            let Some(invited_at) = target.invited_at else {
                continue;
            };
            if !awaiting_answer(target.status) {
                continue;
            }
            let deadline = target.own_deadline.unwrap_or(letters.campaign.deadline_at);
            let Some(step) = schedule.due_step(deadline, invited_at, now) else {
                continue;
            };
            match write(conn, |conn| {
                remind_target(conn, &letters, &target, step, deadline, now)
            }) {
                Ok(n) => queued += n,
                Err(OutreachError::Database(e)) if is_unique_violation(&e) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(queued)
}

fn remind_target(
    conn: &mut DbConnection,
    letters: &CampaignLetters,
    target: &Target,
    step: i64,
    deadline: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<usize, OutreachError> {
    let mut queued = 0;
    for contact in reachable_contacts(conn, &target.company_id)? {
        let key = format!("reminder:{}:{step}:{}", target.id, contact.id);
        if outbox::is_queued(conn, &key)? {
            continue;
        }
        let mut letter = letters.to(&target.company_name, &contact, deadline);
        letter.reminder_days = Some(step);
        outbox::enqueue(
            conn,
            NewEmail {
                dedupe_key: key,
                kind: EmailKind::Reminder,
                campaign_id: Some(&letters.campaign.id),
                target_id: Some(&target.id),
                contact_id: Some(&contact.id),
                to: &contact.email,
                reply_to: Some(&letters.campaign.contact_email),
                rendered: templates::reminder(&letter)?,
                secret_link: None,
            },
            now,
        )?;
        queued += 1;
    }
    Ok(queued)
}

/// Records the deadline passing: targets of open campaigns whose deadline
/// (or extension) has come without a submission or a refusal become
/// overdue, once. Returns how many.
pub fn mark_overdue(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    write(conn, |conn| {
        let candidates: Vec<(
            TargetId,
            TargetStatus,
            Option<NaiveDateTime>,
            NaiveDateTime,
            String,
        )> = campaign_targets::table
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
            .load(conn)?;
        let mut marked = 0;
        for (id, status, own, campaign_deadline, slug) in candidates {
            if matches!(status, TargetStatus::Submitted | TargetStatus::Declined) {
                continue;
            }
            if own.unwrap_or(campaign_deadline) > now {
                continue;
            }
            diesel::update(campaign_targets::table.find(&id))
                .set(campaign_targets::overdue_at.eq(now))
                .execute(conn)?;
            audit::record(
                conn,
                &Actor::CommandLine,
                "target.overdue",
                &slug,
                None,
                id.as_str(),
                now,
            )?;
            marked += 1;
        }
        Ok(marked)
    })
}

/// Issues the contact a new link to the target (earlier ones stop working)
/// and queues the email carrying it. Call inside a write transaction.
/// Whether a new link ends the earlier ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Earlier {
    /// Staff replace a link (it leaked, or went to the wrong person).
    Revoke,
    /// Anyone who knows a contact's address may ask for a link to be sent
    /// there: that must not end the contact's work.
    Keep,
}

/// Who a new link is for: a contact of a company asked by the campaign,
/// and the company's deadline.
struct LinkFor<'a> {
    target: &'a TargetId,
    company: &'a str,
    contact: &'a Contact,
    deadline: NaiveDateTime,
}

fn queue_new_link(
    conn: &mut DbConnection,
    letters: &CampaignLetters,
    to: LinkFor<'_>,
    earlier: Earlier,
    now: NaiveDateTime,
) -> Result<(), OutreachError> {
    let LinkFor {
        target,
        company,
        contact,
        deadline,
    } = to;
    let link = match earlier {
        Earlier::Revoke => links::issue(conn, target, &contact.id, now)?,
        Earlier::Keep => links::add(conn, target, &contact.id, now)?,
    };
    let mut letter = letters.to(company, contact, deadline);
    letter.earlier_links_kept = earlier == Earlier::Keep;
    outbox::enqueue(
        conn,
        NewEmail {
            dedupe_key: format!("new_link:{}", link.id),
            kind: EmailKind::NewLink,
            campaign_id: Some(&letters.campaign.id),
            target_id: Some(target),
            contact_id: Some(&contact.id),
            to: &contact.email,
            reply_to: Some(&letters.campaign.contact_email),
            rendered: templates::new_link(&letter)?,
            secret_link: Some(letters.link(&link.token)),
        },
        now,
    )?;
    Ok(())
}

/// Link requests one client address may make in an hour, whatever the
/// addresses it types: enough for an office sharing one address.
pub const LINK_REQUESTS_PER_CLIENT_AN_HOUR: i64 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRequest {
    /// This many links were queued (0 when the address is no contact's, or
    /// got three already this hour: the asker is not told which).
    Queued(usize),
    TooManyFromClient,
}

/// A representative who lost the link gives an address: if it belongs to a
/// reachable contact of a target of an open campaign, that contact gets a
/// new link for each such target; earlier links and open sessions go on
/// working, since anyone may type the address. Nothing tells the asker
/// which happened. At most three new links per address an hour (the
/// per-client limit is the caller's).
pub fn request_link(
    conn: &mut DbConnection,
    email: &str,
    client_ip: &str,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<LinkRequest, OutreachError> {
    // Counted and recorded in one write, so parallel requests cannot pass
    // the limit; the address typed is not recorded.
    let allowed = write(conn, |conn| -> Result<bool, OutreachError> {
        let from_client: i64 = audit_log::table
            .filter(audit_log::action.eq(audit::action::LINK_REQUESTED))
            .filter(audit_log::client_ip.eq(client_ip))
            .filter(audit_log::at.gt(now - Duration::hours(1)))
            .count()
            .get_result(conn)?;
        if from_client >= LINK_REQUESTS_PER_CLIENT_AN_HOUR {
            return Ok(false);
        }
        audit::record(
            conn,
            &Actor::Anonymous,
            audit::action::LINK_REQUESTED,
            "",
            Some(client_ip),
            "",
            now,
        )?;
        Ok(true)
    })?;
    if !allowed {
        return Ok(LinkRequest::TooManyFromClient);
    }
    let recent: i64 = outbox_table::table
        .filter(outbox_table::kind.eq(EmailKind::NewLink))
        .filter(outbox_table::to_address.eq(email))
        .filter(outbox_table::created_at.gt(now - Duration::hours(1)))
        .count()
        .get_result(conn)?;
    if recent >= 3 {
        return Ok(LinkRequest::Queued(0));
    }
    let found: Vec<(Contact, TargetId, String, Option<NaiveDateTime>, Campaign)> = contacts::table
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
        .load(conn)?;
    let mut sent = 0;
    for (contact, target, company, own_deadline, campaign) in found {
        let letters = CampaignLetters::load(conn, campaign, settings)?;
        let deadline = own_deadline.unwrap_or(letters.campaign.deadline_at);
        write(conn, |conn| {
            queue_new_link(
                conn,
                &letters,
                LinkFor {
                    target: &target,
                    company: &company,
                    contact: &contact,
                    deadline,
                },
                Earlier::Keep,
                now,
            )
        })?;
        sent += 1;
    }
    Ok(LinkRequest::Queued(sent))
}

/// Staff give a contact a new link (the old one stops working) and email it.
pub fn reissue_link(
    conn: &mut DbConnection,
    actor: &Actor,
    target: &TargetId,
    contact: &ContactId,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<(), OutreachError> {
    let (campaign, company, own_deadline): (Campaign, String, Option<NaiveDateTime>) =
        campaign_targets::table
            .inner_join(campaigns::table)
            .inner_join(companies::table)
            .filter(campaign_targets::id.eq(target))
            .select((
                Campaign::as_select(),
                companies::name,
                campaign_targets::deadline_at,
            ))
            .first(conn)
            .optional()?
            .ok_or(OutreachError::NotFound)?;
    if campaign.state() != CampaignState::Open {
        return Err(OutreachError::NotAllowed(campaign.state(), "issue links"));
    }
    let contact: Contact = contacts::table
        .find(contact)
        .select(Contact::as_select())
        .first(conn)
        .optional()?
        .ok_or(OutreachError::NotFound)?;
    let letters = CampaignLetters::load(conn, campaign, settings)?;
    let deadline = own_deadline.unwrap_or(letters.campaign.deadline_at);
    write(conn, |conn| -> Result<(), OutreachError> {
        queue_new_link(
            conn,
            &letters,
            LinkFor {
                target,
                company: &company,
                contact: &contact,
                deadline,
            },
            Earlier::Revoke,
            now,
        )?;
        audit::record(
            conn,
            actor,
            "link.reissued",
            &letters.campaign.slug,
            None,
            &format!("{} for {}", contact.email, company),
            now,
        )?;
        Ok(())
    })
}

/// Puts a failed email back in the queue; one that carried a link gets a
/// new link.
pub fn retry_email(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &OutboxId,
    settings: &Settings,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    outbox::retry(conn, actor, id, now, |conn, row| {
        let carries_link = row.kind.carries_link();
        match (&row.target_id, &row.contact_id) {
            (Some(target), Some(contact)) if carries_link => {
                let link = links::issue(conn, target, contact, now)?;
                Ok(Some(links::url(&settings.base_url, &link.token)))
            }
            _ => Ok(None),
        }
    })
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
    pub decided_by: Option<crate::domain::ids::StaffUserId>,
    pub note: String,
}

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

/// A representative asks for more time; the campaign's address is told.
pub fn request_extension(
    conn: &mut DbConnection,
    holder: &Holder,
    reason: &str,
    until: Option<NaiveDateTime>,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<ExtensionRequestId, OutreachError> {
    if holder.campaign.state() != CampaignState::Open {
        return Err(OutreachError::NotAllowed(
            holder.campaign.state(),
            "take requests for more time",
        ));
    }
    let letters = CampaignLetters::load(conn, holder.campaign.clone(), settings)?;
    write(conn, |conn| {
        let pending: i64 = extension_requests::table
            .filter(extension_requests::target_id.eq(&holder.link.target_id))
            .filter(extension_requests::decision.eq("pending"))
            .count()
            .get_result(conn)?;
        if pending > 0 {
            return Err(OutreachError::Invalid(
                "A request for more time is already waiting for an answer.".to_string(),
            ));
        }
        let id = ExtensionRequestId::new();
        diesel::insert_into(extension_requests::table)
            .values((
                extension_requests::id.eq(&id),
                extension_requests::target_id.eq(&holder.link.target_id),
                extension_requests::contact_id.eq(&holder.link.contact_id),
                extension_requests::reason.eq(reason),
                extension_requests::requested_until.eq(until),
                extension_requests::requested_at.eq(now),
            ))
            .execute(conn)?;
        diesel::update(campaign_targets::table.find(&holder.link.target_id))
            .set(campaign_targets::last_activity_at.eq(now))
            .execute(conn)?;
        let mut staff_url = settings.base_url.clone();
        staff_url.set_path(&format!(
            "/admin/campaigns/{}/targets/{}",
            holder.campaign.slug, holder.link.target_id
        ));
        let letter = Letter {
            company_name: holder.company_name.clone(),
            contact_name: holder.contact_name.clone(),
            deadline: show_in_zone(holder.deadline(), letters.tz),
            requested_until: until.map(|u| show_in_zone(u, letters.tz)),
            note: reason.to_string(),
            staff_url: staff_url.to_string(),
            ..letters.base.clone()
        };
        outbox::enqueue(
            conn,
            NewEmail {
                dedupe_key: format!("extension_request:{id}"),
                kind: EmailKind::ExtensionRequest,
                campaign_id: Some(&holder.campaign.id),
                target_id: Some(&holder.link.target_id),
                contact_id: None,
                to: &holder.campaign.contact_email,
                reply_to: Some(&holder.contact_email),
                rendered: templates::extension_request(&letter)?,
                secret_link: None,
            },
            now,
        )?;
        Ok(id)
    })
}

/// Staff's answer to a request for more time.
#[derive(Debug, Clone, Copy)]
pub enum Decision {
    Grant(NaiveDateTime),
    Refuse,
}

/// Grants (with a new deadline) or refuses a pending request; the target's
/// contacts are emailed either way, and the decision is in the audit log.
pub fn decide_extension(
    conn: &mut DbConnection,
    actor: &Actor,
    request: &ExtensionRequestId,
    decision: Decision,
    note: &str,
    settings: &Settings,
    now: NaiveDateTime,
) -> Result<(), OutreachError> {
    let (req, campaign, company_id, company_name): (ExtensionRequest, Campaign, CompanyId, String) =
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
            .first(conn)
            .optional()?
            .ok_or(OutreachError::NotFound)?;
    if campaign.state() != CampaignState::Open {
        return Err(OutreachError::NotAllowed(
            campaign.state(),
            "extend deadlines",
        ));
    }
    if let Decision::Grant(until) = decision {
        if until <= campaign.deadline_at {
            return Err(OutreachError::Invalid(
                "The new deadline must be after the campaign's deadline.".to_string(),
            ));
        }
    }
    let letters = CampaignLetters::load(conn, campaign, settings)?;
    let staff_id = match actor {
        Actor::Staff { id, .. } => Some(id.clone()),
        _ => None,
    };
    write(conn, |conn| {
        let (decision_text, granted_until) = match decision {
            Decision::Grant(until) => ("granted", Some(until)),
            Decision::Refuse => ("refused", None),
        };
        let changed = diesel::update(
            extension_requests::table
                .find(request)
                .filter(extension_requests::decision.eq("pending")),
        )
        .set((
            extension_requests::decision.eq(decision_text),
            extension_requests::granted_until.eq(granted_until),
            extension_requests::decided_at.eq(now),
            extension_requests::decided_by.eq(&staff_id),
            extension_requests::note.eq(note),
        ))
        .execute(conn)?;
        if changed == 0 {
            return Err(OutreachError::Invalid(
                "This request has already been answered.".to_string(),
            ));
        }
        let own_deadline: Option<NaiveDateTime> = campaign_targets::table
            .find(&req.target_id)
            .select(campaign_targets::deadline_at)
            .first(conn)?;
        let deadline = match granted_until {
            Some(until) => {
                diesel::update(campaign_targets::table.find(&req.target_id))
                    .set((
                        campaign_targets::deadline_at.eq(Some(until)),
                        campaign_targets::overdue_at.eq(None::<NaiveDateTime>),
                    ))
                    .execute(conn)?;
                until
            }
            None => own_deadline.unwrap_or(letters.campaign.deadline_at),
        };
        for contact in reachable_contacts(conn, &company_id)? {
            let mut letter = letters.to(&company_name, &contact, deadline);
            letter.granted_until = granted_until.map(|u| show_in_zone(u, letters.tz));
            letter.note = note.to_string();
            outbox::enqueue(
                conn,
                NewEmail {
                    dedupe_key: format!("extension_decision:{request}:{}", contact.id),
                    kind: EmailKind::ExtensionDecision,
                    campaign_id: Some(&letters.campaign.id),
                    target_id: Some(&req.target_id),
                    contact_id: Some(&contact.id),
                    to: &contact.email,
                    reply_to: Some(&letters.campaign.contact_email),
                    rendered: templates::extension_decision(&letter)?,
                    secret_link: None,
                },
                now,
            )?;
        }
        audit::record(
            conn,
            actor,
            "extension.decided",
            &letters.campaign.slug,
            None,
            &match granted_until {
                Some(until) => format!("{company_name}: granted until {until} UTC"),
                None => format!("{company_name}: refused"),
            },
            now,
        )?;
        Ok(())
    })
}

/// A date typed as `YYYY-MM-DD`, at the end of that day in the zone.
pub fn end_of_day(date: NaiveDate, tz: Tz) -> Option<NaiveDateTime> {
    crate::domain::campaign::local_to_utc(date, chrono::NaiveTime::from_hms_opt(23, 59, 0)?, tz)
        .ok()
}
