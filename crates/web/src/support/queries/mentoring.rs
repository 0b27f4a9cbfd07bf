//! Mentoring pairs and their meetings.

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{mentoring_meeting, mentoring_pair};
use withus_db::sea_orm;

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

/// Pairs a mentor with a mentee from `started_on`, answering the pair's id.
pub async fn add_pair(
    scope: &OrgScope,
    mentor: Uuid,
    mentee: Uuid,
    started_on: NaiveDate,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    scope
        .insert(mentoring_pair::ActiveModel {
            id: Set(id),
            mentor_id: Set(mentor),
            mentee_id: Set(mentee),
            started_on: Set(started_on),
            ended_on: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await?;
    Ok(id)
}

pub async fn add_meeting(
    scope: &OrgScope,
    pair: Uuid,
    met_on: NaiveDate,
    note: String,
) -> Result<(), DbErr> {
    scope
        .insert(mentoring_meeting::ActiveModel {
            id: Set(Uuid::now_v7()),
            pair_id: Set(pair),
            met_on: Set(met_on),
            note: Set(note),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await
}

/// Ends a pair on `ended_on`, unless it has ended already.
pub async fn end_pair(scope: &OrgScope, pair: Uuid, ended_on: NaiveDate) -> Result<(), DbErr> {
    scope
        .update_many::<mentoring_pair::Entity>()
        .col_expr(mentoring_pair::Column::EndedOn, Expr::value(ended_on))
        .filter(mentoring_pair::Column::Id.eq(pair))
        .filter(mentoring_pair::Column::EndedOn.is_null())
        .exec(scope.db())
        .await?;
    Ok(())
}
