//! What helps the person take part, on a page of its own: the GOV.UK "one thing per page"
//! pattern, so changing an access need is a few steps, not the whole profile.

use axum::response::Response;

use super::record::{own, save_own};
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::Sections;
use crate::kit::tenancy::Tenant;
use crate::people::{self, PersonForm, Voice, access_fields};

const ACTION: &str = "/my/access-needs";

fn access_page(page: Page, form: &PersonForm, errors: &Errors) -> Sections {
    let fields = access_fields(form, errors, Voice::Own).to_vec();
    Sections::new(page, t("my-access-title"))
        .back("/my/details")
        .errors(errors)
        .paragraph(&t("my-access-intro"))
        .form(ACTION, &fields, &t("my-access-save"))
}

pub async fn show(tenant: Tenant, page: Page) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let form = people::form_from(&details);
    access_page(page, &form, &Errors::default()).respond()
}

pub async fn update(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let details = own(&tenant).await?;
    // Everything else stays as it is on the record; only this page's answers change.
    let mut form = people::form_from(&details);
    form.access_needs = data.all("access_needs");
    form.access_notes = data.one("access_notes");
    let input = match form.check() {
        Ok(input) => input,
        // A 422 with the error summary: `respond` knows from the errors.
        Err(errors) => return access_page(page, &form, &errors).respond(),
    };
    save_own(&tenant, &details, &input, "own access needs", "access").await
}
