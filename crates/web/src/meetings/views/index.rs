//! The list of meetings: those coming up and those past, and (for those who may change it) how
//! many days ahead papers should go out.

use askama::Template;
use chrono::Utc;
use withus_db::entities::meeting;

use crate::kit::auth::Role;
use crate::kit::components::{Cell, ErrorSummary, Input, Table, render};
use crate::kit::error::AppResult;
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;
use crate::meetings::{queries, when};

#[derive(Template)]
#[template(path = "meetings/index.html")]
pub struct IndexPage {
    page: Page,
    errors: Option<ErrorSummary>,
    upcoming: Option<Table>,
    past: Option<Table>,
    days: Option<String>,
}

fn meetings_table(rows: &[&(meeting::Model, String)]) -> Option<Table> {
    (!rows.is_empty()).then(|| Table {
        head: vec![
            Cell::text(t("meeting-title")),
            Cell::text(t("meeting-when")),
            Cell::text(t("meeting-for")),
        ],
        rows: rows
            .iter()
            .map(|(m, opportunity)| {
                let title = if m.cancelled_at.is_some() {
                    t_args("meeting-cancelled-title", &[("title", &m.title)])
                } else {
                    m.title.clone()
                };
                vec![
                    Cell::html(link(&format!("/meetings/{}", m.id), &title)),
                    Cell::text(when(m.starts_at, m.ends_at)),
                    Cell::text(opportunity.clone()),
                ]
            })
            .collect(),
        ..Table::default()
    })
}

pub async fn index_page(
    tenant: &Tenant,
    page: Page,
    days: Option<&str>,
    errors: &Errors,
) -> AppResult<IndexPage> {
    let all = queries::list(&tenant.scope).await?;
    let now = Utc::now();
    let upcoming: Vec<_> = all.iter().filter(|(m, _)| m.ends_at >= now).collect();
    let mut past: Vec<_> = all.iter().filter(|(m, _)| m.ends_at < now).collect();
    past.reverse();
    let stored = queries::days_ahead(&tenant.scope).await?.to_string();
    let may_change = tenant
        .user
        .has_any(&[Role::Administrator, Role::Coordinator]);
    let days = may_change.then(|| {
        render(
            &Input::new("days", t("meetings-days"))
                .value(days.unwrap_or(&stored))
                .classes("govuk-input--width-2")
                .hint(t("meetings-days-hint"))
                .error(errors.get("days")),
        )
    });
    Ok(IndexPage {
        page: page.titled(t("meetings-title")),
        errors: errors.summary(),
        upcoming: meetings_table(&upcoming),
        past: meetings_table(&past),
        days,
    })
}
