//! Campaigns for staff: the list, the form, the tracking dashboard (also as
//! CSV), the life cycle and the targets, one file each.

mod confirm;
mod dashboard;
mod emails;
mod form;
mod life_cycle;
mod next_round;
mod settings;
mod targets;

pub(crate) use confirm::{page as confirm_page, Entered, Step};
pub(crate) use dashboard::dashboard_page;
pub use dashboard::{show, targets_csv, DashboardQuery, TargetLine};
pub use emails::{
    preview_email, preview_email_html, save_emails, show_emails, PreviewQuery, WordingForm,
};
pub use form::{create, edit_form, new_form, update, CampaignForm};
pub(crate) use form::{parse_date, parse_time};
pub use life_cycle::{change_questionnaire, change_state, QuestionnaireForm, StateForm};
pub(crate) use life_cycle::{finish, refused, slug_of};
pub use next_round::{form as next_round_form, start as start_next_round, NextRoundForm};
pub use settings::{set_reminders, set_rules, ReminderForm, RulesForm};
pub use targets::{add_targets, extend, ExtendForm, TargetsForm};

use actix_web::{web, HttpResponse};
use askama::Template;
use chrono_tz::Tz;

use crate::db::campaigns::{self, Campaign};
use crate::domain::campaign::{parse_time_zone, show_in_zone};
use crate::domain::i18n::Tr;
use crate::domain::Role;
use crate::web::auth::AnyStaff;
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{ok, PageContext};
use crate::web::state::AppState;

#[derive(Template)]
#[template(path = "admin/campaigns.html")]
struct ListPage {
    page: PageContext,
    campaigns: Vec<(Campaign, String)>,
    can_edit: bool,
}

fn zone(c: &Campaign) -> Tz {
    parse_time_zone(&c.time_zone).unwrap_or(Tz::UTC)
}

pub async fn list(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let campaigns = state.db(|conn| Ok(campaigns::list(conn)?)).await?;
    let campaigns = campaigns
        .into_iter()
        .map(|c| {
            let shown = show_in_zone(c.deadline_at, zone(&c));
            (c, shown)
        })
        .collect();
    Ok(ok(&ListPage {
        page: PageContext::new(Tr::english().t("admin-title-campaigns"), &csrf, Some(&me)),
        campaigns,
        can_edit: me.user.role.includes(Role::Editor),
    }))
}
