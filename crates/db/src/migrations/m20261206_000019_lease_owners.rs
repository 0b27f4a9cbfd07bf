//! Jobs that recover (issue "Hardening"): every claim of a leased job names the worker process
//! that holds it, and that worker renews a short lease while it works, so a job whose server
//! was killed is taken over within a minute, by the restarted server or any other. Imports
//! count their claims as draws already do, so only the latest claim can finish one.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::{add_column, col, drop_column};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261206_000019_lease_owners"
    }
}

/// (table, column name, column): one statement each, as SQLite adds one column at a time.
fn added() -> Vec<(&'static str, &'static str, ColumnDef)> {
    vec![
        // host/pid/random id of the worker process; none while nobody has claimed it.
        (
            "people_imports",
            "lease_owner",
            string_null(col("lease_owner")),
        ),
        (
            "people_imports",
            "attempts",
            integer(col("attempts")).default(0).to_owned(),
        ),
        ("draw_jobs", "lease_owner", string_null(col("lease_owner"))),
        ("outbox", "lease_owner", string_null(col("lease_owner"))),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (table, _, column) in added() {
            m.alter_table(add_column(table, column)).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (table, name, _) in added().into_iter().rev() {
            m.alter_table(drop_column(table, name)).await?;
        }
        Ok(())
    }
}
