//! Fees, expenses and payments: the organisation's payment policy in versions, claims with
//! their expense lines and receipts, at most one payment per claim (the unique key is the
//! guarantee, whatever the web layer does), and travel booked in advance.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::{ORG, col, id, index, org, org_key, to_org, to_parent};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000010_payments"
    }
}

fn pence(name: &str) -> ColumnDef {
    big_integer(col(name))
}

fn table(name: &str, columns: Vec<ColumnDef>) -> TableCreateStatement {
    let mut table = Table::create();
    table.table(col(name)).col(id()).col(org());
    for mut c in columns {
        table.col(&mut c);
    }
    table.foreign_key(&mut to_org(name));
    table.to_owned()
}

/// Money records outlive what they refer to being tidied away: NO ACTION refuses to delete a
/// person or meeting with claims, yet lets the whole organisation go in one statement.
fn keep(table: &str, column: &str, parent: &str) -> ForeignKeyCreateStatement {
    to_parent(table, column, parent, ForeignKeyAction::NoAction)
}

fn unique(table: &str, name: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut index = index(table, name, columns);
    index.unique();
    index
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(table(
            "payment_policies",
            vec![
                integer(col("version")),
                date(col("effective_from")),
                integer(col("days_to_pay")),
                // Ways of paying offered, comma separated: "bank_transfer,cash,voucher,decline".
                string(col("methods")),
                // One rule a line (see withus-payments): a version is a snapshot, never edited.
                text(col("fees")),
                text(col("expenses")),
                // The organisation's words on benefits and where to get advice.
                text(col("benefits_note")),
                uuid_null(col("created_by")),
                timestamp_with_time_zone(col("created_at")),
            ],
        ))
        .await?;
        m.create_index(org_key("payment_policies")).await?;
        m.create_index(unique("payment_policies", "version", &[ORG, "version"]))
            .await?;

        let mut claims = table(
            "claims",
            vec![
                uuid(col("person_id")),
                uuid(col("meeting_id")),
                uuid(col("policy_id")),
                // submitted, queried, approved, rejected or paid.
                string(col("status")),
                string(col("method")),
                string(col("role")),
                string(col("activity")),
                date(col("activity_on")),
                integer(col("minutes")),
                pence("fee_pence"),
                pence("expenses_pence"),
                pence("worth_pence"),
                pence("to_pay_pence"),
                text_null(col("note")),
                // The query or the reason for rejecting, in finance's words.
                text_null(col("message")),
                uuid_null(col("made_by")),
                boolean(col("on_behalf")),
                timestamp_with_time_zone(col("submitted_at")),
                timestamp_with_time_zone_null(col("decided_at")),
                uuid_null(col("decided_by")),
                date_null(col("paid_on")),
                timestamp_with_time_zone(col("updated_at")),
            ],
        );
        claims
            .foreign_key(&mut keep("claims", "person_id", "people"))
            .foreign_key(&mut keep("claims", "meeting_id", "meetings"))
            .foreign_key(&mut keep("claims", "policy_id", "payment_policies"));
        m.create_table(claims).await?;
        m.create_index(org_key("claims")).await?;
        // One claim per person per activity: a form sent twice cannot make two.
        m.create_index(unique(
            "claims",
            "activity",
            &[ORG, "person_id", "meeting_id"],
        ))
        .await?;
        m.create_index(index("claims", "status", &[ORG, "status", "submitted_at"]))
            .await?;

        let mut lines = table(
            "claim_lines",
            vec![
                uuid(col("claim_id")),
                string(col("kind")),
                text_null(col("detail")),
                pence("claimed_pence"),
                integer(col("tenths_of_a_mile")),
                boolean(col("agreed")),
                pence("allowed_pence"),
                string_null(col("reason")),
            ],
        );
        lines.foreign_key(&mut to_parent(
            "claim_lines",
            "claim_id",
            "claims",
            ForeignKeyAction::Cascade,
        ));
        m.create_table(lines).await?;
        m.create_index(index("claim_lines", "claim", &[ORG, "claim_id"]))
            .await?;

        let mut receipts = table(
            "claim_receipts",
            vec![
                uuid(col("claim_id")),
                string(col("filename")),
                string(col("content_type")),
                blob(col("data")),
                uuid_null(col("uploaded_by")),
                timestamp_with_time_zone(col("uploaded_at")),
            ],
        );
        receipts.foreign_key(&mut to_parent(
            "claim_receipts",
            "claim_id",
            "claims",
            ForeignKeyAction::Cascade,
        ));
        m.create_table(receipts).await?;
        m.create_index(index("claim_receipts", "claim", &[ORG, "claim_id"]))
            .await?;

        let mut payments = table(
            "payments",
            vec![
                uuid(col("claim_id")),
                date(col("paid_on")),
                string(col("reference")),
                pence("pence"),
                uuid_null(col("recorded_by")),
                timestamp_with_time_zone(col("recorded_at")),
            ],
        );
        payments.foreign_key(&mut keep("payments", "claim_id", "claims"));
        m.create_table(payments).await?;
        // A claim is paid at most once, however many people press the button.
        m.create_index(unique("payments", "claim", &[ORG, "claim_id"]))
            .await?;

        let mut travel = table(
            "travel_bookings",
            vec![
                uuid(col("meeting_id")),
                uuid(col("person_id")),
                text(col("details")),
                uuid_null(col("requested_by")),
                timestamp_with_time_zone(col("requested_at")),
                timestamp_with_time_zone_null(col("booked_at")),
                uuid_null(col("booked_by")),
            ],
        );
        travel
            .foreign_key(&mut to_parent(
                "travel_bookings",
                "meeting_id",
                "meetings",
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut to_parent(
                "travel_bookings",
                "person_id",
                "people",
                ForeignKeyAction::Cascade,
            ));
        m.create_table(travel).await?;
        m.create_index(unique(
            "travel_bookings",
            "person",
            &[ORG, "meeting_id", "person_id"],
        ))
        .await?;

        // What kind of activity a meeting is, for fees by activity type.
        m.alter_table(
            Table::alter()
                .table(col("meetings"))
                .add_column(string(col("activity")).default("meeting"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "travel_bookings",
            "payments",
            "claim_receipts",
            "claim_lines",
            "claims",
            "payment_policies",
        ] {
            m.drop_table(Table::drop().table(col(table)).to_owned())
                .await?;
        }
        m.alter_table(
            Table::alter()
                .table(col("meetings"))
                .drop_column(col("activity"))
                .to_owned(),
        )
        .await
    }
}
