//! Erasure: removing a person's personal data at their request, keeping an anonymous row so
//! that counts still add up. What goes and what stays is the one map of personal data
//! (`withus_db::personal`); this runs it in one transaction with what erasure means for what
//! is still to come (they stop taking part) and the recount of feedback owed, so a failure
//! half-way leaves the person as they were.

use chrono::{DateTime, Utc};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{interest, meeting, meeting_attendee};
use withus_db::personal::{self, Subject};
use withus_db::sea_orm::sea_query::Expr;
use withus_db::sea_orm::{ColumnTrait, ConnectionTrait, DbErr, QueryFilter, TransactionTrait};

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};

use crate::kit::components::Button;
use crate::kit::error::{AppError, AppResult, html};
use crate::kit::forms::parse_id;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::people::queries;
use crate::people::views::display_name;

/// Erases a person's personal data. The row stays, anonymous, so counts of people by role and
/// status still add up; everything the map ties to them is deleted, blanked or replaced, their
/// sign-in goes (which ends their sessions) and so does mail to them. Erasing someone already
/// erased changes nothing more.
pub async fn erase(scope: &OrgScope, id: Uuid) -> Result<(), DbErr> {
    let txn = scope.db().begin().await?;
    let Some(subject) = Subject::find(&txn, scope.organisation_id(), id).await? else {
        return Ok(());
    };
    let now = Utc::now();
    stop_taking_part(scope, &txn, id, now).await?;
    personal::erase(&txn, &subject, now).await?;
    // Nobody owes feedback to someone erased.
    withus_db::feedback_owed::for_person(scope, &txn, id, now).await?;
    txn.commit().await
}

/// Someone erased will not come: their interest in anything not yet settled is withdrawn (so
/// nobody offers them a place) and they come off meetings that have not started. What they
/// took part in stays, anonymous, in the counts.
async fn stop_taking_part<C: ConnectionTrait>(
    scope: &OrgScope,
    conn: &C,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .update_many::<interest::Entity>()
        .col_expr(interest::Column::Status, Expr::value("withdrawn"))
        .col_expr(interest::Column::WithdrawnAt, Expr::value(now))
        .filter(interest::Column::PersonId.eq(id))
        .filter(interest::Column::Status.is_in(["interested", "offered", "reserve"]))
        .exec(conn)
        .await?;
    let mut to_come = scope.select_column::<meeting::Entity>(meeting::Column::Id);
    to_come.and_where(meeting::Column::StartsAt.gt(now));
    scope
        .delete_many::<meeting_attendee::Entity>()
        .filter(meeting_attendee::Column::PersonId.eq(id))
        .filter(meeting_attendee::Column::MeetingId.in_subquery(to_come))
        .exec(conn)
        .await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "people/erase.html")]
pub struct ErasePage {
    pub page: Page,
    pub heading: String,
    pub body: String,
    pub action: String,
    pub back: String,
    /// "No, keep their details", or "your" on the person's own page.
    pub keep: String,
    pub button: Button,
}

pub async fn confirm_erase(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let person = queries::find(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    html(ErasePage {
        page: page.titled(t("erase-title")),
        heading: t_args("erase-heading", &[("name", &display_name(&person))]),
        body: t("erase-body"),
        action: format!("/people/{id}/erase"),
        keep: t("erase-keep"),
        back: format!("/people/{id}"),
        button: Button::submit(t("erase-button")).warning(),
    })
}

pub async fn erase_confirmed(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let id = parse_id(&id)?;
    queries::find(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    erase(&tenant.scope, id).await?;
    tenant.audit("erased", "person", Some(id), None).await?;
    Ok(Redirect::to(&format!("/people/{id}?saved=erased")).into_response())
}
