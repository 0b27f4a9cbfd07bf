//! For national scale (issue #10): indexes for two lookups that every visit makes and that
//! read a whole organisation without them: an involved person's record from their account
//! (every page of theirs starts there), an opportunity's meetings in order, and whether staff
//! renewed a course (the dashboard asks for each record running out).

use sea_orm_migration::prelude::*;

use super::shape::{ORG, col, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261203_000016_lookups"
    }
}

/// Table, index name and the columns after the organisation.
const ADDED: [(&str, &str, &[&str]); 3] = [
    ("people", "account", &["account_id"]),
    ("meetings", "opportunity", &["opportunity_id", "starts_at"]),
    // Whether a member of staff renewed a course (people's records have their own index).
    ("training_records", "account", &["account_id", "course_id"]),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (table, name, columns) in ADDED {
            let with_org: Vec<&str> = std::iter::once(ORG)
                .chain(columns.iter().copied())
                .collect();
            m.create_index(index(table, name, &with_org)).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (table, name, _) in ADDED {
            m.drop_index(
                Index::drop()
                    .name(format!("ix_{table}_{name}"))
                    .table(col(table))
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
