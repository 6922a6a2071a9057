//! The page that asks an editor to confirm a step in a campaign's life
//! (open, close, reopen, publish) and says what it will do: who still has
//! time to answer when closing, and what a new version will show when
//! publishing. Nothing changes until the page's form is sent back.

use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use askama::Template;

use super::zone;
use crate::app::campaigns::{fingerprint, still_answering};
use crate::db::campaigns::Campaign;
use crate::db::publications;
use crate::domain::campaign::{show_in_zone, CampaignState};
use crate::domain::i18n::Tr;
use crate::domain::publication::assemble;
use crate::domain::time;
use crate::web::auth::SignedIn;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{html, PageContext};
use crate::web::state::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Open,
    Close,
    Reopen,
    Publish,
}

impl Step {
    /// The step that moves `from` to `to`, if the campaign may take it.
    pub(crate) fn between(from: CampaignState, to: CampaignState) -> Option<Step> {
        use CampaignState::*;
        match (from, to) {
            (Draft, Open) => Some(Step::Open),
            (Open, Closed) => Some(Step::Close),
            (Closed, Open) => Some(Step::Reopen),
            (Closed | Published, Published) => Some(Step::Publish),
            _ => None,
        }
    }

    fn title(self) -> String {
        let tr = Tr::english();
        match self {
            Step::Open => tr.t("admin-confirm-open-title"),
            Step::Close => tr.t("admin-confirm-close-title"),
            Step::Reopen => tr.t("admin-confirm-reopen-title"),
            Step::Publish => tr.t("admin-confirm-publish-title"),
        }
    }
}

/// What the editor typed, shown again.
#[derive(Default)]
pub(crate) struct Entered {
    pub closing: String,
    pub reason: String,
    pub note: String,
}

/// A company with time left, as shown: its name and deadline in the
/// campaign's time zone.
pub(crate) struct Waiting {
    pub company: String,
    pub deadline: String,
}

#[derive(Template)]
#[template(path = "admin/campaign_confirm.html")]
struct ConfirmPage {
    page: PageContext,
    campaign: Campaign,
    step: Step,
    waiting: Vec<Waiting>,
    seen: String,
    entered: Entered,
    /// A refusal, at the top.
    error: Option<String>,
    /// Beside the reason field.
    reason_error: Option<String>,
    /// For publishing: the version's number and its standings, counted.
    version: i32,
    counts: Vec<(String, usize)>,
}

impl ConfirmPage {
    fn is(&self, step: Step) -> bool {
        self.step == step
    }

    fn ending(&self) -> bool {
        self.entered.closing == "end"
    }
}

/// The confirmation page for `step`, with `error` at the top or
/// `reason_error` beside the reason (409 when something was refused).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn page(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    campaign: Campaign,
    step: Step,
    entered: Entered,
    error: Option<String>,
    reason_error: Option<String>,
) -> Result<HttpResponse, AppError> {
    let now = time::now();
    let tz = zone(&campaign);
    let loaded = match step {
        Step::Publish => Some(
            state
                .questionnaire(&campaign.questionnaire_version_id)
                .await?,
        ),
        _ => None,
    };
    let c = campaign.clone();
    let (waiting, last, inputs) = state
        .db(move |conn| {
            let waiting = still_answering(conn, &c, now)?;
            let (last, inputs) = match &loaded {
                Some(loaded) => (
                    publications::last_version(conn, &c.id)?.unwrap_or(0),
                    Some((publications::inputs(conn, &c, &loaded.0)?, loaded.clone())),
                ),
                None => (0, None),
            };
            Ok((waiting, last, inputs))
        })
        .await?;
    let seen = fingerprint(&waiting);
    // What the next version would say of each company, counted.
    let counts = match inputs {
        Some((inputs, loaded)) => {
            let preview = assemble(inputs, &loaded.1, last + 1, "", now);
            let mut counts: Vec<(String, usize)> = Vec::new();
            for c in &preview.companies {
                match counts.iter_mut().find(|(s, _)| *s == c.standing) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((c.standing.clone(), 1)),
                }
            }
            counts.sort();
            counts
        }
        None => Vec::new(),
    };
    let refused = error.is_some() || reason_error.is_some();
    let confirm = ConfirmPage {
        page: PageContext::new(step.title(), csrf, Some(me)),
        waiting: waiting
            .into_iter()
            .map(|w| Waiting {
                company: w.company,
                deadline: show_in_zone(w.deadline, tz),
            })
            .collect(),
        campaign,
        step,
        seen,
        entered,
        error,
        reason_error,
        version: last + 1,
        counts,
    };
    let status = if refused {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    Ok(html(&mut HttpResponse::build(status), &confirm))
}
