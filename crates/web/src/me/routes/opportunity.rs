//! One opportunity as an involved person reads it: what it is, where they stand, what we
//! pay in plain words, and the form to say they are interested, checked before it is sent.
//! Here, above opportunities and payments, because it shows both.

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::error::{AppResult, html};
use crate::kit::forms::FormData;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::me::views::{interest_check_page, member_show_page};
use crate::opportunities::{InterestForm, express, own, takes_interest, visible};

/// What the person just did, carried by the redirect.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Done {
    #[serde(default)]
    done: String,
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    opportunity_page(tenant, page, &id, &done.done, None).await
}

/// The opportunity, with what the person typed kept when they come back to change it.
async fn opportunity_page(
    tenant: Tenant,
    page: Page,
    id: &str,
    done: &str,
    typed: Option<&InterestForm>,
) -> AppResult<Response> {
    let me = own(&tenant).await?;
    let (full, mine) = visible(&tenant, id, &me).await?;
    let plain = if full.opportunity.paid {
        crate::payments::plain_today(&tenant.scope).await?
    } else {
        None
    };
    html(member_show_page(
        page,
        &full,
        mine.as_ref(),
        &me,
        done,
        plain,
        typed,
    ))
}

/// Saying you are interested: first a page to check what you are sending (GOV.UK check
/// answers), then "send", or "change" back to the form with what was typed.
pub async fn interest(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let form = InterestForm::from_form(&data);
    match data.one("step").as_str() {
        "send" => express(&tenant, &id, form).await,
        "change" => opportunity_page(tenant, page, &id, "", Some(&form)).await,
        _ => {
            let me = own(&tenant).await?;
            let (full, _) = visible(&tenant, &id, &me).await?;
            let o = &full.opportunity;
            // Taking a break, left, or closed meanwhile: the page says why there is no form.
            if !takes_interest(&o.status) || me.person.status != "active" {
                return Ok(Redirect::to(&format!("/my/opportunities/{}", o.id)).into_response());
            }
            html(interest_check_page(page, o.id, &o.title, &form))
        }
    }
}
