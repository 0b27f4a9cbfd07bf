//! The times the person cannot do, and taking a break or leaving: each on a page of its own
//! (GOV.UK one thing per page), changed the same way staff change them (`people::record_changes`).

use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;

use crate::kit::error::{AppResult, html, html_status};
use crate::kit::forms::{Errors, FormData, parse_id};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::me::record::own;
use crate::me::views::{status_page, times_page};
use crate::people::{Saved, StatusForm, TimeForm, Typed, Whose};
use crate::people::{add_time_for, remove_time_for, set_status_for};

const TIMES_PAGE: &str = "/my/times";
/// After a change of status the details page says what happens next.
const DETAILS_PAGE: &str = "/my/details";

fn nothing_typed<'a>(errors: &'a Errors, times: &'a TimeForm, status: &'a StatusForm) -> Typed<'a> {
    Typed {
        errors,
        times,
        status,
    }
}

pub async fn times(tenant: Tenant, page: Page, Query(saved): Query<Saved>) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let (errors, times, status) = Default::default();
    let typed = nothing_typed(&errors, &times, &status);
    html(times_page(page, &details, &typed, &saved.saved))
}

pub async fn add_time(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let whose = Whose {
        person: details.person.id,
        back: TIMES_PAGE,
        own: true,
    };
    add_time_for(&tenant, &whose, &data, |typed| {
        html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            times_page(page, &details, typed, ""),
        )
    })
    .await
}

pub async fn remove_time(tenant: Tenant, Path(time_id): Path<String>) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let whose = Whose {
        person: details.person.id,
        back: TIMES_PAGE,
        own: true,
    };
    remove_time_for(&tenant, &whose, parse_id(&time_id)?).await
}

pub async fn status(tenant: Tenant, page: Page) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let (errors, times, status) = Default::default();
    let typed = nothing_typed(&errors, &times, &status);
    html(status_page(page, &details, &typed))
}

pub async fn set_status(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let details = own(&tenant).await?;
    let whose = Whose {
        person: details.person.id,
        back: DETAILS_PAGE,
        own: true,
    };
    set_status_for(&tenant, &whose, &data, |typed| {
        status_page(page, &details, typed).respond()
    })
    .await
}
