//! Venues, kept once per organisation with the accessibility facts every meeting there is
//! checked against.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use withus_db::entities::venue;

use super::queries;
use super::views::venue_facts;
use crate::kit::components::{Button, Cell, Choices, Fieldset, Input, Table, Textarea, render};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;
use crate::people::FormPage;

pub const FACTS: &[(&str, &str)] = &[
    ("step_free", "venue-step-free"),
    ("hearing_loop", "venue-hearing-loop"),
    ("accessible_toilet", "venue-accessible-toilet"),
    ("parking", "venue-parking"),
    ("public_transport", "venue-public-transport"),
    ("quiet_room", "venue-quiet-room"),
];

#[derive(Template)]
#[template(path = "meetings/venues.html")]
struct VenuesPage {
    page: Page,
    table: Option<Table>,
}

pub async fn index(tenant: Tenant, page: Page) -> AppResult<Response> {
    let venues = queries::venues(&tenant.scope).await?;
    let table = (!venues.is_empty()).then(|| Table {
        head: vec![Cell::text(t("venue-name")), Cell::text(t("venue-facts"))],
        rows: venues
            .iter()
            .map(|v| {
                vec![
                    Cell::html(link(&format!("/venues/{}/edit", v.id), &v.name)),
                    Cell::text(venue_facts(v).join(", ")),
                ]
            })
            .collect(),
        ..Table::default()
    });
    html(VenuesPage {
        page: page.titled(t("venues-title")),
        table,
    })
}

#[derive(Default)]
struct VenueForm {
    name: String,
    address: String,
    facts: Vec<String>,
    notes: String,
}

impl VenueForm {
    fn from_data(data: &FormData) -> Self {
        VenueForm {
            name: data.one("name"),
            address: data.one("address"),
            facts: data.all("facts"),
            notes: data.one("notes"),
        }
    }

    fn from_venue(v: &venue::Model) -> Self {
        VenueForm {
            name: v.name.clone(),
            address: v.address.clone(),
            facts: FACTS
                .iter()
                .zip([
                    v.step_free,
                    v.hearing_loop,
                    v.accessible_toilet,
                    v.parking,
                    v.public_transport,
                    v.quiet_room,
                ])
                .filter(|(_, has)| *has)
                .map(|((f, _), _)| (*f).to_owned())
                .collect(),
            notes: v.notes.clone().unwrap_or_default(),
        }
    }

    fn fields(&self, errors: &Errors) -> Vec<String> {
        let facts: Vec<(&str, String)> = FACTS.iter().map(|(v, k)| (*v, t(k))).collect();
        let facts: Vec<(&str, &str)> = facts.iter().map(|(a, b)| (*a, b.as_str())).collect();
        let chosen: Vec<&str> = self.facts.iter().map(String::as_str).collect();
        vec![
            render(
                &Input::new("name", t("venue-name"))
                    .value(&self.name)
                    .error(errors.get("name")),
            ),
            render(
                &Textarea::new("address", t("venue-address"))
                    .value(&self.address)
                    .rows(3)
                    .error(errors.get("address")),
            ),
            render(
                &Choices::checkboxes(
                    "facts",
                    Fieldset::legend(t("venue-facts"), "govuk-fieldset__legend--s", false),
                    &facts,
                    &chosen,
                )
                .hint(t("venue-facts-hint")),
            ),
            render(
                &Textarea::new("notes", t("venue-notes"))
                    .value(&self.notes)
                    .rows(3)
                    .hint(t("venue-notes-hint")),
            ),
        ]
    }

    fn input(&self) -> queries::VenueInput<'_> {
        queries::VenueInput {
            name: &self.name,
            address: &self.address,
            facts: &self.facts,
            notes: &self.notes,
        }
    }

    fn errors(&self) -> Errors {
        let mut errors = Errors::default();
        if self.name.is_empty() {
            errors.add("name", t("venue-error-name"));
        }
        if self.address.is_empty() {
            errors.add("address", t("venue-error-address"));
        }
        errors
    }
}

fn form_page(
    page: Page,
    heading: String,
    action: String,
    form: &VenueForm,
    errors: &Errors,
) -> FormPage {
    FormPage {
        page: page.titled(heading.clone()),
        errors: errors.summary(),
        heading,
        action,
        back: "/venues".into(),
        fields: form.fields(errors),
        button: Button::submit(t("save")),
    }
}

pub async fn new(page: Page) -> AppResult<Response> {
    html(form_page(
        page,
        t("venue-new"),
        "/venues".into(),
        &VenueForm::default(),
        &Errors::default(),
    ))
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let form = VenueForm::from_data(&data);
    let errors = form.errors();
    if !errors.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(page, t("venue-new"), "/venues".into(), &form, &errors),
        );
    }
    let id = queries::add_venue(&tenant.scope, &form.input()).await?;
    tenant
        .audit("added venue", "venue", Some(id), Some(&form.name))
        .await?;
    Ok(Redirect::to("/venues").into_response())
}

async fn load(tenant: &Tenant, id: &str) -> AppResult<venue::Model> {
    let id = parse_id(id)?;
    queries::venue(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let v = load(&tenant, &id).await?;
    html(form_page(
        page,
        t("venue-edit"),
        format!("/venues/{}", v.id),
        &VenueForm::from_venue(&v),
        &Errors::default(),
    ))
}

pub async fn update(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let v = load(&tenant, &id).await?;
    let form = VenueForm::from_data(&data);
    let errors = form.errors();
    if !errors.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(
                page,
                t("venue-edit"),
                format!("/venues/{}", v.id),
                &form,
                &errors,
            ),
        );
    }
    queries::change_venue(&tenant.scope, v.id, &form.input()).await?;
    tenant
        .audit("changed venue", "venue", Some(v.id), None)
        .await?;
    Ok(Redirect::to("/venues").into_response())
}
