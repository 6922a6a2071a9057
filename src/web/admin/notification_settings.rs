//! A staff member's choice of notification emails, on their account page.

use std::collections::HashMap;

use actix_web::{web, HttpResponse};

use crate::app::notifications;
use crate::domain::staff_notice::NoticeKind;
use crate::domain::time;
use crate::web::auth::SignedIn;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::see_other;
use crate::web::state::AppState;

/// The form field of a kind.
fn field(kind: NoticeKind) -> String {
    format!("notify_{}", kind.as_str())
}

/// The choices as the account page shows them: (field, label, on).
pub(super) async fn shown(
    state: &AppState,
    me: &SignedIn,
) -> Result<Vec<(String, &'static str, bool)>, AppError> {
    let (id, role) = (me.user.id.clone(), me.user.role);
    let choices = state
        .run(move |conn| notifications::choices(conn, &id, role))
        .await?;
    Ok(choices
        .into_iter()
        .map(|(kind, on)| (field(kind), kind.label(), on))
        .collect())
}

/// Saves the choices: a ticked box is a kind wanted, any other is not.
pub async fn save(
    me: SignedIn,
    state: web::Data<AppState>,
    form: HtmlForm<HashMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    let ticked = form.into_inner();
    let wanted: Vec<NoticeKind> = NoticeKind::ALL
        .into_iter()
        .filter(|k| ticked.contains_key(&field(*k)))
        .collect();
    let (actor, id) = (me.actor(), me.user.id.clone());
    state
        .run(move |conn| notifications::choose(conn, &actor, &id, &wanted, time::now()))
        .await?;
    Ok(see_other("/admin/account?done=notifications"))
}
