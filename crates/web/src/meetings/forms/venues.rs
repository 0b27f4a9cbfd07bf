//! The venue form: its name, address, the accessibility facts every meeting there is checked
//! against, and notes.

use withus_db::entities::venue;

use crate::kit::components::{Choices, Fieldset, Input, Textarea, render};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::meetings::queries;

pub const FACTS: &[(&str, &str)] = &[
    ("step_free", "venue-step-free"),
    ("hearing_loop", "venue-hearing-loop"),
    ("accessible_toilet", "venue-accessible-toilet"),
    ("parking", "venue-parking"),
    ("public_transport", "venue-public-transport"),
    ("quiet_room", "venue-quiet-room"),
];

#[derive(Default)]
pub struct VenueForm {
    pub name: String,
    pub address: String,
    pub facts: Vec<String>,
    pub notes: String,
}

impl VenueForm {
    pub fn from_data(data: &FormData) -> Self {
        VenueForm {
            name: data.one("name"),
            address: data.one("address"),
            facts: data.all("facts"),
            notes: data.one("notes"),
        }
    }

    pub fn from_venue(v: &venue::Model) -> Self {
        VenueForm {
            name: v.name.clone(),
            address: v.address.clone(),
            facts: FACTS
                .iter()
                .zip([
                    v.step_free,
                    v.hearing_loop,
                    v.accessible_toilet,
                    v.parking,
                    v.public_transport,
                    v.quiet_room,
                ])
                .filter(|(_, has)| *has)
                .map(|((f, _), _)| (*f).to_owned())
                .collect(),
            notes: v.notes.clone().unwrap_or_default(),
        }
    }

    pub fn fields(&self, errors: &Errors) -> Vec<String> {
        let facts: Vec<(&str, String)> = FACTS.iter().map(|(v, k)| (*v, t(k))).collect();
        let facts: Vec<(&str, &str)> = facts.iter().map(|(a, b)| (*a, b.as_str())).collect();
        let chosen: Vec<&str> = self.facts.iter().map(String::as_str).collect();
        vec![
            render(
                &Input::new("name", t("venue-name"))
                    .value(&self.name)
                    .error(errors.get("name")),
            ),
            render(
                &Textarea::new("address", t("venue-address"))
                    .value(&self.address)
                    .rows(3)
                    .error(errors.get("address")),
            ),
            render(
                &Choices::checkboxes(
                    "facts",
                    Fieldset::legend(t("venue-facts"), "govuk-fieldset__legend--s", false),
                    &facts,
                    &chosen,
                )
                .hint(t("venue-facts-hint")),
            ),
            render(
                &Textarea::new("notes", t("venue-notes"))
                    .value(&self.notes)
                    .rows(3)
                    .hint(t("venue-notes-hint")),
            ),
        ]
    }

    pub fn input(&self) -> queries::VenueInput<'_> {
        queries::VenueInput {
            name: &self.name,
            address: &self.address,
            facts: &self.facts,
            notes: &self.notes,
        }
    }

    pub fn errors(&self) -> Errors {
        let mut errors = Errors::default();
        if self.name.is_empty() {
            errors.add("name", t("venue-error-name"));
        }
        if self.address.is_empty() {
            errors.add("address", t("venue-error-address"));
        }
        errors
    }
}
