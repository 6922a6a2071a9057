//! The organisations that co-sign campaigns.

use diesel::prelude::*;

use super::{taken, ChangeError};
use crate::db::audit::{self, Actor};
use crate::db::companies;
use crate::db::schema::organisations;
use crate::db::{write, DbConnection};
use crate::domain::ids::OrganisationId;
use crate::domain::time;

pub fn add_organisation(
    conn: &mut DbConnection,
    actor: &Actor,
    name: &str,
    website: Option<&str>,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        diesel::insert_into(organisations::table)
            .values((
                organisations::id.eq(OrganisationId::new()),
                organisations::name.eq(name),
                organisations::website.eq(website),
                organisations::created_at.eq(now),
                organisations::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(|e| taken(e, ChangeError::NameTaken))?;
        audit::record(conn, actor, "organisation.added", name, None, "", now)?;
        Ok(())
    })
}

/// Changes an organisation's name and website; campaigns that have it show
/// the new name.
pub fn update_organisation(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &OrganisationId,
    name: &str,
    website: Option<&str>,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let before = companies::organisation(conn, id)?.ok_or(ChangeError::NotFound)?;
        let now = time::now();
        diesel::update(organisations::table.find(id))
            .set((
                organisations::name.eq(name),
                organisations::website.eq(website),
                organisations::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(|e| taken(e, ChangeError::NameTaken))?;
        let detail = if before.name == name {
            String::new()
        } else {
            format!("was {}", before.name)
        };
        audit::record(
            conn,
            actor,
            "organisation.updated",
            name,
            None,
            &detail,
            now,
        )?;
        Ok(())
    })
}

/// Archives an organisation (`archived`) or brings it back. An archived
/// organisation is no longer offered for new campaigns; campaigns that
/// have it keep it, named as before.
pub fn set_organisation_archived(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &OrganisationId,
    archived: bool,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let before = companies::organisation(conn, id)?.ok_or(ChangeError::NotFound)?;
        if before.archived_at.is_some() == archived {
            return Ok(());
        }
        let now = time::now();
        diesel::update(organisations::table.find(id))
            .set((
                organisations::archived_at.eq(archived.then_some(now)),
                organisations::updated_at.eq(now),
            ))
            .execute(conn)?;
        let action = if archived {
            "organisation.archived"
        } else {
            "organisation.restored"
        };
        audit::record(conn, actor, action, &before.name, None, "", now)?;
        Ok(())
    })
}
