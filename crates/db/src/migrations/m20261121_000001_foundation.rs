//! Organisations, accounts and roles, sessions, sign-in links, rate limits, the outbox,
//! the audit trail and installation settings.
//!
//! Organisation-owned tables carry `organisation_id`, have a unique index on
//! (organisation_id, id), and point at each other with composite foreign keys that include
//! `organisation_id`, so the database itself refuses a link between two organisations.

use sea_orm_migration::{prelude::*, schema::*};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261121_000001_foundation"
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Organisations {
    Table,
    Id,
    Slug,
    Name,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Accounts {
    Table,
    Id,
    OrganisationId,
    Email,
    DisplayName,
    PasswordHash,
    SignInMethod,
    PlatformAdmin,
    CreatedAt,
    DisabledAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum AccountRoles {
    Table,
    OrganisationId,
    AccountId,
    Role,
}

#[derive(DeriveIden, Clone, Copy)]
enum Sessions {
    Table,
    Id,
    OrganisationId,
    AccountId,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SignInLinks {
    Table,
    Id,
    OrganisationId,
    AccountId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SignInAttempts {
    Table,
    Id,
    Key,
    AttemptedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Outbox {
    Table,
    Id,
    OrganisationId,
    ToAddress,
    Subject,
    BodyText,
    Status,
    Attempts,
    NextAttemptAt,
    LeaseUntil,
    LastError,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum AuditEvents {
    Table,
    Id,
    OrganisationId,
    AccountId,
    Action,
    SubjectType,
    SubjectId,
    Detail,
    At,
}

#[derive(DeriveIden, Clone, Copy)]
enum InstanceSettings {
    Table,
    Key,
    Value,
}

/// The unique (organisation_id, id) pair that composite foreign keys point at.
fn org_key(table: impl IntoIden + Clone + 'static, name: &str) -> IndexCreateStatement {
    Index::create()
        .name(name)
        .table(table)
        .col(Alias::new("organisation_id"))
        .col(Alias::new("id"))
        .unique()
        .to_owned()
}

fn to_account(from: impl IntoIden + Clone + 'static, name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(
            from,
            (Alias::new("organisation_id"), Alias::new("account_id")),
        )
        .to(Accounts::Table, (Accounts::OrganisationId, Accounts::Id))
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn to_organisation(from: impl IntoIden + Clone + 'static, name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from, Alias::new("organisation_id"))
        .to(Organisations::Table, Organisations::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Organisations::Table)
                .col(uuid(Organisations::Id).primary_key())
                .col(string_uniq(Organisations::Slug))
                .col(string(Organisations::Name))
                .col(timestamp_with_time_zone(Organisations::CreatedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Accounts::Table)
                .col(uuid(Accounts::Id).primary_key())
                .col(uuid(Accounts::OrganisationId))
                .col(string_uniq(Accounts::Email))
                .col(string(Accounts::DisplayName))
                .col(string_null(Accounts::PasswordHash))
                .col(string(Accounts::SignInMethod))
                .col(boolean(Accounts::PlatformAdmin).default(false))
                .col(timestamp_with_time_zone(Accounts::CreatedAt))
                .col(timestamp_with_time_zone_null(Accounts::DisabledAt))
                .foreign_key(&mut to_organisation(Accounts::Table, "fk_accounts_org"))
                .to_owned(),
        )
        .await?;
        m.create_index(org_key(Accounts::Table, "ux_accounts_org_id"))
            .await?;

        m.create_table(
            Table::create()
                .table(AccountRoles::Table)
                .col(uuid(AccountRoles::OrganisationId))
                .col(uuid(AccountRoles::AccountId))
                .col(string(AccountRoles::Role))
                .primary_key(
                    Index::create()
                        .col(AccountRoles::OrganisationId)
                        .col(AccountRoles::AccountId)
                        .col(AccountRoles::Role),
                )
                .foreign_key(&mut to_account(
                    AccountRoles::Table,
                    "fk_account_roles_account",
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(string(Sessions::Id).primary_key())
                .col(uuid(Sessions::OrganisationId))
                .col(uuid(Sessions::AccountId))
                .col(timestamp_with_time_zone(Sessions::CreatedAt))
                .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                .foreign_key(&mut to_account(Sessions::Table, "fk_sessions_account"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_sessions_org_account")
                .table(Sessions::Table)
                .col(Sessions::OrganisationId)
                .col(Sessions::AccountId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(SignInLinks::Table)
                .col(string(SignInLinks::Id).primary_key())
                .col(uuid(SignInLinks::OrganisationId))
                .col(uuid(SignInLinks::AccountId))
                .col(timestamp_with_time_zone(SignInLinks::CreatedAt))
                .col(timestamp_with_time_zone(SignInLinks::ExpiresAt))
                .col(timestamp_with_time_zone_null(SignInLinks::UsedAt))
                .foreign_key(&mut to_account(
                    SignInLinks::Table,
                    "fk_sign_in_links_account",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_sign_in_links_org_account")
                .table(SignInLinks::Table)
                .col(SignInLinks::OrganisationId)
                .col(SignInLinks::AccountId)
                .to_owned(),
        )
        .await?;

        // Installation-wide: attempts happen before anyone is known to belong to an organisation.
        m.create_table(
            Table::create()
                .table(SignInAttempts::Table)
                .col(uuid(SignInAttempts::Id).primary_key())
                .col(string(SignInAttempts::Key))
                .col(timestamp_with_time_zone(SignInAttempts::AttemptedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_sign_in_attempts_key_at")
                .table(SignInAttempts::Table)
                .col(SignInAttempts::Key)
                .col(SignInAttempts::AttemptedAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Outbox::Table)
                .col(uuid(Outbox::Id).primary_key())
                .col(uuid(Outbox::OrganisationId))
                .col(string(Outbox::ToAddress))
                .col(string(Outbox::Subject))
                .col(text(Outbox::BodyText))
                .col(string(Outbox::Status))
                .col(integer(Outbox::Attempts).default(0))
                .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
                .col(timestamp_with_time_zone_null(Outbox::LeaseUntil))
                .col(text_null(Outbox::LastError))
                .col(timestamp_with_time_zone(Outbox::CreatedAt))
                .col(timestamp_with_time_zone_null(Outbox::SentAt))
                .foreign_key(&mut to_organisation(Outbox::Table, "fk_outbox_org"))
                .to_owned(),
        )
        .await?;
        m.create_index(org_key(Outbox::Table, "ux_outbox_org_id"))
            .await?;
        m.create_index(
            Index::create()
                .name("ix_outbox_org_created")
                .table(Outbox::Table)
                .col(Outbox::OrganisationId)
                .col(Outbox::CreatedAt)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_outbox_due")
                .table(Outbox::Table)
                .col(Outbox::Status)
                .col(Outbox::NextAttemptAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AuditEvents::Table)
                .col(uuid(AuditEvents::Id).primary_key())
                .col(uuid(AuditEvents::OrganisationId))
                .col(uuid_null(AuditEvents::AccountId))
                .col(string(AuditEvents::Action))
                .col(string(AuditEvents::SubjectType))
                .col(string_null(AuditEvents::SubjectId))
                .col(text_null(AuditEvents::Detail))
                .col(timestamp_with_time_zone(AuditEvents::At))
                .foreign_key(&mut to_organisation(
                    AuditEvents::Table,
                    "fk_audit_events_org",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(org_key(AuditEvents::Table, "ux_audit_events_org_id"))
            .await?;
        m.create_index(
            Index::create()
                .name("ix_audit_events_org_at")
                .table(AuditEvents::Table)
                .col(AuditEvents::OrganisationId)
                .col(AuditEvents::At)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(InstanceSettings::Table)
                .col(string(InstanceSettings::Key).primary_key())
                .col(text(InstanceSettings::Value))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "instance_settings",
            "audit_events",
            "outbox",
            "sign_in_attempts",
            "sign_in_links",
            "sessions",
            "account_roles",
            "accounts",
            "organisations",
        ] {
            m.drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
