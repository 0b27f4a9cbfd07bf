use askama::Template;
use axum::response::Response;

use crate::impact::{about_names, waiting_table};
use crate::kit::auth::Role;
use crate::kit::dates::today;
use crate::kit::error::{AppResult, html};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::support::running_out_table;

/// How many activities with overdue feedback, and how many records running out, the
/// dashboard shows before pointing to the rest.
const DASHBOARD_ROWS: u64 = 10;

#[derive(Template)]
#[template(path = "home/staff.html")]
struct StaffHome {
    page: Page,
    name: String,
    organisation: String,
    roles: Vec<String>,
    is_admin: bool,
    /// Where this person's work is: only pages their roles open.
    shortcuts: Vec<(&'static str, String)>,
    /// The coordinator's dashboard: overdue feedback and training running out.
    dashboard: Option<Dashboard>,
}

struct Dashboard {
    overdue_heading: String,
    overdue: Option<String>,
    running_out: String,
    /// More is running out than the dashboard shows: the link to all of it.
    running_out_more: bool,
}

async fn dashboard(tenant: &Tenant) -> AppResult<Dashboard> {
    let today = today();
    let (people, shown) = crate::impact::overdue(&tenant.scope, today, DASHBOARD_ROWS).await?;
    let about = about_names(tenant, shown.iter().map(|w| (w.opportunity_id, w.about))).await?;
    let (running_total, running_out) =
        crate::support::running_out(&tenant.scope, today, Some(DASHBOARD_ROWS)).await?;
    Ok(Dashboard {
        overdue_heading: t_args("home-overdue-heading", &[("count", &people.to_string())]),
        overdue: (!shown.is_empty()).then(|| waiting_table(&shown, &about)),
        running_out: running_out_table(&running_out),
        running_out_more: running_total > running_out.len() as u64,
    })
}

pub async fn home(tenant: Tenant, page: Page) -> AppResult<Response> {
    let user = &tenant.user;
    if user.is_staff() {
        let coordinates = user.has_any(&[Role::Administrator, Role::Coordinator, Role::Staff]);
        let dashboard = if coordinates {
            Some(dashboard(&tenant).await?)
        } else {
            None
        };
        let shortcuts = [
            ("/opportunities", "nav-opportunities"),
            ("/impact", "impact-title"),
            ("/support", "support-hub-title"),
            ("/payments", "nav-payments"),
            ("/equality", "nav-equality"),
            ("/reports", "nav-reports"),
            ("/assessment", "nav-assessment"),
        ]
        .into_iter()
        .filter(|(href, _)| page.may_open(href))
        .map(|(href, key)| (href, t(key)))
        .collect();
        html(StaffHome {
            shortcuts,
            page: page.titled(t("staff-home-title")),
            name: user.display_name.clone(),
            organisation: user.organisation_name.clone(),
            roles: user.roles.iter().map(|r| r.label()).collect(),
            is_admin: user.has(Role::Administrator),
            dashboard,
        })
    } else {
        super::member::home(tenant, page).await
    }
}
