//! The one way features reach organisation-owned tables: an `OrgScope` built from the
//! signed-in account. Every query it starts is already filtered by the organisation, and every
//! row it inserts is stamped with it. It must never offer an unfiltered query.

use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr,
    DeleteMany, EntityTrait, QueryFilter, Select, TransactionTrait, UpdateMany,
};
use uuid::Uuid;

/// A table whose rows belong to one organisation.
pub trait OrgOwned: EntityTrait {
    fn organisation_column() -> Self::Column;
}

/// Declares an entity organisation-owned: `org_owned!(Entity, Column::OrganisationId);`
#[macro_export]
macro_rules! org_owned {
    ($entity:ty, $column:expr) => {
        impl $crate::scope::OrgOwned for $entity {
            fn organisation_column() -> <Self as ::sea_orm::EntityTrait>::Column {
                $column
            }
        }
    };
}

#[derive(Clone, Debug)]
pub struct OrgScope {
    db: DatabaseConnection,
    organisation_id: Uuid,
}

impl OrgScope {
    pub fn new(db: DatabaseConnection, organisation_id: Uuid) -> Self {
        Self {
            db,
            organisation_id,
        }
    }

    pub fn organisation_id(&self) -> Uuid {
        self.organisation_id
    }

    /// The connection to run scoped statements on.
    pub fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    pub fn find<E: OrgOwned>(&self) -> Select<E> {
        E::find().filter(E::organisation_column().eq(self.organisation_id))
    }

    pub fn update_many<E: OrgOwned>(&self) -> UpdateMany<E> {
        E::update_many().filter(E::organisation_column().eq(self.organisation_id))
    }

    pub fn delete_many<E: OrgOwned>(&self) -> DeleteMany<E> {
        E::delete_many().filter(E::organisation_column().eq(self.organisation_id))
    }

    /// `SELECT column FROM table WHERE organisation_id = …`, for subqueries such as "people
    /// with this access need"; callers add their own conditions.
    pub fn select_column<E: OrgOwned>(&self, column: E::Column) -> SelectStatement {
        Query::select()
            .column(column)
            .from(E::default())
            .and_where(Expr::col(E::organisation_column()).eq(self.organisation_id))
            .to_owned()
    }

    /// Inserts rows stamped with this organisation, in one statement.
    pub async fn insert_many<A>(&self, rows: Vec<A>) -> Result<(), DbErr>
    where
        A: ActiveModelTrait + Send,
        A::Entity: OrgOwned,
    {
        self.insert_many_in(&self.db, rows).await
    }

    /// Starts a transaction; write to it with `insert_many_in`, then commit it.
    pub async fn transaction(&self) -> Result<DatabaseTransaction, DbErr> {
        self.db.begin().await
    }

    /// Like `insert_many`, on the given connection or transaction.
    pub async fn insert_many_in<C, A>(&self, conn: &C, rows: Vec<A>) -> Result<(), DbErr>
    where
        C: ConnectionTrait,
        A: ActiveModelTrait + Send,
        A::Entity: OrgOwned,
    {
        if rows.is_empty() {
            return Ok(());
        }
        let stamped = rows.into_iter().map(|mut row| {
            row.set(
                <A::Entity as OrgOwned>::organisation_column(),
                self.organisation_id.into(),
            );
            row
        });
        <A::Entity as EntityTrait>::insert_many(stamped)
            .exec_without_returning(conn)
            .await?;
        Ok(())
    }

    /// Inserts a row stamped with this organisation, whatever the caller put there.
    pub async fn insert<A>(&self, mut row: A) -> Result<(), DbErr>
    where
        A: ActiveModelTrait + Send,
        A::Entity: OrgOwned,
    {
        row.set(
            <A::Entity as OrgOwned>::organisation_column(),
            self.organisation_id.into(),
        );
        <A::Entity as EntityTrait>::insert(row)
            .exec_without_returning(&self.db)
            .await?;
        Ok(())
    }
}
