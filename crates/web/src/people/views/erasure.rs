//! The page that asks before a person's details are erased, for staff here and for the person
//! themselves on their own pages.

use askama::Template;
use uuid::Uuid;
use withus_db::entities::person;

use super::display_name;
use crate::kit::components::Button;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;

#[derive(Template)]
#[template(path = "people/erase.html")]
pub struct ErasePage {
    pub page: Page,
    pub heading: String,
    pub body: String,
    pub action: String,
    pub back: String,
    /// "No, keep their details", or "your" on the person's own page.
    pub keep: String,
    pub button: Button,
}

/// Staff asked to confirm that this person's details go.
pub fn confirm_page(page: Page, id: Uuid, person: &person::Model) -> ErasePage {
    ErasePage {
        page: page.titled(t("erase-title")),
        heading: t_args("erase-heading", &[("name", &display_name(person))]),
        body: t("erase-body"),
        action: format!("/people/{id}/erase"),
        keep: t("erase-keep"),
        back: format!("/people/{id}"),
        button: Button::submit(t("erase-button")).warning(),
    }
}
