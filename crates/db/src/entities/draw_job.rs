use sea_orm::entity::prelude::*;

/// A fair lottery draw waiting for, or done by, a background worker; or a check that re-runs
/// a stored draw. The request that asks for it only queues it, so nobody waits on the solver.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "draw_jobs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub opportunity_id: Uuid,
    /// "draw" (a new draw) or "check" (the stored draw run again).
    pub kind: String,
    /// A check's draw from the start; a draw's once it is made.
    pub draw_id: Option<Uuid>,
    pub seed: String,
    /// queued, running, done or failed.
    pub status: String,
    /// Claims so far: each claim counts one, and only the latest may finish the job.
    pub attempts: i32,
    pub queued_by: Option<Uuid>,
    pub queued_at: DateTimeUtc,
    pub started_at: Option<DateTimeUtc>,
    pub lease_until: Option<DateTimeUtc>,
    pub finished_at: Option<DateTimeUtc>,
    /// A finished check: whether the same panel and reserves came out.
    pub same_panel: Option<bool>,
    /// Why nothing was drawn, one reason a line, in plain words.
    #[sea_orm(column_type = "Text", nullable)]
    pub failure: Option<String>,
    /// The worker process holding (or that last held) the lease: host/pid/random id.
    pub lease_owner: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::org_owned!(Entity, Column::OrganisationId);
