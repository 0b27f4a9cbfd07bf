//! Reads and writes for contributions, feedback and the evaluation, through the scope:
//! feedback owed here, contributions in `contributions.rs`, sending feedback in `sending.rs`,
//! outcomes and lessons in `evaluation.rs`, the questionnaire in `questionnaire.rs`.

mod contributions;
mod evaluation;
mod questionnaire;
mod sending;

pub use contributions::*;
pub use evaluation::*;
pub use questionnaire::*;
pub use sending::*;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    feedback, feedback_recipient, interest, meeting, meeting_attendee, opportunity,
    opportunity_status_change, person,
};
use withus_db::sea_orm;

use withus_db::feedback_owed::{AboutColumn, not_sent};

use super::owed::{About, Owed, Waiting, due, late_before};

/// Days after an activity by which the organisation promises feedback.
pub async fn feedback_days(scope: &OrgScope) -> Result<i32, DbErr> {
    Ok(
        withus_db::installation::organisation(scope.db(), scope.organisation_id())
            .await?
            .map_or(28, |o| o.feedback_days),
    )
}

/// Changes the number of days after an activity by which feedback is promised.
pub async fn set_feedback_days(scope: &OrgScope, days: i32) -> Result<(), DbErr> {
    withus_db::installation::set_feedback_days(scope.db(), scope.organisation_id(), days).await
}

/// Whether `owed` answers everything owed, sent or not, or only what is still to send.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owing {
    Everything,
    /// Left to the database: only people no feedback has reached, so the dashboard reads what
    /// is outstanding rather than the organisation's whole history.
    Unsent,
}

/// The rows feedback is owed for, as queries: people expected at meetings that have ended,
/// and people confirmed in opportunities that reached evaluating; erased people left out;
/// with `Owing::Unsent`, only those no feedback has reached.
fn owed_rows(
    scope: &OrgScope,
    only: Option<Uuid>,
    owing: Owing,
    now: DateTime<Utc>,
) -> (
    sea_orm::Select<meeting_attendee::Entity>,
    sea_orm::Select<interest::Entity>,
) {
    use interest::Column as I;
    use meeting_attendee::Column as A;
    use sea_orm::sea_query::{Expr, ExprTrait};
    let mut ended = scope.select_column::<meeting::Entity>(meeting::Column::Id);
    ended
        .and_where(Expr::col(meeting::Column::EndsAt).lt(now))
        .and_where(Expr::col(meeting::Column::CancelledAt).is_null());
    let mut evaluating = scope.select_column::<opportunity_status_change::Entity>(
        opportunity_status_change::Column::OpportunityId,
    );
    evaluating.and_where(Expr::col(opportunity_status_change::Column::Status).eq("evaluating"));
    if owing == Owing::Unsent {
        // Meetings everyone expected has heard about need no looking at, person by person.
        ended.and_where(Expr::col(meeting::Column::FeedbackDoneAt).is_null());
    }
    if let Some(o) = only {
        ended.and_where(Expr::col(meeting::Column::OpportunityId).eq(o));
        evaluating.and_where(Expr::col(opportunity_status_change::Column::OpportunityId).eq(o));
    }
    let erased = || {
        let mut erased = scope.select_column::<person::Entity>(person::Column::Id);
        erased.and_where(Expr::col(person::Column::ErasedAt).is_not_null());
        erased
    };
    let mut attendees = scope
        .find::<meeting_attendee::Entity>()
        .filter(A::MeetingId.in_subquery(ended))
        .filter(A::PersonId.is_not_null())
        .filter(A::PersonId.not_in_subquery(erased()));
    let mut confirmed = scope
        .find::<interest::Entity>()
        .filter(I::OpportunityId.in_subquery(evaluating))
        .filter(I::Status.eq("confirmed"))
        .filter(I::PersonId.not_in_subquery(erased()));
    if owing == Owing::Unsent {
        attendees = attendees.filter(not_sent(
            (meeting_attendee::Entity, A::OrganisationId),
            (meeting_attendee::Entity, A::PersonId),
            AboutColumn::Meeting((meeting_attendee::Entity, A::MeetingId)),
        ));
        confirmed = confirmed.filter(not_sent(
            (interest::Entity, I::OrganisationId),
            (interest::Entity, I::PersonId),
            AboutColumn::Opportunity((interest::Entity, I::OpportunityId)),
        ));
    }
    (attendees, confirmed)
}

/// A meeting's opportunity and end.
type Ended = (Uuid, DateTime<Utc>);

/// When each activity ended: meetings' end (with their opportunity), and the first move of
/// each opportunity to evaluating.
async fn ended_at(
    scope: &OrgScope,
    meetings: HashSet<Uuid>,
    opportunities: HashSet<Uuid>,
) -> Result<(HashMap<Uuid, Ended>, HashMap<Uuid, DateTime<Utc>>), DbErr> {
    use sea_orm::QuerySelect;
    let meetings = scope
        .find::<meeting::Entity>()
        .select_only()
        .columns([
            meeting::Column::Id,
            meeting::Column::OpportunityId,
            meeting::Column::EndsAt,
        ])
        .filter(meeting::Column::Id.is_in(meetings))
        .into_tuple::<(Uuid, Uuid, DateTime<Utc>)>()
        .all(scope.db())
        .await?
        .into_iter()
        .map(|(id, opportunity, ends)| (id, (opportunity, ends)))
        .collect();
    Ok((meetings, reached_evaluating(scope, opportunities).await?))
}

/// When each opportunity first moved to evaluating.
async fn reached_evaluating(
    scope: &OrgScope,
    opportunities: HashSet<Uuid>,
) -> Result<HashMap<Uuid, DateTime<Utc>>, DbErr> {
    let mut reached: HashMap<Uuid, DateTime<Utc>> = HashMap::new();
    for c in scope
        .find::<opportunity_status_change::Entity>()
        .filter(opportunity_status_change::Column::Status.eq("evaluating"))
        .filter(opportunity_status_change::Column::OpportunityId.is_in(opportunities))
        .all(scope.db())
        .await?
    {
        let at = reached.entry(c.opportunity_id).or_insert(c.changed_at);
        *at = Ord::min(*at, c.changed_at);
    }
    Ok(reached)
}

/// Feedback owed to everyone involved, person by person, with the day it is promised by and
/// when it was sent. `only` narrows it to one opportunity.
pub async fn owed(
    scope: &OrgScope,
    only: Option<Uuid>,
    owing: Owing,
    now: DateTime<Utc>,
) -> Result<Vec<Owed>, DbErr> {
    let days = feedback_days(scope).await?;
    let (attendees, confirmed) = owed_rows(scope, only, owing, now);
    let attendees = attendees.all(scope.db()).await?;
    let confirmed = confirmed.all(scope.db()).await?;
    let (meetings, reached) = ended_at(
        scope,
        attendees.iter().map(|a| a.meeting_id).collect(),
        confirmed.iter().map(|i| i.opportunity_id).collect(),
    )
    .await?;
    let sent_at = match owing {
        Owing::Everything => sent_times(scope, only).await?,
        Owing::Unsent => HashMap::new(),
    };
    let mut owed: Vec<Owed> = Vec::new();
    let mut seen: HashSet<(About, Uuid)> = HashSet::new();
    let mut push = |person_id: Uuid, opportunity_id: Uuid, about: About, ended: DateTime<Utc>| {
        if !seen.insert((about, person_id)) {
            return;
        }
        owed.push(Owed {
            person_id,
            opportunity_id,
            about,
            due: due(ended, days),
            sent_at: sent_at.get(&(about, person_id)).copied(),
        });
    };
    for a in &attendees {
        if let (Some(person), Some((opportunity, ends))) =
            (a.person_id, meetings.get(&a.meeting_id))
        {
            push(person, *opportunity, About::Meeting(a.meeting_id), *ends);
        }
    }
    for i in &confirmed {
        if let Some(at) = reached.get(&i.opportunity_id) {
            push(
                i.person_id,
                i.opportunity_id,
                About::Opportunity(i.opportunity_id),
                *at,
            );
        }
    }
    owed.sort_by_key(|o| o.due);
    Ok(owed)
}

/// Meetings still owing feedback, from the count each keeps (`withus_db::feedback_owed`), ended before `before`.
fn meetings_owing(scope: &OrgScope, before: DateTime<Utc>) -> sea_orm::Select<meeting::Entity> {
    use meeting::Column as M;
    scope
        .find::<meeting::Entity>()
        .filter(M::FeedbackDoneAt.is_null())
        .filter(M::EndsAt.lt(before))
        .filter(M::CancelledAt.is_null())
        .filter(M::FeedbackOwed.gt(0))
}

/// As `Waiting` rows: (meeting, opportunity, end, people).
async fn meeting_rows(
    query: sea_orm::Select<meeting::Entity>,
    scope: &OrgScope,
    days: i32,
) -> Result<Vec<Waiting>, DbErr> {
    use meeting::Column as M;
    use sea_orm::QuerySelect;
    let rows: Vec<(Uuid, Uuid, DateTime<Utc>, i32)> = query
        .select_only()
        .columns([M::Id, M::OpportunityId, M::EndsAt, M::FeedbackOwed])
        .into_tuple()
        .all(scope.db())
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, opportunity, ends, people)| Waiting {
            opportunity_id: opportunity,
            about: About::Meeting(id),
            people: usize::try_from(people).unwrap_or_default(),
            due: due(ends, days),
        })
        .collect())
}

/// Opportunities still owing feedback about them as a whole, from the count each keeps.
async fn opportunities_owing(
    scope: &OrgScope,
    only: Option<Uuid>,
    days: i32,
) -> Result<Vec<Waiting>, DbErr> {
    use sea_orm::QuerySelect;
    let mut query = scope
        .find::<opportunity::Entity>()
        .select_only()
        .columns([opportunity::Column::Id, opportunity::Column::FeedbackOwed])
        .filter(opportunity::Column::FeedbackOwed.gt(0));
    if let Some(o) = only {
        query = query.filter(opportunity::Column::Id.eq(o));
    }
    let rows: Vec<(Uuid, i32)> = query.into_tuple().all(scope.db()).await?;
    let reached = reached_evaluating(scope, rows.iter().map(|(o, _)| *o).collect()).await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, people)| {
            Some(Waiting {
                opportunity_id: id,
                about: About::Opportunity(id),
                people: usize::try_from(people).unwrap_or_default(),
                due: due(*reached.get(&id)?, days),
            })
        })
        .collect())
}

/// Feedback still to send, activity by activity, the earliest promise first: what Feedback
/// owed and the closing rule read.
pub async fn waiting(
    scope: &OrgScope,
    only: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<Vec<Waiting>, DbErr> {
    let days = feedback_days(scope).await?;
    let mut meetings = meetings_owing(scope, now);
    if let Some(o) = only {
        meetings = meetings.filter(meeting::Column::OpportunityId.eq(o));
    }
    let mut out = meeting_rows(meetings, scope, days).await?;
    out.extend(opportunities_owing(scope, only, days).await?);
    out.sort_by_key(|w| w.due);
    Ok(out)
}

/// Feedback late on `today`: how many people are owed it, and the `rows` activities promised
/// longest ago. The database adds the meetings up and hands over only those rows, so the
/// dashboard costs the same however much feedback was never sent.
pub async fn overdue(
    scope: &OrgScope,
    today: NaiveDate,
    rows: u64,
) -> Result<(usize, Vec<Waiting>), DbErr> {
    use sea_orm::QuerySelect;
    use sea_orm::sea_query::{Expr, ExprTrait};
    let days = feedback_days(scope).await?;
    let late = meetings_owing(scope, late_before(today, days));
    let at_meetings: Option<i64> = late
        .clone()
        .select_only()
        .column_as(Expr::col(meeting::Column::FeedbackOwed).sum(), "people")
        .into_tuple()
        .one(scope.db())
        .await?
        .flatten();
    let first = late.order_by_asc(meeting::Column::EndsAt).limit(rows);
    let mut shown = meeting_rows(first, scope, days).await?;
    let opportunities: Vec<Waiting> = opportunities_owing(scope, None, days)
        .await?
        .into_iter()
        .filter(|w| today > w.due)
        .collect();
    let people = usize::try_from(at_meetings.unwrap_or_default()).unwrap_or_default()
        + opportunities.iter().map(|w| w.people).sum::<usize>();
    shown.extend(opportunities);
    shown.sort_by_key(|w| w.due);
    shown.truncate(usize::try_from(rows).unwrap_or(usize::MAX));
    Ok((people, shown))
}

/// When feedback first reached each person, about each activity.
async fn sent_times(
    scope: &OrgScope,
    only: Option<Uuid>,
) -> Result<HashMap<(About, Uuid), DateTime<Utc>>, DbErr> {
    let mut sent = scope.find::<feedback::Entity>();
    if let Some(o) = only {
        sent = sent.filter(feedback::Column::OpportunityId.eq(o));
    }
    let sent = sent.all(scope.db()).await?;
    let recipients = scope
        .find::<feedback_recipient::Entity>()
        .filter(feedback_recipient::Column::FeedbackId.is_in(sent.iter().map(|f| f.id)))
        .all(scope.db())
        .await?;
    let by_id: HashMap<Uuid, (About, DateTime<Utc>)> = sent
        .iter()
        .map(|f| {
            let about = f
                .meeting_id
                .map_or(About::Opportunity(f.opportunity_id), About::Meeting);
            (f.id, (about, f.sent_at))
        })
        .collect();
    let mut first: HashMap<(About, Uuid), DateTime<Utc>> = HashMap::new();
    for r in &recipients {
        if let Some((about, at)) = by_id.get(&r.feedback_id) {
            let when = first.entry((*about, r.person_id)).or_insert(*at);
            *when = (*when).min(*at);
        }
    }
    Ok(first)
}
