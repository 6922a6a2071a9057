//! The staff home page: what needs doing across every campaign, each item
//! linked to the page where it is done. Everyone on the staff sees it;
//! editors can also mark a company's replies as read from here.

use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::dashboard::{self, Dashboard, Item};
use crate::app::notifications;
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
    heading: &'static str,
    nothing: &'static str,
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
    vec![
        Group {
            id: "extension-requests",
            heading: "Requests for more time",
            nothing: "No request for more time waits for a decision.",
            items: board.extension_requests,
        },
        Group {
            id: "failed-emails",
            heading: "Failed emails",
            nothing: "No email has failed.",
            items: board.failed_emails,
        },
        Group {
            id: "to-score",
            heading: "Submissions to score",
            nothing: "Nothing waits to be scored.",
            items: board.to_score,
        },
        Group {
            id: "replies",
            heading: "Replies to findings to read",
            nothing: "No unread reply.",
            items: board.replies,
        },
        Group {
            id: "deadlines",
            heading: "Deadlines in the next 7 days",
            nothing: "No deadline in the next 7 days.",
            items: board.deadlines,
        },
        Group {
            id: "ready-to-publish",
            heading: "Campaigns ready to publish",
            nothing: "No campaign is ready to publish.",
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
        page: PageContext::new("Dashboard", &csrf, Some(&me)),
        name: me.user.name.clone(),
        role: me.user.role.to_string(),
        notice: (query.done == "read").then(|| "Marked as read.".to_string()),
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
