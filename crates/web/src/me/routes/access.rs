//! What helps the person take part, on a page of its own: the GOV.UK "one thing per page"
//! pattern, so changing an access need is a few steps, not the whole profile.

use axum::response::Response;

use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::me::forms;
use crate::me::record::{own, save_own};
use crate::me::views::access_page;
use crate::people;

pub async fn show(tenant: Tenant, page: Page) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let form = people::form_from(&details);
    access_page(page, &form, &Errors::default()).respond()
}

pub async fn update(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let form = forms::access(&data, &details);
    let input = match form.check() {
        Ok(input) => input,
        // A 422 with the error summary: `respond` knows from the errors.
        Err(errors) => return access_page(page, &form, &errors).respond(),
    };
    save_own(&tenant, &details, &input, "own access needs", "access").await
}
