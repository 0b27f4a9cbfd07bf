//! The rule checks of one meeting, run on what is stored, with whether each warning was
//! acknowledged, and recording an acknowledgement.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{meeting_acknowledgement, meeting_paper};
use withus_db::sea_orm;

use crate::meetings::checks::{self, Check, Expected, Facts, Paper, Status};

use super::*;

/// A check with whether each of its warnings was acknowledged, and why.
pub struct Checked {
    pub check: Check,
    pub acknowledged: Vec<Option<meeting_acknowledgement::Model>>,
}

impl Checked {
    /// A warning still standing in the way of inviting people.
    pub fn open(&self) -> bool {
        self.check.status == Status::Warning && self.acknowledged.iter().any(Option::is_none)
    }
}

/// Runs the rule checks on the meeting as it stands now.
pub async fn checks(
    scope: &OrgScope,
    loaded: &Loaded,
    attendees: &[Attendee],
    papers: &[meeting_paper::Model],
    now: DateTime<Utc>,
) -> Result<Vec<Checked>, DbErr> {
    let expecting: Vec<&Attendee> = attendees
        .iter()
        .filter(|a| a.person.is_some() && matches!(a.row.kind.as_str(), "member" | "reserve"))
        .collect();
    let ids: Vec<Uuid> = expecting.iter().filter_map(|a| a.row.person_id).collect();
    let mut busy = super::facts::clashes(scope, &loaded.meeting, &ids).await?;
    let expected: Vec<Expected> = expecting
        .into_iter()
        .map(|a| Expected {
            name: a.name.clone(),
            kind: a.row.kind.clone(),
            needs: a.needs.clone(),
            cannot_do: a.cannot_do.clone(),
            busy: a
                .row
                .person_id
                .and_then(|id| busy.remove(&id))
                .unwrap_or_default(),
        })
        .collect();
    let papers: Vec<Paper> = papers
        .iter()
        .map(|p| Paper {
            title: p.title.clone(),
            format: p.format.clone(),
            sent_at: p.sent_at,
        })
        .collect();
    let facts = Facts {
        meeting: &loaded.meeting,
        venue: loaded.venue.as_ref(),
        people: &expected,
        papers: &papers,
        promised: &super::facts::promised(scope, loaded.opportunity.id).await?,
        days_ahead: days_ahead(scope).await?,
        now,
    };
    let acks = scope
        .find::<meeting_acknowledgement::Entity>()
        .filter(meeting_acknowledgement::Column::MeetingId.eq(loaded.meeting.id))
        .all(scope.db())
        .await?;
    Ok(checks::run(&facts)
        .into_iter()
        .map(|check| {
            let acknowledged = check
                .findings
                .iter()
                .map(|f| {
                    acks.iter()
                        .find(|a| a.rule == check.rule && a.finding == *f)
                        .cloned()
                })
                .collect();
            Checked {
                check,
                acknowledged,
            }
        })
        .collect())
}

pub async fn acknowledge(
    scope: &OrgScope,
    meeting_id: Uuid,
    rule: &str,
    findings: &[String],
    reason: &str,
    actor: Uuid,
) -> Result<(), DbErr> {
    let now = Utc::now();
    let rows = findings
        .iter()
        .map(|finding| meeting_acknowledgement::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(scope.organisation_id()),
            meeting_id: Set(meeting_id),
            rule: Set(rule.to_owned()),
            finding: Set(finding.clone()),
            reason: Set(reason.to_owned()),
            acknowledged_by: Set(Some(actor)),
            acknowledged_at: Set(now),
        })
        .collect();
    scope.insert_many(rows).await
}
