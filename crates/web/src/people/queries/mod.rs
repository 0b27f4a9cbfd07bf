//! The register's reads and writes, all through the organisation's scope; adding many people
//! at once (the import) in `import.rs`, the stored imports and their queue in `import_jobs.rs`,
//! the register a page at a time in `export.rs`, consents in `consents.rs`, and everything the
//! map of personal data ties to a person (read out, or erased) in `personal.rs`.

mod changes;
mod consents;
mod export;
mod import;
mod import_jobs;
mod personal;
mod staff;

use changes::record_status;
pub use changes::*;
pub use consents::*;
pub use export::{After, Choices, count_people, next_page};
pub use import::*;
pub use import_jobs::*;
pub use personal::*;
pub use staff::*;

/// The error every query answers with, named here for the import worker, whose signatures
/// (called from `jobs.rs` and the tests) carry it.
pub use sea_orm::DbErr;

use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{person, person_choice, person_status_change, unavailable_time};
use withus_db::name_search::name_starts;
use withus_db::sea_orm;

use crate::people::forms::PersonInput;

pub const PER_PAGE: u64 = 25;
/// Counting stops here: past it the list says "more than 1,000" and asks for a filter, so a
/// large organisation's list never counts every matching row.
pub const COUNT_LIMIT: u64 = 1000;

/// The list's search and filters, as they appear in the address.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct Filters {
    pub q: String,
    pub role: String,
    pub status: String,
    pub need: String,
    pub way: String,
    pub topic: String,
    /// "last_year", "not_last_year" or "never".
    pub involved: String,
    pub page: u64,
}

pub struct Page {
    pub people: Vec<person::Model>,
    pub total: u64,
    pub pages: u64,
    pub page: u64,
}

pub async fn list(scope: &OrgScope, filters: &Filters) -> Result<Page, DbErr> {
    let mut query = scope.find::<person::Entity>();
    let q = filters.q.trim().to_lowercase();
    if !q.is_empty() {
        // "Jo Bennett", "ben" and "jo" all find Jo Bennett.
        query = query.filter(name_starts(person::Column::SearchName, &q));
    }
    if !filters.role.is_empty() {
        query = query.filter(person::Column::InvolvementRole.eq(filters.role.clone()));
    }
    if !filters.status.is_empty() {
        query = query.filter(person::Column::Status.eq(filters.status.clone()));
    }
    let year_ago = Utc::now() - chrono::Duration::days(365);
    query = match filters.involved.as_str() {
        "last_year" => query.filter(person::Column::LastInvolvedAt.gt(year_ago)),
        "not_last_year" => query.filter(
            Condition::any()
                .add(person::Column::LastInvolvedAt.is_null())
                .add(person::Column::LastInvolvedAt.lte(year_ago)),
        ),
        "never" => query.filter(person::Column::LastInvolvedAt.is_null()),
        _ => query,
    };
    for (list, value) in [
        ("access_need", &filters.need),
        ("way", &filters.way),
        ("topic", &filters.topic),
    ] {
        if !value.is_empty() {
            let having = scope
                .select_column::<person_choice::Entity>(person_choice::Column::PersonId)
                .and_where(Expr::col(person_choice::Column::List).eq(list))
                .and_where(Expr::col(person_choice::Column::Value).eq(value.clone()))
                .to_owned();
            query = query.filter(person::Column::Id.in_subquery(having));
        }
    }
    let capped = query
        .clone()
        .select_only()
        .column(person::Column::Id)
        .limit(COUNT_LIMIT + 1)
        .into_query();
    let count = sea_orm::sea_query::Query::select()
        .expr(Expr::cust("COUNT(*)"))
        .from_subquery(capped, "capped")
        .to_owned();
    let total = match scope.db().query_one(&count).await? {
        Some(row) => row.try_get_by_index::<i64>(0)? as u64,
        None => 0,
    };
    let pages = Ord::max(Ord::min(total, COUNT_LIMIT).div_ceil(PER_PAGE), 1);
    let page = filters.page.clamp(1, pages);
    let people = query
        .order_by_asc(person::Column::FamilyName)
        .order_by_asc(person::Column::GivenName)
        .order_by_asc(person::Column::Id)
        .offset((page - 1) * PER_PAGE)
        .limit(PER_PAGE)
        .all(scope.db())
        .await?;
    Ok(Page {
        people,
        total,
        pages,
        page,
    })
}

pub struct Details {
    pub person: person::Model,
    /// (list, value) pairs from `person_choices`.
    pub choices: Vec<(String, String)>,
    pub times: Vec<unavailable_time::Model>,
    pub history: Vec<person_status_change::Model>,
    /// The name of their named contact in the organisation.
    pub named_contact: Option<String>,
}

impl Details {
    /// The person's values from one list, such as "access_need".
    pub fn chosen(&self, list: &str) -> Vec<String> {
        self.choices
            .iter()
            .filter(|(l, _)| l == list)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

pub async fn find(scope: &OrgScope, id: Uuid) -> Result<Option<person::Model>, DbErr> {
    scope
        .find::<person::Entity>()
        .filter(person::Column::Id.eq(id))
        .one(scope.db())
        .await
}

/// The people with these ids, in no particular order.
pub async fn by_ids(scope: &OrgScope, ids: &[Uuid]) -> Result<Vec<person::Model>, DbErr> {
    scope
        .find::<person::Entity>()
        .filter(person::Column::Id.is_in(ids.iter().copied()))
        .all(scope.db())
        .await
}

/// The person record an account belongs to, if any: how the person finds their own record.
pub async fn id_for_account(scope: &OrgScope, account_id: Uuid) -> Result<Option<Uuid>, DbErr> {
    scope
        .find::<person::Entity>()
        .filter(person::Column::AccountId.eq(account_id))
        .select_only()
        .column(person::Column::Id)
        .into_tuple()
        .one(scope.db())
        .await
}

pub async fn link_account(scope: &OrgScope, id: Uuid, account_id: Uuid) -> Result<(), DbErr> {
    scope
        .update_many::<person::Entity>()
        .col_expr(person::Column::AccountId, Expr::value(account_id))
        .filter(person::Column::Id.eq(id))
        .exec(scope.db())
        .await?;
    Ok(())
}

pub async fn details(scope: &OrgScope, id: Uuid) -> Result<Option<Details>, DbErr> {
    let Some(person) = find(scope, id).await? else {
        return Ok(None);
    };
    let db = scope.db();
    let named_contact = match person.named_contact_id {
        Some(contact) => scope
            .find::<withus_db::entities::account::Entity>()
            .filter(withus_db::entities::account::Column::Id.eq(contact))
            .one(db)
            .await?
            .map(|a| a.display_name),
        None => None,
    };
    Ok(Some(Details {
        named_contact,
        choices: scope
            .find::<person_choice::Entity>()
            .filter(person_choice::Column::PersonId.eq(id))
            .all(db)
            .await?
            .into_iter()
            .map(|c| (c.list, c.value))
            .collect(),
        times: scope
            .find::<unavailable_time::Entity>()
            .filter(unavailable_time::Column::PersonId.eq(id))
            .order_by_asc(unavailable_time::Column::Weekday)
            .order_by_asc(unavailable_time::Column::StartMinute)
            .all(db)
            .await?,
        history: scope
            .find::<person_status_change::Entity>()
            .filter(person_status_change::Column::PersonId.eq(id))
            .order_by_desc(person_status_change::Column::ChangedAt)
            .all(db)
            .await?,
        person,
    }))
}

pub(super) fn row(id: Uuid, input: &PersonInput) -> person::ActiveModel {
    let now = Utc::now();
    person::ActiveModel {
        id: Set(id),
        organisation_id: Set(Uuid::nil()),
        given_name: Set(input.given_name.clone()),
        family_name: Set(input.family_name.clone()),
        preferred_name: Set(input.preferred_name.clone()),
        pronouns: Set(input.pronouns.clone()),
        email: Set(input.email.clone()),
        phone: Set(input.phone.clone()),
        postcode: Set(input.postcode.clone()),
        involvement_role: Set(input.involvement_role.clone()),
        status: Set("active".into()),
        break_until: Set(None),
        contact_by_email: Set(input.contact_by_email),
        contact_by_phone: Set(input.contact_by_phone),
        contact_by_post: Set(input.contact_by_post),
        contact_by_text: Set(input.contact_by_text),
        paid_preference: Set(input.paid_preference.clone()),
        time_commitment: Set(input.time_commitment.clone()),
        access_notes: Set(input.access_notes.clone()),
        named_contact_id: Set(input.named_contact),
        account_id: Set(None),
        search_name: Set(input.search_name()),
        choice_keys: Set(withus_db::choice_keys::write(
            input
                .choices()
                .into_iter()
                .flat_map(|(list, values)| values.iter().map(move |v| (list, v.as_str()))),
        )),
        last_involved_at: Set(None),
        erased_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

/// Replaces the person's choices with the form's.
pub(super) async fn store_choices(
    scope: &OrgScope,
    id: Uuid,
    input: &PersonInput,
) -> Result<(), DbErr> {
    scope
        .delete_many::<person_choice::Entity>()
        .filter(person_choice::Column::PersonId.eq(id))
        .exec(scope.db())
        .await?;
    let org = scope.organisation_id();
    let rows = input
        .choices()
        .into_iter()
        .flat_map(|(list, values)| {
            values.iter().map(move |value| person_choice::ActiveModel {
                organisation_id: Set(org),
                person_id: Set(id),
                list: Set(list.to_owned()),
                value: Set(value.clone()),
            })
        })
        .collect();
    scope.insert_many(rows).await
}

pub async fn create(
    scope: &OrgScope,
    input: &PersonInput,
    actor: Option<Uuid>,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    scope.insert(row(id, input)).await?;
    store_choices(scope, id, input).await?;
    record_status(scope, id, "active", None, actor).await?;
    Ok(id)
}

pub async fn update(scope: &OrgScope, id: Uuid, input: &PersonInput) -> Result<(), DbErr> {
    let mut changed = row(id, input);
    changed.id = sea_orm::ActiveValue::NotSet;
    changed.organisation_id = sea_orm::ActiveValue::NotSet;
    changed.status = sea_orm::ActiveValue::NotSet;
    changed.break_until = sea_orm::ActiveValue::NotSet;
    changed.last_involved_at = sea_orm::ActiveValue::NotSet;
    changed.erased_at = sea_orm::ActiveValue::NotSet;
    changed.created_at = sea_orm::ActiveValue::NotSet;
    changed.account_id = sea_orm::ActiveValue::NotSet;
    scope
        .update_many::<person::Entity>()
        .set(changed)
        .filter(person::Column::Id.eq(id))
        .exec(scope.db())
        .await?;
    store_choices(scope, id, input).await
}

/// Records when a person last took part; meetings will call this from attendance.
pub async fn set_last_involved(
    scope: &OrgScope,
    id: Uuid,
    at: chrono::DateTime<Utc>,
) -> Result<(), DbErr> {
    scope
        .update_many::<person::Entity>()
        .col_expr(person::Column::LastInvolvedAt, Expr::value(at))
        .filter(person::Column::Id.eq(id))
        .exec(scope.db())
        .await?;
    Ok(())
}

/// Everyone who is active; who of them gets email is the caller's choice.
pub async fn active_members(scope: &OrgScope) -> Result<Vec<person::Model>, DbErr> {
    scope
        .find::<person::Entity>()
        .filter(person::Column::Status.eq("active"))
        .filter(person::Column::ErasedAt.is_null())
        .all(scope.db())
        .await
}
