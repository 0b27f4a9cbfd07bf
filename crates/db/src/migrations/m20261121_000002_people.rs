//! The register of involved people: the person, their ways of taking part, topics, access
//! needs, the weekly times they cannot do, and the history of their status. Every table is
//! organisation-owned with composite keys, like the foundation's.

use sea_orm_migration::{prelude::*, schema::*};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000002_people"
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum People {
    Table,
    Id,
    OrganisationId,
    GivenName,
    FamilyName,
    PreferredName,
    Pronouns,
    Email,
    Phone,
    Postcode,
    InvolvementRole,
    Status,
    BreakUntil,
    ContactByEmail,
    ContactByPhone,
    ContactByPost,
    ContactByText,
    PaidPreference,
    TimeCommitment,
    AccessNotes,
    NamedContactId,
    AccountId,
    SearchName,
    LastInvolvedAt,
    ErasedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum PersonChoices {
    Table,
    OrganisationId,
    PersonId,
    List,
    Value,
}

#[derive(DeriveIden, Clone, Copy)]
enum UnavailableTimes {
    Table,
    Id,
    OrganisationId,
    PersonId,
    Weekday,
    StartMinute,
    EndMinute,
    TermTimeOnly,
}

#[derive(DeriveIden, Clone, Copy)]
enum PersonStatusChanges {
    Table,
    Id,
    OrganisationId,
    PersonId,
    Status,
    BreakUntil,
    ChangedBy,
    ChangedAt,
}

fn to_person(from: impl IntoIden + Clone + 'static, name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(
            from,
            (Alias::new("organisation_id"), Alias::new("person_id")),
        )
        .to(People::Table, (People::OrganisationId, People::Id))
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn people_index(name: &str, columns: &[People]) -> IndexCreateStatement {
    let mut index = Index::create();
    index
        .name(name)
        .table(People::Table)
        .col(People::OrganisationId);
    for column in columns {
        index.col(*column);
    }
    index.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(People::Table)
                .col(uuid(People::Id).primary_key())
                .col(uuid(People::OrganisationId))
                .col(string(People::GivenName))
                .col(string(People::FamilyName))
                .col(string_null(People::PreferredName))
                .col(string_null(People::Pronouns))
                .col(string_null(People::Email))
                .col(string_null(People::Phone))
                .col(string_null(People::Postcode))
                .col(string(People::InvolvementRole))
                .col(string(People::Status))
                .col(date_null(People::BreakUntil))
                .col(boolean(People::ContactByEmail).default(false))
                .col(boolean(People::ContactByPhone).default(false))
                .col(boolean(People::ContactByPost).default(false))
                .col(boolean(People::ContactByText).default(false))
                .col(string(People::PaidPreference))
                .col(string_null(People::TimeCommitment))
                .col(text_null(People::AccessNotes))
                .col(uuid_null(People::NamedContactId))
                .col(uuid_null(People::AccountId))
                .col(string(People::SearchName))
                .col(timestamp_with_time_zone_null(People::LastInvolvedAt))
                .col(timestamp_with_time_zone_null(People::ErasedAt))
                .col(timestamp_with_time_zone(People::CreatedAt))
                .col(timestamp_with_time_zone(People::UpdatedAt))
                // A named contact and the person's own sign-in are accounts of the same
                // organisation; a NULL leaves the key unchecked.
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_people_named_contact")
                        .from(
                            People::Table,
                            (People::OrganisationId, People::NamedContactId),
                        )
                        .to(
                            Alias::new("accounts"),
                            (Alias::new("organisation_id"), Alias::new("id")),
                        )
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_people_account")
                        .from(People::Table, (People::OrganisationId, People::AccountId))
                        .to(
                            Alias::new("accounts"),
                            (Alias::new("organisation_id"), Alias::new("id")),
                        )
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_people_org")
                        .from(People::Table, People::OrganisationId)
                        .to(Alias::new("organisations"), Alias::new("id"))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            people_index("ux_people_org_id", &[People::Id])
                .unique()
                .to_owned(),
        )
        .await?;
        // The list's orders and filters, each leading with the organisation.
        m.create_index(people_index(
            "ix_people_org_name",
            &[People::FamilyName, People::GivenName, People::Id],
        ))
        .await?;
        m.create_index(people_index("ix_people_org_search", &[People::SearchName]))
            .await?;
        m.create_index(people_index(
            "ix_people_org_status_name",
            &[People::Status, People::FamilyName, People::GivenName],
        ))
        .await?;
        m.create_index(people_index(
            "ix_people_org_role_name",
            &[
                People::InvolvementRole,
                People::FamilyName,
                People::GivenName,
            ],
        ))
        .await?;
        m.create_index(people_index(
            "ix_people_org_last_involved",
            &[People::LastInvolvedAt],
        ))
        .await?;

        // A person's choices from the fixed lists (ways of taking part, topics, access needs,
        // areas of work, roles, ladder levels), keyed so "everyone in this organisation with
        // this access need" is one index range.
        m.create_table(
            Table::create()
                .table(PersonChoices::Table)
                .col(uuid(PersonChoices::OrganisationId))
                .col(uuid(PersonChoices::PersonId))
                .col(string(PersonChoices::List))
                .col(string(PersonChoices::Value))
                .primary_key(
                    Index::create()
                        .col(PersonChoices::OrganisationId)
                        .col(PersonChoices::PersonId)
                        .col(PersonChoices::List)
                        .col(PersonChoices::Value),
                )
                .foreign_key(&mut to_person(
                    PersonChoices::Table,
                    "fk_person_choices_person",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_person_choices_org_list_value")
                .table(PersonChoices::Table)
                .col(PersonChoices::OrganisationId)
                .col(PersonChoices::List)
                .col(PersonChoices::Value)
                .col(PersonChoices::PersonId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(UnavailableTimes::Table)
                .col(uuid(UnavailableTimes::Id).primary_key())
                .col(uuid(UnavailableTimes::OrganisationId))
                .col(uuid(UnavailableTimes::PersonId))
                .col(small_integer(UnavailableTimes::Weekday))
                .col(integer(UnavailableTimes::StartMinute))
                .col(integer(UnavailableTimes::EndMinute))
                .col(boolean(UnavailableTimes::TermTimeOnly).default(false))
                .foreign_key(&mut to_person(
                    UnavailableTimes::Table,
                    "fk_unavailable_times_person",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_unavailable_times_org_person")
                .table(UnavailableTimes::Table)
                .col(UnavailableTimes::OrganisationId)
                .col(UnavailableTimes::PersonId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(PersonStatusChanges::Table)
                .col(uuid(PersonStatusChanges::Id).primary_key())
                .col(uuid(PersonStatusChanges::OrganisationId))
                .col(uuid(PersonStatusChanges::PersonId))
                .col(string(PersonStatusChanges::Status))
                .col(date_null(PersonStatusChanges::BreakUntil))
                .col(uuid_null(PersonStatusChanges::ChangedBy))
                .col(timestamp_with_time_zone(PersonStatusChanges::ChangedAt))
                .foreign_key(&mut to_person(
                    PersonStatusChanges::Table,
                    "fk_person_status_changes_person",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_person_status_changes_org_person")
                .table(PersonStatusChanges::Table)
                .col(PersonStatusChanges::OrganisationId)
                .col(PersonStatusChanges::PersonId)
                .col(PersonStatusChanges::ChangedAt)
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "person_status_changes",
            "unavailable_times",
            "person_choices",
            "people",
        ] {
            m.drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
