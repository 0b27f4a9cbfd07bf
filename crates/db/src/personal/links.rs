//! Which rows of a table are one person's: the map's links turned into conditions.

use sea_orm::sea_query::{Alias, Condition, Expr, ExprTrait, Func, LikeExpr, Query, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::{Link, Table, table};
use crate::entities::{account, person};

/// The person whose data is looked for, and what identifies them in free text.
#[derive(Clone, Debug)]
pub struct Subject {
    pub organisation_id: Uuid,
    pub person_id: Uuid,
    pub account_id: Option<Uuid>,
    /// Their email addresses: on their record and their sign-in.
    pub addresses: Vec<String>,
    /// Their names as written by staff and by them ("Jo Bennett").
    pub names: Vec<String>,
}

impl Subject {
    /// Reads who someone is before anything about them changes; `None` when the organisation
    /// has no such person.
    pub async fn find<C: ConnectionTrait>(
        db: &C,
        organisation_id: Uuid,
        person_id: Uuid,
    ) -> Result<Option<Self>, DbErr> {
        let Some(p) = person::Entity::find()
            .filter(person::Column::OrganisationId.eq(organisation_id))
            .filter(person::Column::Id.eq(person_id))
            .one(db)
            .await?
        else {
            return Ok(None);
        };
        let mut addresses: Vec<String> = p.email.iter().cloned().collect();
        let mut names = vec![format!("{} {}", p.given_name, p.family_name)];
        if let Some(preferred) = &p.preferred_name {
            names.push(format!("{preferred} {}", p.family_name));
        }
        if let Some(account_id) = p.account_id
            && let Some(a) = account::Entity::find()
                .filter(account::Column::OrganisationId.eq(organisation_id))
                .filter(account::Column::Id.eq(account_id))
                .one(db)
                .await?
        {
            addresses.push(a.email);
            names.push(a.display_name);
        }
        // A name too short to be theirs alone would match other people's words.
        names.retain(|n| n.trim().chars().count() >= 4);
        names.sort_unstable();
        names.dedup();
        addresses.retain(|a| !a.trim().is_empty());
        addresses.sort_unstable();
        addresses.dedup();
        Ok(Some(Self {
            organisation_id,
            person_id,
            account_id: p.account_id,
            addresses,
            names,
        }))
    }

    /// Everything in free text that would point at them.
    pub fn identifiers(&self) -> impl Iterator<Item = &String> {
        self.names.iter().chain(&self.addresses)
    }
}

fn col(name: &str) -> Expr {
    Expr::col(Alias::new(name))
}

fn like_containing(text: &str) -> LikeExpr {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    LikeExpr::new(format!("%{escaped}%")).escape('\\')
}

/// The condition one link puts on a table's rows, or `None` when it can match nothing.
fn link_condition(link: &Link, s: &Subject) -> Option<SimpleExpr> {
    match *link {
        Link::Itself => Some(col("id").eq(s.person_id)),
        Link::Person(c) => Some(col(c).eq(s.person_id)),
        Link::Account(c) => s.account_id.map(|a| col(c).eq(a)),
        Link::Subject(c) => Some(col(c).eq(s.person_id.to_string())),
        Link::Contains(c) => Some(col(c).like(like_containing(&s.person_id.to_string()))),
        Link::Address(c) => {
            (!s.addresses.is_empty()).then(|| col(c).is_in(s.addresses.iter().cloned()))
        }
        Link::Mentions(columns) => {
            let mut any = Condition::any();
            let mut found = false;
            for c in columns {
                for text in s.identifiers() {
                    // In any case, as `erase` replaces them (PostgreSQL's LIKE minds case).
                    let lower = Expr::expr(Func::lower(col(c)));
                    any = any.add(lower.like(like_containing(&text.to_ascii_lowercase())));
                    found = true;
                }
            }
            found.then(|| any.into())
        }
        Link::Listed { child, column } => {
            let child = table(child)?;
            let inner = rows_of(child, s)?;
            let ids = Query::select()
                .column(Alias::new(column))
                .from(Alias::new(child.name))
                .cond_where(inner)
                .to_owned();
            Some(col("id").in_subquery(ids))
        }
        Link::Parent { column, parent } => {
            let parent = table(parent)?;
            let inner = rows_of(parent, s)?;
            let ids = Query::select()
                .column(Alias::new("id"))
                .from(Alias::new(parent.name))
                .cond_where(inner)
                .to_owned();
            Some(col(column).in_subquery(ids))
        }
    }
}

/// The condition that picks the person's rows of a table (within their organisation), or
/// `None` when none of its links can match them.
pub fn rows_of(t: &Table, s: &Subject) -> Option<Condition> {
    let mut any = Condition::any();
    let mut found = false;
    for link in t.links {
        if let Some(c) = link_condition(link, s) {
            any = any.add(c);
            found = true;
        }
    }
    found.then(|| {
        Condition::all()
            .add(col("organisation_id").eq(s.organisation_id))
            .add(any)
    })
}
