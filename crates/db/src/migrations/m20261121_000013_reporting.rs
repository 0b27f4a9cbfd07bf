//! Presence, self-assessment and strategy: the organisation's own population profile and
//! threshold for small numbers, framework ratings by staff and involved people, the action
//! plan, and the involvement strategy with objectives tied to figures Withus tracks.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::{ORG, add_column, col, drop_column, index, org_key, table, unique};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000013_reporting"
    }
}

fn added() -> Vec<(&'static str, &'static str, ColumnDef)> {
    vec![
        // Counts below this are shown as "fewer than N" (shared/data/README.md: default 5).
        (
            "organisations",
            "suppress_below",
            integer(col("suppress_below")).default(5).to_owned(),
        ),
        // A Census 2021 area code from the built-in profiles, or "own" for the table below.
        (
            "organisations",
            "population_area",
            string(col("population_area"))
                .default("E92000001")
                .to_owned(),
        ),
        // Whether the aggregate "you said, we did" page and CSV are published.
        (
            "organisations",
            "publish_open_data",
            boolean(col("publish_open_data")).default(false).to_owned(),
        ),
    ]
}

const TABLES: &[&str] = &[
    "strategy_objectives",
    "strategies",
    "actions",
    "assessment_ratings",
    "population_counts",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (table, _, column) in added() {
            m.alter_table(add_column(table, column)).await?;
        }

        // The organisation's own profile of the people it serves, category by category.
        m.create_table(table(
            "population_counts",
            vec![
                string(col("category")),
                string(col("value")),
                big_integer(col("count")),
            ],
            &[],
        ))
        .await?;
        m.create_index(unique(
            "population_counts",
            "value",
            &[ORG, "category", "value"],
        ))
        .await?;

        // One rating of one framework statement, in one year, by one account.
        m.create_table(table(
            "assessment_ratings",
            vec![
                integer(col("year")),
                // e.g. "4pi.presence.monitoring": framework, part, statement.
                string(col("statement")),
                uuid(col("account_id")),
                // staff or involved.
                string(col("rated_as")),
                // not_started, developing, established or embedded.
                string(col("rating")),
                text(col("evidence")),
                timestamp_with_time_zone(col("rated_at")),
            ],
            &[],
        ))
        .await?;
        m.create_index(unique(
            "assessment_ratings",
            "account",
            &[ORG, "year", "statement", "account_id"],
        ))
        .await?;

        m.create_table(table(
            "actions",
            vec![
                text(col("title")),
                string_null(col("statement")),
                string(col("owner")),
                date(col("due_on")),
                // not_started, in_progress or done.
                string(col("status")),
                timestamp_with_time_zone(col("created_at")),
                timestamp_with_time_zone(col("updated_at")),
            ],
            &[],
        ))
        .await?;
        m.create_index(org_key("actions")).await?;
        m.create_index(index("actions", "due", &[ORG, "due_on"]))
            .await?;

        // One strategy an organisation; its id is the organisation's.
        m.create_table(table(
            "strategies",
            vec![
                text(col("vision")),
                text(col("aims")),
                text(col("principles")),
                text(col("who_engaged")),
                text(col("levels")),
                text(col("mechanisms")),
                text(col("monitoring")),
                string(col("senior_manager")),
                text(col("champions")),
                text(col("easy_read")),
                timestamp_with_time_zone(col("updated_at")),
            ],
            &[],
        ))
        .await?;
        m.create_index(org_key("strategies")).await?;

        m.create_table(table(
            "strategy_objectives",
            vec![
                integer(col("position")),
                text(col("objective")),
                // A figure Withus tracks (reports::figures::MEASURES), or none.
                string_null(col("measure")),
                integer_null(col("target")),
            ],
            &[],
        ))
        .await?;
        m.create_index(org_key("strategy_objectives")).await?;
        m.create_index(unique(
            "strategy_objectives",
            "position",
            &[ORG, "position"],
        ))
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            m.drop_table(Table::drop().table(col(table)).to_owned())
                .await?;
        }
        for (table, name, _) in added().into_iter().rev() {
            m.alter_table(drop_column(table, name)).await?;
        }
        Ok(())
    }
}
