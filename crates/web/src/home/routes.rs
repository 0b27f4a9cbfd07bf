use askama::Template;
use axum::response::Response;

use crate::auth::Role;
use crate::error::{AppResult, html};
use crate::i18n::t;
use crate::page::Page;
use crate::tenancy::Tenant;

#[derive(Template)]
#[template(path = "home/staff.html")]
struct StaffHome {
    page: Page,
    name: String,
    organisation: String,
    roles: Vec<String>,
    is_admin: bool,
}

#[derive(Template)]
#[template(path = "home/member.html")]
struct MemberHome {
    page: Page,
    name: String,
}

pub async fn home(tenant: Tenant, page: Page) -> AppResult<Response> {
    let user = tenant.user;
    if user.is_staff() {
        html(StaffHome {
            page: page.titled(t("staff-home-title")),
            name: user.display_name.clone(),
            organisation: user.organisation_name.clone(),
            roles: user.roles.iter().map(|r| r.label()).collect(),
            is_admin: user.has(Role::Administrator),
        })
    } else {
        html(MemberHome {
            page: page.titled(t("member-home-title")),
            name: user.display_name.clone(),
        })
    }
}
