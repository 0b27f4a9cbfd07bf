//! Spreadsheet imports waiting for the coordinator to check and confirm. The file is kept in
//! the database, not on one server's disk, so any server can show the preview.

use sea_orm_migration::{prelude::*, schema::*};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000004_imports"
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum PeopleImports {
    Table,
    Id,
    OrganisationId,
    FileName,
    Content,
    Mapping,
    CreatedBy,
    CreatedAt,
    ImportedAt,
    ImportedCount,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(PeopleImports::Table)
                .col(uuid(PeopleImports::Id).primary_key())
                .col(uuid(PeopleImports::OrganisationId))
                .col(string(PeopleImports::FileName))
                .col(text(PeopleImports::Content))
                .col(text(PeopleImports::Mapping))
                .col(uuid_null(PeopleImports::CreatedBy))
                .col(timestamp_with_time_zone(PeopleImports::CreatedAt))
                .col(timestamp_with_time_zone_null(PeopleImports::ImportedAt))
                .col(integer_null(PeopleImports::ImportedCount))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_people_imports_org")
                        .from(PeopleImports::Table, PeopleImports::OrganisationId)
                        .to(Alias::new("organisations"), Alias::new("id"))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_people_imports_org_created")
                .table(PeopleImports::Table)
                .col(PeopleImports::OrganisationId)
                .col(PeopleImports::CreatedAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(PeopleImports::Table).to_owned())
            .await
    }
}
