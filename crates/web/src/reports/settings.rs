//! How an organisation's reports are made: the threshold under which counts of people are
//! hidden, the population it serves (a built-in Census 2021 area or its own profile), and
//! whether its aggregate "you said, we did" is published.

use std::collections::HashMap;

use axum::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};
use withus_db::OrgScope;
use withus_reports::census;
use withus_reports::presence::CATEGORIES;

use crate::kit::components::Fieldset;
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Saved, Sections, paragraph, select};
use crate::kit::tenancy::Tenant;
use crate::reports::queries;

/// The least an organisation may choose: below 3, "fewer than" says too much.
pub const LOWEST_THRESHOLD: i32 = 3;
pub const OWN: &str = "own";

#[derive(Clone, Debug)]
pub struct Reporting {
    pub suppress_below: i32,
    pub area: String,
    pub publish: bool,
}

impl Reporting {
    pub fn threshold(&self) -> u64 {
        u64::try_from(self.suppress_below.max(LOWEST_THRESHOLD)).unwrap_or(5)
    }

    pub fn area_name(&self) -> String {
        if self.area == OWN {
            t("population-own")
        } else {
            census::area_name(&self.area)
                .unwrap_or("England")
                .to_owned()
        }
    }
}

pub async fn load(scope: &OrgScope) -> AppResult<Reporting> {
    let org = queries::organisation(scope).await?;
    Ok(org.map_or(
        Reporting {
            suppress_below: 5,
            area: "E92000001".into(),
            publish: false,
        },
        |o| Reporting {
            suppress_below: o.suppress_below,
            area: o.population_area,
            publish: o.publish_open_data,
        },
    ))
}

/// Census group weights by category, from the built-in area or the organisation's profile.
pub async fn population(
    scope: &OrgScope,
    reporting: &Reporting,
) -> AppResult<HashMap<String, Vec<(String, f64)>>> {
    let mut out: HashMap<String, Vec<(String, f64)>> = HashMap::new();
    if reporting.area == OWN {
        for row in queries::population_counts(scope).await? {
            out.entry(row.category)
                .or_default()
                .push((row.value, row.count as f64));
        }
    } else {
        for category in CATEGORIES {
            out.insert(
                category.key.to_owned(),
                census::profile(&reporting.area, category.key)
                    .into_iter()
                    .map(|(v, w)| (v.to_owned(), w))
                    .collect(),
            );
        }
    }
    Ok(out)
}

fn field(category: &str, group: &str) -> String {
    let slug: String = group
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("own-{category}-{slug}")
}

async fn form(
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

pub async fn show(tenant: Tenant, page: Page, Query(saved): Query<Saved>) -> AppResult<Response> {
    form(&tenant, page, saved.saved(), None, &Errors::default()).await
}

pub async fn save(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let mut errors = Errors::default();
    let threshold = data.one("suppress_below").trim().parse::<i32>().ok();
    if !threshold.is_some_and(|n| (LOWEST_THRESHOLD..=100).contains(&n)) {
        errors.add("suppress_below", t("reporting-threshold-error"));
    }
    let area = data.one("area");
    if area != OWN && census::area_name(&area).is_none() {
        errors.add("area", t("reporting-area-error"));
    }
    let mut own = Vec::new();
    for category in CATEGORIES {
        for group in category.groups {
            let name = field(category.key, group);
            let typed = data.one(&name).replace(',', "");
            if typed.trim().is_empty() {
                continue;
            }
            match typed.trim().parse::<i64>() {
                Ok(n) if n >= 0 => own.push((category.key, *group, n)),
                _ => errors.add(&name, t("population-count-error")),
            }
        }
    }
    if area == OWN && own.is_empty() && errors.is_empty() {
        errors.add("area", t("population-own-empty"));
    }
    let (Some(threshold), true) = (threshold, errors.is_empty()) else {
        return form(&tenant, page, false, Some(&data), &errors).await;
    };
    queries::save_reporting(
        &tenant.scope,
        threshold,
        &area,
        !data.one("publish").is_empty(),
        own,
    )
    .await?;
    tenant
        .audit("reporting.settings", "organisation", None, None)
        .await?;
    Ok(Redirect::to("/reports/settings?saved=1").into_response())
}
