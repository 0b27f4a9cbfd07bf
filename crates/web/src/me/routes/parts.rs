//! How to reach the person, how they take part, and the work they would like, each on a page
//! of its own (the GOV.UK "one thing per page" pattern): the "Change" link beside an answer on
//! their details opens the page that asks it, a few questions rather than the whole profile.

use axum::response::Response;

use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::me::forms;
use crate::me::record::{own, save_own};
use crate::me::views::{about, part_page};
use crate::people::{self, Part};

pub async fn show(tenant: Tenant, page: Page, part: Part) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let form = people::form_from(&details);
    part_page(page, part, &form, &Errors::default()).respond()
}

pub async fn update(tenant: Tenant, page: Page, part: Part, data: FormData) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let form = forms::part(&data, &details, part);
    let input = match form.check() {
        Ok(input) => input,
        // A 422 with the error summary: `respond` knows from the errors.
        Err(errors) => return part_page(page, part, &form, &errors).respond(),
    };
    let (_, key) = about(part);
    save_own(&tenant, &details, &input, &format!("own {key}"), key).await
}
