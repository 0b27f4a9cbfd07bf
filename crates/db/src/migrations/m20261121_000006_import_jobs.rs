//! Confirmed imports become jobs: any server's worker claims one with a lease and adds the
//! people in one transaction, while the coordinator's page shows how far it has got.

use sea_orm_migration::{prelude::*, schema::*};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000006_import_jobs"
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum PeopleImports {
    Table,
    Status,
    ToImport,
    QueuedAt,
    StartedAt,
    LeaseUntil,
    Failure,
    ImportedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        let columns = [
            string(PeopleImports::Status).default("checked").to_owned(),
            integer_null(PeopleImports::ToImport).to_owned(),
            timestamp_with_time_zone_null(PeopleImports::QueuedAt).to_owned(),
            timestamp_with_time_zone_null(PeopleImports::StartedAt).to_owned(),
            timestamp_with_time_zone_null(PeopleImports::LeaseUntil).to_owned(),
            text_null(PeopleImports::Failure).to_owned(),
        ];
        for mut column in columns {
            m.alter_table(
                Table::alter()
                    .table(PeopleImports::Table)
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
        }
        m.exec_stmt(
            Query::update()
                .table(PeopleImports::Table)
                .value(PeopleImports::Status, "done")
                .and_where(Expr::col(PeopleImports::ImportedAt).is_not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_people_imports_status_queued")
                .table(PeopleImports::Table)
                .col(PeopleImports::Status)
                .col(PeopleImports::QueuedAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("ix_people_imports_status_queued")
                .table(PeopleImports::Table)
                .to_owned(),
        )
        .await?;
        for column in [
            PeopleImports::Failure,
            PeopleImports::LeaseUntil,
            PeopleImports::StartedAt,
            PeopleImports::QueuedAt,
            PeopleImports::ToImport,
            PeopleImports::Status,
        ] {
            m.alter_table(
                Table::alter()
                    .table(PeopleImports::Table)
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
