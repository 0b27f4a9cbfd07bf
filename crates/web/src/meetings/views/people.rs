//! The people part of the meeting page: who is expected, with their needs (shown to staff
//! only), and the forms to add an involved person or a member of staff.

use uuid::Uuid;
use withus_db::entities::meeting;

use crate::kit::blocks::{heading, two_halves, visually_hidden};
use crate::kit::components::{Cell, Choices, Fieldset, Select, Table, render};
use crate::kit::error::AppResult;
use crate::kit::form_parts::{button, post_form, row_button};
use crate::kit::i18n::t;
use crate::kit::sections::{link, paragraph};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::{ACCESS_NEEDS, label};
use crate::meetings::queries::Attendee;
use crate::people::staff_contacts;

pub const KINDS: &[(&str, &str)] = &[
    ("member", "attendee-member"),
    ("reserve", "attendee-reserve"),
    ("chair", "attendee-chair"),
    ("staff", "attendee-staff"),
];

fn remove_button(m: &meeting::Model, a: &Attendee, csrf: &str) -> String {
    row_button(
        csrf,
        &format!("/meetings/{}/attendees/{}/remove", m.id, a.row.id),
        &[],
        &t("remove"),
        &a.name,
    )
}

fn options(pairs: &[(Uuid, String)], first: String) -> Vec<(String, String)> {
    std::iter::once((String::new(), first))
        .chain(
            pairs
                .iter()
                .map(|(id, name)| (id.to_string(), name.clone())),
        )
        .collect()
}

fn pairs(owned: &[(String, String)]) -> Vec<(&str, &str)> {
    owned
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect()
}

/// The people section of the meeting page. Needs are shown here, to staff, and nowhere an
/// involved person can see.
pub async fn section(
    tenant: &Tenant,
    m: &meeting::Model,
    attendees: &[Attendee],
    csrf: &str,
) -> AppResult<String> {
    let table = Table {
        head: vec![
            Cell::text(t("attendee-name")),
            Cell::text(t("attendee-kind")),
            Cell::text(t("attendee-needs")),
            Cell::text(t("attendee-invited")),
            Cell::html(visually_hidden(&t("actions"))),
        ],
        rows: attendees
            .iter()
            .map(|a| {
                let needs: Vec<String> = a.needs.iter().map(|n| label(ACCESS_NEEDS, n)).collect();
                vec![
                    Cell::text(a.name.clone()),
                    Cell::text(label(KINDS, &a.row.kind)),
                    Cell::text(needs.join(", ")),
                    Cell::text(if a.row.invited_at.is_some() {
                        t("yes")
                    } else {
                        t("no")
                    }),
                    Cell::html(remove_button(m, a, csrf)),
                ]
            })
            .collect(),
        ..Table::default()
    };
    let staff = options(&staff_contacts(&tenant.scope).await?, t("attendee-choose"));
    let legend = || Fieldset::legend(t("attendee-kind"), "govuk-fieldset__legend--s", false);
    let staff_kinds = [
        ("staff", t("attendee-staff")),
        ("chair", t("attendee-chair")),
    ];
    let as_pairs = |k: &[(&'static str, String)]| -> Vec<(&'static str, String)> { k.to_vec() };
    let form = |who: &str,
                label_key: &str,
                list: &[(String, String)],
                kinds: Vec<(&str, String)>,
                chosen: &str| {
        let kinds: Vec<(&str, &str)> = kinds.iter().map(|(a, b)| (*a, b.as_str())).collect();
        post_form(
            csrf,
            &format!("/meetings/{}/attendees", m.id),
            &[
                render(&Select::new(who, t(label_key), &pairs(list), "")),
                render(
                    &Choices::radios(&format!("{who}_kind"), legend(), &kinds, &[chosen]).inline(),
                ),
            ]
            .concat(),
            &button(&t(label_key), "govuk-button--secondary"),
        )
    };
    let body = if attendees.is_empty() {
        paragraph(&t("attendee-none"))
    } else {
        render(&table)
    };
    let find = format!(
        "{}{}",
        heading(2, "s", &t("attendee-add-person")),
        link(
            &format!("/meetings/{}/people", m.id),
            &t("attendee-find-person")
        )
    );
    let halves = two_halves(
        &find,
        &form(
            "account",
            "attendee-add-staff",
            &staff,
            as_pairs(&staff_kinds),
            "staff",
        ),
    );
    Ok(format!("{body}{halves}"))
}
