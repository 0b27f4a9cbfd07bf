//! What the person typed on their own pages, read into the record's form; the form's checks
//! are people's (`PersonForm::check`).

use crate::kit::forms::FormData;
use crate::people::{self, Details, Part, PersonForm};

/// The whole details form.
pub fn details(data: &FormData, details: &Details) -> PersonForm {
    let mut form = PersonForm::from_form(data);
    // The named contact is the organisation's to choose, so the person's form keeps it.
    form.named_contact = details
        .person
        .named_contact_id
        .map(|id| id.to_string())
        .unwrap_or_default();
    form
}

/// The access needs page's answers.
pub fn access(data: &FormData, details: &Details) -> PersonForm {
    // Everything else stays as it is on the record; only this page's answers change.
    let mut form = people::form_from(details);
    form.access_needs = data.all("access_needs");
    form.access_notes = data.one("access_notes");
    form
}

/// One part's answers.
pub fn part(data: &FormData, details: &Details, part: Part) -> PersonForm {
    // Everything else stays as it is on the record; only this page's answers change.
    let mut form = people::form_from(details);
    match part {
        Part::Contact => {
            form.email = data.one("email");
            form.phone = data.one("phone");
            form.postcode = data.one("postcode");
            form.contact = data.all("contact");
        }
        Part::Ways => {
            form.ways = data.all("ways");
            form.topics = data.all("topics");
        }
        Part::Choices => {
            form.areas = data.all("areas");
            form.roles = data.all("roles");
            form.levels = data.all("levels");
            form.time_commitment = data.one("time_commitment");
            form.paid_preference = data.one("paid_preference");
        }
    }
    form
}
