//! One ordered list of migrations for both databases. Add a file per change; never edit a
//! migration that has shipped.

use sea_orm_migration::prelude::*;

mod m20261121_000001_foundation;
mod m20261121_000002_people;
mod m20261121_000003_equality;
mod m20261121_000004_imports;
mod m20261121_000005_groups;
mod m20261121_000006_import_jobs;
mod m20261121_000007_opportunities;
mod m20261121_000008_selection_draws;
mod m20261121_000009_meetings;
mod m20261121_000010_payments;
mod m20261121_000011_impact;
mod m20261121_000012_feedback_lookups;
mod m20261121_000013_reporting;
mod m20261121_000014_scale;
mod m20261121_000015_owed_counts;
mod m20261203_000016_lookups;
mod m20261205_000017_retention;
mod m20261205_000018_draw_jobs;
mod m20261206_000019_lease_owners;
mod m20261207_000020_withus_version;
mod m20261208_000021_claim_limits;
mod shape;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261121_000001_foundation::Migration),
            Box::new(m20261121_000002_people::Migration),
            Box::new(m20261121_000003_equality::Migration),
            Box::new(m20261121_000004_imports::Migration),
            Box::new(m20261121_000005_groups::Migration),
            Box::new(m20261121_000006_import_jobs::Migration),
            Box::new(m20261121_000007_opportunities::Migration),
            Box::new(m20261121_000008_selection_draws::Migration),
            Box::new(m20261121_000009_meetings::Migration),
            Box::new(m20261121_000010_payments::Migration),
            Box::new(m20261121_000011_impact::Migration),
            Box::new(m20261121_000012_feedback_lookups::Migration),
            Box::new(m20261121_000013_reporting::Migration),
            Box::new(m20261121_000014_scale::Migration),
            Box::new(m20261121_000015_owed_counts::Migration),
            Box::new(m20261203_000016_lookups::Migration),
            Box::new(m20261205_000017_retention::Migration),
            Box::new(m20261205_000018_draw_jobs::Migration),
            Box::new(m20261206_000019_lease_owners::Migration),
            Box::new(m20261207_000020_withus_version::Migration),
            Box::new(m20261208_000021_claim_limits::Migration),
        ]
    }
}
