//! The meeting form's page, for a new meeting and for changing one.

use crate::kit::components::Button;
use crate::kit::forms::Errors;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::meetings::forms::MeetingForm;
use crate::people::FormPage;

/// Which form: its heading, where it saves and where Back goes.
pub struct Target {
    heading: String,
    action: String,
    back: String,
}

impl Target {
    pub fn new_for(opportunity: uuid::Uuid) -> Self {
        Target {
            heading: t("meeting-new"),
            action: format!("/opportunities/{opportunity}/meetings"),
            back: format!("/opportunities/{opportunity}"),
        }
    }

    pub fn edit_of(meeting: uuid::Uuid) -> Self {
        Target {
            heading: t("meeting-edit"),
            action: format!("/meetings/{meeting}"),
            back: format!("/meetings/{meeting}"),
        }
    }
}

pub fn form_page(
    page: Page,
    target: Target,
    form: &MeetingForm,
    venues: &[withus_db::entities::venue::Model],
    errors: &Errors,
) -> FormPage {
    FormPage {
        page: page.titled(target.heading.clone()),
        errors: errors.summary(),
        heading: target.heading,
        action: target.action,
        back: target.back,
        fields: form.fields(venues, errors),
        button: Button::submit(t("save")),
    }
}
