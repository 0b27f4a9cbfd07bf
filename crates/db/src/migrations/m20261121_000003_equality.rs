//! Equality monitoring answers and consents. Answers are special category data: their own
//! table, never joined into the register's pages, kept as a history so reports can use the
//! answers as they were when someone took part. Consents record what, when, how, and withdrawal.

use sea_orm_migration::{prelude::*, schema::*};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000003_equality"
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum EqualityAnswers {
    Table,
    Id,
    OrganisationId,
    PersonId,
    BirthYear,
    AgeBand,
    Sex,
    GenderSameAsBirth,
    SexualOrientation,
    EthnicGroup,
    Religion,
    LongTermCondition,
    ConditionImpact,
    UnpaidCare,
    AnsweredAt,
    RecordedBy,
}

#[derive(DeriveIden, Clone, Copy)]
enum Consents {
    Table,
    Id,
    OrganisationId,
    PersonId,
    Purpose,
    How,
    GivenAt,
    WithdrawnAt,
    RecordedBy,
}

fn to_person(from: impl IntoIden + Clone + 'static, name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(
            from,
            (Alias::new("organisation_id"), Alias::new("person_id")),
        )
        .to(
            Alias::new("people"),
            (Alias::new("organisation_id"), Alias::new("id")),
        )
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let answer = |column: EqualityAnswers| string_null(column);
        m.create_table(
            Table::create()
                .table(EqualityAnswers::Table)
                .col(uuid(EqualityAnswers::Id).primary_key())
                .col(uuid(EqualityAnswers::OrganisationId))
                .col(uuid(EqualityAnswers::PersonId))
                .col(integer_null(EqualityAnswers::BirthYear))
                .col(answer(EqualityAnswers::AgeBand))
                .col(answer(EqualityAnswers::Sex))
                .col(answer(EqualityAnswers::GenderSameAsBirth))
                .col(answer(EqualityAnswers::SexualOrientation))
                .col(answer(EqualityAnswers::EthnicGroup))
                .col(answer(EqualityAnswers::Religion))
                .col(answer(EqualityAnswers::LongTermCondition))
                .col(answer(EqualityAnswers::ConditionImpact))
                .col(answer(EqualityAnswers::UnpaidCare))
                .col(timestamp_with_time_zone(EqualityAnswers::AnsweredAt))
                .col(uuid_null(EqualityAnswers::RecordedBy))
                .foreign_key(&mut to_person(
                    EqualityAnswers::Table,
                    "fk_equality_answers_person",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_equality_answers_org_person_at")
                .table(EqualityAnswers::Table)
                .col(EqualityAnswers::OrganisationId)
                .col(EqualityAnswers::PersonId)
                .col(EqualityAnswers::AnsweredAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Consents::Table)
                .col(uuid(Consents::Id).primary_key())
                .col(uuid(Consents::OrganisationId))
                .col(uuid(Consents::PersonId))
                .col(string(Consents::Purpose))
                .col(string(Consents::How))
                .col(timestamp_with_time_zone(Consents::GivenAt))
                .col(timestamp_with_time_zone_null(Consents::WithdrawnAt))
                .col(uuid_null(Consents::RecordedBy))
                .foreign_key(&mut to_person(Consents::Table, "fk_consents_person"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_consents_org_person_purpose")
                .table(Consents::Table)
                .col(Consents::OrganisationId)
                .col(Consents::PersonId)
                .col(Consents::Purpose)
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Consents::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(EqualityAnswers::Table).to_owned())
            .await
    }
}
