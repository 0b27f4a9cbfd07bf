//! The changes a person and the staff make to a record the same way: times the person cannot
//! do, and their status. The staff pages (`routes/`) and the person's own (`me/routes/`)
//! differ only in where they go back to, the words in the audit trail, and the page shown
//! again when something needs fixing. An erased person's record takes no change at all.

use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use uuid::Uuid;

use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::FormData;
use crate::kit::tenancy::Tenant;
use crate::people::forms::{StatusForm, TimeForm};
use crate::people::queries;
use crate::people::views::Typed;

/// An erased person's anonymous row stays for the counts, but nothing may be added back to it.
pub fn still_held(erased_at: Option<chrono::DateTime<chrono::Utc>>) -> AppResult<()> {
    match erased_at {
        Some(_) => Err(AppError::Forbidden),
        None => Ok(()),
    }
}

/// Whose record is changed, and how the change answers.
pub struct Whose<'a> {
    pub person: Uuid,
    /// The record's page: "/people/{id}", or "/my/details" on the person's own.
    pub back: &'a str,
    /// Whether the person is changing their own record (the audit trail says so).
    pub own: bool,
}

impl Whose<'_> {
    /// Where to go after a change: the person's own page says what happened in their words
    /// (`own`); the staff page says it in its own way (`staff`, which may be none).
    fn after(&self, own: &str, staff: Option<&str>, anchor: &str) -> Response {
        let saved = if self.own { Some(own) } else { staff };
        let query = saved.map(|s| format!("?saved={s}")).unwrap_or_default();
        Redirect::to(&format!("{}{query}{anchor}", self.back)).into_response()
    }

    async fn audit(&self, tenant: &Tenant, own: &str, staff: &str) -> AppResult<()> {
        let detail = if self.own { own } else { staff };
        tenant
            .audit("changed", "person", Some(self.person), Some(detail))
            .await?;
        Ok(())
    }
}

/// Adds times the person cannot do, or shows the record again with what to fix.
pub async fn add_time(
    tenant: &Tenant,
    whose: &Whose<'_>,
    data: &FormData,
    again: impl FnOnce(&Typed<'_>) -> AppResult<Response>,
) -> AppResult<Response> {
    let form = TimeForm::from_form(data);
    match form.check() {
        Ok(input) => {
            queries::add_times(&tenant.scope, whose.person, &input).await?;
            whose
                .audit(tenant, "own times", "times they cannot do")
                .await?;
            Ok(whose.after("my-times", None, "#times"))
        }
        Err(errors) => again(&Typed {
            errors: &errors,
            times: &form,
            status: &StatusForm::default(),
        }),
    }
}

/// Takes one of the times away; a time that is not the person's is not found.
pub async fn remove_time(tenant: &Tenant, whose: &Whose<'_>, time: Uuid) -> AppResult<Response> {
    if !queries::remove_time(&tenant.scope, whose.person, time).await? {
        return Err(AppError::NotFound);
    }
    whose
        .audit(tenant, "own times", "removed a time they cannot do")
        .await?;
    Ok(whose.after("my-time-removed", None, "#times"))
}

/// Sets the person's status (active, on a break until a day, or left).
pub async fn set_status(
    tenant: &Tenant,
    whose: &Whose<'_>,
    data: &FormData,
    again: impl FnOnce(&Typed<'_>) -> AppResult<Response>,
) -> AppResult<Response> {
    let form = StatusForm::from_form(data);
    match form.check(Utc::now().date_naive()) {
        Ok((status, until)) => {
            let actor = Some(tenant.user.account_id);
            queries::set_status(&tenant.scope, whose.person, &status, until, actor).await?;
            whose.audit(tenant, "own status", "status").await?;
            Ok(whose.after("my-status", Some("changed"), ""))
        }
        Err(errors) => again(&Typed {
            errors: &errors,
            times: &TimeForm::default(),
            status: &form,
        }),
    }
}
