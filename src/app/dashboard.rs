//! The staff dashboard: what needs doing, across every campaign, each
//! item with the page where it is done. Read from a few queries
//! (`db::dashboard`) and assembled here; nothing is changed.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDateTime};
use chrono_tz::Tz;

use super::Outage;
use crate::db::campaigns::{self, Campaign};
use crate::db::dashboard::{self as queries, Company};
use crate::db::outbox::{self, status};
use crate::db::DbConnection;
use crate::domain::answers::Snapshot;
use crate::domain::campaign::{parse_time_zone, show_in_zone, CampaignState};
use crate::domain::ids::{CampaignId, QuestionnaireVersionId};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::scoring::{self, Judgement, Standing};

/// How far ahead deadlines are shown.
pub const DEADLINES_AHEAD_DAYS: i64 = 7;
/// At most this many failed emails are listed (the outbox has them all).
const FAILED_SHOWN: i64 = 50;

#[derive(Debug, thiserror::Error)]
pub enum DashboardError {
    #[error("a stored document cannot be read: {0}")]
    Stored(#[from] serde_json::Error),
    #[error(transparent)]
    Outage(#[from] Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// One thing to do, and where it is done.
#[derive(Debug, Clone)]
pub struct Item {
    /// The campaign's title (empty for an email of no campaign).
    pub campaign: String,
    /// What needs doing, in a few words: "Company X asks for more time".
    pub what: String,
    /// When, in the campaign's zone, zone named (or UTC, said so).
    pub when: String,
    /// The page where it is done.
    pub link: String,
    /// For unread replies: where "mark as read" posts.
    pub mark_read: Option<String>,
    /// For replies that came after publication.
    pub republish_needed: bool,
}

/// What needs doing, group by group; an empty group is "nothing".
#[derive(Debug, Clone, Default)]
pub struct Dashboard {
    pub extension_requests: Vec<Item>,
    pub failed_emails: Vec<Item>,
    pub to_score: Vec<Item>,
    pub replies: Vec<Item>,
    pub deadlines: Vec<Item>,
    pub ready_to_publish: Vec<Item>,
    /// Why no email can leave at all, if the relay is misconfigured.
    pub relay_problem: Option<crate::db::mail_relay::RelayProblem>,
}

struct Campaigns(HashMap<CampaignId, (Campaign, Tz)>);

impl Campaigns {
    fn get(&self, id: &CampaignId) -> Option<&(Campaign, Tz)> {
        self.0.get(id)
    }

    /// An item about a company, linked to `page` under its campaign.
    fn item(&self, c: &Company, what: String, at: NaiveDateTime, page: &str) -> Option<Item> {
        let (campaign, tz) = self.get(&c.campaign_id)?;
        Some(Item {
            campaign: campaign.title.clone(),
            what,
            when: show_in_zone(at, *tz),
            link: format!("/admin/campaigns/{}/{page}/{}", campaign.slug, c.target_id),
            mark_read: None,
            republish_needed: false,
        })
    }
}

/// Assembles the dashboard as of `now`.
pub fn assemble(conn: &mut DbConnection, now: NaiveDateTime) -> Result<Dashboard, DashboardError> {
    let all = campaigns::list(conn)?;
    let campaigns = Campaigns(
        all.iter()
            .map(|c| {
                let tz = parse_time_zone(&c.time_zone).unwrap_or(chrono_tz::UTC);
                (c.id.clone(), (c.clone(), tz))
            })
            .collect(),
    );
    let mut board = Dashboard {
        relay_problem: crate::db::mail_relay::current(conn)?,
        ..Dashboard::default()
    };

    for r in queries::pending_requests(conn)? {
        let what = match r.requested_until {
            Some(until) => format!(
                "{} asks for more time, until {}",
                r.company.company_name,
                campaigns
                    .get(&r.company.campaign_id)
                    .map(|(_, tz)| show_in_zone(until, *tz))
                    .unwrap_or_default()
            ),
            None => format!("{} asks for more time", r.company.company_name),
        };
        board.extension_requests.extend(campaigns.item(
            &r.company,
            what,
            r.requested_at,
            "targets",
        ));
    }

    for e in outbox::list(conn, Some(status::FAILED), FAILED_SHOWN)? {
        let campaign = e
            .campaign_id
            .as_ref()
            .and_then(|id| campaigns.get(id))
            .map(|(c, _)| c.title.clone())
            .unwrap_or_default();
        board.failed_emails.push(Item {
            campaign,
            what: format!("{} to {}: {}", e.kind, e.to_address, e.subject),
            when: e
                .failed_at
                .map(|at| format!("{} UTC", at.format("%-d %B %Y, %H:%M")))
                .unwrap_or_default(),
            link: "/admin/outbox?status=failed".to_string(),
            mark_read: None,
            republish_needed: false,
        });
    }

    let waiting = waiting_to_be_scored(conn, &campaigns)?;
    for (company, pending, submitted_at) in &waiting {
        let what = format!(
            "{}: {pending} written answer(s) to score",
            company.company_name
        );
        board
            .to_score
            .extend(campaigns.item(company, what, *submitted_at, "review"));
    }

    let published = queries::last_published(conn)?;
    let mut seen = HashSet::new();
    for r in queries::unread_replies(conn)? {
        if !seen.insert(r.company.target_id.clone()) {
            continue;
        }
        let after = published
            .get(&r.company.campaign_id)
            .is_some_and(|at| *at <= r.replied_at);
        let what = format!("{} replied to its findings", r.company.company_name);
        if let Some(mut item) = campaigns.item(&r.company, what, r.replied_at, "review") {
            item.republish_needed = after;
            item.mark_read = campaigns.get(&r.company.campaign_id).map(|(c, _)| {
                format!(
                    "/admin/campaigns/{}/replies/{}/read",
                    c.slug, r.company.target_id
                )
            });
            board.replies.push(item);
        }
    }

    let until = now + Duration::days(DEADLINES_AHEAD_DAYS);
    let mut deadlines: Vec<(NaiveDateTime, Item)> = all
        .iter()
        .filter(|c| c.state() == CampaignState::Open)
        .filter(|c| c.deadline_at >= now && c.deadline_at <= until)
        .filter_map(|c| {
            let (_, tz) = campaigns.get(&c.id)?;
            Some((
                c.deadline_at,
                Item {
                    campaign: c.title.clone(),
                    what: "The campaign's deadline".to_string(),
                    when: show_in_zone(c.deadline_at, *tz),
                    link: format!("/admin/campaigns/{}", c.slug),
                    mark_read: None,
                    republish_needed: false,
                },
            ))
        })
        .collect();
    for (company, at) in queries::own_deadlines_between(conn, now, until)? {
        let what = format!("{}: extended deadline", company.company_name);
        if let Some(item) = campaigns.item(&company, what, at, "targets") {
            deadlines.push((at, item));
        }
    }
    deadlines.sort_by_key(|(at, _)| *at);
    board.deadlines = deadlines.into_iter().map(|(_, item)| item).collect();

    let unfinished: HashSet<&CampaignId> = waiting.iter().map(|(c, _, _)| &c.campaign_id).collect();
    board.ready_to_publish = all
        .iter()
        .filter(|c| c.state() == CampaignState::Closed && !unfinished.contains(&c.id))
        .map(|c| Item {
            campaign: c.title.clone(),
            what: "Closed, and every submitted response is scored".to_string(),
            when: String::new(),
            link: format!("/admin/campaigns/{}", c.slug),
            mark_read: None,
            republish_needed: false,
        })
        .collect();
    Ok(board)
}

/// Submitted companies with written answers no reviewer has judged yet,
/// with how many and when they submitted, scored as the review page
/// scores them.
fn waiting_to_be_scored(
    conn: &mut DbConnection,
    campaigns: &Campaigns,
) -> Result<Vec<(Company, usize, NaiveDateTime)>, DashboardError> {
    let latest = queries::latest_submissions(conn)?;
    if latest.is_empty() {
        return Ok(Vec::new());
    }
    let mut judgements: HashMap<_, HashMap<String, Judgement>> = HashMap::new();
    for (target, question, points) in queries::submitted_scores(conn)? {
        judgements.entry(target).or_default().insert(
            question,
            Judgement {
                points: points.and_then(|p| u8::try_from(p).ok()),
            },
        );
    }
    let versions: Vec<QuestionnaireVersionId> = latest
        .iter()
        .filter_map(|(c, _)| campaigns.get(&c.campaign_id))
        .map(|(c, _)| c.questionnaire_version_id.clone())
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let mut questionnaires: HashMap<QuestionnaireVersionId, Questionnaire> = HashMap::new();
    for (id, model) in queries::questionnaire_models(conn, &versions)? {
        questionnaires.insert(id, serde_json::from_str(&model)?);
    }
    let none = HashMap::new();
    let mut out = Vec::new();
    for (company, json) in latest {
        let Some((campaign, _)) = campaigns.get(&company.campaign_id) else {
            continue;
        };
        let Some(questionnaire) = questionnaires.get(&campaign.questionnaire_version_id) else {
            continue;
        };
        let snapshot: Snapshot = serde_json::from_str(&json)?;
        let card = scoring::score(
            questionnaire,
            Standing::Responded,
            &snapshot.answers_map(),
            judgements.get(&company.target_id).unwrap_or(&none),
        );
        if card.pending > 0 {
            let at = chrono::DateTime::parse_from_rfc3339(&snapshot.submitted_at)
                .map(|t| t.naive_utc())
                .unwrap_or_default();
            out.push((company, card.pending, at));
        }
    }
    Ok(out)
}
