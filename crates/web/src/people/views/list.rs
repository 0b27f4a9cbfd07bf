//! The register's list with its filters, and the person form that staff (and the person, on
//! their own pages) fill in.

use askama::Template;
use uuid::Uuid;

use super::fields::person_fields;
use super::{Voice, display_name, status_tag};
use crate::kit::components::{Button, Cell, ErrorSummary, Input, Pagination, Select, Table};
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::{Page, url_encode};
use crate::kit::sections::link;
use crate::kit::vocab::{self, Vocab};
use crate::people::forms::PersonForm;
use crate::people::queries::{self, Filters, Page as Found};

/// "25 people", or "More than 1,000 people…" once the count stops.
pub fn found_text(total: u64) -> String {
    if total > queries::COUNT_LIMIT {
        // Written with its comma: a plain number would reach Fluent as a number, without one.
        t_args("people-found-many", &[("count", "1,000")])
    } else {
        t_args("people-found", &[("count", &total.to_string())])
    }
}

fn select_filter(name: &str, label: String, vocab: Vocab, value: &str) -> Select {
    let any = t("filter-any");
    let options = vocab::options(vocab);
    let mut pairs: Vec<(&str, &str)> = vec![("", any.as_str())];
    pairs.extend(options.iter().map(|(v, l)| (*v, l.as_str())));
    Select::new(name, label, &pairs, value)
}

#[derive(Template)]
#[template(path = "people/index.html")]
pub struct IndexPage {
    page: Page,
    filters: Vec<String>,
    button: Button,
    add: Button,
    table: Table,
    total: String,
    pagination: Option<Pagination>,
}

/// The list of people found, with the filters as chosen and a page of results.
pub fn index_page(page: Page, filters: &Filters, found: &Found) -> IndexPage {
    let rows = found
        .people
        .iter()
        .map(|p| {
            vec![
                Cell::html(link(&format!("/people/{}", p.id), &display_name(p))),
                Cell::text(vocab::label(vocab::INVOLVEMENT_ROLES, &p.involvement_role)),
                Cell::html(status_tag(p)),
                Cell::text(p.postcode.clone().unwrap_or_default()),
            ]
        })
        .collect();
    let query = format!(
        "/people?q={}&role={}&status={}&need={}&way={}&topic={}&involved={}&page=",
        url_encode(&filters.q),
        url_encode(&filters.role),
        url_encode(&filters.status),
        url_encode(&filters.need),
        url_encode(&filters.way),
        url_encode(&filters.topic),
        url_encode(&filters.involved),
    );
    let search = Input::new("q", t("people-search"))
        .hint(t("people-search-hint"))
        .value(&filters.q)
        .spellcheck(false);
    IndexPage {
        page: page.titled(t("people-title")),
        filters: std::iter::once(crate::kit::components::render(&search))
            .chain(
                [
                    (
                        "role",
                        "field-involvement-role",
                        vocab::INVOLVEMENT_ROLES,
                        &filters.role,
                    ),
                    ("status", "field-status", vocab::STATUSES, &filters.status),
                    (
                        "need",
                        "field-access-need",
                        vocab::ACCESS_NEEDS,
                        &filters.need,
                    ),
                    ("way", "field-way", vocab::WAYS, &filters.way),
                    ("topic", "field-topic", vocab::TOPICS, &filters.topic),
                    (
                        "involved",
                        "field-last-involved",
                        vocab::LAST_INVOLVED,
                        &filters.involved,
                    ),
                ]
                .into_iter()
                .map(|(name, label, list, value)| {
                    crate::kit::components::render(&select_filter(name, t(label), list, value))
                }),
            )
            .collect(),
        button: Button::submit(t("people-search-button")).secondary(),
        add: Button::link(t("people-add"), "/people/new"),
        table: Table {
            caption: Some(t("people-caption")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: [
                "field-name",
                "field-involvement-role",
                "field-status",
                "field-postcode",
            ]
            .iter()
            .map(|k| Cell::text(t(k)))
            .collect(),
            rows,
            ..Table::default()
        },
        total: found_text(found.total),
        pagination: (found.pages > 1)
            .then(|| Pagination::numbered(&query, found.page, found.pages)),
    }
}

#[derive(Template)]
#[template(path = "people/form.html")]
pub struct FormPage {
    pub page: Page,
    pub errors: Option<ErrorSummary>,
    pub heading: String,
    pub action: String,
    pub back: String,
    pub fields: Vec<String>,
    pub button: Button,
}

impl FormPage {
    /// The form for a person; its Back link returns to where the form saves.
    pub fn new(
        page: Page,
        heading: String,
        action: String,
        form: &PersonForm,
        errors: &Errors,
        voice: Voice,
        contacts: &[(Uuid, String)],
    ) -> Self {
        FormPage {
            page: page.titled(heading.clone()),
            errors: errors.summary(),
            heading,
            back: action.clone(),
            action,
            fields: person_fields(form, errors, voice, contacts),
            button: Button::submit(t("person-save")),
        }
    }
}
