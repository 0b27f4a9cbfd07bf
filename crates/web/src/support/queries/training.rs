//! Courses and checks, who holds them and until when, and recording them.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{course, training_record, training_session};
use withus_db::sea_orm;

use super::names_of_people;
use crate::support::expiry::{WARN_DAYS, holds};

pub async fn courses(scope: &OrgScope) -> Result<Vec<course::Model>, DbErr> {
    scope
        .find::<course::Entity>()
        .order_by_asc(course::Column::Name)
        .all(scope.db())
        .await
}

/// (id, name) of every course and check, for a role's requirement.
pub async fn course_names(scope: &OrgScope) -> Result<Vec<(Uuid, String)>, DbErr> {
    Ok(courses(scope)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect())
}

pub async fn course(scope: &OrgScope, id: Uuid) -> Result<Option<course::Model>, DbErr> {
    scope
        .find::<course::Entity>()
        .filter(course::Column::Id.eq(id))
        .one(scope.db())
        .await
}

/// Courses and checks each involved person holds that have not run out on `today`.
pub async fn valid_holdings(
    scope: &OrgScope,
    today: NaiveDate,
) -> Result<HashMap<Uuid, Vec<Uuid>>, DbErr> {
    let mut held: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for r in scope
        .find::<training_record::Entity>()
        .filter(training_record::Column::PersonId.is_not_null())
        .filter(
            Condition::any()
                .add(training_record::Column::ExpiresOn.is_null())
                .add(training_record::Column::ExpiresOn.gte(today)),
        )
        .all(scope.db())
        .await?
    {
        if let Some(person) = r.person_id {
            held.entry(person).or_default().push(r.course_id);
        }
    }
    Ok(held)
}

/// The courses and checks one person holds on `today`.
pub async fn held_by(scope: &OrgScope, person: Uuid, today: NaiveDate) -> Result<Vec<Uuid>, DbErr> {
    Ok(records_of(scope, person)
        .await?
        .into_iter()
        .filter(|r| holds(r.expires_on, today))
        .map(|r| r.course_id)
        .collect())
}

/// One person's training records, newest first.
pub async fn records_of(
    scope: &OrgScope,
    person: Uuid,
) -> Result<Vec<training_record::Model>, DbErr> {
    scope
        .find::<training_record::Entity>()
        .filter(training_record::Column::PersonId.eq(person))
        .order_by_desc(training_record::Column::CompletedOn)
        .all(scope.db())
        .await
}

pub async fn records_of_course(
    scope: &OrgScope,
    course: Uuid,
) -> Result<Vec<training_record::Model>, DbErr> {
    scope
        .find::<training_record::Entity>()
        .filter(training_record::Column::CourseId.eq(course))
        .order_by_desc(training_record::Column::CompletedOn)
        .all(scope.db())
        .await
}

pub async fn sessions_of(
    scope: &OrgScope,
    course: Uuid,
) -> Result<Vec<training_session::Model>, DbErr> {
    scope
        .find::<training_session::Entity>()
        .filter(training_session::Column::CourseId.eq(course))
        .order_by_desc(training_session::Column::HeldOn)
        .all(scope.db())
        .await
}

/// Something about to run out (or run out), for warnings: the newest record for each
/// person or member of staff and course, so a renewal silences the old one.
pub struct RunningOut {
    pub course: String,
    pub who: String,
    pub person_id: Option<Uuid>,
    pub expires_on: NaiveDate,
}

/// Records that run out by `horizon` and were not renewed: no other record of the same
/// course for the same person (or member of staff) lasts longer. Worked out in the database,
/// so the dashboard reads only the rows it shows however long the history.
fn unrenewed(scope: &OrgScope, horizon: NaiveDate) -> sea_orm::Select<training_record::Entity> {
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
    use training_record::{Column, Entity};
    let renewed = |who: Column| {
        let newer = Alias::new("newer");
        let at = |column: Column| Expr::col((newer.clone(), column));
        Query::select()
            .expr(Expr::val(1))
            .from_as(Entity, newer.clone())
            .and_where(at(Column::OrganisationId).equals((Entity, Column::OrganisationId)))
            .and_where(at(Column::CourseId).equals((Entity, Column::CourseId)))
            .and_where(at(who).equals((Entity, who)))
            .cond_where(
                Condition::any()
                    .add(at(Column::ExpiresOn).is_null())
                    .add(at(Column::ExpiresOn).gt(Expr::col((Entity, Column::ExpiresOn))))
                    .add(
                        at(Column::ExpiresOn)
                            .eq(Expr::col((Entity, Column::ExpiresOn)))
                            .and(at(Column::Id).gt(Expr::col((Entity, Column::Id)))),
                    ),
            )
            .to_owned()
    };
    scope
        .find::<Entity>()
        .filter(Column::ExpiresOn.lte(horizon))
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(Column::PersonId.is_not_null())
                        .add(Expr::exists(renewed(Column::PersonId)).not()),
                )
                .add(
                    Condition::all()
                        .add(Column::PersonId.is_null())
                        .add(Expr::exists(renewed(Column::AccountId)).not()),
                ),
        )
}

/// What runs out within `WARN_DAYS` or has run out, not renewed, soonest run out first:
/// how many, and the first `limit` of them (all without one).
pub async fn running_out(
    scope: &OrgScope,
    today: NaiveDate,
    limit: Option<u64>,
) -> Result<(u64, Vec<RunningOut>), DbErr> {
    use sea_orm::{PaginatorTrait, QuerySelect};
    let horizon = today + Duration::days(WARN_DAYS);
    let total = unrenewed(scope, horizon).count(scope.db()).await?;
    if total == 0 {
        return Ok((0, Vec::new()));
    }
    let records = unrenewed(scope, horizon)
        .order_by_asc(training_record::Column::ExpiresOn)
        .order_by_asc(training_record::Column::Id)
        .limit(limit)
        .all(scope.db())
        .await?;
    let courses: HashMap<Uuid, String> = course_names(scope).await?.into_iter().collect();
    let people =
        names_of_people(scope, records.iter().filter_map(|r| r.person_id).collect()).await?;
    let staff =
        crate::people::names_of_staff(scope, records.iter().filter_map(|r| r.account_id).collect())
            .await?;
    let mut out: Vec<RunningOut> = records
        .into_iter()
        .filter_map(|r| {
            Some(RunningOut {
                course: courses.get(&r.course_id).cloned().unwrap_or_default(),
                who: r
                    .person_id
                    .and_then(|p| people.get(&p).cloned())
                    .or_else(|| r.account_id.and_then(|a| staff.get(&a).cloned()))
                    .unwrap_or_default(),
                person_id: r.person_id,
                expires_on: r.expires_on?,
            })
        })
        .collect();
    out.sort_by(|a, b| a.expires_on.cmp(&b.expires_on).then(a.who.cmp(&b.who)));
    Ok((total, out))
}

/// Adds a course or check, answering its id.
pub async fn add_course(
    scope: &OrgScope,
    name: &str,
    kind: &str,
    audience: &str,
    valid_months: Option<i32>,
    description: &str,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    scope
        .insert(course::ActiveModel {
            id: Set(id),
            name: Set(name.to_owned()),
            kind: Set(kind.to_owned()),
            audience: Set(audience.to_owned()),
            valid_months: Set(valid_months),
            description: Set(description.to_owned()),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await?;
    Ok(id)
}

/// A session of a course as it is recorded.
pub struct NewSession {
    pub id: Uuid,
    pub held_on: NaiveDate,
    pub co_delivered: bool,
}

/// One training record as it is recorded: a person or a member of staff, and the part they
/// took in the session (if any).
pub struct NewRecord {
    pub person: Option<Uuid>,
    pub account: Option<Uuid>,
    pub session: Option<Uuid>,
    pub part: &'static str,
    pub on: NaiveDate,
    pub expires: Option<NaiveDate>,
}

/// Records a session (for a course) and its records, all or none.
pub async fn record_training(
    scope: &OrgScope,
    course: Uuid,
    session: Option<NewSession>,
    records: Vec<NewRecord>,
) -> Result<(), DbErr> {
    let session_row = session.map(|s| training_session::ActiveModel {
        id: Set(s.id),
        course_id: Set(course),
        held_on: Set(s.held_on),
        co_delivered: Set(s.co_delivered),
        created_at: Set(Utc::now()),
        ..Default::default()
    });
    let rows: Vec<training_record::ActiveModel> = records
        .into_iter()
        .map(|r| training_record::ActiveModel {
            id: Set(Uuid::now_v7()),
            course_id: Set(course),
            session_id: Set(r.session),
            person_id: Set(r.person),
            account_id: Set(r.account),
            part: Set(r.part.to_owned()),
            completed_on: Set(r.on),
            expires_on: Set(r.expires),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .collect();
    let txn = scope.transaction().await?;
    if let Some(session) = session_row {
        scope.insert_many_in(&txn, vec![session]).await?;
    }
    scope.insert_many_in(&txn, rows).await?;
    txn.commit().await
}
