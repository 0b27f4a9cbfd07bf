//! Reads and writes for support, mentoring and training, all through the organisation scope.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate};
use sea_orm::{ColumnTrait, Condition, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    account, course, mentoring_meeting, mentoring_pair, person, support_record, training_record,
    training_session,
};
use withus_db::sea_orm;

use super::expiry::{WARN_DAYS, holds};
use crate::people::views::display_name;

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

pub async fn running_out(scope: &OrgScope, today: NaiveDate) -> Result<Vec<RunningOut>, DbErr> {
    let horizon = today + Duration::days(WARN_DAYS);
    // Only what runs out soon, and anything newer held by the same people: a renewal hides
    // the record it renews.
    let soon = scope
        .find::<training_record::Entity>()
        .filter(training_record::Column::ExpiresOn.lte(horizon))
        .all(scope.db())
        .await?;
    if soon.is_empty() {
        return Ok(Vec::new());
    }
    let people: HashSet<Uuid> = soon.iter().filter_map(|r| r.person_id).collect();
    let staff: HashSet<Uuid> = soon.iter().filter_map(|r| r.account_id).collect();
    let later = scope
        .find::<training_record::Entity>()
        .filter(
            Condition::any()
                .add(training_record::Column::ExpiresOn.gt(horizon))
                .add(training_record::Column::ExpiresOn.is_null()),
        )
        .filter(
            Condition::any()
                .add(training_record::Column::PersonId.is_in(people))
                .add(training_record::Column::AccountId.is_in(staff)),
        )
        .all(scope.db())
        .await?;
    let records: Vec<_> = soon.into_iter().chain(later).collect();
    // None (does not run out) sorts above any date, so it silences the rest too.
    let mut newest: HashMap<(Option<Uuid>, Option<Uuid>, Uuid), Option<NaiveDate>> = HashMap::new();
    for r in &records {
        let key = (r.person_id, r.account_id, r.course_id);
        let entry = newest.entry(key).or_insert(r.expires_on);
        *entry = match (*entry, r.expires_on) {
            (Some(a), Some(b)) => Some(a.max(b)),
            _ => None,
        };
    }
    let newest: HashMap<_, NaiveDate> = newest
        .into_iter()
        .filter_map(|(key, expires)| Some((key, expires?)))
        .collect();
    let courses: HashMap<Uuid, String> = course_names(scope).await?.into_iter().collect();
    let people = names_of_people(scope, newest.keys().filter_map(|k| k.0).collect()).await?;
    let staff = names_of_staff(scope, newest.keys().filter_map(|k| k.1).collect()).await?;
    let mut out: Vec<RunningOut> = newest
        .into_iter()
        .filter(|(_, expires)| *expires <= horizon)
        .map(|((person, account, course), expires_on)| RunningOut {
            course: courses.get(&course).cloned().unwrap_or_default(),
            who: person
                .and_then(|p| people.get(&p).cloned())
                .or_else(|| account.and_then(|a| staff.get(&a).cloned()))
                .unwrap_or_default(),
            person_id: person,
            expires_on,
        })
        .collect();
    out.sort_by(|a, b| a.expires_on.cmp(&b.expires_on).then(a.who.cmp(&b.who)));
    Ok(out)
}

pub async fn names_of_people(
    scope: &OrgScope,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, String>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(scope
        .find::<person::Entity>()
        .filter(person::Column::Id.is_in(ids))
        .all(scope.db())
        .await?
        .iter()
        .map(|p| (p.id, display_name(p)))
        .collect())
}

pub async fn names_of_staff(
    scope: &OrgScope,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, String>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(scope
        .find::<account::Entity>()
        .filter(account::Column::Id.is_in(ids))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|a| (a.id, a.display_name))
        .collect())
}

pub async fn support_of(
    scope: &OrgScope,
    person: Uuid,
) -> Result<Vec<support_record::Model>, DbErr> {
    scope
        .find::<support_record::Entity>()
        .filter(support_record::Column::PersonId.eq(person))
        .order_by_desc(support_record::Column::GivenOn)
        .all(scope.db())
        .await
}

/// Mentoring pairs, current first; with `person`, only theirs.
pub async fn pairs(
    scope: &OrgScope,
    person: Option<Uuid>,
) -> Result<Vec<mentoring_pair::Model>, DbErr> {
    let mut query = scope.find::<mentoring_pair::Entity>();
    if let Some(p) = person {
        query = query.filter(
            Condition::any()
                .add(mentoring_pair::Column::MentorId.eq(p))
                .add(mentoring_pair::Column::MenteeId.eq(p)),
        );
    }
    let mut pairs = query
        .order_by_desc(mentoring_pair::Column::StartedOn)
        .all(scope.db())
        .await?;
    pairs.sort_by_key(|p| p.ended_on.is_some());
    Ok(pairs)
}

pub async fn pair(scope: &OrgScope, id: Uuid) -> Result<Option<mentoring_pair::Model>, DbErr> {
    scope
        .find::<mentoring_pair::Entity>()
        .filter(mentoring_pair::Column::Id.eq(id))
        .one(scope.db())
        .await
}

pub async fn pair_meetings(
    scope: &OrgScope,
    pairs: Vec<Uuid>,
) -> Result<Vec<mentoring_meeting::Model>, DbErr> {
    scope
        .find::<mentoring_meeting::Entity>()
        .filter(mentoring_meeting::Column::PairId.is_in(pairs))
        .order_by_desc(mentoring_meeting::Column::MetOn)
        .all(scope.db())
        .await
}
