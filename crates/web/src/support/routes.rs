//! The support feature's handlers: one person's support (as staff record it, and as the
//! person sees it), the hub, mentoring pairs and their meetings, and courses and checks with
//! the sessions and checks recorded against them. A check such as DBS keeps its date and
//! expiry only, never the certificate's details.

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use withus_db::entities::{course, mentoring_pair, person};

use super::forms::{self, CourseForm, MeetingForm, SupportForm, takers};
use super::{queries, views};
use crate::kit::dates::today;
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::sections::{Saved, TypedDate};
use crate::kit::tenancy::Tenant;

async fn load_person(tenant: &Tenant, id: &str) -> AppResult<person::Model> {
    crate::people::find(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

/// Staff's page for one person's support: their named contact, the support they have been
/// given, their mentoring and their training.
pub async fn person_support(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<Saved>,
) -> AppResult<Response> {
    let p = load_person(&tenant, &id).await?;
    let form = SupportForm {
        given: TypedDate::of(crate::kit::dates::today()),
        ..SupportForm::default()
    };
    views::person::page_for(&tenant, page, &p, &form, &Errors::default(), q.saved())
        .await?
        .respond()
}

pub async fn add_support(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let p = load_person(&tenant, &id).await?;
    let form = SupportForm::from_data(&data);
    let errors = form.errors();
    let Some(given_on) = form.given.date().filter(|_| errors.is_empty()) else {
        return views::person::page_for(&tenant, page, &p, &form, &errors, false)
            .await?
            .respond();
    };
    queries::add_support(
        &tenant.scope,
        p.id,
        &form.kind,
        given_on,
        tenant.user.account_id,
        &tenant.user.display_name,
        &form.note,
    )
    .await?;
    tenant
        .audit("recorded support", "person", Some(p.id), Some(&form.kind))
        .await?;
    Ok(Redirect::to(&format!("/people/{}/support?saved=yes#support", p.id)).into_response())
}

/// The person's own page: who to turn to, and the support, mentoring and training they have.
pub async fn my_support(tenant: Tenant, page: Page) -> AppResult<Response> {
    let me = crate::people::id_for_account(&tenant.scope, tenant.user.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let details = crate::people::details(&tenant.scope, me)
        .await?
        .ok_or(AppError::NotFound)?;
    views::person::my_page(&tenant, page, me, details.named_contact).await
}

/// The hub: what is running out, and the way to mentoring and training.
pub async fn hub(tenant: Tenant, page: Page) -> AppResult<Response> {
    let (_, running_out) = queries::running_out(&tenant.scope, today(), None).await?;
    views::training::hub(page, &running_out)
}

pub async fn pairs(tenant: Tenant, page: Page, Query(q): Query<Saved>) -> AppResult<Response> {
    views::mentoring::index_page(
        &tenant,
        page,
        &FormData::default(),
        &Errors::default(),
        q.saved(),
    )
    .await
}

pub async fn add_pair(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let (mentor, mentee) = forms::pair_ids(&data);
    let known =
        queries::names_of_people(&tenant.scope, mentor.into_iter().chain(mentee).collect()).await?;
    let errors = forms::pair_errors(mentor, mentee, &known);
    let (Some(mentor), Some(mentee), true) = (mentor, mentee, errors.is_empty()) else {
        return views::mentoring::index_page(&tenant, page, &data, &errors, false).await;
    };
    let id = queries::add_pair(&tenant.scope, mentor, mentee, today()).await?;
    tenant
        .audit("paired for mentoring", "mentoring_pair", Some(id), None)
        .await?;
    Ok(Redirect::to("/mentoring?saved=yes").into_response())
}

async fn load_pair(tenant: &Tenant, id: &str) -> AppResult<mentoring_pair::Model> {
    queries::pair(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show_pair(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<Saved>,
) -> AppResult<Response> {
    let pair = load_pair(&tenant, &id).await?;
    let typed = TypedDate::of(today());
    views::mentoring::pair_page(
        &tenant,
        page,
        &pair,
        (&typed, ""),
        &Errors::default(),
        q.saved(),
    )
    .await
}

pub async fn add_meeting(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let pair = load_pair(&tenant, &id).await?;
    let form = MeetingForm::from_data(&data);
    let met_on = match form.check(pair.started_on) {
        Ok(met_on) => met_on,
        Err(errors) => {
            return views::mentoring::pair_page(
                &tenant,
                page,
                &pair,
                (&form.met, &form.note),
                &errors,
                false,
            )
            .await;
        }
    };
    queries::add_meeting(&tenant.scope, pair.id, met_on, form.note).await?;
    Ok(Redirect::to(&format!("/mentoring/{}?saved=yes", pair.id)).into_response())
}

pub async fn end_pair(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let pair = load_pair(&tenant, &id).await?;
    queries::end_pair(&tenant.scope, pair.id, today()).await?;
    tenant
        .audit("ended mentoring", "mentoring_pair", Some(pair.id), None)
        .await?;
    Ok(Redirect::to(&format!("/mentoring/{}", pair.id)).into_response())
}

pub async fn courses(tenant: Tenant, page: Page, Query(q): Query<Saved>) -> AppResult<Response> {
    views::training::index_page(
        &tenant,
        page,
        &CourseForm::default(),
        &Errors::default(),
        q.saved(),
    )
    .await
}

pub async fn add_course(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let form = CourseForm::from_data(&data);
    let taken = queries::courses(&tenant.scope)
        .await?
        .iter()
        .any(|c| c.name.eq_ignore_ascii_case(&form.name));
    let errors = form.errors(taken);
    if !errors.is_empty() {
        return views::training::index_page(&tenant, page, &form, &errors, false).await;
    }
    let id = queries::add_course(
        &tenant.scope,
        &form.name,
        &form.kind,
        &form.audience,
        form.months().ok().flatten(),
        &form.description,
    )
    .await?;
    tenant
        .audit("added course", "course", Some(id), Some(&form.name))
        .await?;
    Ok(Redirect::to(&format!("/training/{id}")).into_response())
}

async fn load_course(tenant: &Tenant, id: &str) -> AppResult<course::Model> {
    queries::course(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show_course(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<Saved>,
) -> AppResult<Response> {
    let c = load_course(&tenant, &id).await?;
    views::course::course_page(
        &tenant,
        page,
        &c,
        &FormData::default(),
        &Errors::default(),
        q.saved(),
    )
    .await
}

pub async fn record_training(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let c = load_course(&tenant, &id).await?;
    let takers = takers(&tenant, &c).await?;
    let (session_row, rows) = match forms::training(&data, &c, &takers) {
        Ok(recorded) => recorded,
        Err(errors) => {
            return views::course::course_page(&tenant, page, &c, &data, &errors, false).await;
        }
    };
    queries::record_training(&tenant.scope, c.id, session_row, rows).await?;
    tenant
        .audit("recorded training", "course", Some(c.id), None)
        .await?;
    Ok(Redirect::to(&format!("/training/{}?saved=yes#holders", c.id)).into_response())
}
