//! The register a page at a time in name order, for the export and for anyone else who must
//! walk every person without holding them all, and its size.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, Condition, DbErr, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{person, person_choice};
use withus_db::sea_orm;

/// People read from the database at a time: enough that a page is one round trip among
/// many rows, few enough that memory stays small and the choices' `IN` list stays short.
pub const PAGE_SIZE: u64 = 1000;

/// (person, list) → the values they chose from it.
pub type Choices = HashMap<(Uuid, String), Vec<String>>;

/// Where a page of people in name order ended: the next page starts after this person.
#[derive(Clone, Debug)]
pub struct After {
    family: String,
    given: String,
    id: Uuid,
}

impl After {
    pub fn of(p: &person::Model) -> Self {
        Self {
            family: p.family_name.clone(),
            given: p.given_name.clone(),
            id: p.id,
        }
    }

    /// People after this one in the order (family name, given name, id). The plain
    /// `family_name >=` lets both databases start from this place in the name index rather
    /// than walk it from the beginning.
    pub fn condition(&self) -> Condition {
        use person::Column::{FamilyName, GivenName, Id};
        let same_given_later_id = Condition::all()
            .add(GivenName.eq(self.given.clone()))
            .add(Id.gt(self.id));
        let same_family_later = Condition::all()
            .add(FamilyName.eq(self.family.clone()))
            .add(
                Condition::any()
                    .add(GivenName.gt(self.given.clone()))
                    .add(same_given_later_id),
            );
        Condition::all()
            .add(FamilyName.gte(self.family.clone()))
            .add(
                Condition::any()
                    .add(FamilyName.gt(self.family.clone()))
                    .add(same_family_later),
            )
    }
}

/// One page of the register in name order, with its people's choices.
pub struct Page {
    pub people: Vec<person::Model>,
    pub choices: Choices,
    /// Where the next page starts; none when this page was the last.
    pub next: Option<After>,
}

/// The page of the register that follows `after` (the first page when none).
pub async fn next_page(scope: &OrgScope, after: Option<&After>) -> Result<Page, DbErr> {
    let mut query = scope.find::<person::Entity>();
    if let Some(after) = after {
        query = query.filter(after.condition());
    }
    let people = query
        .order_by_asc(person::Column::FamilyName)
        .order_by_asc(person::Column::GivenName)
        .order_by_asc(person::Column::Id)
        .limit(PAGE_SIZE)
        .all(scope.db())
        .await?;
    let mut choices = Choices::new();
    if !people.is_empty() {
        for choice in scope
            .find::<person_choice::Entity>()
            .filter(person_choice::Column::PersonId.is_in(people.iter().map(|p| p.id)))
            .all(scope.db())
            .await?
        {
            choices
                .entry((choice.person_id, choice.list))
                .or_default()
                .push(choice.value);
        }
    }
    let next = if people.len() as u64 == PAGE_SIZE {
        people.last().map(After::of)
    } else {
        None
    };
    Ok(Page {
        people,
        choices,
        next,
    })
}

/// How many people the register holds, counted rather than loaded.
pub async fn count_people(scope: &OrgScope) -> Result<u64, DbErr> {
    scope.find::<person::Entity>().count(scope.db()).await
}
