//! Meetings and what goes with them: venues with their accessibility facts, who is expected
//! and who came, the agenda people can add to, papers in several formats, the rule checks
//! a coordinator acknowledged, and the organisation's glossary for the plain-language checker.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::{ORG, col, id, index, opportunity_id, org, org_key, to_org, to_parent};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000009_meetings"
    }
}

fn meeting_id() -> ColumnDef {
    uuid(col("meeting_id"))
}

fn child(name: &str, columns: Vec<ColumnDef>) -> TableCreateStatement {
    let mut table = Table::create();
    table
        .table(col(name))
        .col(id())
        .col(org())
        .col(meeting_id());
    for mut c in columns {
        table.col(&mut c);
    }
    table.foreign_key(&mut to_parent(
        name,
        "meeting_id",
        "meetings",
        ForeignKeyAction::Cascade,
    ));
    table.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(col("venues"))
                .col(id())
                .col(org())
                .col(string(col("name")))
                .col(text(col("address")))
                .col(boolean(col("step_free")))
                .col(boolean(col("hearing_loop")))
                .col(boolean(col("accessible_toilet")))
                .col(boolean(col("parking")))
                .col(boolean(col("public_transport")))
                .col(boolean(col("quiet_room")))
                .col(text_null(col("notes")))
                .col(timestamp_with_time_zone(col("created_at")))
                .foreign_key(&mut to_org("venues"))
                .to_owned(),
        )
        .await?;
        m.create_index(org_key("venues")).await?;

        m.create_table(
            Table::create()
                .table(col("meetings"))
                .col(id())
                .col(org())
                .col(opportunity_id())
                .col(string(col("title")))
                .col(timestamp_with_time_zone(col("starts_at")))
                .col(timestamp_with_time_zone(col("ends_at")))
                .col(boolean(col("high_level")))
                .col(uuid_null(col("venue_id")))
                .col(text_null(col("online_details")))
                .col(timestamp_with_time_zone_null(col("agenda_shared_at")))
                .col(timestamp_with_time_zone_null(col("agenda_closes_at")))
                .col(timestamp_with_time_zone_null(col("invited_at")))
                .col(timestamp_with_time_zone_null(col("reminded_at")))
                .col(timestamp_with_time_zone_null(col("cancelled_at")))
                // RFC 5545 SEQUENCE: calendars apply an update only if it is higher.
                .col(integer(col("sequence")))
                .col(text_null(col("notes")))
                .col(timestamp_with_time_zone_null(col("notes_shared_at")))
                .col(timestamp_with_time_zone(col("created_at")))
                .col(timestamp_with_time_zone(col("updated_at")))
                .foreign_key(&mut to_parent(
                    "meetings",
                    "opportunity_id",
                    "opportunities",
                    ForeignKeyAction::Cascade,
                ))
                // A venue in use cannot be deleted (a composite SET NULL would blank the
                // organisation too).
                .foreign_key(&mut to_parent(
                    "meetings",
                    "venue_id",
                    "venues",
                    ForeignKeyAction::Restrict,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(org_key("meetings")).await?;
        m.create_index(index("meetings", "starts", &[ORG, "starts_at"]))
            .await?;
        // The reminder job looks across organisations for meetings starting soon.
        m.create_index(index("meetings", "reminders", &["starts_at"]))
            .await?;

        let mut attendees = child(
            "meeting_attendees",
            vec![
                uuid_null(col("person_id")),
                uuid_null(col("account_id")),
                // "member", "reserve", "staff" or "chair".
                string(col("kind")),
                // "attended", "apologies" or "absent"; empty until recorded.
                string_null(col("attendance")),
                integer_null(col("minutes")),
                timestamp_with_time_zone_null(col("invited_at")),
            ],
        );
        attendees.foreign_key(&mut to_parent(
            "meeting_attendees",
            "person_id",
            "people",
            ForeignKeyAction::Cascade,
        ));
        attendees.foreign_key(&mut to_parent(
            "meeting_attendees",
            "account_id",
            "accounts",
            ForeignKeyAction::Cascade,
        ));
        m.create_table(attendees).await?;
        m.create_index(org_key("meeting_attendees")).await?;
        m.create_index(index("meeting_attendees", "meeting", &[ORG, "meeting_id"]))
            .await?;

        m.create_table(child(
            "agenda_items",
            vec![
                string(col("title")),
                text_null(col("detail")),
                uuid_null(col("proposed_by")),
                string(col("proposer_name")),
                // "proposed", "accepted" or "declined".
                string(col("status")),
                integer(col("position")),
                timestamp_with_time_zone(col("created_at")),
            ],
        ))
        .await?;
        m.create_index(org_key("agenda_items")).await?;

        m.create_table(child(
            "meeting_papers",
            vec![
                string(col("title")),
                // "standard", "easy_read", "large_print", "braille" or "audio".
                string(col("format")),
                string(col("filename")),
                string(col("content_type")),
                blob(col("data")),
                // The words we checked, typed or taken from the file; empty if not checkable.
                text_null(col("text")),
                timestamp_with_time_zone(col("uploaded_at")),
                timestamp_with_time_zone_null(col("sent_at")),
            ],
        ))
        .await?;
        m.create_index(org_key("meeting_papers")).await?;

        m.create_table(child(
            "meeting_acknowledgements",
            vec![
                string(col("rule")),
                // The warning as it read; if it changes, it needs acknowledging again.
                text(col("finding")),
                text(col("reason")),
                uuid_null(col("acknowledged_by")),
                timestamp_with_time_zone(col("acknowledged_at")),
            ],
        ))
        .await?;
        m.create_index(org_key("meeting_acknowledgements")).await?;

        m.create_table(
            Table::create()
                .table(col("glossary_terms"))
                .col(id())
                .col(org())
                .col(string(col("term")))
                .col(text(col("meaning")))
                // "term" (explained in the jargon buster) or "plainer" (meaning is the
                // plainer word the checker suggests).
                .col(string(col("kind")))
                .col(timestamp_with_time_zone(col("created_at")))
                .foreign_key(&mut to_org("glossary_terms"))
                .to_owned(),
        )
        .await?;
        m.create_index(org_key("glossary_terms")).await?;

        m.alter_table(
            Table::alter()
                .table(col("organisations"))
                .add_column(integer(col("papers_days_ahead")).default(7))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(col("outbox"))
                .add_column(text_null(col("calendar")))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "glossary_terms",
            "meeting_acknowledgements",
            "meeting_papers",
            "agenda_items",
            "meeting_attendees",
            "meetings",
            "venues",
        ] {
            m.drop_table(Table::drop().table(col(table)).to_owned())
                .await?;
        }
        m.alter_table(
            Table::alter()
                .table(col("outbox"))
                .drop_column(col("calendar"))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(col("organisations"))
                .drop_column(col("papers_days_ahead"))
                .to_owned(),
        )
        .await
    }
}
