//! The outbox as staff see it: what waits, what went, what failed and what
//! the mail server said; failed emails can be put back in the queue.

use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::outreach;
use crate::db::outbox::{self, status, OutboxRow};
use crate::domain::i18n::Tr;
use crate::domain::ids::OutboxId;
use crate::domain::{time, Role};
use crate::web::auth::{AnyStaff, EditorOnly};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::page::{ok, see_other, PageContext};
use crate::web::state::AppState;

const SHOWN: i64 = 500;

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct OutboxPage {
    page: PageContext,
    rows: Vec<OutboxRow>,
    queued: i64,
    sent: i64,
    failed: i64,
    status_filter: String,
    can_edit: bool,
    notice: Option<String>,
    shown_limit: i64,
}

impl OutboxPage {
    fn when(&self, t: &Option<chrono::NaiveDateTime>) -> String {
        t.map(|t| format!("{} UTC", t.format("%Y-%m-%d %H:%M:%S")))
            .unwrap_or_default()
    }
}

#[derive(Deserialize)]
pub struct OutboxQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    done: String,
}

pub async fn list(
    staff: AnyStaff,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    query: web::Query<OutboxQuery>,
) -> Result<HttpResponse, AppError> {
    let AnyStaff(me) = staff;
    let query = query.into_inner();
    let filter = match query.status.as_str() {
        s @ (status::QUEUED | status::SENT | status::FAILED) => Some(s.to_string()),
        _ => None,
    };
    let f = filter.clone();
    let (rows, (queued, sent, failed)) = state
        .db(move |conn| {
            Ok((
                outbox::list(conn, f.as_deref(), SHOWN)?,
                outbox::counts(conn)?,
            ))
        })
        .await?;
    Ok(ok(&OutboxPage {
        page: PageContext::new(Tr::english().t("admin-title-outbox"), &csrf, Some(&me)),
        rows,
        queued,
        sent,
        failed,
        status_filter: filter.unwrap_or_default(),
        can_edit: me.user.role.includes(Role::Editor),
        notice: (query.done == "retry").then(|| {
            Tr::english()
                .t("admin-outbox-the-email-is-back-in")
                .to_string()
        }),
        shown_limit: SHOWN,
    }))
}

pub async fn retry(
    staff: EditorOnly,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let EditorOnly(me) = staff;
    let id = OutboxId::parse(&path.into_inner()).ok_or(AppError::NotFound)?;
    let (actor, settings) = (me.actor(), state.outreach());
    let retried = state
        .run(move |conn| outreach::retry_email(conn, &actor, &id, &settings, time::now()))
        .await?;
    if !retried {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/admin/outbox?status=queued&done=retry"))
}
