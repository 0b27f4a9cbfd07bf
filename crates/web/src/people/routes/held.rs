//! The staff's pages of everything held about a person, for a request made by phone or letter.

use axum::extract::Path;
use axum::response::Response;

use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::Sections;
use crate::kit::tenancy::Tenant;
use crate::people::held::{download, held};
use crate::people::views::held::page as held_page;

/// For a request made by phone or letter: the same page, for staff who may erase.
pub async fn staff_page(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let sections = held(&tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    tenant
        .audit("viewed", "person", Some(id), Some("everything held"))
        .await?;
    let page = Sections::new(page, t("held-staff-title"))
        .back(format!("/people/{id}"))
        .paragraph(&t("held-staff-intro"))
        .paragraph(&t("held-staff-what"));
    held_page(page, &sections, &format!("/people/{id}/data.json")).respond()
}

/// The staff download, to send to the person.
pub async fn staff_download(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let sections = held(&tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    tenant
        .audit("downloaded", "person", Some(id), Some("everything held"))
        .await?;
    download(
        &tenant.user.organisation_name,
        &sections,
        "withus-everything-held.json",
    )
}
