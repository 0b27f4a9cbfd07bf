//! Building opportunities' pages. The staff list is here; each group of pages builds its own in
//! a file: the form's fields (`form.rs`) and its task list of parts (`parts.rs`), the people who match (`matches.rs`), interest and involvement
//! over 12 months (`selection.rs`), a decision on someone's interest (`decisions.rs`) and the
//! person's own list (`member.rs`). The plain-words summary staff and involved people both read
//! is a rule file beside them, `summary.rs`.

pub mod decisions;
pub mod form;
pub mod matches;
pub mod member;
pub mod parts;
pub mod selection;

use askama::Template;
use withus_db::entities::{opportunity, person};

use crate::kit::components::{Button, Cell, Select, Table, render};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::opportunities::summary::{status_tag, when};
use crate::opportunities::vocab;
use crate::people::display_name;

pub fn name_cell(p: &person::Model) -> Cell {
    Cell::html(link(&format!("/people/{}", p.id), &display_name(p)))
}

#[derive(Template)]
#[template(path = "opportunities/index.html")]
pub struct IndexPage {
    page: Page,
    filter: String,
    button: Button,
    add: Button,
    table: Option<Table>,
}

/// The staff list of opportunities, filtered by `status` when one is chosen.
pub fn index_page(page: Page, status: &str, found: &[opportunity::Model]) -> IndexPage {
    let any = t("filter-any");
    let options = vocab::options(vocab::STATUSES);
    let mut pairs: Vec<(&str, &str)> = vec![("", any.as_str())];
    pairs.extend(options.iter().map(|(v, l)| (*v, l.as_str())));
    let rows: Vec<Vec<Cell>> = found
        .iter()
        .map(|o| {
            vec![
                Cell::html(link(&format!("/opportunities/{}", o.id), &o.title)),
                Cell::text(
                    o.level
                        .as_deref()
                        .map(|l| vocab::label(vocab::LEVELS, l))
                        .unwrap_or_default(),
                ),
                Cell::html(status_tag(&o.status)),
                Cell::text(when(o)),
            ]
        })
        .collect();
    IndexPage {
        page: page.titled(t("opp-title")),
        filter: render(&Select::new(
            "status",
            t("opp-field-status"),
            &pairs,
            status,
        )),
        button: Button::submit(t("people-search-button")).secondary(),
        add: Button::link(t("opp-add"), "/opportunities/new"),
        table: (!rows.is_empty()).then(|| Table {
            caption: Some(t("opp-title")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: [
                "opp-field-title",
                "opp-field-level",
                "opp-field-status",
                "opp-field-when",
            ]
            .iter()
            .map(|k| Cell::text(t(k)))
            .collect(),
            rows,
            ..Table::default()
        }),
    }
}
