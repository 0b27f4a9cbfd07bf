//! Opportunities to be involved, what they are for and what can change, who is interested,
//! and who was chosen and why. Every table is organisation-owned with composite keys, so an
//! interest can never point at another organisation's person or opportunity.

use sea_orm_migration::{prelude::*, schema::*};

use super::shape::{ORG, col, id, index, opportunity_id, org, org_key, to_org, to_parent};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000007_opportunities"
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Opportunities {
    Table,
    Id,
    OrganisationId,
    Title,
    Summary,
    Purpose,
    Level,
    CanChange,
    CannotChange,
    WhoDecides,
    Area,
    OrgLevel,
    TimeCommitment,
    Way,
    Venue,
    StartsAt,
    EndsAt,
    Paid,
    RatePence,
    RateUnit,
    Places,
    Reserves,
    OwnerId,
    BudgetPence,
    Status,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use Opportunities as O;
        m.create_table(
            Table::create()
                .table(O::Table)
                .col(uuid(O::Id).primary_key())
                .col(uuid(O::OrganisationId))
                .col(string(O::Title))
                .col(text(O::Summary))
                .col(text(O::Purpose))
                .col(string_null(O::Level))
                .col(text(O::CanChange))
                .col(text(O::CannotChange))
                .col(string(O::WhoDecides))
                .col(string_null(O::Area))
                .col(string_null(O::OrgLevel))
                .col(string_null(O::TimeCommitment))
                .col(string(O::Way))
                .col(string_null(O::Venue))
                .col(timestamp_with_time_zone_null(O::StartsAt))
                .col(timestamp_with_time_zone_null(O::EndsAt))
                .col(boolean(O::Paid).default(false))
                .col(integer_null(O::RatePence))
                .col(string_null(O::RateUnit))
                .col(integer(O::Places))
                .col(integer(O::Reserves).default(0))
                .col(uuid_null(O::OwnerId))
                .col(integer_null(O::BudgetPence))
                .col(string(O::Status))
                .col(timestamp_with_time_zone(O::CreatedAt))
                .col(timestamp_with_time_zone(O::UpdatedAt))
                .foreign_key(&mut to_org("opportunities"))
                .to_owned(),
        )
        .await?;
        m.create_index(org_key("opportunities")).await?;
        m.create_index(index(
            "opportunities",
            "org_status",
            &[ORG, "status", "starts_at"],
        ))
        .await?;

        // Intended outcomes, recorded at the start: impact is later judged against each line.
        m.create_table(
            Table::create()
                .table(col("opportunity_outcomes"))
                .col(id())
                .col(org())
                .col(opportunity_id())
                .col(integer(col("position")))
                .col(text(col("text")))
                .foreign_key(&mut to_parent(
                    "opportunity_outcomes",
                    "opportunity_id",
                    "opportunities",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(org_key("opportunity_outcomes")).await?;
        m.create_index(index(
            "opportunity_outcomes",
            "opportunity",
            &[ORG, "opportunity_id", "position"],
        ))
        .await?;

        m.create_table(
            Table::create()
                .table(col("opportunity_roles"))
                .col(id())
                .col(org())
                .col(opportunity_id())
                .col(string(col("kind")))
                .col(string(col("name")))
                .col(text(col("description")))
                .foreign_key(&mut to_parent(
                    "opportunity_roles",
                    "opportunity_id",
                    "opportunities",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(org_key("opportunity_roles")).await?;
        m.create_index(index(
            "opportunity_roles",
            "opportunity",
            &[ORG, "opportunity_id"],
        ))
        .await?;

        // Topics and the access needs the opportunity can meet, as (list, value) pairs.
        m.create_table(
            Table::create()
                .table(col("opportunity_tags"))
                .col(org())
                .col(opportunity_id())
                .col(string(col("list")))
                .col(string(col("value")))
                .primary_key(
                    Index::create()
                        .col(col(ORG))
                        .col(col("opportunity_id"))
                        .col(col("list"))
                        .col(col("value")),
                )
                .foreign_key(&mut to_parent(
                    "opportunity_tags",
                    "opportunity_id",
                    "opportunities",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(col("opportunity_status_changes"))
                .col(id())
                .col(org())
                .col(opportunity_id())
                .col(string(col("status")))
                .col(uuid_null(col("changed_by")))
                .col(timestamp_with_time_zone(col("changed_at")))
                .foreign_key(&mut to_parent(
                    "opportunity_status_changes",
                    "opportunity_id",
                    "opportunities",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "opportunity_status_changes",
            "opportunity",
            &[ORG, "opportunity_id"],
        ))
        .await?;

        // One row per person per opportunity: interested, offered, confirmed, reserve,
        // not_selected or withdrawn, with the reason they are told.
        m.create_table(
            Table::create()
                .table(col("interests"))
                .col(id())
                .col(org())
                .col(opportunity_id())
                .col(uuid(col("person_id")))
                .col(string(col("status")))
                .col(text_null(col("note")))
                .col(text_null(col("access_needs")))
                .col(text_null(col("reason")))
                .col(integer_null(col("reserve_rank")))
                .col(timestamp_with_time_zone(col("created_at")))
                .col(timestamp_with_time_zone_null(col("decided_at")))
                .col(uuid_null(col("decided_by")))
                .col(timestamp_with_time_zone_null(col("withdrawn_at")))
                .foreign_key(&mut to_parent(
                    "interests",
                    "opportunity_id",
                    "opportunities",
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut to_parent(
                    "interests",
                    "person_id",
                    "people",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(org_key("interests")).await?;
        m.create_index(
            index(
                "interests",
                "one_each",
                &[ORG, "opportunity_id", "person_id"],
            )
            .unique()
            .to_owned(),
        )
        .await?;
        m.create_index(index("interests", "person", &[ORG, "person_id", "status"]))
            .await?;

        m.create_table(
            Table::create()
                .table(col("invitations"))
                .col(id())
                .col(org())
                .col(opportunity_id())
                .col(uuid(col("person_id")))
                .col(timestamp_with_time_zone(col("sent_at")))
                .foreign_key(&mut to_parent(
                    "invitations",
                    "opportunity_id",
                    "opportunities",
                    ForeignKeyAction::Cascade,
                ))
                .foreign_key(&mut to_parent(
                    "invitations",
                    "person_id",
                    "people",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            index(
                "invitations",
                "one_each",
                &[ORG, "opportunity_id", "person_id"],
            )
            .unique()
            .to_owned(),
        )
        .await?;

        // Quotas for a selection: for a profile field or equality category, a min and max.
        m.create_table(
            Table::create()
                .table(col("selection_quotas"))
                .col(id())
                .col(org())
                .col(opportunity_id())
                .col(string(col("category")))
                .col(string(col("value")))
                .col(integer(col("min_count")))
                .col(integer(col("max_count")))
                .foreign_key(&mut to_parent(
                    "selection_quotas",
                    "opportunity_id",
                    "opportunities",
                    ForeignKeyAction::Cascade,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            index(
                "selection_quotas",
                "one_each",
                &[ORG, "opportunity_id", "category", "value"],
            )
            .unique()
            .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "selection_quotas",
            "invitations",
            "interests",
            "opportunity_status_changes",
            "opportunity_tags",
            "opportunity_roles",
            "opportunity_outcomes",
            "opportunities",
        ] {
            m.drop_table(Table::drop().table(col(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
