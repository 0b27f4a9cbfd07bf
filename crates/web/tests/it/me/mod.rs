//! A person's own record through HTTP on both databases: seeing and changing it, reaching
//! only their own, and erasure.

mod access;
mod after_changes;
mod erasure;
mod own_pages;
mod parts;

use axum::http::StatusCode;
use withus_db::entities::account;
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;

use crate::harness::{Org, TestApp};

/// Gives the organisation's involved person a record of their own.
async fn own_record(app: &TestApp, org: &Org, given: &str) -> uuid::Uuid {
    let scope = app.scope(org);
    let form = PersonForm {
        given_name: given.into(),
        family_name: "Okoro".into(),
        involvement_role: "service_user".into(),
        ways: vec!["post".into()],
        ..PersonForm::default()
    };
    let id = queries::create(&scope, &form.check().unwrap(), None)
        .await
        .unwrap();
    let account = scope
        .find::<account::Entity>()
        .filter(account::Column::Email.eq(format!("involved_person@{}.example", org.slug)))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    queries::link_account(&scope, id, account.id).await.unwrap();
    id
}
