//! Staff pages for opportunities: the list, the form, and moving one through its lifecycle.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use crate::kit::components::{Button, Cell, Select, Table, render};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;
use crate::opportunities::forms::{OpportunityForm, ROLE_SLOTS, form_from};
use crate::opportunities::queries::{self, Full};
use crate::opportunities::views::{self, Lists};
use crate::opportunities::vocab;
use crate::people::FormPage;
use crate::people::staff_contacts;

pub async fn load(tenant: &Tenant, id: &str) -> AppResult<Full> {
    queries::load(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
}

#[derive(Template)]
#[template(path = "opportunities/index.html")]
struct IndexPage {
    page: Page,
    filter: String,
    button: Button,
    add: Button,
    table: Option<Table>,
}

pub async fn index(tenant: Tenant, page: Page, Query(q): Query<ListQuery>) -> AppResult<Response> {
    let found = queries::list(&tenant.scope, &q.status).await?;
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
                Cell::html(crate::opportunities::summary::status_tag(&o.status)),
                Cell::text(crate::opportunities::summary::when(o)),
            ]
        })
        .collect();
    html(IndexPage {
        page: page.titled(t("opp-title")),
        filter: render(&Select::new(
            "status",
            t("opp-field-status"),
            &pairs,
            &q.status,
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
    })
}

fn form_page(
    page: Page,
    heading: String,
    action: String,
    form: &OpportunityForm,
    errors: &Errors,
    lists: &Lists,
) -> FormPage {
    FormPage {
        page: page.titled(heading.clone()),
        errors: errors.summary(),
        heading,
        back: action.clone(),
        action,
        fields: views::fields(form, errors, lists),
        button: Button::submit(t("opp-save")),
    }
}

pub async fn new(tenant: Tenant, page: Page) -> AppResult<Response> {
    let lists = lists(&tenant).await?;
    let form = OpportunityForm {
        roles: vec![Default::default(); ROLE_SLOTS],
        places: "8".into(),
        reserves: "2".into(),
        paid: "no".into(),
        ..OpportunityForm::default()
    };
    html(form_page(
        page,
        t("opp-add"),
        "/opportunities".into(),
        &form,
        &Errors::default(),
        &lists,
    ))
}

async fn lists(tenant: &Tenant) -> AppResult<Lists> {
    Ok(Lists {
        staff: staff_contacts(&tenant.scope).await?,
        courses: crate::support::course_names(&tenant.scope).await?,
    })
}

/// The owner must be one of the organisation's staff and a role's requirement one of its
/// courses; anything else is dropped.
fn checked(
    form: &OpportunityForm,
    lists: &Lists,
) -> Result<super::forms::OpportunityInput, Errors> {
    let known = |list: &[(Uuid, String)], id: Uuid| list.iter().any(|(i, _)| *i == id);
    let mut input = form.check()?;
    if input.owner.is_some_and(|o| !known(&lists.staff, o)) {
        input.owner = None;
    }
    for role in &mut input.roles {
        if role.requires.is_some_and(|c| !known(&lists.courses, c)) {
            role.requires = None;
        }
    }
    Ok(input)
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let form = OpportunityForm::from_form(&data);
    let lists = lists(&tenant).await?;
    match checked(&form, &lists) {
        Ok(input) => {
            let id = queries::save(&tenant.scope, None, &input, tenant.user.account_id).await?;
            tenant
                .audit("created", "opportunity", Some(id), Some(&input.title))
                .await?;
            Ok(Redirect::to(&format!("/opportunities/{id}?saved=added")).into_response())
        }
        Err(errors) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(
                page,
                t("opp-add"),
                "/opportunities".into(),
                &form,
                &errors,
                &lists,
            ),
        ),
    }
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let lists = lists(&tenant).await?;
    let form = form_from(&full.opportunity, &full.outcomes, &full.roles, &full.tags);
    let action = format!("/opportunities/{}", full.opportunity.id);
    html(form_page(
        page,
        t("opp-change"),
        action,
        &form,
        &Errors::default(),
        &lists,
    ))
}

pub async fn update(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let id = full.opportunity.id;
    let form = OpportunityForm::from_form(&data);
    let lists = lists(&tenant).await?;
    match checked(&form, &lists) {
        Ok(input) => {
            queries::save(&tenant.scope, Some(id), &input, tenant.user.account_id).await?;
            tenant
                .audit("changed", "opportunity", Some(id), None)
                .await?;
            Ok(Redirect::to(&format!("/opportunities/{id}?saved=changed")).into_response())
        }
        Err(errors) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(
                page,
                t("opp-change"),
                format!("/opportunities/{id}"),
                &form,
                &errors,
                &lists,
            ),
        ),
    }
}
