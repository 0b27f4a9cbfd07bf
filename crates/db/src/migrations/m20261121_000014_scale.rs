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

fn indexes() -> Vec<IndexCreateStatement> {
    vec![
        index(
            "meetings",
            "feedback_owed",
            &[ORG, "feedback_done_at", "ends_at"],
        ),
        index(
            "meeting_attendees",
            "meeting_person",
            &[ORG, "meeting_id", "person_id"],
        ),
        index("people", "erased", &[ORG, "erased_at"]),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(add_column(
            "meetings",
            timestamp_with_time_zone_null(col("feedback_done_at")),
        ))
        .await?;
        for i in indexes() {
            m.create_index(i).await?;
        }
        // The new index answers everything this one did.
        m.drop_index(
            Index::drop()
                .name("ix_meeting_attendees_meeting")
                .table(col("meeting_attendees"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(index("meeting_attendees", "meeting", &[ORG, "meeting_id"]))
            .await?;
        for (table, name) in [
            ("meetings", "ix_meetings_feedback_owed"),
            ("meeting_attendees", "ix_meeting_attendees_meeting_person"),
            ("people", "ix_people_erased"),
        ] {
            m.drop_index(Index::drop().name(name).table(col(table)).to_owned())
                .await?;
        }
        m.alter_table(drop_column("meetings", "feedback_done_at"))
            .await
    }
}
