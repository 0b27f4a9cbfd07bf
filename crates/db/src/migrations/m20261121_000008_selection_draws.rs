//! Fair lottery draws: the pool and quotas as they stood, the seed, and the result, kept so
//! anyone can check the draw again later.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::{ORG, col, id, index, opportunity_id, org, org_key, to_parent};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000008_selection_draws"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(col("selection_draws"))
                .col(id())
                .col(org())
                .col(opportunity_id())
                .col(string(col("seed")))
                .col(integer(col("size")))
                .col(integer(col("reserves")))
                // The pool as coded values and the quotas, never shown: kept to re-run.
                .col(text(col("problem")))
                .col(text(col("result")))
                .col(double(col("min_probability")))
                .col(integer(col("panels_in_support")))
                .col(uuid_null(col("drawn_by")))
                .col(timestamp_with_time_zone(col("drawn_at")))
                .col(timestamp_with_time_zone_null(col("applied_at")))
                .col(timestamp_with_time_zone_null(col("checked_at")))
                .foreign_key(&mut to_parent(
                    "selection_draws",
                    "opportunity_id",
                    "opportunities",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(org_key("selection_draws")).await?;
        m.create_index(index(
            "selection_draws",
            "opportunity",
            &[ORG, "opportunity_id", "drawn_at"],
        ))
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(col("selection_draws")).to_owned())
            .await
    }
}
