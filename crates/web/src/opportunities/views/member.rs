//! The person's own list: opportunities that fit their choices (or all of them), and where
//! they stand on those they said they were interested in.

use askama::Template;
use uuid::Uuid;
use withus_db::entities::{interest, opportunity};

use crate::kit::components::{Cell, Table};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::opportunities::queries::Full;
use crate::opportunities::summary::{self, interest_tag};

#[derive(Template)]
#[template(path = "opportunities/mine.html")]
pub struct MinePage {
    page: Page,
    all: bool,
    open: Vec<(Uuid, String, String, String)>,
    standing: Option<Table>,
}

/// `open` is what the person is shown (all open ones when `all`), `mine` their interests.
pub fn mine_page(
    page: Page,
    all: bool,
    open: Vec<Full>,
    mine: &[(interest::Model, opportunity::Model)],
) -> MinePage {
    let open: Vec<(Uuid, String, String, String)> = open
        .into_iter()
        .map(|full| {
            let o = full.opportunity;
            let when = summary::when(&o);
            (o.id, o.title, o.summary, when)
        })
        .collect();
    let standing = (!mine.is_empty()).then(|| Table {
        caption: Some(t("my-opp-standing")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: ["opp-field-title", "opp-field-status", "my-opp-reason"]
            .iter()
            .map(|k| Cell::text(t(k)))
            .collect(),
        rows: mine
            .iter()
            .map(|(i, o)| {
                vec![
                    Cell::html(link(&format!("/my/opportunities/{}", o.id), &o.title)),
                    Cell::html(interest_tag(&i.status)),
                    Cell::text(i.reason.clone().unwrap_or_default()),
                ]
            })
            .collect(),
        ..Table::default()
    });
    MinePage {
        page: page.titled(t("my-opp-title")),
        all,
        open,
        standing,
    }
}
