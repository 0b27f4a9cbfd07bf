//! The record of a meeting: who came, the hours each involved person gave, and the notes.

use askama::Template;
use uuid::Uuid;
use withus_db::entities::meeting;

use crate::kit::components::{Choices, ErrorSummary, Fieldset, Input, Textarea, render};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::meetings::forms::record::ATTENDANCE;
use crate::meetings::queries::Attendee;
use crate::meetings::{moment, when};

#[derive(Template)]
#[template(path = "meetings/record.html")]
pub struct RecordPage {
    page: Page,
    errors: Option<ErrorSummary>,
    id: Uuid,
    title: String,
    when: String,
    rows: Vec<(String, String, String)>,
    notes: String,
    shared: Option<String>,
}

pub fn record_page(
    page: Page,
    m: &meeting::Model,
    attendees: &[Attendee],
    data: Option<&FormData>,
    errors: &Errors,
) -> RecordPage {
    let rows = attendees
        .iter()
        .map(|a| {
            let key = a.row.id.to_string();
            let chosen = data.map_or_else(
                || a.row.attendance.clone().unwrap_or_default(),
                |d| d.one(&format!("attendance-{key}")),
            );
            let minutes = data.map_or_else(
                || {
                    a.row
                        .minutes
                        .map(|m| format!("{}", f64::from(m) / 60.0))
                        .unwrap_or_default()
                },
                |d| d.one(&format!("hours-{key}")),
            );
            let options: Vec<(&str, String)> = ATTENDANCE.iter().map(|(v, k)| (*v, t(k))).collect();
            let options: Vec<(&str, &str)> =
                options.iter().map(|(a, b)| (*a, b.as_str())).collect();
            let legend = Fieldset::legend(
                t_args("attendance-for", &[("name", &a.name)]),
                "govuk-fieldset__legend--s",
                false,
            );
            let radios = render(
                &Choices::radios(
                    &format!("attendance-{key}"),
                    legend,
                    &options,
                    &[chosen.as_str()],
                )
                .inline()
                .error(errors.get(&format!("attendance-{key}"))),
            );
            let hours = if a.person.is_some() {
                render(
                    &Input::new(
                        &format!("hours-{key}"),
                        t_args("attendance-hours", &[("name", &a.name)]),
                    )
                    .value(&minutes)
                    .classes("govuk-input--width-3")
                    .hint(t("attendance-hours-hint"))
                    .error(errors.get(&format!("hours-{key}"))),
                )
            } else {
                String::new()
            };
            (a.name.clone(), radios, hours)
        })
        .collect();
    let notes = data.map_or_else(|| m.notes.clone().unwrap_or_default(), |d| d.one("notes"));
    RecordPage {
        page: page.titled(t("record-title")),
        errors: errors.summary(),
        id: m.id,
        title: m.title.clone(),
        when: when(m.starts_at, m.ends_at),
        rows,
        notes: render(
            &Textarea::new("notes", t("record-notes"))
                .value(&notes)
                .rows(8)
                .hint(t("record-notes-hint")),
        ),
        shared: m
            .notes_shared_at
            .map(|at| t_args("record-notes-shared", &[("when", &moment(at))])),
    }
}
