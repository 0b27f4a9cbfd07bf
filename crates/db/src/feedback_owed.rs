//! `feedback_owed` on meetings and opportunities: how many people are still owed feedback
//! about each. Recounted in the same transaction as whatever can change it (someone expected
//! or removed, someone confirmed, feedback sent, a person erased, an opportunity reaching
//! evaluating), so the dashboard reads one row per activity owing however long the history.

use crate::OrgScope;
use crate::entities::{
    feedback, feedback_recipient, interest, meeting, meeting_attendee, opportunity,
    opportunity_status_change, person,
};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, QueryFilter, sea_query::IntoCondition,
};
use uuid::Uuid;

fn erased(scope: &OrgScope) -> SelectStatement {
    let mut erased = scope.select_column::<person::Entity>(person::Column::Id);
    erased.and_where(Expr::col(person::Column::ErasedAt).is_not_null());
    erased
}

/// Distinct people expected at the outer meeting, not erased, that nothing about it reached.
fn meeting_owed(scope: &OrgScope) -> Expr {
    use meeting_attendee::Column as A;
    let attendee = |c: A| Expr::col((meeting_attendee::Entity, c));
    let mut q = Query::select();
    q.expr(attendee(A::PersonId).count_distinct())
        .from(meeting_attendee::Entity)
        .and_where(
            attendee(A::OrganisationId).equals((meeting::Entity, meeting::Column::OrganisationId)),
        )
        .and_where(attendee(A::MeetingId).equals((meeting::Entity, meeting::Column::Id)))
        .and_where(attendee(A::PersonId).is_not_null())
        .and_where(attendee(A::PersonId).not_in_subquery(erased(scope)))
        .and_where(not_sent(
            (meeting_attendee::Entity, A::OrganisationId),
            (meeting_attendee::Entity, A::PersonId),
            AboutColumn::Meeting((meeting_attendee::Entity, A::MeetingId)),
        ));
    Expr::SubQuery(None, Box::new(q.into()))
}

/// Distinct people confirmed in the outer opportunity, not erased, that no feedback about it
/// as a whole reached; none until it has reached evaluating.
fn opportunity_owed(scope: &OrgScope) -> Expr {
    use interest::Column as I;
    use opportunity_status_change::Column as S;
    let outer = |c: opportunity::Column| (opportunity::Entity, c);
    let interest = |c: I| Expr::col((interest::Entity, c));
    let mut evaluating = Query::select();
    evaluating
        .expr(Expr::val(1))
        .from(opportunity_status_change::Entity)
        .and_where(
            Expr::col((opportunity_status_change::Entity, S::OrganisationId))
                .equals(outer(opportunity::Column::OrganisationId)),
        )
        .and_where(
            Expr::col((opportunity_status_change::Entity, S::OpportunityId))
                .equals(outer(opportunity::Column::Id)),
        )
        .and_where(Expr::col((opportunity_status_change::Entity, S::Status)).eq("evaluating"));
    let mut q = Query::select();
    q.expr(interest(I::PersonId).count_distinct())
        .from(interest::Entity)
        .and_where(interest(I::OrganisationId).equals(outer(opportunity::Column::OrganisationId)))
        .and_where(interest(I::OpportunityId).equals(outer(opportunity::Column::Id)))
        .and_where(interest(I::Status).eq("confirmed"))
        .and_where(interest(I::PersonId).not_in_subquery(erased(scope)))
        .and_where(Expr::exists(evaluating))
        .and_where(not_sent(
            (interest::Entity, I::OrganisationId),
            (interest::Entity, I::PersonId),
            AboutColumn::Opportunity((interest::Entity, I::OpportunityId)),
        ));
    Expr::SubQuery(None, Box::new(q.into()))
}

/// Recounts the meetings, and marks when nobody expected at one is owed any more.
pub async fn meetings<C: ConnectionTrait>(
    scope: &OrgScope,
    conn: &C,
    ids: impl IntoIterator<Item = Uuid>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(());
    }
    meetings_where(
        scope,
        conn,
        meeting::Column::Id.is_in(ids).into_condition(),
        now,
    )
    .await
}

async fn meetings_where<C: ConnectionTrait>(
    scope: &OrgScope,
    conn: &C,
    which: Condition,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    use meeting::Column as M;
    scope
        .update_many::<meeting::Entity>()
        .col_expr(M::FeedbackOwed, meeting_owed(scope))
        .filter(which.clone())
        .exec(conn)
        .await?;
    scope
        .update_many::<meeting::Entity>()
        .col_expr(M::FeedbackDoneAt, Expr::value(None::<DateTime<Utc>>))
        .filter(which.clone())
        .filter(M::FeedbackOwed.gt(0))
        .exec(conn)
        .await?;
    scope
        .update_many::<meeting::Entity>()
        .col_expr(M::FeedbackDoneAt, Expr::value(now))
        .filter(which)
        .filter(M::FeedbackOwed.eq(0))
        .filter(M::FeedbackDoneAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// Recounts the opportunities' feedback owed as a whole.
pub async fn opportunities<C: ConnectionTrait>(
    scope: &OrgScope,
    conn: &C,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<(), DbErr> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(());
    }
    opportunities_where(
        scope,
        conn,
        opportunity::Column::Id.is_in(ids).into_condition(),
    )
    .await
}

async fn opportunities_where<C: ConnectionTrait>(
    scope: &OrgScope,
    conn: &C,
    which: Condition,
) -> Result<(), DbErr> {
    scope
        .update_many::<opportunity::Entity>()
        .col_expr(opportunity::Column::FeedbackOwed, opportunity_owed(scope))
        .filter(which)
        .exec(conn)
        .await?;
    Ok(())
}

/// Recounts everything a person was expected at or confirmed in: after they are erased.
pub async fn for_person<C: ConnectionTrait>(
    scope: &OrgScope,
    conn: &C,
    person: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    use sea_orm::QuerySelect;
    let meetings_of: Vec<Uuid> = scope
        .find::<meeting_attendee::Entity>()
        .select_only()
        .column(meeting_attendee::Column::MeetingId)
        .filter(meeting_attendee::Column::PersonId.eq(person))
        .into_tuple()
        .all(conn)
        .await?;
    let confirmed_in: Vec<Uuid> = scope
        .find::<interest::Entity>()
        .select_only()
        .column(interest::Column::OpportunityId)
        .filter(interest::Column::PersonId.eq(person))
        .into_tuple()
        .all(conn)
        .await?;
    meetings(scope, conn, meetings_of, now).await?;
    opportunities(scope, conn, confirmed_in).await
}

/// Recounts every meeting and opportunity of the organisation: after the demo or the
/// generator has written rows directly.
pub async fn everything<C: ConnectionTrait>(
    scope: &OrgScope,
    conn: &C,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    meetings_where(scope, conn, Condition::all(), now).await?;
    opportunities_where(scope, conn, Condition::all()).await
}

/// What a row owed feedback is about, as the outer query's column.
pub enum AboutColumn<C> {
    Meeting(C),
    /// The opportunity as a whole: feedback with no meeting.
    Opportunity(C),
}

/// `NOT EXISTS` feedback about the outer row's meeting or opportunity that reached the outer
/// row's person. Correlated on the organisation too, so the (organisation, meeting) and
/// (organisation, feedback, person) indexes answer it.
pub fn not_sent<C>(org: C, person: C, about: AboutColumn<C>) -> sea_orm::sea_query::SimpleExpr
where
    C: sea_orm::sea_query::IntoColumnRef,
{
    use feedback::Column as F;
    use feedback_recipient::Column as R;
    use sea_orm::sea_query::{Expr, ExprTrait, Query};
    let mut sent = Query::select();
    sent.expr(Expr::val(1))
        .from(feedback::Entity)
        .inner_join(
            feedback_recipient::Entity,
            Expr::col((feedback_recipient::Entity, R::FeedbackId))
                .equals((feedback::Entity, F::Id))
                .and(
                    Expr::col((feedback_recipient::Entity, R::OrganisationId))
                        .equals((feedback::Entity, F::OrganisationId)),
                ),
        )
        .and_where(Expr::col((feedback::Entity, F::OrganisationId)).equals(org))
        .and_where(Expr::col((feedback_recipient::Entity, R::PersonId)).equals(person));
    match about {
        AboutColumn::Meeting(m) => {
            sent.and_where(Expr::col((feedback::Entity, F::MeetingId)).equals(m))
        }
        AboutColumn::Opportunity(o) => sent
            .and_where(Expr::col((feedback::Entity, F::OpportunityId)).equals(o))
            .and_where(Expr::col((feedback::Entity, F::MeetingId)).is_null()),
    };
    Expr::exists(sent.to_owned()).not()
}
