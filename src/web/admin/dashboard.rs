//! The staff home page: what needs doing across every campaign, each item
//! linked to the page where it is done. Everyone on the staff sees it;
//! editors can also mark a company's replies as read from here.

use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::dashboard::{self, Dashboard, Item};
use crate::app::notifications;
use crate::domain::i18n::Tr;
use crate::domain::ids::TargetId;
use crate::domain::{time, Role};
use crate::web::auth::{AnyStaff, EditorOnly};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{ok, see_other, PageContext};
use crate::web::state::AppState;

/// One group of the page: its heading, what "nothing" means, its items.
struct Group {
    id: &'static str,
    heading: String,
    nothing: String,
    items: Vec<Item>,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct DashboardPage {
    page: PageContext,
    name: String,
    role: String,
    notice: Option<String>,
    can_edit: bool,
    relay_problem: Option<crate::db::mail_relay::RelayProblem>,
    groups: Vec<Group>,
}

fn groups(board: Dashboard) -> Vec<Group> {
    let tr = Tr::english();
    vec![
        Group {
            id: "extension-requests",
            heading: tr.t("admin-dashboard-extension-requests"),
            nothing: tr.t("admin-dashboard-extension-requests-none"),
            items: board.extension_requests,
        },
        Group {
            id: "failed-emails",
            heading: tr.t("admin-dashboard-failed-emails"),
            nothing: tr.t("admin-dashboard-failed-emails-none"),
            items: board.failed_emails,
        },
        Group {
            id: "to-score",
            heading: tr.t("admin-dashboard-to-score"),
            nothing: tr.t("admin-dashboard-to-score-none"),
            items: board.to_score,
        },
        Group {
            id: "replies",
            heading: tr.t("admin-dashboard-replies"),
            nothing: tr.t("admin-dashboard-replies-none"),
            items: board.replies,
        },
        Group {
            id: "deadlines",
            heading: tr.t("admin-dashboard-deadlines"),
            nothing: tr.t("admin-dashboard-deadlines-none"),
            items: board.deadlines,
        },
        Group {
            id: "ready-to-publish",
            heading: tr.t("admin-dashboard-ready-to-publish"),
            nothing: tr.t("admin-dashboard-ready-to-publish-none"),
            items: board.ready_to_publish,
        },
    ]
}

#[derive(Deserialize)]
pub struct DashboardQuery {
    #[serde(default)]
    done: String,
}

pub async fn show(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    query: web::Query<DashboardQuery>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let board = state
        .run(move |conn| dashboard::assemble(conn, time::now()))
        .await?;
    Ok(ok(&DashboardPage {
        page: PageContext::new(Tr::english().t("admin-dashboard-title"), &csrf, Some(&me)),
        name: me.user.name.clone(),
        role: me.user.role.to_string(),
        notice: (query.done == "read").then(|| Tr::english().t("admin-dashboard-marked-as-read")),
        can_edit: me.user.role.includes(Role::Editor),
        relay_problem: board.relay_problem.clone(),
        groups: groups(board),
    }))
}

/// Marks a company's replies to its findings as read.
pub async fn mark_read(
    staff: EditorOnly,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let (slug, target) = path.into_inner();
    let target = TargetId::parse(&target).ok_or(AppError::NotFound)?;
    let (actor, by) = (me.actor(), me.user.id.clone());
    state
        .run(move |conn| {
            notifications::mark_replies_read(conn, &actor, &by, &slug, &target, time::now())
        })
        .await?;
    Ok(see_other("/admin?done=read"))
}
