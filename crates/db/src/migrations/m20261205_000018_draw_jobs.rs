//! Draws by fair lottery become background jobs (issue 22): the coordinator's request only
//! queues one, and any server's worker claims it with a lease, works out the chances, and
//! stores the draw in the same transaction that marks the job done. Checking a stored draw
//! again is a job in the same way, because it runs the same solver.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::{ORG, col, index, org_key, table};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261205_000018_draw_jobs"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(table(
            "draw_jobs",
            vec![
                uuid(col("opportunity_id")),
                // draw or check
                string(col("kind")),
                // A check's draw from the start; a draw's once it is made.
                uuid_null(col("draw_id")),
                string(col("seed")),
                // queued, running, done or failed
                string(col("status")),
                integer(col("attempts")).default(0).to_owned(),
                // Like selection_draws.drawn_by: no link, so the job outlives the account.
                uuid_null(col("queued_by")),
                timestamp_with_time_zone(col("queued_at")),
                timestamp_with_time_zone_null(col("started_at")),
                timestamp_with_time_zone_null(col("lease_until")),
                timestamp_with_time_zone_null(col("finished_at")),
                boolean_null(col("same_panel")),
                // Why nothing was drawn: quotas in plain words, never anyone's details.
                text_null(col("failure")),
            ],
            &[
                ("opportunity_id", "opportunities"),
                ("draw_id", "selection_draws"),
            ],
        ))
        .await?;
        m.create_index(org_key("draw_jobs")).await?;
        m.create_index(index(
            "draw_jobs",
            "opportunity",
            &[ORG, "opportunity_id", "queued_at"],
        ))
        .await?;
        // The workers' claim: the oldest queued job, or a running one whose lease ran out.
        m.create_index(index(
            "draw_jobs",
            "status_queued",
            &["status", "queued_at"],
        ))
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(col("draw_jobs")).to_owned())
            .await
    }
}
