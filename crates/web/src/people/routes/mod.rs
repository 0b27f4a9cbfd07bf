//! Staff pages of the register: the list, a person's record, and the forms that change it.
//! The other groups of pages are in files of their own: consents, erasure, the export,
//! everything held and the import.

pub mod consents;
pub mod erasure;
pub mod export;
pub mod held;
pub mod import;

use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::{Errors, FormData, parse_id};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::people::forms::{PersonForm, StatusForm, TimeForm, check_with_contacts};
use crate::people::queries::{self, Filters};
use crate::people::record_changes::{self, Whose, still_held};
use crate::people::views::list::{FormPage, index_page};
use crate::people::views::show::{Saved, show_page};
use crate::people::views::{Typed, Voice, display_name, form_from};

pub async fn index(
    tenant: Tenant,
    page: Page,
    Query(filters): Query<Filters>,
) -> AppResult<Response> {
    let found = queries::list(&tenant.scope, &filters).await?;
    tenant.audit("viewed", "people list", None, None).await?;
    html(index_page(page, &filters, &found))
}

pub async fn new(tenant: Tenant, page: Page) -> AppResult<Response> {
    let contacts = queries::staff_contacts(&tenant.scope).await?;
    let form = PersonForm {
        paid_preference: "either".into(),
        ..PersonForm::default()
    };
    html(FormPage::new(
        page,
        t("person-new-title"),
        "/people".into(),
        &form,
        &Errors::default(),
        Voice::Staff,
        &contacts,
    ))
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let form = PersonForm::from_form(&data);
    let contacts = queries::staff_contacts(&tenant.scope).await?;
    let input = match check_with_contacts(&form, &contacts) {
        Ok(input) => input,
        Err(errors) => {
            let page = FormPage::new(
                page,
                t("person-new-title"),
                "/people".into(),
                &form,
                &errors,
                Voice::Staff,
                &contacts,
            );
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, page);
        }
    };
    let id = queries::create(&tenant.scope, &input, Some(tenant.user.account_id)).await?;
    tenant.audit("created", "person", Some(id), None).await?;
    Ok(Redirect::to(&format!("/people/{id}?saved=added")).into_response())
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let contacts = queries::staff_contacts(&tenant.scope).await?;
    let id = parse_id(&id)?;
    let details = queries::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    still_held(details.person.erased_at)?;
    tenant
        .audit("viewed", "person", Some(id), Some("to change"))
        .await?;
    let heading = t_args(
        "person-edit-title",
        &[("name", &display_name(&details.person))],
    );
    let url = format!("/people/{id}");
    let form = form_from(&details);
    html(FormPage::new(
        page,
        heading,
        url.clone(),
        &form,
        &Errors::default(),
        Voice::Staff,
        &contacts,
    ))
}

pub async fn update(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let existing = queries::find(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    still_held(existing.erased_at)?;
    let form = PersonForm::from_form(&data);
    let contacts = queries::staff_contacts(&tenant.scope).await?;
    let input = match check_with_contacts(&form, &contacts) {
        Ok(input) => input,
        Err(errors) => {
            let heading = t_args("person-edit-title", &[("name", &display_name(&existing))]);
            let url = format!("/people/{id}");
            let page = FormPage::new(
                page,
                heading,
                url.clone(),
                &form,
                &errors,
                Voice::Staff,
                &contacts,
            );
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, page);
        }
    };
    queries::update(&tenant.scope, id, &input).await?;
    tenant
        .audit("changed", "person", Some(id), Some("details"))
        .await?;
    Ok(Redirect::to(&format!("/people/{id}?saved=changed")).into_response())
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let details = queries::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let consents = queries::consents(&tenant.scope, id).await?;
    tenant.audit("viewed", "person", Some(id), None).await?;
    let typed = Typed {
        errors: &Errors::default(),
        times: &TimeForm::default(),
        status: &StatusForm::default(),
    };
    html(show_page(page, &details, &consents, &typed, &saved.saved))
}

pub async fn add_time(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let details = queries::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    still_held(details.person.erased_at)?;
    let consents = queries::consents(&tenant.scope, id).await?;
    let back = format!("/people/{id}");
    let whose = Whose {
        person: id,
        back: &back,
        own: false,
    };
    record_changes::add_time(&tenant, &whose, &data, |typed| {
        html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            show_page(page, &details, &consents, typed, ""),
        )
    })
    .await
}

pub async fn remove_time(
    tenant: Tenant,
    Path((id, time_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let (id, time_id) = (parse_id(&id)?, parse_id(&time_id)?);
    let back = format!("/people/{id}");
    let whose = Whose {
        person: id,
        back: &back,
        own: false,
    };
    record_changes::remove_time(&tenant, &whose, time_id).await
}

pub async fn set_status(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let details = queries::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    still_held(details.person.erased_at)?;
    let consents = queries::consents(&tenant.scope, id).await?;
    let back = format!("/people/{id}");
    let whose = Whose {
        person: id,
        back: &back,
        own: false,
    };
    record_changes::set_status(&tenant, &whose, &data, |typed| {
        html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            show_page(page, &details, &consents, typed, ""),
        )
    })
    .await
}
