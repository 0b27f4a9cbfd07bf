//! The handlers of the person's own pages, one file per group: what helps them take part
//! (`access.rs`), the pages that each ask a few questions (`parts.rs`), one opportunity as they
//! read it (`opportunity.rs`), the times they cannot do and their status, each on a page of its
//! own (`times.rs`); here their details, the copy of their data and erasing it.

pub mod access;
pub mod opportunity;
pub mod parts;
pub mod times;

use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::audit;
use crate::kit::components::Button;
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::Sections;
use crate::kit::tenancy::Tenant;
use crate::me::forms;
use crate::me::record::{own, save_own};
use crate::me::views::details_page;
use crate::people::{FormPage, Saved};
use crate::people::{StatusForm, TimeForm, Typed, Voice};

pub async fn show(tenant: Tenant, page: Page, Query(saved): Query<Saved>) -> AppResult<Response> {
    let details = own(&tenant).await?;
    tenant
        .audit(
            "viewed",
            "person",
            Some(details.person.id),
            Some("own record"),
        )
        .await?;
    let typed = Typed {
        errors: &Errors::default(),
        times: &TimeForm::default(),
        status: &StatusForm::default(),
    };
    html(details_page(page, &details, &typed, &saved.saved))
}

pub async fn change(tenant: Tenant, page: Page) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let form = crate::people::form_from(&details);
    let url = "/my/details".to_owned();
    html(FormPage::new(
        page,
        t("my-change-title"),
        url,
        &form,
        &Errors::default(),
        Voice::Own,
        &[],
    ))
}

pub async fn update(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let form = forms::details(&data, &details);
    let input = match form.check() {
        Ok(input) => input,
        Err(errors) => {
            let url = "/my/details".to_owned();
            let page = FormPage::new(
                page,
                t("my-change-title"),
                url,
                &form,
                &errors,
                Voice::Own,
                &[],
            );
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, page);
        }
    };
    save_own(&tenant, &details, &input, "own details", "changed").await
}

/// Everything Withus holds about the person, as a JSON file they can keep: every row the map
/// of personal data ties to them.
pub async fn download(tenant: Tenant) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let person_id = details.person.id;
    let sections = crate::people::everything_held(&tenant.scope, person_id)
        .await?
        .ok_or(AppError::NotFound)?;
    tenant
        .audit("downloaded", "person", Some(person_id), Some("own data"))
        .await?;
    crate::people::held_download(
        &tenant.user.organisation_name,
        &sections,
        "withus-my-data.json",
    )
}

/// The same, as a page to read.
pub async fn data_page(tenant: Tenant, page: Page) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let person_id = details.person.id;
    let sections = crate::people::everything_held(&tenant.scope, person_id)
        .await?
        .ok_or(AppError::NotFound)?;
    tenant
        .audit("viewed", "person", Some(person_id), Some("own data"))
        .await?;
    let heading = t("my-data-page-title");
    let page = Sections::new(page, heading)
        .back("/my/details")
        .paragraph(&t("held-intro"));
    crate::people::held_page(page, &sections, "/my/data").respond()
}

pub async fn confirm_erase(tenant: Tenant, page: Page) -> AppResult<Response> {
    own(&tenant).await?;
    html(crate::people::ErasePage {
        page: page.titled(t("my-erase-title")),
        heading: t("my-erase-title"),
        body: t("my-erase-body"),
        action: "/my/erase".into(),
        back: "/my/details".into(),
        keep: t("my-erase-keep"),
        button: Button::submit(t("my-erase-button")).warning(),
    })
}

/// Erases the person's details and their sign-in, which also ends their sessions.
pub async fn erase(tenant: Tenant) -> AppResult<Response> {
    let details = own(&tenant).await?;
    crate::people::erase(&tenant.scope, details.person.id).await?;
    audit::record(
        &tenant.scope,
        None,
        "erased",
        "person",
        Some(details.person.id),
        Some("at their own request"),
    )
    .await?;
    Ok(Redirect::to("/erased").into_response())
}
