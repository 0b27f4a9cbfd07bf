//! Reviewing interest (who, where they stand, a reserve to offer a freed place to) and who
//! has been involved most and least over 12 months; an invitation checked before it goes.

use askama::Template;
use axum::response::Response;
use uuid::Uuid;
use withus_db::entities::{interest, opportunity, person};

use super::name_cell;
use crate::kit::blocks::{bullets, inset, row_link};
use crate::kit::components::{Button, Cell, NotificationBanner, Table, escape};
use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, details, paragraph, words};
use crate::opportunities::invitation;
use crate::opportunities::summary::interest_tag;
use crate::people::display_name;

#[derive(Template)]
#[template(path = "opportunities/interest.html")]
pub struct InterestPage {
    page: Page,
    id: Uuid,
    title: String,
    places: String,
    table: Option<Table>,
    promote: Option<(String, Button)>,
    banner: Option<NotificationBanner>,
}

/// The interest in `o`; the first reserve is offered to promote only while a place is free.
pub fn interest_page(
    page: Page,
    o: &opportunity::Model,
    rows: &[(interest::Model, person::Model)],
    first_reserve: Option<interest::Model>,
    banner: Option<NotificationBanner>,
) -> InterestPage {
    let taken = rows
        .iter()
        .filter(|(i, _)| matches!(i.status.as_str(), "offered" | "confirmed"))
        .count();
    let free = (o.places.max(0) as usize).saturating_sub(taken);
    let promote = first_reserve.filter(|_| free > 0).and_then(|r| {
        rows.iter().find(|(i, _)| i.id == r.id).map(|(_, p)| {
            (
                r.id.to_string(),
                Button::submit(t_args("opp-promote-button", &[("name", &display_name(p))])),
            )
        })
    });
    let table_rows: Vec<Vec<Cell>> = rows
        .iter()
        .map(|(i, p)| {
            let mut status = interest_tag(&i.status);
            if let Some(rank) = i.reserve_rank.filter(|_| i.status == "reserve") {
                status.push_str(&format!(
                    " {}",
                    escape(&t_args("opp-reserve-rank", &[("rank", &rank.to_string())]))
                ));
            }
            vec![
                name_cell(p),
                Cell::html(status),
                Cell::text(i.note.clone().unwrap_or_default()),
                Cell::text(i.access_needs.clone().unwrap_or_default()),
                Cell::html(row_link(
                    &format!("/opportunities/{}/interest/{}", o.id, i.id),
                    &t("opp-decide"),
                    &display_name(p),
                )),
            ]
        })
        .collect();
    InterestPage {
        page: page.titled(t("opp-interest-title")),
        id: o.id,
        title: o.title.clone(),
        places: t_args(
            "opp-places-taken",
            &[
                ("taken", &taken.to_string()),
                ("places", &o.places.to_string()),
            ],
        ),
        table: (!table_rows.is_empty()).then(|| Table {
            caption: Some(t("opp-interest-title")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: [
                "field-name",
                "opp-field-status",
                "opp-note",
                "field-access-need",
                "opp-action",
            ]
            .iter()
            .map(|k| Cell::text(t(k)))
            .collect(),
            rows: table_rows,
            ..Table::default()
        }),
        promote,
        banner,
    }
}

#[derive(Template)]
#[template(path = "opportunities/fairness.html")]
pub struct FairnessPage {
    page: Page,
    most: Table,
    never: String,
    least: Table,
}

/// `counts` is everyone with how often they were involved, fewest first.
pub fn fairness_page(page: Page, counts: &[(person::Model, u32)]) -> FairnessPage {
    let never = counts.iter().filter(|(_, n)| *n == 0).count();
    let table = |caption: &str, rows: Vec<&(person::Model, u32)>| Table {
        caption: Some(t(caption)),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: vec![
            Cell::text(t("field-name")),
            Cell::text(t("opp-times-involved")),
        ],
        rows: rows
            .into_iter()
            .map(|(p, n)| vec![name_cell(p), Cell::text(n.to_string())])
            .collect(),
        ..Table::default()
    };
    let mut most: Vec<_> = counts.iter().filter(|(_, n)| *n > 0).collect();
    most.reverse();
    most.truncate(10);
    let least: Vec<_> = counts.iter().filter(|(_, n)| *n > 0).take(10).collect();
    FairnessPage {
        page: page.titled(t("opp-fairness-title")),
        most: table("opp-fairness-most", most),
        never: t_args("opp-fairness-never", &[("count", &never.to_string())]),
        least: table("opp-fairness-least", least),
    }
}

/// The invitation as it will read, addressed to the first of `people`, and who it goes to; the
/// button sends it. `everyone` is the invitation to every active member.
pub fn preview_page(
    page: Page,
    o: &opportunity::Model,
    people: &[person::Model],
    everyone: bool,
    base: &str,
) -> AppResult<Response> {
    let count = people.len().to_string();
    let (action, who) = if everyone {
        ("publish", "opp-preview-everyone")
    } else {
        ("invite", "opp-preview-matches")
    };
    let back = format!("/opportunities/{}/matches", o.id);
    let sections = Sections::new(page.titled(t("opp-preview-title")), t("opp-preview-title"))
        .back(back.as_str())
        .caption(o.title.clone());
    let Some(first) = people.first() else {
        return sections.paragraph(&t("opp-preview-nobody")).respond();
    };
    let (subject, body) = invitation::email(first, o, base);
    let names: Vec<String> = people.iter().map(|p| escape(&display_name(p))).collect();
    sections
        .paragraph(&t_args(who, &[("count", &count)]))
        .heading_m(&t("opp-preview-email"), "email")
        .block(inset(&format!(
            "{}{}",
            paragraph(&t_args("opp-preview-subject", &[("subject", &subject)])),
            words(&body)
        )))
        .block(details(
            &t_args("opp-preview-who", &[("count", &count)]),
            &bullets(&names),
        ))
        .form(
            &format!("/opportunities/{}/{action}", o.id),
            &[],
            &t_args("opp-invite-button", &[("count", &count)]),
        )
        .respond()
}
