//! Closing the loop: what people said and what became of it, feedback owed and sent,
//! end-of-involvement questionnaires, intended outcomes against what happened, and the
//! support, mentoring and training around the people involved.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::{ORG, add_column, col, drop_column, index, org_key, table, unique};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000011_impact"
    }
}

/// Columns added to tables that already exist, one statement each (SQLite adds one at a time).
fn added() -> Vec<(&'static str, &'static str, ColumnDef)> {
    vec![
        // Days after an activity by which feedback is promised.
        (
            "organisations",
            "feedback_days",
            integer(col("feedback_days")).default(28).to_owned(),
        ),
        // Act → Evaluate → Reflect → Learn (seed 002).
        ("opportunities", "act_notes", text_null(col("act_notes"))),
        ("opportunities", "reflection", text_null(col("reflection"))),
        ("opportunities", "lessons", text_null(col("lessons"))),
        // A training course or check the role needs; matching respects it. No database
        // link: SQLite cannot add one to a table that exists, and a course is never deleted.
        (
            "opportunity_roles",
            "requires_course_id",
            uuid_null(col("requires_course_id")),
        ),
    ]
}

const TABLES: &[&str] = &[
    "training_records",
    "training_sessions",
    "courses",
    "mentoring_meetings",
    "mentoring_pairs",
    "support_records",
    "outcome_results",
    "evaluation_answers",
    "feedback_recipients",
    "feedback",
    "contribution_people",
    "contributions",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (table, _, column) in added() {
            m.alter_table(add_column(table, column)).await?;
        }

        m.create_table(table(
            "contributions",
            vec![
                uuid(col("opportunity_id")),
                uuid_null(col("meeting_id")),
                // idea, recommendation or concern.
                string(col("kind")),
                text(col("said")),
                date(col("said_on")),
                // open (not decided yet), changed or not_changed.
                string(col("status")),
                // The change made, or the honest reason it was not.
                text_null(col("outcome")),
                // individual or strategic.
                string_null(col("level")),
                // Impact areas, comma separated (see withus-web impact::AREAS).
                string(col("areas")),
                text_null(col("evidence")),
                date_null(col("outcome_on")),
                uuid_null(col("recorded_by")),
                timestamp_with_time_zone(col("created_at")),
                timestamp_with_time_zone(col("updated_at")),
            ],
            &[
                ("opportunity_id", "opportunities"),
                ("meeting_id", "meetings"),
            ],
        ))
        .await?;
        m.create_index(org_key("contributions")).await?;
        m.create_index(index(
            "contributions",
            "opportunity",
            &[ORG, "opportunity_id"],
        ))
        .await?;

        // Who said it; none means "the group".
        m.create_table(table(
            "contribution_people",
            vec![uuid(col("contribution_id")), uuid(col("person_id"))],
            &[
                ("contribution_id", "contributions"),
                ("person_id", "people"),
            ],
        ))
        .await?;
        m.create_index(unique(
            "contribution_people",
            "pair",
            &[ORG, "contribution_id", "person_id"],
        ))
        .await?;
        m.create_index(index("contribution_people", "person", &[ORG, "person_id"]))
            .await?;

        // One message of feedback about an opportunity, or one of its meetings.
        m.create_table(table(
            "feedback",
            vec![
                uuid(col("opportunity_id")),
                uuid_null(col("meeting_id")),
                text(col("message")),
                text_null(col("easy_read")),
                uuid_null(col("sent_by")),
                timestamp_with_time_zone(col("sent_at")),
            ],
            &[
                ("opportunity_id", "opportunities"),
                ("meeting_id", "meetings"),
            ],
        ))
        .await?;
        m.create_index(org_key("feedback")).await?;
        m.create_index(index("feedback", "opportunity", &[ORG, "opportunity_id"]))
            .await?;

        // Each person it went to, how (email or post) and in which format.
        m.create_table(table(
            "feedback_recipients",
            vec![
                uuid(col("feedback_id")),
                uuid(col("person_id")),
                string(col("channel")),
                string(col("format")),
            ],
            &[("feedback_id", "feedback"), ("person_id", "people")],
        ))
        .await?;
        m.create_index(unique(
            "feedback_recipients",
            "person",
            &[ORG, "feedback_id", "person_id"],
        ))
        .await?;

        // End-of-involvement questionnaire: seed 002's five impact questions, a rating
        // (1 to 5, none when they would rather not say) and words for each.
        let mut answers = vec![
            uuid(col("opportunity_id")),
            // involved or staff.
            string(col("answered_as")),
            uuid_null(col("person_id")),
            uuid_null(col("account_id")),
        ];
        for n in 1..=5 {
            answers.push(integer_null(col(&format!("rating_{n}"))));
            answers.push(text_null(col(&format!("words_{n}"))));
        }
        answers.push(timestamp_with_time_zone(col("submitted_at")));
        m.create_table(table(
            "evaluation_answers",
            answers,
            &[("opportunity_id", "opportunities"), ("person_id", "people")],
        ))
        .await?;
        // Once each: a second submission changes the first.
        m.create_index(unique(
            "evaluation_answers",
            "person",
            &[ORG, "opportunity_id", "person_id"],
        ))
        .await?;
        m.create_index(unique(
            "evaluation_answers",
            "account",
            &[ORG, "opportunity_id", "account_id"],
        ))
        .await?;

        // What happened against each intended outcome, with its evidence. The outcome's words
        // are kept here too, so editing the opportunity later cannot change what was judged.
        m.create_table(table(
            "outcome_results",
            vec![
                uuid(col("opportunity_id")),
                integer(col("position")),
                text(col("outcome")),
                text(col("happened")),
                text(col("evidence")),
                uuid_null(col("recorded_by")),
                timestamp_with_time_zone(col("recorded_at")),
            ],
            &[("opportunity_id", "opportunities")],
        ))
        .await?;
        m.create_index(unique(
            "outcome_results",
            "position",
            &[ORG, "opportunity_id", "position"],
        ))
        .await?;

        m.create_table(table(
            "support_records",
            vec![
                uuid(col("person_id")),
                // administrative, supervision, emotional or debrief.
                string(col("kind")),
                date(col("given_on")),
                uuid_null(col("given_by")),
                string(col("given_by_name")),
                // Written to be read by the person.
                text(col("note")),
                timestamp_with_time_zone(col("created_at")),
            ],
            &[("person_id", "people")],
        ))
        .await?;
        m.create_index(index("support_records", "person", &[ORG, "person_id"]))
            .await?;

        m.create_table(table(
            "mentoring_pairs",
            vec![
                uuid(col("mentor_id")),
                uuid(col("mentee_id")),
                date(col("started_on")),
                date_null(col("ended_on")),
                timestamp_with_time_zone(col("created_at")),
            ],
            &[("mentor_id", "people"), ("mentee_id", "people")],
        ))
        .await?;
        m.create_index(org_key("mentoring_pairs")).await?;

        m.create_table(table(
            "mentoring_meetings",
            vec![
                uuid(col("pair_id")),
                date(col("met_on")),
                text(col("note")),
                timestamp_with_time_zone(col("created_at")),
            ],
            &[("pair_id", "mentoring_pairs")],
        ))
        .await?;
        m.create_index(index("mentoring_meetings", "pair", &[ORG, "pair_id"]))
            .await?;

        m.create_table(table(
            "courses",
            vec![
                string(col("name")),
                // course, or check (e.g. DBS: its date and expiry only, never its details).
                string(col("kind")),
                // involved, staff or everyone.
                string(col("audience")),
                integer_null(col("valid_months")),
                text(col("description")),
                timestamp_with_time_zone(col("created_at")),
            ],
            &[],
        ))
        .await?;
        m.create_index(org_key("courses")).await?;
        m.create_index(unique("courses", "name", &[ORG, "name"]))
            .await?;

        m.create_table(table(
            "training_sessions",
            vec![
                uuid(col("course_id")),
                date(col("held_on")),
                // Seed 002: training shared by and with service users and carers.
                boolean(col("co_delivered")),
                timestamp_with_time_zone(col("created_at")),
            ],
            &[("course_id", "courses")],
        ))
        .await?;
        m.create_index(org_key("training_sessions")).await?;

        m.create_table(table(
            "training_records",
            vec![
                uuid(col("course_id")),
                uuid_null(col("session_id")),
                uuid_null(col("person_id")),
                uuid_null(col("account_id")),
                // attended or delivered.
                string(col("part")),
                date(col("completed_on")),
                date_null(col("expires_on")),
                timestamp_with_time_zone(col("created_at")),
            ],
            &[
                ("course_id", "courses"),
                ("session_id", "training_sessions"),
                ("person_id", "people"),
            ],
        ))
        .await?;
        m.create_index(index("training_records", "person", &[ORG, "person_id"]))
            .await?;
        m.create_index(index("training_records", "expiry", &[ORG, "expires_on"]))
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
