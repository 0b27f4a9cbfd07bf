//! Retention (issue 23): an organisation may choose to erase the details of people it has not
//! involved, or who left, for a number of years, telling each of them first. The choice sits on
//! the organisation (off until a coordinator turns it on); each person's notice, and any
//! decision to keep them with its reason, is one row of `retention_people`.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::{ORG, add_column, col, drop_column, org_key, table, unique};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261205_000017_retention"
    }
}

/// Columns added to `organisations`, one statement each (SQLite adds one at a time).
fn added() -> Vec<(&'static str, ColumnDef)> {
    vec![
        // None: retention is off and nobody is erased for want of involvement.
        ("retention_years", integer_null(col("retention_years"))),
        (
            "retention_notice_days",
            integer(col("retention_notice_days")).default(30).to_owned(),
        ),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (_, column) in added() {
            m.alter_table(add_column("organisations", column)).await?;
        }
        m.create_table(table(
            "retention_people",
            vec![
                uuid(col("person_id")),
                // email or letter; none while the person is kept and was never told.
                string_null(col("notice_by")),
                timestamp_with_time_zone_null(col("noticed_at")),
                // The notice period runs from here: the email, or the letter posted.
                timestamp_with_time_zone_null(col("told_at")),
                text_null(col("kept_reason")),
                uuid_null(col("kept_by")),
                timestamp_with_time_zone_null(col("kept_at")),
            ],
            &[("person_id", "people")],
        ))
        .await?;
        m.create_index(org_key("retention_people")).await?;
        // One row a person: the unique key is what stops two servers telling someone twice.
        m.create_index(unique("retention_people", "person", &[ORG, "person_id"]))
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(col("retention_people")).to_owned())
            .await?;
        for (name, _) in added().into_iter().rev() {
            m.alter_table(drop_column("organisations", name)).await?;
        }
        Ok(())
    }
}
