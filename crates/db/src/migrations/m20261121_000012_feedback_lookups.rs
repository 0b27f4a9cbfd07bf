//! Indexes for working out who is still owed feedback in the database: feedback reaching a
//! person, and feedback about a meeting.

use sea_orm_migration::prelude::*;

use super::shape::{ORG, col, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000012_feedback_lookups"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(index("feedback_recipients", "reached", &[ORG, "person_id"]))
            .await?;
        m.create_index(index("feedback", "meeting", &[ORG, "meeting_id"]))
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (table, name) in [
            ("feedback", "ix_feedback_meeting"),
            ("feedback_recipients", "ix_feedback_recipients_reached"),
        ] {
            m.drop_index(Index::drop().name(name).table(col(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
