use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

use super::queries;
use crate::AppState;
use crate::kit::components::{Button, Cell, ErrorSummary, Input, Table};
use crate::kit::error::{AppResult, html, html_status};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;

#[derive(Debug, Default, Deserialize)]
pub struct OrganisationForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    slug: String,
}

#[derive(Template)]
#[template(path = "platform/organisations.html")]
struct OrganisationsPage {
    page: Page,
    table: Table,
    errors: Option<ErrorSummary>,
    name: Input,
    slug: Input,
    button: Button,
}

pub fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 60
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

async fn organisations_page(
    state: &AppState,
    page: Page,
    form: &OrganisationForm,
    errors: &[(String, String)],
) -> AppResult<OrganisationsPage> {
    let error_for = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    };
    let rows = queries::organisations(&state.db)
        .await?
        .into_iter()
        .map(|o| vec![Cell::text(o.name), Cell::text(o.slug)])
        .collect();
    Ok(OrganisationsPage {
        page: page.titled(t("organisations-title")),
        table: Table {
            caption: Some(t("organisations-caption")),
            caption_classes: Some("govuk-table__caption--m".into()),
            head: vec![Cell::text(t("field-name")), Cell::text(t("field-slug"))],
            rows,
            ..Table::default()
        },
        errors: (!errors.is_empty()).then(|| ErrorSummary::of(errors)),
        name: Input::new("name", t("field-name"))
            .value(&form.name)
            .error(error_for("name")),
        slug: Input::new("slug", t("field-slug"))
            .hint(t("slug-hint"))
            .spellcheck(false)
            .value(&form.slug)
            .error(error_for("slug")),
        button: Button::submit(t("organisations-button")),
    })
}

pub async fn organisations(
    State(state): State<AppState>,
    _tenant: Tenant,
    page: Page,
) -> AppResult<Response> {
    html(organisations_page(&state, page, &OrganisationForm::default(), &[]).await?)
}

pub async fn create(
    State(state): State<AppState>,
    _tenant: Tenant,
    page: Page,
    data: crate::kit::forms::FormData,
) -> AppResult<Response> {
    let form: OrganisationForm = data.decode()?;
    let mut errors = vec![];
    if form.name.trim().is_empty() {
        errors.push(("name".to_owned(), t("error-name-missing")));
    }
    let slug = form.slug.trim().to_owned();
    if !valid_slug(&slug) {
        errors.push(("slug".to_owned(), t("error-slug-format")));
    } else if queries::organisation_by_slug(&state.db, &slug)
        .await?
        .is_some()
    {
        errors.push(("slug".to_owned(), t("error-slug-taken")));
    }
    if !errors.is_empty() {
        let page = organisations_page(&state, page, &form, &errors).await?;
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, page);
    }
    queries::create_organisation(&state.db, &slug, form.name.trim(), Utc::now()).await?;
    Ok(Redirect::to("/platform/organisations").into_response())
}
