//! Safe upgrades (issue 27): one row naming the Withus that last migrated the schema, so an
//! older binary that finds migrations it does not know can say which version made them.
//! `withus_db::upgrade::record` rewrites the row whenever a binary runs a migration.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::col;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000020_withus_version"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(col("withus_version"))
                // Always 1: the table holds one row.
                .col(integer(col("id")).primary_key())
                .col(string(col("version")))
                .col(timestamp_with_time_zone(col("migrated_at")))
                .to_owned(),
        )
        .await?;
        m.exec_stmt(
            Query::insert()
                .into_table(col("withus_version"))
                .columns([col("id"), col("version"), col("migrated_at")])
                .values_panic([
                    1i32.into(),
                    env!("CARGO_PKG_VERSION").into(),
                    chrono::Utc::now().into(),
                ])
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(col("withus_version")).to_owned())
            .await
    }
}
