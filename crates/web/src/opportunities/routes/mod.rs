//! Staff pages for opportunities: the list, the form, and moving one through its lifecycle.
//! Each further group of pages has its file: the people who match (`matches.rs`), inviting,
//! interest and involvement over 12 months (`selection.rs`), deciding on someone's interest
//! (`decisions.rs`) and the person's own side (`member.rs`).

pub mod decisions;
pub mod matches;
pub mod member;
pub mod selection;

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::kit::error::{AppError, AppResult, html};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::sections::Saved;
use crate::kit::tenancy::Tenant;
use crate::opportunities::forms::{Lists, OpportunityForm, Part, ROLE_SLOTS, checked, form_from};
use crate::opportunities::queries::{self, Full};
use crate::opportunities::views::index_page;
use crate::opportunities::views::parts::{new_page, part_page, task_list_page};
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

pub async fn index(tenant: Tenant, page: Page, Query(q): Query<ListQuery>) -> AppResult<Response> {
    let found = queries::list(&tenant.scope, &q.status).await?;
    html(index_page(page, &q.status, &found))
}

/// A new opportunity starts with what it is about; the task list takes it from there.
pub async fn new(tenant: Tenant, page: Page) -> AppResult<Response> {
    let lists = lists(&tenant).await?;
    html(new_page(page, &fresh(), &Errors::default(), &lists))
}

/// What a new opportunity starts from before anything is typed.
fn fresh() -> OpportunityForm {
    OpportunityForm {
        roles: vec![Default::default(); ROLE_SLOTS],
        places: "8".into(),
        reserves: "2".into(),
        paid: "no".into(),
        ..OpportunityForm::default()
    }
}

async fn lists(tenant: &Tenant) -> AppResult<Lists> {
    Ok(Lists {
        staff: staff_contacts(&tenant.scope).await?,
        courses: crate::support::course_names(&tenant.scope).await?,
    })
}

/// Creates a draft from its first part (the task list comes next) or, when no part is
/// named, from every field at once.
pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let sent = OpportunityForm::from_form(&data);
    let part = Part::from_slug(&data.one("part"));
    let form = match part {
        Some(part) => {
            let mut form = fresh();
            part.take(&mut form, &sent);
            form
        }
        None => sent,
    };
    let lists = lists(&tenant).await?;
    match checked(&form, &lists) {
        Ok(input) => {
            let id = queries::save(&tenant.scope, None, &input, tenant.user.account_id).await?;
            tenant
                .audit("created", "opportunity", Some(id), Some(&input.title))
                .await?;
            let next = match part {
                Some(_) => format!("/opportunities/{id}/edit?saved=added"),
                None => format!("/opportunities/{id}?saved=added"),
            };
            Ok(Redirect::to(&next).into_response())
        }
        Err(errors) => new_page(page, &form, &errors, &lists).respond(),
    }
}

/// The task list: each part of the opportunity, with whether it is done.
pub async fn edit(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let form = form_from(&full.opportunity, &full.outcomes, &full.roles, &full.tags);
    let o = &full.opportunity;
    html(task_list_page(page, o.id, &o.title, &form, &saved.saved))
}

fn part_of(slug: &str) -> AppResult<Part> {
    Part::from_slug(slug).ok_or(AppError::NotFound)
}

pub async fn part_form(
    tenant: Tenant,
    page: Page,
    Path((id, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let part = part_of(&slug)?;
    let full = load(&tenant, &id).await?;
    let form = form_from(&full.opportunity, &full.outcomes, &full.roles, &full.tags);
    let lists = lists(&tenant).await?;
    let o = &full.opportunity;
    html(part_page(
        page,
        o.id,
        &o.title,
        part,
        &form,
        &Errors::default(),
        &lists,
    ))
}

/// Saves one part over what is stored, then back to the task list.
pub async fn save_part(
    tenant: Tenant,
    page: Page,
    Path((id, slug)): Path<(String, String)>,
    data: FormData,
) -> AppResult<Response> {
    let part = part_of(&slug)?;
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let mut form = form_from(o, &full.outcomes, &full.roles, &full.tags);
    part.take(&mut form, &OpportunityForm::from_form(&data));
    let lists = lists(&tenant).await?;
    match checked(&form, &lists) {
        Ok(input) => {
            queries::save(&tenant.scope, Some(o.id), &input, tenant.user.account_id).await?;
            tenant
                .audit("changed", "opportunity", Some(o.id), Some(part.slug()))
                .await?;
            let next = format!("/opportunities/{}/edit?saved={}", o.id, part.slug());
            Ok(Redirect::to(&next).into_response())
        }
        Err(errors) => part_page(page, o.id, &o.title, part, &form, &errors, &lists).respond(),
    }
}
