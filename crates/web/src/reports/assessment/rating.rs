//! Rating a framework: every statement, not started to embedded, with what shows it. One
//! rating per person, statement and year; rating again changes it.

use std::collections::HashMap;

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Utc};

use super::frameworks::{FRAMEWORKS, Framework, RATINGS, framework, statement_key};
use super::{queries, rated_as};
use crate::kit::components::{Choices, Fieldset, Textarea, render};
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Saved, Sections, borrowed, heading_m, paragraph};
use crate::kit::tenancy::Tenant;

pub fn this_year() -> i32 {
    crate::kit::dates::london_day(Utc::now()).year()
}

/// The frameworks, to rate (everyone) and to see the results of (staff).
pub async fn index(tenant: Tenant, page: Page, Query(saved): Query<Saved>) -> AppResult<Response> {
    let staff = rated_as(&tenant.user) == "staff";
    let mut sections = Sections::new(page, t("assessment-title"))
        .banner(saved.saved().then(|| t("assessment-saved")))
        .paragraph(&t(if staff {
            "assessment-intro-staff"
        } else {
            "assessment-intro-involved"
        }));
    for f in FRAMEWORKS {
        let mut items = vec![(format!("/assessment/{}", f.key), t("assessment-rate"))];
        if staff {
            items.push((
                format!("/assessment/{}/results", f.key),
                t("assessment-results"),
            ));
        }
        sections = sections
            .block(heading_m(f.name, f.key))
            .block(paragraph(f.about))
            .links(&items);
    }
    let mut more = vec![("/strategy/easy-read".to_owned(), t("strategy-read-ours"))];
    if staff {
        more.push(("/assessment/actions".into(), t("actions-title")));
    }
    sections.links(&more).respond()
}

fn field(part: &str, statement: &str) -> String {
    format!("{part}-{statement}")
}

async fn mine(tenant: &Tenant, f: &Framework) -> AppResult<HashMap<String, (String, String)>> {
    Ok(
        queries::ratings_by(&tenant.scope, tenant.user.account_id, this_year(), f)
            .await?
            .into_iter()
            .map(|r| (r.statement, (r.rating, r.evidence)))
            .collect(),
    )
}

fn form_page(
    staff: bool,
    page: Page,
    f: &Framework,
    current: &HashMap<String, (String, String)>,
    data: Option<&FormData>,
    errors: &Errors,
) -> AppResult<Response> {
    let plain = if staff { "" } else { "-plain" };
    let ratings: Vec<(String, String)> = RATINGS
        .iter()
        .map(|(v, k)| ((*v).to_owned(), t(&format!("{k}{plain}"))))
        .collect();
    let mut fields = Vec::new();
    for part in f.parts {
        fields.push(heading_m(part.name, part.key));
        for st in part.statements {
            let name = field(part.key, st.key);
            let key = statement_key(f, part, st);
            let saved = current.get(&key);
            let chosen = data.map_or_else(
                || saved.map(|s| s.0.clone()).unwrap_or_default(),
                |d| d.one(&name),
            );
            let evidence = data.map_or_else(
                || saved.map(|s| s.1.clone()).unwrap_or_default(),
                |d| d.one(&format!("{name}-evidence")),
            );
            fields.push(render(
                &Choices::radios(
                    &name,
                    Fieldset::legend(st.text.to_owned(), "govuk-fieldset__legend--s", false),
                    &borrowed(&ratings),
                    &[chosen.as_str()],
                )
                .error(errors.get(&name)),
            ));
            fields.push(render(
                &Textarea::new(&format!("{name}-evidence"), t("assessment-evidence"))
                    .value(&evidence)
                    .hint(t("assessment-evidence-hint"))
                    .rows(2),
            ));
        }
    }
    Sections::new(page, f.name.to_owned())
        .back("/assessment")
        .caption(t_year())
        .errors(errors)
        .paragraph(&t("assessment-how"))
        .block(crate::kit::sections::details(
            &t("assessment-scale"),
            &paragraph(&t(&format!("assessment-scale-text{plain}"))),
        ))
        .form(
            &format!("/assessment/{}", f.key),
            &fields,
            &t("assessment-save"),
        )
        .respond()
}

fn t_year() -> String {
    crate::kit::i18n::t_args("assessment-year", &[("year", &this_year().to_string())])
}

pub async fn show(tenant: Tenant, page: Page, Path(key): Path<String>) -> AppResult<Response> {
    let f = framework(&key).ok_or(AppError::NotFound)?;
    let current = mine(&tenant, f).await?;
    form_page(
        rated_as(&tenant.user) == "staff",
        page,
        f,
        &current,
        None,
        &Errors::default(),
    )
}

pub async fn save(
    tenant: Tenant,
    page: Page,
    Path(key): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let f = framework(&key).ok_or(AppError::NotFound)?;
    let mut chosen = Vec::new();
    let mut errors = Errors::default();
    for part in f.parts {
        for st in part.statements {
            let name = field(part.key, st.key);
            let rating = data.one(&name);
            if rating.is_empty() {
                continue;
            }
            if RATINGS.iter().any(|(r, _)| *r == rating) {
                chosen.push((
                    statement_key(f, part, st),
                    rating,
                    data.one(&format!("{name}-evidence")).trim().to_owned(),
                ));
            } else {
                errors.add(&name, t("assessment-rating-error"));
            }
        }
    }
    if chosen.is_empty() && errors.is_empty() {
        let first = f
            .parts
            .first()
            .and_then(|p| p.statements.first().map(|s| field(p.key, s.key)));
        errors.add(&first.unwrap_or_default(), t("assessment-none-error"));
    }
    if !errors.is_empty() {
        let current = mine(&tenant, f).await?;
        let staff = rated_as(&tenant.user) == "staff";
        return form_page(staff, page, f, &current, Some(&data), &errors);
    }
    queries::save_ratings(
        &tenant.scope,
        tenant.user.account_id,
        rated_as(&tenant.user),
        this_year(),
        chosen,
    )
    .await?;
    Ok(Redirect::to("/assessment?saved=1").into_response())
}
