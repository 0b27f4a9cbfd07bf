//! The payment policy's page: the version in force in plain words, every version, and the
//! form for a new one.

use askama::Template;

use crate::kit::components::ErrorSummary;
use crate::kit::dates::{day, today};
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::payments::forms::policy::{fields, form_from};
use crate::payments::policy_words::{Plain, plain};
use crate::payments::{queries, to_policy};

#[derive(Template)]
#[template(path = "payments/policy.html")]
pub struct PolicyPage {
    page: Page,
    errors: Option<ErrorSummary>,
    current: Option<(i32, String, Plain)>,
    versions: Vec<(i32, String, bool)>,
    fields: Vec<String>,
    saved: Option<String>,
}

pub async fn policy_page(
    tenant: &Tenant,
    page: Page,
    typed: Option<&FormData>,
    errors: &Errors,
    saved: Option<String>,
) -> AppResult<PolicyPage> {
    let rows = queries::policies(&tenant.scope).await?;
    let current = queries::in_force(&rows, today());
    let prefill = match (typed, rows.last()) {
        (Some(d), _) => d.clone(),
        (None, Some(latest)) => form_from(&to_policy(latest), &latest.benefits_note),
        (None, None) => FormData::default(),
    };
    Ok(PolicyPage {
        page: page.titled(t("policy-title")),
        errors: errors.summary(),
        current: current.map(|c| (c.version, day(c.effective_from), plain(c))),
        versions: rows
            .iter()
            .rev()
            .map(|r| {
                (
                    r.version,
                    day(r.effective_from),
                    Some(r.id) == current.map(|c| c.id),
                )
            })
            .collect(),
        fields: fields(&prefill, errors),
        saved,
    })
}
