//! Sending feedback (the feedback, its emails and recipients, and the counts it settles, in one
//! transaction), reading back what was sent, and the names feedback tables show.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, DbErr, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{feedback, feedback_recipient, person_choice};
use withus_db::outbox::{self, NewMessage};
use withus_db::sea_orm;

use crate::impact::owed::About;

/// `(id, title)` of the rows with these ids: titles only, not the rows' long texts.
pub async fn titles<E: withus_db::OrgOwned>(
    scope: &OrgScope,
    id: E::Column,
    title: E::Column,
    ids: Vec<Uuid>,
) -> Result<Vec<(Uuid, String)>, DbErr> {
    use sea_orm::QuerySelect;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    scope
        .find::<E>()
        .filter(id.is_in(ids))
        .select_only()
        .columns([id, title])
        .into_tuple()
        .all(scope.db())
        .await
}

/// Each person's access needs, for the format their feedback goes in.
pub async fn access_needs(
    scope: &OrgScope,
    people: Vec<Uuid>,
) -> Result<HashMap<Uuid, Vec<String>>, DbErr> {
    let mut needs: HashMap<Uuid, Vec<String>> = HashMap::new();
    for c in scope
        .find::<person_choice::Entity>()
        .filter(person_choice::Column::PersonId.is_in(people))
        .filter(person_choice::Column::List.eq("access_need"))
        .all(scope.db())
        .await?
    {
        needs.entry(c.person_id).or_default().push(c.value);
    }
    Ok(needs)
}

/// Feedback about to go: what was written, about what, by whom, and when.
pub struct Sending<'a> {
    pub opportunity_id: Uuid,
    pub about: About,
    pub message: &'a str,
    pub easy_read: Option<&'a str>,
    pub sent_by: Uuid,
    pub now: DateTime<Utc>,
}

/// One person the feedback goes to: how, in which format, and the email when it is emailed.
pub struct Recipient<'a> {
    pub person_id: Uuid,
    pub channel: &'a str,
    pub format: &'a str,
    /// `(address, body)`.
    pub email: Option<(&'a str, String)>,
}

/// Stores the feedback, queues its emails under `subject`, records who it went to and settles
/// the counts of feedback owed, in one transaction: none of it is kept unless all of it is.
pub async fn send_feedback(
    scope: &OrgScope,
    sending: Sending<'_>,
    subject: &str,
    recipients: &[Recipient<'_>],
) -> Result<(), DbErr> {
    let feedback_id = Uuid::now_v7();
    let now = sending.now;
    let txn = scope.transaction().await?;
    scope
        .insert_many_in(
            &txn,
            vec![feedback::ActiveModel {
                id: Set(feedback_id),
                opportunity_id: Set(sending.opportunity_id),
                meeting_id: Set(match sending.about {
                    About::Meeting(m) => Some(m),
                    About::Opportunity(_) => None,
                }),
                message: Set(sending.message.to_owned()),
                easy_read: Set(sending.easy_read.map(str::to_owned)),
                sent_by: Set(Some(sending.sent_by)),
                sent_at: Set(now),
                ..Default::default()
            }],
        )
        .await?;
    let mut rows = Vec::new();
    for r in recipients {
        if let Some((address, body)) = &r.email {
            let mail = NewMessage {
                to: address,
                subject,
                body,
                calendar: None,
            };
            outbox::enqueue_in(scope, &txn, mail, now).await?;
        }
        rows.push(feedback_recipient::ActiveModel {
            id: Set(Uuid::now_v7()),
            feedback_id: Set(feedback_id),
            person_id: Set(r.person_id),
            channel: Set(r.channel.into()),
            format: Set(r.format.into()),
            ..Default::default()
        });
    }
    scope.insert_many_in(&txn, rows).await?;
    match sending.about {
        About::Meeting(m) => withus_db::feedback_owed::meetings(scope, &txn, [m], now).await?,
        About::Opportunity(o) => withus_db::feedback_owed::opportunities(scope, &txn, [o]).await?,
    }
    txn.commit().await
}

/// Feedback sent about the opportunity or its meetings, newest first.
pub async fn feedback_sent(
    scope: &OrgScope,
    opportunity: Uuid,
) -> Result<Vec<feedback::Model>, DbErr> {
    scope
        .find::<feedback::Entity>()
        .filter(feedback::Column::OpportunityId.eq(opportunity))
        .order_by_desc(feedback::Column::SentAt)
        .all(scope.db())
        .await
}

/// Who these feedback went to by post.
pub async fn recipients_by_post(
    scope: &OrgScope,
    sent: &[feedback::Model],
) -> Result<Vec<feedback_recipient::Model>, DbErr> {
    scope
        .find::<feedback_recipient::Entity>()
        .filter(feedback_recipient::Column::FeedbackId.is_in(sent.iter().map(|f| f.id)))
        .filter(feedback_recipient::Column::Channel.eq("post"))
        .all(scope.db())
        .await
}
