//! Secret links and the representatives' sessions they open. One live link
//! per contact and target; the token is shown once (in the email) and only
//! its SHA-256 is kept. Opening a link changes nothing; signing in with it
//! (a POST) records the first use and marks the target viewed.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::campaigns::Campaign;
use super::schema::{
    access_links, campaign_targets, campaigns, companies, contacts, findings, respondent_sessions,
};
use super::sessions::Lifetimes;
use super::timestamps::{MaybeStamp, Stamp};
use super::DbConnection;
use crate::domain::campaign::{may_answer, CampaignState, TargetStatus};
use crate::domain::ids::{CompanyId, ContactId, LinkId, TargetId};
use crate::domain::secret;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = access_links)]
pub struct AccessLink {
    pub id: LinkId,
    pub target_id: TargetId,
    pub contact_id: ContactId,
    pub token_digest: String,
    #[diesel(deserialize_as = crate::db::timestamps::Stamp)]
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = crate::db::timestamps::MaybeStamp)]
    pub revoked_at: Option<NaiveDateTime>,
    #[diesel(deserialize_as = crate::db::timestamps::MaybeStamp)]
    pub first_used_at: Option<NaiveDateTime>,
    #[diesel(deserialize_as = crate::db::timestamps::MaybeStamp)]
    pub last_used_at: Option<NaiveDateTime>,
}

/// A new link: the token goes into one email and nowhere else.
pub struct IssuedLink {
    pub id: LinkId,
    pub token: String,
}

/// Makes the contact's link to the target, revoking any earlier one.
pub fn issue(
    conn: &mut DbConnection,
    target: &TargetId,
    contact: &ContactId,
    now: NaiveDateTime,
) -> QueryResult<IssuedLink> {
    diesel::update(
        access_links::table
            .filter(access_links::target_id.eq(target))
            .filter(access_links::contact_id.eq(contact))
            .filter(access_links::revoked_at.is_null()),
    )
    .set(access_links::revoked_at.eq(now))
    .execute(conn)?;
    add(conn, target, contact, now)
}

/// Makes the contact another link to the target; earlier ones and the
/// sessions they opened go on working. For links anyone may ask for by
/// giving an address: asking must never end someone else's work.
pub fn add(
    conn: &mut DbConnection,
    target: &TargetId,
    contact: &ContactId,
    now: NaiveDateTime,
) -> QueryResult<IssuedLink> {
    let new = secret::generate();
    let id = LinkId::new();
    diesel::insert_into(access_links::table)
        .values((
            access_links::id.eq(&id),
            access_links::target_id.eq(target),
            access_links::contact_id.eq(contact),
            access_links::token_digest.eq(&new.digest),
            access_links::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(IssuedLink {
        id,
        token: new.token,
    })
}

/// Makes each (target, contact) pair its link, revoking earlier ones, in
/// a few statements whatever the number of pairs: what [`issue`] does for
/// one, for a whole send. Links come back in the order of `pairs`.
pub fn issue_many(
    conn: &mut DbConnection,
    pairs: &[(&TargetId, &ContactId)],
    now: NaiveDateTime,
) -> QueryResult<Vec<IssuedLink>> {
    const ROWS: usize = 400;
    let mut issued = Vec::with_capacity(pairs.len());
    for chunk in pairs.chunks(ROWS) {
        let targets: Vec<&TargetId> = chunk.iter().map(|(t, _)| *t).collect();
        let contacts: Vec<&ContactId> = chunk.iter().map(|(_, c)| *c).collect();
        // A contact belongs to one company, and a campaign has one target
        // per company, so these two lists select exactly the chunk's pairs
        // among the links of one campaign; across campaigns a contact has a
        // link per target, and only these targets' are touched.
        diesel::update(
            access_links::table
                .filter(access_links::target_id.eq_any(&targets))
                .filter(access_links::contact_id.eq_any(&contacts))
                .filter(access_links::revoked_at.is_null()),
        )
        .set(access_links::revoked_at.eq(now))
        .execute(conn)?;
        let mut rows = Vec::with_capacity(chunk.len());
        let first = issued.len();
        for (target, contact) in chunk {
            let new = secret::generate();
            issued.push(IssuedLink {
                id: LinkId::new(),
                token: new.token,
            });
            rows.push((*target, *contact, new.digest));
        }
        let values: Vec<_> = rows
            .iter()
            .zip(&issued[first..])
            .map(|((target, contact, digest), link)| {
                (
                    access_links::id.eq(&link.id),
                    access_links::target_id.eq(*target),
                    access_links::contact_id.eq(*contact),
                    access_links::token_digest.eq(digest),
                    access_links::created_at.eq(now),
                )
            })
            .collect();
        crate::db::insert_rows!(conn, access_links::table, values)?;
    }
    Ok(issued)
}

/// The address of a link's page.
pub fn url(base: &url::Url, token: &str) -> String {
    let mut url = base.clone();
    url.set_path(&format!("/respond/open/{token}"));
    url.set_query(None);
    url.to_string()
}

/// A link with what the pages behind it need.
#[derive(Debug, Clone)]
pub struct Holder {
    pub link: AccessLink,
    pub campaign: Campaign,
    pub company_id: CompanyId,
    pub company_name: String,
    pub contact_name: String,
    pub contact_email: String,
    /// The contact's preferred language code ("" when not known).
    pub contact_language: String,
    pub target_status: TargetStatus,
    /// The target's own deadline (an extension), if any.
    pub target_deadline: Option<NaiveDateTime>,
    /// The end of the window for replying to preliminary findings, if sent.
    pub reply_until: Option<NaiveDateTime>,
}

/// Why a link no longer opens anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validity {
    Valid,
    Revoked,
    Expired,
    CampaignNotOpen,
}

impl Holder {
    pub fn deadline(&self) -> NaiveDateTime {
        self.target_deadline.unwrap_or(self.campaign.deadline_at)
    }

    /// Links work until `valid_days` after the deadline, and at least as
    /// long as the company may reply to its findings.
    pub fn expires_at(&self, valid_days: i64) -> NaiveDateTime {
        let after_deadline = self.deadline() + Duration::days(valid_days);
        self.reply_until
            .map_or(after_deadline, |r| r.max(after_deadline))
    }

    pub fn validity(&self, valid_days: i64, now: NaiveDateTime) -> Validity {
        if self.link.revoked_at.is_some() {
            Validity::Revoked
        } else if now >= self.expires_at(valid_days) {
            Validity::Expired
        } else if !match self.campaign.state() {
            CampaignState::Open | CampaignState::Closed => true,
            // Published, and the company may still reply to its findings,
            // or still answer (its own deadline had not passed).
            CampaignState::Published => {
                self.reply_until.is_some_and(|r| now < r)
                    || may_answer(
                        CampaignState::Published,
                        self.campaign.cut_short_reason.is_some(),
                        self.deadline(),
                        now,
                    )
            }
            CampaignState::Draft => false,
        } {
            Validity::CampaignNotOpen
        } else {
            Validity::Valid
        }
    }

    pub fn target_status(&self) -> TargetStatus {
        self.target_status
    }
}

type HolderRow = (
    AccessLink,
    Campaign,
    CompanyId,
    String,
    String,
    String,
    String,
    TargetStatus,
    MaybeStamp,
    MaybeStamp,
);

/// A link with its target, campaign, company, contact and reply window, in
/// one statement that diesel can identify by its type, so each connection
/// prepares it once: every representative's request begins with it.
macro_rules! holders {
    () => {
        access_links::table
            .inner_join(
                campaign_targets::table
                    .inner_join(campaigns::table)
                    .inner_join(companies::table),
            )
            .inner_join(contacts::table)
    };
}

macro_rules! with_window {
    ($source:expr) => {
        $source.left_join(findings::table.on(findings::target_id.eq(access_links::target_id)))
    };
}

macro_rules! holder_columns {
    () => {
        (
            AccessLink::as_select(),
            Campaign::as_select(),
            companies::id,
            companies::name,
            contacts::name,
            contacts::email,
            contacts::language,
            campaign_targets::status,
            campaign_targets::deadline_at,
            findings::reply_until.nullable(),
        )
    };
}

fn to_holder(row: HolderRow) -> Holder {
    let (
        link,
        campaign,
        company_id,
        company_name,
        contact_name,
        contact_email,
        contact_language,
        target_status,
        target_deadline,
        reply_until,
    ) = row;
    Holder {
        link,
        campaign,
        company_id,
        company_name,
        contact_name,
        contact_email,
        contact_language,
        target_status,
        target_deadline: target_deadline.0,
        reply_until: reply_until.0,
    }
}

/// The link with this token, whatever its state.
pub fn find(conn: &mut DbConnection, token: &str) -> QueryResult<Option<Holder>> {
    if !secret::looks_like_token(token) {
        return Ok(None);
    }
    let row: Option<HolderRow> = with_window!(holders!())
        .filter(access_links::token_digest.eq(secret::digest(token)))
        .select(holder_columns!())
        .get_result(conn)
        .optional()?;
    Ok(row.map(to_holder))
}

/// Signs the holder in: a session (stored as `session_digest`), the link's
/// first and last use, and the target's first opening. A target that was
/// only invited becomes viewed. Call inside a write transaction.
pub fn sign_in(
    conn: &mut DbConnection,
    holder: &Holder,
    session_digest: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(respondent_sessions::table)
        .values((
            respondent_sessions::id.eq(session_digest),
            respondent_sessions::link_id.eq(&holder.link.id),
            respondent_sessions::created_at.eq(now),
            respondent_sessions::last_seen_at.eq(now),
        ))
        .execute(conn)?;
    diesel::update(access_links::table.find(&holder.link.id))
        .set(access_links::last_used_at.eq(now))
        .execute(conn)?;
    diesel::update(
        access_links::table
            .find(&holder.link.id)
            .filter(access_links::first_used_at.is_null()),
    )
    .set(access_links::first_used_at.eq(now))
    .execute(conn)?;
    let target = &holder.link.target_id;
    diesel::update(
        campaign_targets::table
            .find(target)
            .filter(campaign_targets::first_opened_at.is_null()),
    )
    .set(campaign_targets::first_opened_at.eq(now))
    .execute(conn)?;
    diesel::update(
        campaign_targets::table
            .find(target)
            .filter(campaign_targets::status.eq_any([
                TargetStatus::NotInvited.as_str(),
                TargetStatus::Invited.as_str(),
            ])),
    )
    .set(campaign_targets::status.eq(TargetStatus::Viewed.as_str()))
    .execute(conn)?;
    diesel::update(campaign_targets::table.find(target))
        .set(campaign_targets::last_activity_at.eq(now))
        .execute(conn)?;
    Ok(())
}

/// The signed-in representative behind a session cookie, if the session
/// and its link are still good. Sessions end after `idle` without use.
pub fn resume(
    conn: &mut DbConnection,
    session_digest: &str,
    lifetimes: Lifetimes,
    valid_days: i64,
    now: NaiveDateTime,
) -> QueryResult<Option<Holder>> {
    let found: Option<((Stamp, Stamp), HolderRow)> = crate::db::on_backend!(conn, c => with_window!(respondent_sessions::table.inner_join(holders!()))
            .filter(respondent_sessions::id.eq(session_digest))
            .select((
                (
                    respondent_sessions::created_at,
                    respondent_sessions::last_seen_at,
                ),
                holder_columns!(),
            ))
            .get_result(c)
            .optional())?;
    let Some(((Stamp(created), Stamp(last_seen)), row)) = found else {
        return Ok(None);
    };
    let holder = to_holder(row);
    if last_seen + lifetimes.idle <= now
        || created + lifetimes.absolute <= now
        || holder.validity(valid_days, now) != Validity::Valid
    {
        end_session(conn, session_digest)?;
        return Ok(None);
    }
    if now - last_seen >= Duration::seconds(60) {
        diesel::update(respondent_sessions::table.find(session_digest))
            .set(respondent_sessions::last_seen_at.eq(now))
            .execute(conn)?;
    }
    Ok(Some(holder))
}

pub fn end_session(conn: &mut DbConnection, session_digest: &str) -> QueryResult<()> {
    diesel::delete(respondent_sessions::table.find(session_digest))
        .execute(conn)
        .map(drop)
}

/// A target's links with the contact each belongs to, newest first.
pub fn for_target(
    conn: &mut DbConnection,
    target: &TargetId,
) -> QueryResult<Vec<(AccessLink, String)>> {
    access_links::table
        .inner_join(contacts::table)
        .filter(access_links::target_id.eq(target))
        .order(access_links::created_at.desc())
        .select((AccessLink::as_select(), contacts::email))
        .load(conn)
}

/// Revokes a link; its sessions end with it.
pub fn revoke(conn: &mut DbConnection, link: &LinkId, now: NaiveDateTime) -> QueryResult<bool> {
    let changed = diesel::update(
        access_links::table
            .find(link)
            .filter(access_links::revoked_at.is_null()),
    )
    .set(access_links::revoked_at.eq(now))
    .execute(conn)?;
    diesel::delete(respondent_sessions::table.filter(respondent_sessions::link_id.eq(link)))
        .execute(conn)?;
    Ok(changed == 1)
}

pub fn get(conn: &mut DbConnection, link: &LinkId) -> QueryResult<Option<AccessLink>> {
    access_links::table
        .find(link)
        .select(AccessLink::as_select())
        .get_result(conn)
        .optional()
}
