//! Content components: summary list, table, tag, notification banner, panel, pagination.

use askama::Template;
use serde::Deserialize;

use super::{classes, content};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Cell {
    pub text: Option<String>,
    pub html: Option<String>,
    pub format: Option<String>,
    pub classes: Option<String>,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: Some(text.into()),
            ..Self::default()
        }
    }

    pub fn html(html: impl Into<String>) -> Self {
        Self {
            html: Some(html.into()),
            ..Self::default()
        }
    }

    /// Figures line up on the right, as GOV.UK tables show numbers.
    pub fn numeric(mut self) -> Self {
        self.format = Some("numeric".into());
        self
    }

    pub fn body(&self) -> String {
        content(&self.text, &self.html)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SummaryAction {
    pub href: String,
    pub text: String,
    pub visually_hidden_text: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SummaryActions {
    pub items: Vec<SummaryAction>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SummaryRow {
    pub key: Cell,
    pub value: Cell,
    pub actions: Option<SummaryActions>,
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/summary_list.html")]
pub struct SummaryList {
    pub rows: Vec<SummaryRow>,
}

impl SummaryList {
    pub fn row(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.rows.push(SummaryRow {
            key: Cell::text(key),
            value: Cell::text(value),
            actions: None,
        });
        self
    }

    /// A row whose value is markup the caller has escaped, such as a list.
    pub fn html_row(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.rows.push(SummaryRow {
            key: Cell::text(key),
            value: Cell::html(value),
            actions: None,
        });
        self
    }
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/table.html")]
pub struct Table {
    pub caption: Option<String>,
    pub caption_classes: Option<String>,
    pub first_cell_is_header: bool,
    pub head: Vec<Cell>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    fn caption_class(&self) -> String {
        classes(&[
            "govuk-table__caption",
            self.caption_classes.as_deref().unwrap_or(""),
        ])
    }

    fn header_class(&self, cell: &Cell) -> String {
        let numeric = if cell.format.as_deref() == Some("numeric") {
            "govuk-table__header--numeric"
        } else {
            ""
        };
        classes(&[
            "govuk-table__header",
            numeric,
            cell.classes.as_deref().unwrap_or(""),
        ])
    }

    fn cell_class(&self, cell: &Cell) -> String {
        let numeric = if cell.format.as_deref() == Some("numeric") {
            "govuk-table__cell--numeric"
        } else {
            ""
        };
        classes(&[
            "govuk-table__cell",
            numeric,
            cell.classes.as_deref().unwrap_or(""),
        ])
    }
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/tag.html")]
pub struct Tag {
    pub text: Option<String>,
    pub html: Option<String>,
    pub classes: Option<String>,
}

impl Tag {
    pub fn new(text: impl Into<String>, colour: &str) -> Self {
        Self {
            text: Some(text.into()),
            html: None,
            classes: (!colour.is_empty()).then(|| format!("govuk-tag--{colour}")),
        }
    }

    fn class_list(&self) -> String {
        classes(&["govuk-tag", self.classes.as_deref().unwrap_or("")])
    }

    fn body(&self) -> String {
        content(&self.text, &self.html)
    }
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/notification_banner.html")]
pub struct NotificationBanner {
    #[serde(rename = "type")]
    pub banner_type: Option<String>,
    pub title_text: Option<String>,
    pub text: Option<String>,
    pub html: Option<String>,
}

impl NotificationBanner {
    pub fn success(text: impl Into<String>) -> Self {
        Self {
            banner_type: Some("success".into()),
            text: Some(text.into()),
            ..Self::default()
        }
    }

    pub fn important(text: impl Into<String>) -> Self {
        Self {
            text: Some(text.into()),
            ..Self::default()
        }
    }

    fn is_success(&self) -> bool {
        self.banner_type.as_deref() == Some("success")
    }

    fn title(&self) -> String {
        self.title_text.clone().unwrap_or_else(|| {
            if self.is_success() {
                "Success"
            } else {
                "Important"
            }
            .into()
        })
    }

    fn body(&self) -> String {
        content(&self.text, &self.html)
    }
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/panel.html")]
pub struct Panel {
    pub title_text: Option<String>,
    pub title_html: Option<String>,
    pub text: Option<String>,
    pub html: Option<String>,
}

impl Panel {
    fn title(&self) -> String {
        content(&self.title_text, &self.title_html)
    }

    fn body(&self) -> String {
        content(&self.text, &self.html)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PageLink {
    pub href: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PageItem {
    pub number: u64,
    pub href: String,
    pub current: bool,
}

#[derive(Clone, Debug, Default, Deserialize, Template)]
#[serde(default, rename_all = "camelCase")]
#[template(path = "components/pagination.html")]
pub struct Pagination {
    pub previous: Option<PageLink>,
    pub next: Option<PageLink>,
    pub items: Vec<PageItem>,
}

impl Pagination {
    /// Links for `page` of `pages`, built from a URL that ends in `page=`.
    pub fn numbered(base: &str, page: u64, pages: u64) -> Self {
        let link = |n: u64| format!("{base}{n}");
        Self {
            previous: (page > 1).then(|| PageLink {
                href: link(page - 1),
            }),
            next: (page < pages).then(|| PageLink {
                href: link(page + 1),
            }),
            items: (1..=pages)
                .map(|n| PageItem {
                    number: n,
                    href: link(n),
                    current: n == page,
                })
                .collect(),
        }
    }
}
