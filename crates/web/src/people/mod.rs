//! The register of involved people: find, add, change and open a person, their ways of taking
//! part, access needs and the times they cannot do. Equality answers never appear here.

pub mod consents;
pub mod demo;
pub mod export;
pub mod export_stream;
pub mod forms;
pub mod held;
pub mod import;
pub mod import_columns;
pub mod import_jobs;
pub mod import_read;
pub mod queries;
pub mod record_changes;
pub mod retention;
pub mod routes;
pub mod views;

pub use views::erasure::ErasePage;
pub use views::fields::{Part, access_fields, part_fields};
pub use views::held::page as held_page;
pub use views::list::{FormPage, found_text};
pub use views::show::{Saved, saved_banner};

pub use consents::SELECTION_CONSENT;
pub use export::escape_formula;
pub use forms::{PersonForm, PersonInput, StatusForm, TimeForm};
pub use held::{download as held_download, held as everything_held};
pub use import_jobs::run_one_as as run_one_import;
pub use queries::{
    After, Details, Filters, active_members, add_times, by_ids, details, erase, find,
    id_for_account, list, named_contact, names_of_staff, remove_time, set_last_involved,
    set_status, staff_contacts, update,
};
pub use record_changes::{
    Whose, add_time as add_time_for, remove_time as remove_time_for, set_status as set_status_for,
};
pub use retention::worker::run as run_retention;
pub use views::{Links, Record, Typed, Voice, display_name, form_from, labels, record};

/// This feature's routes, each with the access it needs; `routes.rs` joins every feature's.
// One route a line reads best as a table, so rustfmt leaves it alone.
#[rustfmt::skip]
pub fn route_rows() -> Vec<crate::kit::access::Route> {
    use axum::routing::{get, post};
    use axum::extract::DefaultBodyLimit;
    use crate::kit::access::{COORDINATE, ERASE, PEOPLE, route};
    vec![
        route("GET", "/people", PEOPLE, get(routes::index)),
        route("GET", "/people/new", PEOPLE, get(routes::new)),
        route("GET", "/people/export", PEOPLE, get(routes::export::form)),
        route("GET", "/people/export/file", PEOPLE, get(routes::export::file)),
        route("GET", "/people/import", PEOPLE, get(routes::import::upload_form)),
        route("POST", "/people/import", PEOPLE, post(routes::import::upload).layer(DefaultBodyLimit::max(import::MAX_BYTES + 64 * 1024))),
        route("GET", "/people/import/{import_id}", PEOPLE, get(routes::import::preview)),
        route("GET", "/people/import/{import_id}/progress", PEOPLE, get(routes::import::progress)),
        route("POST", "/people/import/{import_id}/columns", PEOPLE, post(routes::import::set_columns)),
        route("POST", "/people/import/{import_id}/confirm", PEOPLE, post(routes::import::confirm)),
        route("POST", "/people/import/{import_id}/retry", PEOPLE, post(routes::import::retry)),
        route("GET", "/people/retention", COORDINATE, get(retention::routes::show)),
        route("POST", "/people/retention", COORDINATE, post(retention::routes::save)),
        route("GET", "/people/retention/{person_id}/keep", COORDINATE, get(retention::routes::keep_form)),
        route("POST", "/people/retention/{person_id}/keep", COORDINATE, post(retention::routes::keep)),
        route("POST", "/people/retention/{person_id}/release", COORDINATE, post(retention::routes::release)),
        route("POST", "/people/retention/{person_id}/letter", COORDINATE, post(retention::routes::letter_posted)),
        route("POST", "/people", PEOPLE, post(routes::create)),
        route("GET", "/people/{person_id}", PEOPLE, get(routes::show)),
        route("GET", "/people/{person_id}/edit", PEOPLE, get(routes::edit)),
        route("POST", "/people/{person_id}", PEOPLE, post(routes::update)),
        route("POST", "/people/{person_id}/status", PEOPLE, post(routes::set_status)),
        route("POST", "/people/{person_id}/unavailable", PEOPLE, post(routes::add_time)),
        route("POST", "/people/{person_id}/unavailable/{time_id}/remove", PEOPLE, post(routes::remove_time)),
        route("POST", "/people/{person_id}/consents", PEOPLE, post(routes::consents::record)),
        route("POST", "/people/{person_id}/consents/{consent_id}/withdraw", PEOPLE, post(routes::consents::withdraw)),
        route("GET", "/people/{person_id}/data", ERASE, get(routes::held::staff_page)),
        route("GET", "/people/{person_id}/data.json", ERASE, get(routes::held::staff_download)),
        route("GET", "/people/{person_id}/erase", ERASE, get(routes::erasure::confirm_erase)),
        route("POST", "/people/{person_id}/erase", ERASE, post(routes::erasure::erase_confirmed)),
    ]
}
