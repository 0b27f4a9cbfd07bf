//! For national scale (issue #10): meetings and opportunities keep how many people are still
//! owed feedback about them, recounted whenever that can change, so the coordinator's
//! dashboard reads one row per activity owing instead of checking, person by person, everyone
//! ever expected. Existing rows are counted here, with SQL both databases run alike.
//! People keep their choices on their row too (`choice_keys`), so matching can rule them out
//! from the row alone; filled here from `person_choices`.

use std::collections::BTreeMap;

use sea_orm_migration::{prelude::*, schema::*};
use uuid::Uuid;

use super::shape::{ORG, add_column, col, drop_column, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000015_owed_counts"
    }
}

/// Whether feedback about `about` (a meeting, or the opportunity as a whole) reached the
/// person in `who`.
fn sent(who: &str, about: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM feedback f JOIN feedback_recipients r \
         ON r.organisation_id = f.organisation_id AND r.feedback_id = f.id \
         WHERE f.organisation_id = {who}.organisation_id AND r.person_id = {who}.person_id \
         AND {about})"
    )
}

const ERASED: &str = "EXISTS (SELECT 1 FROM people p WHERE p.organisation_id = {t}.organisation_id \
                      AND p.id = {t}.person_id AND p.erased_at IS NOT NULL)";

fn backfill() -> [String; 4] {
    let meetings = format!(
        "UPDATE meetings SET feedback_owed = (SELECT COUNT(DISTINCT a.person_id) \
         FROM meeting_attendees a WHERE a.organisation_id = meetings.organisation_id \
         AND a.meeting_id = meetings.id AND a.person_id IS NOT NULL AND NOT {} AND NOT {})",
        ERASED.replace("{t}", "a"),
        sent("a", "f.meeting_id = a.meeting_id"),
    );
    let opportunities = format!(
        "UPDATE opportunities SET feedback_owed = (SELECT COUNT(DISTINCT i.person_id) \
         FROM interests i WHERE i.organisation_id = opportunities.organisation_id \
         AND i.opportunity_id = opportunities.id AND i.status = 'confirmed' AND NOT {} AND NOT {} \
         AND EXISTS (SELECT 1 FROM opportunity_status_changes s \
         WHERE s.organisation_id = i.organisation_id AND s.opportunity_id = i.opportunity_id \
         AND s.status = 'evaluating'))",
        ERASED.replace("{t}", "i"),
        sent(
            "i",
            "f.opportunity_id = i.opportunity_id AND f.meeting_id IS NULL"
        ),
    );
    [
        meetings,
        opportunities,
        "UPDATE meetings SET feedback_done_at = NULL WHERE feedback_owed > 0".into(),
        // When everyone had heard is not known for older meetings: their end stands in.
        "UPDATE meetings SET feedback_done_at = ends_at \
         WHERE feedback_owed = 0 AND feedback_done_at IS NULL"
            .into(),
    ]
}

/// Every person's choices onto their row, person by person: the text is built the one way
/// the app builds it, which the two databases' string functions could not promise.
async fn fill_choice_keys(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = m.get_connection();
    let rows = db
        .query_all(
            Query::select()
                .columns(["organisation_id", "person_id", "list", "value"].map(col))
                .from(col("person_choices")),
        )
        .await?;
    let mut chosen: BTreeMap<(Uuid, Uuid), Vec<(String, String)>> = BTreeMap::new();
    for row in rows {
        chosen
            .entry((
                row.try_get("", "organisation_id")?,
                row.try_get("", "person_id")?,
            ))
            .or_default()
            .push((row.try_get("", "list")?, row.try_get("", "value")?));
    }
    for ((org, person), pairs) in chosen {
        let keys = crate::choice_keys::write(pairs.iter().map(|(l, v)| (l.as_str(), v.as_str())));
        db.execute(
            Query::update()
                .table(col("people"))
                .value(col("choice_keys"), keys)
                .and_where(Expr::col(col(ORG)).eq(org))
                .and_where(Expr::col(col("id")).eq(person)),
        )
        .await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in ["meetings", "opportunities"] {
            m.alter_table(add_column(
                table,
                integer(col("feedback_owed")).default(0).to_owned(),
            ))
            .await?;
        }
        m.create_index(index(
            "opportunities",
            "feedback_owed",
            &[ORG, "feedback_owed"],
        ))
        .await?;
        for sql in backfill() {
            m.get_connection().execute_unprepared(&sql).await?;
        }
        m.alter_table(add_column(
            "people",
            string(col("choice_keys"))
                .default(crate::choice_keys::write([]))
                .to_owned(),
        ))
        .await?;
        fill_choice_keys(m).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("ix_opportunities_feedback_owed")
                .table(col("opportunities"))
                .to_owned(),
        )
        .await?;
        for table in ["meetings", "opportunities"] {
            m.alter_table(drop_column(table, "feedback_owed")).await?;
        }
        m.alter_table(drop_column("people", "choice_keys")).await
    }
}
