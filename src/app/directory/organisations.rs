//! The organisations that co-sign campaigns.

use diesel::prelude::*;

use super::{taken, ChangeError};
use crate::db::audit::{self, Actor};
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
