//! Stored imports, from the upload to the queue: the file kept for the preview, which column
//! holds what, confirming it into the queue and trying it again. The queue itself, with the
//! worker's claim and lease, is the db crate's (`withus_db::import_jobs`); it is named here
//! so the feature's files reach it through its queries like everything else.

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::people_import;
use withus_db::import_state::{Move, State};
use withus_db::sea_orm;

pub use withus_db::import_jobs::{
    Claim, can_retry, claim as claim_import, fail as fail_import, renew as renew_import,
    retry as retry_import, stalled,
};
pub use withus_db::job_queue::{LEASE, Owner};

pub async fn stored_import(
    scope: &OrgScope,
    id: Uuid,
) -> Result<Option<people_import::Model>, DbErr> {
    scope
        .find::<people_import::Entity>()
        .filter(people_import::Column::Id.eq(id))
        .one(scope.db())
        .await
}

/// An uploaded file, kept until the coordinator has checked it.
pub struct Upload {
    pub file_name: String,
    /// The file as UTF-8, whatever it was read as.
    pub content: String,
    /// The columns guessed for it, as JSON.
    pub mapping: String,
    pub by: Uuid,
}

/// Keeps an uploaded file, waiting to be checked; answers its id.
pub async fn keep_upload(scope: &OrgScope, upload: Upload) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    scope
        .insert(people_import::ActiveModel {
            id: Set(id),
            organisation_id: Set(scope.organisation_id()),
            file_name: Set(upload.file_name.chars().take(200).collect()),
            content: Set(upload.content),
            mapping: Set(upload.mapping),
            created_by: Set(Some(upload.by)),
            created_at: Set(Utc::now()),
            imported_at: Set(None),
            imported_count: Set(None),
            status: Set(State::FIRST.name().to_owned()),
            to_import: Set(None),
            queued_at: Set(None),
            started_at: Set(None),
            lease_until: Set(None),
            failure: Set(None),
            lease_owner: Set(None),
            attempts: Set(0),
        })
        .await?;
    Ok(id)
}

/// Stores which column holds what (`mapping`, as JSON), while the import may still change.
pub async fn set_import_columns(scope: &OrgScope, id: Uuid, mapping: String) -> Result<(), DbErr> {
    scope
        .update_many::<people_import::Entity>()
        .col_expr(people_import::Column::Mapping, Expr::value(mapping))
        .filter(people_import::Column::Id.eq(id))
        .filter(people_import::Column::Status.is_in(State::EDITABLE.iter().map(|s| s.name())))
        .exec(scope.db())
        .await?;
    Ok(())
}

/// Queues the import of `count` people for the worker; answers whether it was queued. Only a
/// checked (or failed) file can be, so a double click queues it once.
pub async fn queue_import(scope: &OrgScope, id: Uuid, count: usize) -> Result<bool, DbErr> {
    let queued = scope
        .update_many::<people_import::Entity>()
        .col_expr(
            people_import::Column::Status,
            Expr::value(Move::Confirm.to().name()),
        )
        .col_expr(people_import::Column::ToImport, Expr::value(count as i32))
        .col_expr(people_import::Column::QueuedAt, Expr::value(Utc::now()))
        .col_expr(
            people_import::Column::Failure,
            Expr::value(Option::<String>::None),
        )
        .col_expr(people_import::Column::Attempts, Expr::value(0))
        .filter(people_import::Column::Id.eq(id))
        .filter(people_import::Column::Status.is_in(Move::Confirm.from_names()))
        .exec(scope.db())
        .await?;
    Ok(queued.rows_affected > 0)
}
