//! The next round: a campaign duplicated as a draft from an earlier one,
//! with its questionnaire version, companies asked, co-signers, reminder
//! schedule, rules, and email wording, and a new slug, title and dates.
//! The new campaign names the one it follows, so that its publications
//! show each company's change since then.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::CampaignError;
use crate::db::audit::{self, Actor};
use crate::db::campaigns::{self as queries};
use crate::db::schema::{campaign_organisations, campaign_targets, campaigns, companies};
use crate::db::{campaign_emails, is_unique_violation, write, DbConnection};
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::ids::{CampaignId, CompanyId, TargetId};

/// What the next round gets that is its own.
pub struct NextRound {
    pub slug: String,
    pub title: String,
    pub opens_at: NaiveDateTime,
    pub deadline_at: NaiveDateTime,
}

/// Starts the next round of `from` as a draft. Archived companies and
/// organisations are left out (the audit entry says how many).
pub fn duplicate(
    conn: &mut DbConnection,
    actor: &Actor,
    from: &CampaignId,
    next: &NextRound,
) -> Result<CampaignId, CampaignError> {
    write(conn, |conn| {
        let previous = queries::find(conn, from)?.ok_or(CampaignError::NotFound)?;
        let now = crate::domain::time::now();
        let id = CampaignId::new();
        diesel::insert_into(campaigns::table)
            .values((
                campaigns::id.eq(&id),
                campaigns::slug.eq(&next.slug),
                campaigns::title.eq(&next.title),
                campaigns::questionnaire_version_id.eq(&previous.questionnaire_version_id),
                campaigns::contact_email.eq(&previous.contact_email),
                campaigns::time_zone.eq(&previous.time_zone),
                campaigns::opens_at.eq(next.opens_at),
                campaigns::deadline_at.eq(next.deadline_at),
                campaigns::state.eq(CampaignState::Draft.as_str()),
                campaigns::created_at.eq(now),
                campaigns::updated_at.eq(now),
                campaigns::reminder_days.eq(&previous.reminder_days),
                campaigns::allow_amendments.eq(previous.allow_amendments),
                campaigns::publish_decline_reasons.eq(previous.publish_decline_reasons),
                campaigns::reply_window_days.eq(previous.reply_window_days),
                campaigns::publish_replies.eq(previous.publish_replies),
                campaigns::previous_campaign_id.eq(from),
            ))
            .execute(conn)
            .map_err(|e| {
                if is_unique_violation(&e) {
                    CampaignError::SlugTaken
                } else {
                    e.into()
                }
            })?;

        let organisations = queries::organisations_of(conn, from)?;
        let kept: Vec<_> = organisations
            .iter()
            .filter(|o| o.archived_at.is_none())
            .collect();
        for o in &kept {
            diesel::insert_into(campaign_organisations::table)
                .values((
                    campaign_organisations::campaign_id.eq(&id),
                    campaign_organisations::organisation_id.eq(&o.id),
                ))
                .execute(conn)?;
        }

        let asked: Vec<(CompanyId, Option<NaiveDateTime>)> = campaign_targets::table
            .inner_join(companies::table)
            .filter(campaign_targets::campaign_id.eq(from))
            .select((companies::id, companies::archived_at))
            .load(conn)?;
        let active: Vec<&CompanyId> = asked
            .iter()
            .filter(|(_, archived)| archived.is_none())
            .map(|(c, _)| c)
            .collect();
        for company in &active {
            diesel::insert_into(campaign_targets::table)
                .values((
                    campaign_targets::id.eq(TargetId::new()),
                    campaign_targets::campaign_id.eq(&id),
                    campaign_targets::company_id.eq(*company),
                    campaign_targets::status.eq(TargetStatus::NotInvited.as_str()),
                    campaign_targets::added_at.eq(now),
                ))
                .execute(conn)?;
        }

        let emails = campaign_emails::of(conn, from)?;
        campaign_emails::set_send_as(conn, &id, &emails.send_as, now)?;
        if emails.wording != Default::default() {
            campaign_emails::set_wording(conn, &id, &emails.wording, now)?;
        }

        let mut detail = format!(
            "{} as the next round of {}: {} compan(ies), {} co-signer(s)",
            next.title,
            previous.slug,
            active.len(),
            kept.len()
        );
        let left = (asked.len() - active.len(), organisations.len() - kept.len());
        if left != (0, 0) {
            detail.push_str(&format!(
                "; archived and left out: {} compan(ies), {} organisation(s)",
                left.0, left.1
            ));
        }
        audit::record(
            conn,
            actor,
            "campaign.duplicated",
            &next.slug,
            None,
            &detail,
            now,
        )?;
        Ok(id)
    })
}
