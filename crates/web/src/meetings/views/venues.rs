//! The venues pages: the list with each venue's accessibility facts, and the venue form.

use askama::Template;
use withus_db::entities::venue;

use crate::kit::components::{Button, Cell, Table};
use crate::kit::forms::Errors;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::meetings::forms::venues::VenueForm;
use crate::meetings::views::venue_facts;
use crate::people::FormPage;

#[derive(Template)]
#[template(path = "meetings/venues.html")]
pub struct VenuesPage {
    page: Page,
    table: Option<Table>,
}

pub fn index_page(page: Page, venues: &[venue::Model]) -> VenuesPage {
    let table = (!venues.is_empty()).then(|| Table {
        head: vec![Cell::text(t("venue-name")), Cell::text(t("venue-facts"))],
        rows: venues
            .iter()
            .map(|v| {
                vec![
                    Cell::html(link(&format!("/venues/{}/edit", v.id), &v.name)),
                    Cell::text(venue_facts(v).join(", ")),
                ]
            })
            .collect(),
        ..Table::default()
    });
    VenuesPage {
        page: page.titled(t("venues-title")),
        table,
    }
}

pub fn form_page(
    page: Page,
    heading: String,
    action: String,
    form: &VenueForm,
    errors: &Errors,
) -> FormPage {
    FormPage {
        page: page.titled(heading.clone()),
        errors: errors.summary(),
        heading,
        action,
        back: "/venues".into(),
        fields: form.fields(errors),
        button: Button::submit(t("save")),
    }
}
