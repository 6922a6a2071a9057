//! API tokens, for admins: make one (shown once), list, revoke.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::app::api_tokens::{self, TokenError};
use crate::db::api_tokens as stored;
use crate::domain::api_scope::ApiScope;
use crate::domain::i18n::Tr;
use crate::domain::ids::ApiTokenId;
use crate::web::auth::{AdminOnly, SignedIn};
use crate::web::csrf::CsrfToken;
use crate::web::error::AppError;
use crate::web::form::HtmlForm;
use crate::web::page::{html, ok, see_other, sentence, PageContext};
use crate::web::state::AppState;

struct Row {
    id: String,
    name: String,
    scope: String,
    prefix: String,
    made: String,
    last_used: String,
    revoked: bool,
}

struct MadeToken {
    name: String,
    token: String,
}

#[derive(Template)]
#[template(path = "admin/api_tokens.html")]
struct TokensPage {
    page: PageContext,
    tokens: Vec<Row>,
    made: Option<MadeToken>,
    notice: Option<String>,
    form_name: String,
    form_scope: String,
    name_error: Option<String>,
}

#[derive(Deserialize)]
pub struct Notice {
    #[serde(default)]
    done: String,
}

#[derive(Deserialize)]
pub struct NewTokenForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    scope: String,
}

async fn page(
    state: &AppState,
    me: &SignedIn,
    csrf: &CsrfToken,
    made: Option<MadeToken>,
    notice: Option<String>,
) -> Result<TokensPage, AppError> {
    let listed = state.db(|conn| Ok(stored::list(conn)?)).await?;
    let when = |t: chrono::NaiveDateTime| t.format("%Y-%m-%d %H:%M UTC").to_string();
    let tokens = listed
        .into_iter()
        .map(|l| Row {
            id: l.token.id.to_string(),
            name: l.token.name,
            scope: l.token.scope,
            prefix: l.token.prefix,
            made: match l.created_by_email {
                Some(by) => format!("{} by {by}", when(l.token.created_at)),
                None => format!("{} at the command line", when(l.token.created_at)),
            },
            last_used: l
                .token
                .last_used_at
                .map(when)
                .unwrap_or_else(|| "never".into()),
            revoked: l.token.revoked_at.is_some(),
        })
        .collect();
    Ok(TokensPage {
        page: PageContext::new(Tr::english().t("admin-title-api-tokens"), csrf, Some(me)),
        tokens,
        made,
        notice,
        form_name: String::new(),
        form_scope: ApiScope::Read.as_str().into(),
        name_error: None,
    })
}

pub async fn list(
    staff: AdminOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    query: web::Query<Notice>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = staff;
    let notice = (query.done == "revoked").then(|| {
        Tr::english()
            .t("admin-api-tokens-the-token-was-revoked")
            .to_string()
    });
    Ok(ok(&page(&state, &me, &csrf, None, notice).await?))
}

pub async fn create(
    staff: AdminOnly,
    csrf: CsrfToken,
    state: web::Data<AppState>,
    form: HtmlForm<NewTokenForm>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = staff;
    let form = form.into_inner();
    // An unknown scope is only possible from a hand-made request: read.
    let scope = ApiScope::parse(&form.scope).unwrap_or(ApiScope::Read);
    let (actor, by, name) = (me.actor(), me.user.id.clone(), form.name.clone());
    let made = state
        .run(move |conn| api_tokens::create(conn, &actor, Some(&by), &name, scope))
        .await;
    match made {
        Ok(made) => {
            let shown = MadeToken {
                name: form.name.trim().to_string(),
                token: made.token,
            };
            // Shown in this answer alone (staff pages are `no-store`).
            Ok(ok(&page(&state, &me, &csrf, Some(shown), None).await?))
        }
        Err(TokenError::BadName(why)) => {
            let mut shown = page(&state, &me, &csrf, None, None).await?;
            shown.form_name = form.name;
            shown.form_scope = scope.as_str().into();
            shown.name_error = Some(sentence(&why));
            Ok(html(
                &mut HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY),
                &shown,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn revoke(
    staff: AdminOnly,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let AdminOnly(me) = staff;
    let id = ApiTokenId::parse(&path).ok_or(AppError::NotFound)?;
    let actor = me.actor();
    state
        .run(move |conn| api_tokens::revoke(conn, &actor, &id))
        .await?;
    Ok(see_other("/admin/api-tokens?done=revoked"))
}
