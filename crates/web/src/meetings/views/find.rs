//! The page for finding an involved person to expect at a meeting: a search by name, and a
//! table that tells people of the same name apart (the first half of their postcode, how they
//! are involved, when they last took part), those chosen for the opportunity first.

use axum::response::Response;
use uuid::Uuid;

use crate::kit::blocks::{strong, visually_hidden};
use crate::kit::components::{Cell, Input, Table, render};
use crate::kit::dates::{day, london_day};
use crate::kit::error::AppResult;
use crate::kit::form_parts::{button, get_form, row_button};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, paragraph};
use crate::kit::vocab::{INVOLVEMENT_ROLES, label};
use crate::meetings::queries::{Candidate, Loaded};

/// What a row offers: both kinds of place, or a note that they are already expected.
fn actions(meeting: Uuid, c: &Candidate, expected: &[Uuid], csrf: &str) -> String {
    if expected.contains(&c.id) {
        return t("find-already-expected");
    }
    let action = format!("/meetings/{meeting}/attendees");
    let id = c.id.to_string();
    ["member", "reserve"]
        .iter()
        .map(|kind| {
            row_button(
                csrf,
                &action,
                &[("person", &id), ("person_kind", kind)],
                &t(&format!("find-add-{kind}")),
                &c.name,
            )
        })
        .collect()
}

fn standing(c: &Candidate) -> String {
    match c.standing.as_deref() {
        Some(s) => strong(&t(&format!("find-standing-{s}"))),
        None => String::new(),
    }
}

pub fn find_page(
    page: Page,
    loaded: &Loaded,
    name: &str,
    found: &[Candidate],
    total: u64,
    expected: &[Uuid],
) -> AppResult<Response> {
    let m = &loaded.meeting;
    let csrf = page.csrf.clone();
    let search = get_form(
        &format!("/meetings/{}/people", m.id),
        &render(
            &Input::new("name", t("find-name"))
                .hint(t("find-name-hint"))
                .value(name)
                .classes("govuk-input--width-20"),
        ),
        &button(&t("find-search"), "govuk-button--secondary"),
    );
    let intro = if name.trim().is_empty() {
        t_args(
            "find-chosen-intro",
            &[("opportunity", &loaded.opportunity.title)],
        )
    } else if total as usize > found.len() {
        t_args(
            "find-some",
            &[
                ("shown", &found.len().to_string()),
                ("total", &total.to_string()),
            ],
        )
    } else {
        t_args("find-all", &[("count", &total.to_string())])
    };
    let table = Table {
        caption: Some(t("find-caption")),
        head: vec![
            Cell::text(t("attendee-name")),
            Cell::text(t("find-area")),
            Cell::text(t("find-role")),
            Cell::text(t("find-last")),
            Cell::text(t("find-standing")),
            Cell::html(visually_hidden(&t("actions"))),
        ],
        rows: found
            .iter()
            .map(|c| {
                vec![
                    Cell::text(c.name.clone()),
                    Cell::text(c.area.clone().unwrap_or_else(|| t("find-no-area"))),
                    Cell::text(label(INVOLVEMENT_ROLES, &c.role)),
                    Cell::text(
                        c.last_involved
                            .map_or_else(|| t("find-never"), |at| day(london_day(at))),
                    ),
                    Cell::html(standing(c)),
                    Cell::html(actions(m.id, c, expected, &csrf)),
                ]
            })
            .collect(),
        ..Table::default()
    };
    let results = if found.is_empty() {
        paragraph(&t("find-none"))
    } else {
        render(&table)
    };
    Sections::new(page, t("find-title"))
        .caption(m.title.clone())
        .back(format!("/meetings/{}#people", m.id))
        .block(search)
        .paragraph(&intro)
        .block(results)
        .respond()
}
