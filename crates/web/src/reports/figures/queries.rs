//! The reads behind the figures, through the scope: the rows each figure is worked out from,
//! and where a period holds many, only the columns it uses.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QuerySelect};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    claim, contribution, equality_answer, evaluation_answer, meeting, meeting_attendee,
    meeting_paper, opportunity, payment, payment_policy,
};
use withus_db::sea_orm;

use super::{Held, INVOLVED};
use crate::reports::Period;

pub async fn held(scope: &OrgScope, period: &Period, now: DateTime<Utc>) -> Result<Held, DbErr> {
    let meetings = scope
        .find::<meeting::Entity>()
        .filter(meeting::Column::StartsAt.gte(period.starts()))
        .filter(meeting::Column::StartsAt.lt(period.ends()))
        .filter(meeting::Column::EndsAt.lte(now))
        .filter(meeting::Column::CancelledAt.is_null())
        .all(scope.db())
        .await?;
    let opportunities = scope
        .find::<opportunity::Entity>()
        .all(scope.db())
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    Ok(Held {
        meetings,
        opportunities,
        between: (period.starts(), period.ends()),
    })
}

/// (meeting, person, attendance, minutes) of one attendee row.
pub type AttendeeRow = (Uuid, Option<Uuid>, Option<String>, Option<i32>);

/// Involved people down to attend meetings that started between the two moments, whether
/// the meeting was held or not.
pub async fn involved_attendees(
    scope: &OrgScope,
    between: (DateTime<Utc>, DateTime<Utc>),
) -> Result<Vec<AttendeeRow>, DbErr> {
    use sea_orm::sea_query::{Expr, ExprTrait};
    // The period's meetings as a subquery, and only the columns used: at national scale this
    // reads tens of thousands of rows.
    let (from, to) = between;
    let mut in_period = scope.select_column::<meeting::Entity>(meeting::Column::Id);
    in_period
        .and_where(Expr::col(meeting::Column::StartsAt).gte(from))
        .and_where(Expr::col(meeting::Column::StartsAt).lt(to));
    scope
        .find::<meeting_attendee::Entity>()
        .select_only()
        .column(meeting_attendee::Column::MeetingId)
        .column(meeting_attendee::Column::PersonId)
        .column(meeting_attendee::Column::Attendance)
        .column(meeting_attendee::Column::Minutes)
        .filter(meeting_attendee::Column::MeetingId.in_subquery(in_period))
        .filter(meeting_attendee::Column::Kind.is_in(INVOLVED.iter().copied()))
        .filter(meeting_attendee::Column::PersonId.is_not_null())
        .into_tuple()
        .all(scope.db())
        .await
}

/// Every equality answer the people have given, read 500 people at a time.
pub async fn equality_answers_of(
    scope: &OrgScope,
    people: &[Uuid],
) -> Result<Vec<equality_answer::Model>, DbErr> {
    let mut out = Vec::new();
    for chunk in people.chunks(500) {
        let rows = scope
            .find::<equality_answer::Entity>()
            .filter(equality_answer::Column::PersonId.is_in(chunk.iter().copied()))
            .all(scope.db())
            .await?;
        out.extend(rows);
    }
    Ok(out)
}

/// (meeting, sent at) of every paper of the meetings, read 500 meetings at a time.
pub async fn papers_of(
    scope: &OrgScope,
    meetings: &[Uuid],
) -> Result<Vec<(Uuid, Option<DateTime<Utc>>)>, DbErr> {
    let mut out = Vec::new();
    for chunk in meetings.chunks(500) {
        let rows: Vec<(Uuid, Option<DateTime<Utc>>)> = scope
            .find::<meeting_paper::Entity>()
            .select_only()
            .column(meeting_paper::Column::MeetingId)
            .column(meeting_paper::Column::SentAt)
            .filter(meeting_paper::Column::MeetingId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(scope.db())
            .await?;
        out.extend(rows);
    }
    Ok(out)
}

/// (id, policy, status, made at) of every claim made by the period's end.
pub async fn claims_made_by(
    scope: &OrgScope,
    period: &Period,
) -> Result<Vec<(Uuid, Uuid, String, DateTime<Utc>)>, DbErr> {
    scope
        .find::<claim::Entity>()
        .select_only()
        .column(claim::Column::Id)
        .column(claim::Column::PolicyId)
        .column(claim::Column::Status)
        .column(claim::Column::SubmittedAt)
        .filter(claim::Column::SubmittedAt.lt(period.ends()))
        .into_tuple()
        .all(scope.db())
        .await
}

/// (claim, paid on, pence) of every payment by the period's end.
pub async fn paid_by(
    scope: &OrgScope,
    period: &Period,
) -> Result<Vec<(Uuid, NaiveDate, i64)>, DbErr> {
    scope
        .find::<payment::Entity>()
        .select_only()
        .column(payment::Column::ClaimId)
        .column(payment::Column::PaidOn)
        .column(payment::Column::Pence)
        .filter(payment::Column::PaidOn.lte(period.to))
        .into_tuple()
        .all(scope.db())
        .await
}

/// Every version of the payment policy, for the days each promised to pay within.
pub async fn policies(scope: &OrgScope) -> Result<Vec<payment_policy::Model>, DbErr> {
    scope.find::<payment_policy::Entity>().all(scope.db()).await
}

/// Contributions: said in the period, and decided in it.
pub async fn contributions(
    scope: &OrgScope,
    period: &Period,
) -> Result<Vec<contribution::Model>, DbErr> {
    scope
        .find::<contribution::Entity>()
        .filter(
            sea_orm::Condition::any()
                .add(
                    sea_orm::Condition::all()
                        .add(contribution::Column::SaidOn.gte(period.from))
                        .add(contribution::Column::SaidOn.lte(period.to)),
                )
                .add(
                    sea_orm::Condition::all()
                        .add(contribution::Column::OutcomeOn.gte(period.from))
                        .add(contribution::Column::OutcomeOn.lte(period.to)),
                ),
        )
        .all(scope.db())
        .await
}

pub async fn answers(
    scope: &OrgScope,
    period: &Period,
) -> Result<Vec<evaluation_answer::Model>, DbErr> {
    scope
        .find::<evaluation_answer::Entity>()
        .filter(evaluation_answer::Column::SubmittedAt.gte(period.starts()))
        .filter(evaluation_answer::Column::SubmittedAt.lt(period.ends()))
        .all(scope.db())
        .await
}
