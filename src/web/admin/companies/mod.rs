//! The company directory for staff: the list (and CSV), the form, a page
//! per company, its contacts, and the organisations that co-sign
//! campaigns, one file each. Reading is open to all staff; changes need an
//! editor.

mod contacts;
mod form;
mod list;
mod organisations;
mod show;

pub use contacts::{
    add_contact, archive_contact, edit_contact_form, make_primary, update_contact, ContactForm,
};
use form::load;
pub use form::{create, edit_form, new_form, update, CompanyForm};
pub use list::{export, list, ListQuery};
pub use organisations::{
    add_organisation, archive_organisation, edit_organisation_form, organisations,
    restore_organisation, update_organisation_form, OrganisationForm,
};
use show::CompanyPage;
pub use show::{archive, restore, show, Done};
