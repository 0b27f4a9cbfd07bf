//! Shared shapes for organisation-owned tables: composite keys to the organisation and to
//! parents, so the database refuses a link across organisations.

use sea_orm_migration::{prelude::*, schema::*};

pub const ORG: &str = "organisation_id";

pub fn org_key(table: &str) -> IndexCreateStatement {
    Index::create()
        .name(format!("ux_{table}_org_id"))
        .table(Alias::new(table))
        .col(Alias::new(ORG))
        .col(Alias::new("id"))
        .unique()
        .to_owned()
}

pub fn to_org(table: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_org"))
        .from(Alias::new(table), Alias::new(ORG))
        .to(Alias::new("organisations"), Alias::new("id"))
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

/// `(organisation_id, column) → parent (organisation_id, id)`: the database refuses a link
/// across organisations.
pub fn to_parent(
    table: &str,
    column: &str,
    parent: &str,
    delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(Alias::new(table), (Alias::new(ORG), Alias::new(column)))
        .to(Alias::new(parent), (Alias::new(ORG), Alias::new("id")))
        .on_delete(delete)
        .to_owned()
}

pub fn index(table: &str, name: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index
        .name(format!("ix_{table}_{name}"))
        .table(Alias::new(table));
    for column in columns {
        index.col(Alias::new(*column));
    }
    index.to_owned()
}

pub fn id() -> ColumnDef {
    uuid(Alias::new("id")).primary_key().to_owned()
}

pub fn org() -> ColumnDef {
    uuid(Alias::new(ORG))
}

pub fn opportunity_id() -> ColumnDef {
    uuid(Alias::new("opportunity_id"))
}

pub fn col(name: &str) -> Alias {
    Alias::new(name)
}

/// A table of the organisation's, with `(organisation_id, column) → parent` links that
/// cascade: these records mean nothing once what they describe is gone.
pub fn table(
    name: &str,
    columns: Vec<ColumnDef>,
    parents: &[(&str, &str)],
) -> TableCreateStatement {
    let mut table = Table::create();
    table.table(col(name)).col(id()).col(org());
    for mut c in columns {
        table.col(&mut c);
    }
    table.foreign_key(&mut to_org(name));
    for (column, parent) in parents {
        table.foreign_key(&mut to_parent(
            name,
            column,
            parent,
            ForeignKeyAction::Cascade,
        ));
    }
    table.to_owned()
}

pub fn unique(table: &str, name: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut index = index(table, name, columns);
    index.unique();
    index
}

pub fn add_column(table: &str, column: ColumnDef) -> TableAlterStatement {
    let mut column = column;
    Table::alter()
        .table(col(table))
        .add_column(&mut column)
        .to_owned()
}

pub fn drop_column(table: &str, column: &str) -> TableAlterStatement {
    Table::alter()
        .table(col(table))
        .drop_column(col(column))
        .to_owned()
}
