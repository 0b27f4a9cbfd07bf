//! What retention removes besides people's details: uploaded files kept no longer than they
//! are needed. Each removal is audited with how many went.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Europe::London;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, DbErr, QueryFilter};
use withus_db::OrgScope;
use withus_db::entities::{claim, claim_receipt, people_import};
use withus_db::import_state::{DONE, FAILED};
use withus_db::sea_orm;

use crate::kit::audit;
use crate::people::retention::{Setting, due};

/// Finished imports' spreadsheets stay this long, for anyone checking what was added.
pub const IMPORTS_KEPT_DAYS: i64 = 30;

/// Uploaded spreadsheets of imports finished over 30 days ago, and receipts for claims paid
/// before the organisation's years. Claims and payments themselves stay: finance records are
/// kept for six years, and erasure already leaves them without a name.
pub async fn remove_old_files(
    scope: &OrgScope,
    setting: Setting,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    use people_import::Column as I;
    let month_ago = now - Duration::days(IMPORTS_KEPT_DAYS);
    // A failed import has no finishing time: it started, or was made, before then.
    let finished = Condition::any()
        .add(I::ImportedAt.lt(month_ago))
        .add(
            Condition::all()
                .add(I::ImportedAt.is_null())
                .add(I::StartedAt.lt(month_ago)),
        )
        .add(
            Condition::all()
                .add(I::ImportedAt.is_null())
                .add(I::StartedAt.is_null())
                .add(I::CreatedAt.lt(month_ago)),
        );
    let imports = scope
        .delete_many::<people_import::Entity>()
        .filter(I::Status.is_in([DONE, FAILED]))
        .filter(finished)
        .exec(scope.db())
        .await?
        .rows_affected;
    let paid_before = due::cutoff(now, setting.years)
        .with_timezone(&London)
        .date_naive();
    let mut paid = scope.select_column::<claim::Entity>(claim::Column::Id);
    paid.and_where(Expr::col(claim::Column::Status).eq("paid"))
        .and_where(Expr::col(claim::Column::PaidOn).lte(paid_before));
    let receipts = scope
        .delete_many::<claim_receipt::Entity>()
        .filter(claim_receipt::Column::ClaimId.in_subquery(paid))
        .exec(scope.db())
        .await?
        .rows_affected;
    for (count, subject) in [(imports, "people import"), (receipts, "claim receipts")] {
        if count > 0 {
            let detail = format!("retention: {count}");
            audit::record(scope, None, "deleted", subject, None, Some(&detail)).await?;
        }
    }
    Ok(imports + receipts)
}
