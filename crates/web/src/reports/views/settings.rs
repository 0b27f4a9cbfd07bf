//! The reporting settings page: the threshold, the population served, whether to publish, and
//! the organisation's own population behind a details element.

use axum::response::Response;
use withus_reports::census;
use withus_reports::presence::CATEGORIES;

use crate::kit::components::Fieldset;
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Sections, paragraph, select};
use crate::kit::tenancy::Tenant;
use crate::reports::forms::field;
use crate::reports::settings::{OWN, Reporting, load, population};

pub async fn form(
    tenant: &Tenant,
    page: Page,
    saved: bool,
    data: Option<&FormData>,
    errors: &Errors,
) -> AppResult<Response> {
    let reporting = load(&tenant.scope).await?;
    let own = population(
        &tenant.scope,
        &Reporting {
            area: OWN.into(),
            ..reporting.clone()
        },
    )
    .await?;
    let value = |name: &str, current: String| data.map_or(current, |d| d.one(name));
    let mut areas: Vec<(String, String)> = census::areas()
        .into_iter()
        .map(|(code, name)| (code.to_owned(), name.to_owned()))
        .collect();
    areas.push((OWN.to_owned(), t("population-own")));
    let mut fields = vec![
        crate::kit::sections::input(
            "suppress_below",
            t("reporting-threshold"),
            Some(t("reporting-threshold-hint")),
            &value("suppress_below", reporting.suppress_below.to_string()),
            errors,
        ),
        select(
            "area",
            t("reporting-area"),
            &areas,
            &value("area", reporting.area.clone()),
            errors,
        ),
        crate::kit::sections::single_checkbox(
            "publish",
            t("reporting-publish"),
            data.map_or(reporting.publish, |d| !d.one("publish").is_empty()),
        ),
    ];
    let mut own_fields = String::new();
    for category in CATEGORIES {
        let mut inputs = String::new();
        for group in category.groups {
            let name = field(category.key, group);
            let current = own
                .get(category.key)
                .and_then(|g| g.iter().find(|(v, _)| v == group))
                .map_or_else(String::new, |(_, n)| format!("{n:.0}"));
            inputs.push_str(&crate::kit::sections::input(
                &name,
                (*group).to_owned(),
                None,
                &value(&name, current),
                errors,
            ));
        }
        let legend = t(&format!("category-{}", category.key.replace('_', "-")));
        let fieldset = Fieldset::legend(legend, "govuk-fieldset__legend--s", false);
        own_fields.push_str(&fieldset.wrap(inputs, None, None));
    }
    fields.push(crate::kit::sections::details(
        &t("population-own-details"),
        &own_fields,
    ));
    Sections::new(page, t("reporting-title"))
        .back("/reports")
        .banner(saved.then(|| t("reporting-saved")))
        .errors(errors)
        .paragraph(&t("reporting-intro"))
        .form("/reports/settings", &fields, &t("save"))
        .block(paragraph(&t("census-source")))
        .respond()
}
