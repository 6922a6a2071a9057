//! The audit log: who did what, when, from where. Rows are only ever added.
//! Sign-in throttling counts its own table (`sign_in_attempts`) and reads
//! here only which addresses an account signed in from.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::audit_log;
use super::DbConnection;
use crate::domain::ids::{AuditId, StaffUserId};

pub mod action {
    pub const LOGIN_SUCCEEDED: &str = "login.succeeded";
    pub const LOGIN_FAILED: &str = "login.failed";
    pub const LOGOUT: &str = "logout";
    pub const STAFF_CREATED: &str = "staff.created";
    pub const STAFF_ROLE_CHANGED: &str = "staff.role_changed";
    pub const STAFF_DISABLED: &str = "staff.disabled";
    pub const STAFF_ENABLED: &str = "staff.enabled";
    pub const SESSIONS_ENDED: &str = "staff.sessions_ended";
    pub const LINK_REQUESTED: &str = "link.requested";
    pub const PASSWORD_CHANGED: &str = "staff.password_changed";
    pub const TWO_FACTOR_ENABLED: &str = "staff.two_factor_enabled";
    pub const TWO_FACTOR_DISABLED: &str = "staff.two_factor_disabled";
    pub const TWO_FACTOR_RESET: &str = "staff.two_factor_reset";
    pub const RECOVERY_CODE_USED: &str = "staff.recovery_code_used";
}

/// Who acted.
#[derive(Debug, Clone)]
pub enum Actor {
    Staff {
        id: StaffUserId,
        email: String,
    },
    /// Someone at the server's command line.
    CommandLine,
    /// A company's representative, signed in through their link.
    Representative {
        email: String,
    },
    /// Someone not signed in (a failed sign-in names the address typed).
    Anonymous,
    /// A script holding a JSON API token, named by the token's name.
    ApiToken {
        name: String,
    },
}

impl Actor {
    /// How the audit log names the actor.
    pub fn label(&self) -> String {
        match self {
            Actor::Staff { email, .. } => email.clone(),
            Actor::CommandLine => "command line".to_string(),
            Actor::Representative { email } => email.clone(),
            Actor::Anonymous => "anonymous".to_string(),
            Actor::ApiToken { name } => format!("API token “{name}”"),
        }
    }

    /// The staff account that acted, if one did.
    pub fn staff_id(&self) -> Option<&StaffUserId> {
        match self {
            Actor::Staff { id, .. } => Some(id),
            Actor::CommandLine
            | Actor::Representative { .. }
            | Actor::Anonymous
            | Actor::ApiToken { .. } => None,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct AuditEntry {
    pub id: AuditId,
    pub at: NaiveDateTime,
    pub actor_id: Option<StaffUserId>,
    pub actor_label: String,
    pub action: String,
    pub subject: String,
    pub client_ip: Option<String>,
    pub details: String,
}

pub fn record(
    conn: &mut DbConnection,
    actor: &Actor,
    action: &str,
    subject: &str,
    client_ip: Option<&str>,
    details: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let actor_id = actor.staff_id();
    let actor_label = actor.label();
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::id.eq(AuditId::new()),
            audit_log::at.eq(now),
            audit_log::actor_id.eq(actor_id),
            audit_log::actor_label.eq(&actor_label),
            audit_log::action.eq(action),
            audit_log::subject.eq(subject),
            audit_log::client_ip.eq(client_ip),
            audit_log::details.eq(details),
        ))
        .execute(conn)
        .map(drop)
}

/// Records the same action by the same actor on many subjects, in a few
/// multi-row statements (an import audits every company it touches).
pub fn record_many(
    conn: &mut DbConnection,
    actor: &Actor,
    action: &str,
    subjects: &[&str],
    details: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let (actor_id, actor_label) = (actor.staff_id(), actor.label());
    for chunk in subjects.chunks(500) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|subject| {
                (
                    audit_log::id.eq(AuditId::new()),
                    audit_log::at.eq(now),
                    audit_log::actor_id.eq(actor_id),
                    audit_log::actor_label.eq(&actor_label),
                    audit_log::action.eq(action),
                    audit_log::subject.eq(*subject),
                    audit_log::client_ip.eq(None::<&str>),
                    audit_log::details.eq(details),
                )
            })
            .collect();
        crate::db::insert_rows!(conn, audit_log::table, rows)?;
    }
    Ok(())
}

/// The newest entries, optionally only those of one action.
pub fn recent(
    conn: &mut DbConnection,
    action_filter: Option<&str>,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<AuditEntry>> {
    let mut query = audit_log::table
        .select(AuditEntry::as_select())
        .order((audit_log::at.desc(), audit_log::id.desc()))
        .limit(limit)
        .offset(offset)
        .into_boxed();
    if let Some(a) = action_filter {
        query = query.filter(audit_log::action.eq(a.to_string()));
    }
    query.load(conn)
}
