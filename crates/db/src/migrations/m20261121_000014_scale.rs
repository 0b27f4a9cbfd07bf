//! For national scale (issue #10): a meeting remembers when everyone expected at it had been
//! sent feedback, so the coordinator's dashboard looks only at meetings still owing rather
//! than at every meeting ever held; and indexes so the questions asked on every page are
//! answered from indexes alone. Existing meetings start unmarked, which is always correct:
//! unmarked meetings are checked person by person, as before.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::{ORG, add_column, col, drop_column, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000014_scale"
    }
}

/// Table, index name and the columns after the organisation.
const ADDED: [(&str, &str, &[&str]); 5] = [
    // Meetings still owing feedback, by when they ended.
    (
        "meetings",
        "feedback_owed",
        &["feedback_done_at", "ends_at"],
    ),
    // Who was expected at a meeting, from the index alone.
    (
        "meeting_attendees",
        "meeting_person",
        &["meeting_id", "person_id"],
    ),
    ("people", "erased", &["erased_at"]),
    // Feedback about an opportunity as a whole (no meeting).
    (
        "feedback",
        "opportunity_meeting",
        &["opportunity_id", "meeting_id"],
    ),
    // Opportunities that reached a step, such as evaluating.
    (
        "opportunity_status_changes",
        "status",
        &["status", "opportunity_id"],
    ),
];

/// Indexes the new ones make redundant: (table, name, columns after the organisation).
const REPLACED: [(&str, &str, &[&str]); 2] = [
    ("meeting_attendees", "meeting", &["meeting_id"]),
    ("feedback", "opportunity", &["opportunity_id"]),
];

fn create(table: &str, name: &str, columns: &[&str]) -> IndexCreateStatement {
    let with_org: Vec<&str> = std::iter::once(ORG)
        .chain(columns.iter().copied())
        .collect();
    index(table, name, &with_org)
}

fn drop(table: &str, name: &str) -> IndexDropStatement {
    Index::drop()
        .name(format!("ix_{table}_{name}"))
        .table(col(table))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(add_column(
            "meetings",
            timestamp_with_time_zone_null(col("feedback_done_at")),
        ))
        .await?;
        for (table, name, columns) in ADDED {
            m.create_index(create(table, name, columns)).await?;
        }
        for (table, name, _) in REPLACED {
            m.drop_index(drop(table, name)).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (table, name, columns) in REPLACED {
            m.create_index(create(table, name, columns)).await?;
        }
        for (table, name, _) in ADDED {
            m.drop_index(drop(table, name)).await?;
        }
        m.alter_table(drop_column("meetings", "feedback_done_at"))
            .await
    }
}
