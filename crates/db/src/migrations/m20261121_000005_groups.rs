//! Groups and user-led organisations that take part as members, and the people in them,
//! some of whom represent the group.

use sea_orm_migration::{prelude::*, schema::*};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000005_groups"
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Groups {
    Table,
    Id,
    OrganisationId,
    Name,
    Kind,
    About,
    Email,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum GroupMembers {
    Table,
    OrganisationId,
    GroupId,
    PersonId,
    Represents,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Groups::Table)
                .col(uuid(Groups::Id).primary_key())
                .col(uuid(Groups::OrganisationId))
                .col(string(Groups::Name))
                .col(string(Groups::Kind))
                .col(text_null(Groups::About))
                .col(string_null(Groups::Email))
                .col(timestamp_with_time_zone(Groups::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_groups_org")
                        .from(Groups::Table, Groups::OrganisationId)
                        .to(Alias::new("organisations"), Alias::new("id"))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_groups_org_id")
                .table(Groups::Table)
                .col(Groups::OrganisationId)
                .col(Groups::Id)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_groups_org_name")
                .table(Groups::Table)
                .col(Groups::OrganisationId)
                .col(Groups::Name)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(GroupMembers::Table)
                .col(uuid(GroupMembers::OrganisationId))
                .col(uuid(GroupMembers::GroupId))
                .col(uuid(GroupMembers::PersonId))
                .col(boolean(GroupMembers::Represents).default(false))
                .primary_key(
                    Index::create()
                        .col(GroupMembers::OrganisationId)
                        .col(GroupMembers::GroupId)
                        .col(GroupMembers::PersonId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_group_members_group")
                        .from(
                            GroupMembers::Table,
                            (GroupMembers::OrganisationId, GroupMembers::GroupId),
                        )
                        .to(Groups::Table, (Groups::OrganisationId, Groups::Id))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_group_members_person")
                        .from(
                            GroupMembers::Table,
                            (GroupMembers::OrganisationId, GroupMembers::PersonId),
                        )
                        .to(
                            Alias::new("people"),
                            (Alias::new("organisation_id"), Alias::new("id")),
                        )
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_group_members_org_person")
                .table(GroupMembers::Table)
                .col(GroupMembers::OrganisationId)
                .col(GroupMembers::PersonId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(GroupMembers::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Groups::Table).to_owned())
            .await
    }
}
