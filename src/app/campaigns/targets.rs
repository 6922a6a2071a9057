//! A campaign's targets: the companies it asks, and a deadline extended
//! for one of them.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{by_slug, change, CampaignError};
use crate::db::audit::Actor;
use crate::db::companies::{self, Filter};
use crate::db::schema::campaign_targets;
use crate::db::DbConnection;
use crate::domain::campaign::{CampaignState, TargetStatus};
use crate::domain::company::Sector;
use crate::domain::country::Country;
use crate::domain::ids::{CampaignId, CompanyId, TargetId};

/// Adds companies as targets; those already asked are left as they are.
/// Returns how many were added.
pub fn add_targets(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    companies_to_add: &[CompanyId],
) -> Result<usize, CampaignError> {
    change(
        conn,
        actor,
        id,
        CampaignState::can_change_targets,
        "take new targets",
        "campaign.targets_added",
        |conn, _, now| {
            let existing: Vec<CompanyId> = campaign_targets::table
                .filter(campaign_targets::campaign_id.eq(id))
                .select(campaign_targets::company_id)
                .load(conn)?;
            let mut added = 0;
            for company in companies_to_add {
                if existing.contains(company) {
                    continue;
                }
                diesel::insert_into(campaign_targets::table)
                    .values((
                        campaign_targets::id.eq(TargetId::new()),
                        campaign_targets::campaign_id.eq(id),
                        campaign_targets::company_id.eq(company),
                        campaign_targets::status.eq(TargetStatus::NotInvited.as_str()),
                        campaign_targets::added_at.eq(now),
                    ))
                    .execute(conn)?;
                added += 1;
            }
            let detail = (added > 0).then(|| format!("{added} compan(ies)"));
            Ok((added, detail))
        },
    )
}

/// The companies staff name to add as targets.
pub enum Named {
    /// One company, by its slug; it must not be archived.
    Company(String),
    /// Every active company of a sector and/or a country.
    Matching {
        sector: Option<Sector>,
        country: Option<Country>,
    },
}

/// Adds the companies named to the campaign with this slug, as
/// [`add_targets`] does.
pub fn add_named_targets(
    conn: &mut DbConnection,
    actor: &Actor,
    slug: &str,
    named: Named,
) -> Result<usize, CampaignError> {
    let campaign = by_slug(conn, slug)?;
    let ids = match named {
        Named::Matching { sector, country } => {
            let filter = Filter {
                sector,
                country,
                ..Default::default()
            };
            companies::list(conn, &filter)?
                .into_iter()
                .map(|c| c.id)
                .collect::<Vec<_>>()
        }
        Named::Company(company) => match companies::find_by_slug(conn, &company)? {
            Some(c) if c.archived_at.is_none() => vec![c.id],
            Some(_) | None => return Err(CampaignError::NoActiveCompany(company)),
        },
    };
    add_targets(conn, actor, &campaign.id, &ids)
}

/// Gives one target its own, later deadline.
pub fn extend(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &CampaignId,
    target: &TargetId,
    deadline: NaiveDateTime,
) -> Result<(), CampaignError> {
    change(
        conn,
        actor,
        id,
        CampaignState::can_change_targets,
        "extend a deadline",
        "campaign.extension",
        |conn, campaign, _| {
            if deadline <= campaign.deadline_at {
                return Err(CampaignError::ExtensionTooEarly);
            }
            let changed = diesel::update(
                campaign_targets::table
                    .filter(campaign_targets::id.eq(target))
                    .filter(campaign_targets::campaign_id.eq(id)),
            )
            .set(campaign_targets::deadline_at.eq(Some(deadline)))
            .execute(conn)?;
            if changed == 0 {
                return Err(CampaignError::NotFound);
            }
            Ok(((), Some(format!("{target} until {deadline} UTC"))))
        },
    )
}
