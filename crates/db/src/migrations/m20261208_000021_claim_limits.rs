//! Claims (issue 26): each policy version names the most one claim's expenses may come to and
//! the size finance checks twice, and receipts sent with a claim that could not be made yet are
//! kept, so a person who mistyped an amount does not have to choose their files again.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::{ORG, add_column, col, drop_column, index, table};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261208_000021_claim_limits"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement; the defaults are the sensible ones for old versions.
        m.alter_table(add_column(
            "payment_policies",
            big_integer(col("most_per_claim_pence"))
                .default(50_000i64)
                .to_owned(),
        ))
        .await?;
        m.alter_table(add_column(
            "payment_policies",
            big_integer(col("check_above_pence"))
                .default(25_000i64)
                .to_owned(),
        ))
        .await?;
        // Receipts waiting for their claim: the person's and the activity's, gone with either.
        m.create_table(table(
            "receipt_uploads",
            vec![
                uuid(col("person_id")),
                uuid(col("meeting_id")),
                string(col("filename")),
                string(col("content_type")),
                blob(col("data")),
                uuid_null(col("uploaded_by")),
                timestamp_with_time_zone(col("uploaded_at")),
            ],
            &[("person_id", "people"), ("meeting_id", "meetings")],
        ))
        .await?;
        m.create_index(index(
            "receipt_uploads",
            "claim",
            &[ORG, "person_id", "meeting_id"],
        ))
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(col("receipt_uploads")).to_owned())
            .await?;
        for column in ["check_above_pence", "most_per_claim_pence"] {
            m.alter_table(drop_column("payment_policies", column))
                .await?;
        }
        Ok(())
    }
}
