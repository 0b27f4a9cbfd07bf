//! The quotas page: ranges per value, how many in the pool have each (equality counts and
//! their totals suppressed as every report of people is), and the forms to add a range and
//! to "match the population of <area>".

use askama::Template;
use uuid::Uuid;
use withus_db::entities::selection_quota;
use withus_reports::suppress::Shown;

use crate::kit::components::{Cell, ErrorSummary, Table, escape};
use crate::kit::error::AppResult;
use crate::kit::form_parts::row_button;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::opportunities::load;
use crate::opportunities::lottery::categories::{CATEGORIES, pool_line};
use crate::opportunities::lottery::forms::{Form, add_fields, census_fields};
use crate::opportunities::lottery::problem::{SMALL, category_label, value_label};
use crate::opportunities::lottery::queries::{self, Pool};

#[derive(Template)]
#[template(path = "opportunities/quotas.html")]
pub struct QuotasPage {
    page: Page,
    id: Uuid,
    title: String,
    places: String,
    errors: Option<ErrorSummary>,
    tables: Vec<(Table, Option<String>)>,
    add_fields: Vec<String>,
    census_fields: Vec<String>,
}

fn quota_cell(id: Uuid, csrf: &str, quota: Option<&selection_quota::Model>, what: &str) -> Cell {
    let Some(q) = quota else {
        return Cell::text(t("quota-none"));
    };
    let range = t_args(
        "quota-range",
        &[
            ("min", &q.min_count.to_string()),
            ("max", &q.max_count.to_string()),
        ],
    );
    Cell::html(format!(
        "{} {}",
        escape(&range),
        row_button(
            csrf,
            &format!("/opportunities/{id}/quotas/{}/remove", q.id),
            &[],
            &t("quota-remove"),
            what
        )
    ))
}

fn tables(
    id: Uuid,
    csrf: &str,
    pool: &Pool,
    quotas: &[selection_quota::Model],
) -> Vec<(Table, Option<String>)> {
    let text = |n: Shown| crate::kit::counts::shown(n, SMALL as u64);
    CATEGORIES
        .iter()
        .enumerate()
        .map(|(c, cat)| {
            let line = pool_line(&pool.counts(c), cat.equality, SMALL);
            let mut rows: Vec<Vec<Cell>> = cat
                .values
                .iter()
                .zip(&line.cells)
                .map(|((v, _), &n)| {
                    let label = value_label(cat.name, v);
                    let quota = quotas
                        .iter()
                        .find(|q| q.category == cat.name && q.value == *v);
                    vec![
                        Cell::text(label.clone()),
                        quota_cell(id, csrf, quota, &label),
                        Cell::text(text(n)),
                    ]
                })
                .collect();
            if let Some(total) = line.total {
                rows.push(vec![
                    Cell::text(t("total")),
                    Cell::text(String::new()),
                    Cell::text(text(total)),
                ]);
            }
            let not_known = line.cells[cat.values.len()];
            let not_known = (cat.equality && not_known != Shown::NotShown)
                .then(|| t_args("quota-not-known-count", &[("count", &text(not_known))]));
            let table = Table {
                caption: Some(category_label(cat.name)),
                caption_classes: Some("govuk-table__caption--m".into()),
                head: vec![
                    Cell::text(t("quota-value")),
                    Cell::text(t("quota-range-head")),
                    Cell::text(t("quota-in-pool")),
                ],
                rows,
                ..Table::default()
            };
            (table, not_known)
        })
        .collect()
}

pub async fn page_for(
    tenant: &Tenant,
    page: Page,
    id: &str,
    form: Form<'_>,
) -> AppResult<QuotasPage> {
    let full = load(tenant, id).await?;
    let o = &full.opportunity;
    let pool = queries::pool(&tenant.scope, o.id).await?;
    let quotas = queries::quotas(&tenant.scope, o.id).await?;
    let free = queries::free_places(&tenant.scope, o).await?;
    let csrf = page.csrf.clone();
    Ok(QuotasPage {
        page: page.titled(t("quota-title")),
        id: o.id,
        title: o.title.clone(),
        places: t_args(
            "quota-places",
            &[
                ("places", &free.to_string()),
                ("pool", &pool.people.len().to_string()),
            ],
        ),
        errors: form.errors.summary(),
        tables: tables(o.id, &csrf, &pool, &quotas),
        add_fields: add_fields(&form.typed, form.errors),
        census_fields: census_fields(&form.area, &form.chosen, form.errors),
    })
}
