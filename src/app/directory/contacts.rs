//! A company's contacts: adding, changing, the primary contact, archiving.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{taken, ChangeError};
use crate::db::audit::{self, Actor};
use crate::db::companies::{contact_of, Company, Contact};
use crate::db::schema::contacts;
use crate::db::{write, DbConnection};
use crate::domain::ids::ContactId;
use crate::domain::{time, Email};

pub struct ContactInput {
    pub name: String,
    pub email: Email,
    pub role: String,
    pub language: String,
}

/// A contact of this company, or [`ChangeError::NotFound`].
pub fn contact(
    conn: &mut DbConnection,
    company: &Company,
    id: &ContactId,
) -> Result<Contact, ChangeError> {
    contact_of(conn, &company.id, id)?.ok_or(ChangeError::NotFound)
}

pub fn add_contact(
    conn: &mut DbConnection,
    actor: &Actor,
    company: &Company,
    input: &ContactInput,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        let has_primary: i64 = contacts::table
            .filter(contacts::company_id.eq(&company.id))
            .filter(contacts::is_primary.eq(true))
            .filter(contacts::archived_at.is_null())
            .count()
            .get_result(conn)?;
        diesel::insert_into(contacts::table)
            .values((
                contacts::id.eq(ContactId::new()),
                contacts::company_id.eq(&company.id),
                contacts::name.eq(&input.name),
                contacts::email.eq(input.email.as_str()),
                contacts::role.eq(&input.role),
                contacts::language.eq(&input.language),
                contacts::is_primary.eq(has_primary == 0),
                contacts::created_at.eq(now),
                contacts::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(|e| taken(e, ChangeError::EmailTaken))?;
        audit::record(
            conn,
            actor,
            "contact.added",
            &company.slug,
            None,
            input.email.as_str(),
            now,
        )?;
        Ok(())
    })
}

pub fn update_contact(
    conn: &mut DbConnection,
    actor: &Actor,
    company: &Company,
    id: &ContactId,
    input: &ContactInput,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        contact(conn, company, id)?;
        diesel::update(contacts::table.find(id))
            .set((
                contacts::name.eq(&input.name),
                contacts::email.eq(input.email.as_str()),
                contacts::role.eq(&input.role),
                contacts::language.eq(&input.language),
                contacts::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(|e| taken(e, ChangeError::EmailTaken))?;
        audit::record(
            conn,
            actor,
            "contact.updated",
            &company.slug,
            None,
            input.email.as_str(),
            now,
        )?;
        Ok(())
    })
}

pub fn make_primary(
    conn: &mut DbConnection,
    actor: &Actor,
    company: &Company,
    id: &ContactId,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        let contact = contact(conn, company, id)?;
        diesel::update(contacts::table.filter(contacts::company_id.eq(&company.id)))
            .set(contacts::is_primary.eq(false))
            .execute(conn)?;
        diesel::update(contacts::table.find(id))
            .set((
                contacts::is_primary.eq(true),
                contacts::archived_at.eq(None::<NaiveDateTime>),
                contacts::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor,
            "contact.primary",
            &company.slug,
            None,
            &contact.email,
            now,
        )?;
        Ok(())
    })
}

pub fn archive_contact(
    conn: &mut DbConnection,
    actor: &Actor,
    company: &Company,
    id: &ContactId,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        let contact = contact(conn, company, id)?;
        diesel::update(contacts::table.find(id))
            .set((
                contacts::archived_at.eq(Some(now)),
                contacts::is_primary.eq(false),
                contacts::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor,
            "contact.archived",
            &company.slug,
            None,
            &contact.email,
            now,
        )?;
        Ok(())
    })
}

/// A representative's own choice of language, made with the switch on
/// the respondent pages: their later pages and emails use it.
pub fn choose_language(
    conn: &mut DbConnection,
    actor: &Actor,
    id: &ContactId,
    company_slug: &str,
    lang: crate::domain::i18n::Lang,
) -> Result<(), ChangeError> {
    write(conn, |conn| {
        let now = time::now();
        let changed = diesel::update(
            contacts::table
                .find(id)
                .filter(contacts::language.ne(lang.code())),
        )
        .set((
            contacts::language.eq(lang.code()),
            contacts::updated_at.eq(now),
        ))
        .execute(conn)?;
        if changed > 0 {
            audit::record(
                conn,
                actor,
                "contact.language",
                company_slug,
                None,
                lang.code(),
                now,
            )?;
        }
        Ok(())
    })
}
