//! The invitation checked before it goes: the email as the first person written to will read
//! it, who gets it by email, and who must be phoned or written to instead.

use crate::kit::blocks::inset;
use crate::kit::components::{SummaryList, render};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, words};
use crate::meetings::queries::{Attendee, Loaded};
use crate::meetings::views::told::why_not;

/// `email` is (subject, body); `refused` says why it cannot go yet, and then there is no button.
pub fn preview_page(
    page: Page,
    loaded: &Loaded,
    sends_update: bool,
    email: &(String, String),
    attendees: &[Attendee],
    refused: Option<String>,
) -> Sections {
    let m = &loaded.meeting;
    let names = |list: Vec<String>| {
        if list.is_empty() {
            t("meeting-preview-nobody")
        } else {
            list.join(", ")
        }
    };
    let emailed = names(
        attendees
            .iter()
            .filter(|a| a.email.is_some())
            .map(|a| a.name.clone())
            .collect(),
    );
    let not = names(
        attendees
            .iter()
            .filter(|a| a.email.is_none())
            .map(why_not)
            .collect(),
    );
    let first = attendees.iter().find(|a| a.email.is_some());
    let summary = SummaryList::default()
        .row(t("meeting-preview-subject"), email.0.clone())
        .row(t("meeting-preview-to"), emailed)
        .row(t("meeting-preview-not"), not);
    let (heading, button) = if sends_update {
        (
            "meeting-preview-update-title",
            "meeting-preview-send-update",
        )
    } else {
        ("meeting-preview-title", "meeting-preview-send")
    };
    let mut sections = Sections::new(page, t(heading))
        .back(format!("/meetings/{}", m.id))
        .caption(m.title.clone())
        .block(render(&summary));
    sections = match first {
        Some(a) => sections.heading_m(
            &t_args("meeting-preview-as-read", &[("name", &a.name)]),
            "email",
        ),
        None => sections.heading_m(&t("meeting-preview-email"), "email"),
    };
    sections = sections
        .block(inset(&words(&email.1)))
        .paragraph(&t("meeting-preview-calendar"));
    match refused {
        Some(why) => sections.block(inset(&crate::kit::blocks::strong(&why))),
        None => sections.form(&format!("/meetings/{}/invite", m.id), &[], &t(button)),
    }
}
