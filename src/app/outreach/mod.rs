//! Outreach: sending a campaign, reminders, deadlines, new links and
//! extensions. Each decision to write to someone queues its emails in the
//! transaction that records the decision, so the record and the outbox
//! always agree.
//!
//! * [`invitations`]: sending a campaign;
//! * [`reminders`]: reminders and the deadline passing (the job loop);
//! * [`links`]: new links, asked for or given by staff, revoked links and
//!   retried emails;
//! * [`extensions`]: requests for more time and staff's decisions.

mod extensions;
mod invitations;
mod links;
mod previews;
mod reminders;

use chrono::{Duration, NaiveDateTime};
use chrono_tz::Tz;
use url::Url;

use crate::db::campaign_emails;
use crate::db::campaigns::{self, Campaign};
use crate::db::links as access_links;
use crate::db::outreach as queries;
use crate::db::DbConnection;
use crate::domain::campaign::{parse_time_zone, show_in_zone, CampaignState};
use crate::domain::campaign_emails::EmailWording;
use crate::domain::i18n::Tr;
use crate::domain::questionnaire::Questionnaire;

pub use self::extensions::{decide_extension, request_extension, Decision};
pub use self::invitations::{send_campaign, SendSummary};
pub use self::links::{
    reissue_link, request_link, retry_email, revoke_link, LinkRequest,
    LINK_REQUESTS_PER_CLIENT_AN_HOUR,
};
pub use self::previews::{preview, Preview, PreviewKind};
pub use self::reminders::{mark_overdue, queue_reminders};
pub use crate::db::outreach::{
    extension_requests_of, not_invited_count, reachable_contacts, ExtensionRequest,
};

/// What outreach needs to know about the service.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The public address, for links in emails.
    pub base_url: Url,
    /// Links work until this many days after the target's deadline.
    pub link_valid_days: i64,
}

impl Settings {
    /// As configured, links pointing at `base_url` (the configured one, or
    /// the address the server is bound to).
    pub fn new(config: &crate::config::Config, base_url: &Url) -> Settings {
        Settings {
            base_url: base_url.clone(),
            link_valid_days: config.link_valid_days,
        }
    }
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
    Outage(#[from] super::Outage),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// What the emails about one campaign have in common, loaded once for
/// all of them.
struct CampaignLetters {
    campaign: Campaign,
    tz: Tz,
    /// The co-signing organisations, in order.
    organisations: Vec<String>,
    /// The demands' titles, in every language the questionnaire has.
    demands: Vec<crate::domain::questionnaire::Text>,
    /// Where a representative asks for a new link.
    lost_link_url: String,
    /// The whole questionnaire, public, to read before starting.
    questionnaire_url: String,
    /// What the questionnaire asks, in numbers, with the time it takes.
    effort: crate::domain::questionnaire::Effort,
    /// The campaign's own paragraphs for invitations and reminders.
    wording: EmailWording,
    /// The questionnaire's default language: the emails' language for a
    /// contact with no preferred one.
    default_language: String,
    settings: Settings,
}

impl CampaignLetters {
    fn load(
        conn: &mut DbConnection,
        campaign: Campaign,
        settings: &Settings,
    ) -> Result<CampaignLetters, OutreachError> {
        let organisations = campaigns::organisations_of(conn, &campaign.id)?
            .into_iter()
            .map(|o| o.name)
            .collect();
        let model = queries::questionnaire_model(conn, &campaign.questionnaire_version_id)?;
        let questionnaire: Questionnaire = serde_json::from_str(&model)?;
        let lang = questionnaire.default_language.clone();
        let demands = questionnaire
            .demands
            .iter()
            .map(|d| d.title.clone())
            .collect();
        let wording = campaign_emails::of(conn, &campaign.id)?.wording;
        let tz = parse_time_zone(&campaign.time_zone).unwrap_or(chrono_tz::UTC);
        let mut lost = settings.base_url.clone();
        lost.set_path("/respond/link");
        let mut whole = settings.base_url.clone();
        whole.set_path(&format!("/campaigns/{}/questionnaire", campaign.slug));
        let effort = crate::domain::questionnaire::Effort::of(&questionnaire);
        Ok(CampaignLetters {
            campaign,
            tz,
            organisations,
            demands,
            lost_link_url: lost.to_string(),
            questionnaire_url: whole.to_string(),
            effort,
            wording,
            default_language: lang.clone(),
            settings: settings.clone(),
        })
    }

    /// The demands' titles for a reader of `tr`'s language, and the
    /// language they are in when it is another (not translated).
    fn demands_in(&self, tr: Tr) -> (Vec<String>, String) {
        let said: Vec<crate::domain::questionnaire::Said> = self
            .demands
            .iter()
            .map(|t| t.said(tr.code(), &self.default_language))
            .collect();
        let lang = said
            .iter()
            .find_map(|s| s.lang.clone())
            .unwrap_or_else(|| tr.code().to_string());
        (said.into_iter().map(|s| s.text).collect(), lang)
    }

    /// The whole questionnaire's address, in the reader's language.
    fn questionnaire_url_in(&self, tr: Tr) -> String {
        if tr.lang() == crate::domain::i18n::Lang::english() {
            self.questionnaire_url.clone()
        } else {
            format!("{}?lang={}", self.questionnaire_url, tr.code())
        }
    }

    /// A time as the campaign's emails show it: in its zone, zone named.
    fn shown(&self, at: NaiveDateTime) -> String {
        show_in_zone(at, self.tz)
    }

    /// A time as an email in the language of `tr` shows it.
    fn shown_in(&self, tr: Tr, at: NaiveDateTime) -> String {
        tr.date_time(at, self.tz)
    }

    /// The language of the emails to a contact who prefers `contact_language`.
    fn tr_for(&self, contact_language: &str) -> Tr {
        crate::email::compose::language_for(contact_language, &self.default_language)
    }

    /// Until when a link works, for a target with this deadline.
    fn link_valid_until(&self, tr: Tr, deadline: NaiveDateTime) -> String {
        self.shown_in(tr, deadline + Duration::days(self.settings.link_valid_days))
    }

    /// The deadline of a target whose own deadline (an extension) is this.
    fn deadline(&self, own: Option<NaiveDateTime>) -> NaiveDateTime {
        own.unwrap_or(self.campaign.deadline_at)
    }

    /// The address of a secret link.
    fn link(&self, token: &str) -> String {
        access_links::url(&self.settings.base_url, token)
    }
}
