//! Synthetic involvement: opportunities at every step of the lifecycle, interests, meetings
//! over the last year and the next two months with people expected (attendance recorded for
//! past ones), claims and payments for some, and what people said.

use chrono::{DateTime, Duration, Utc};
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::entities::{
    claim, contribution, interest, meeting_attendee, opportunity, payment, payment_policy,
};
use withus_db::{OrgScope, sea_orm, sea_orm::DbErr};

use super::{Dice, Made, insert};
use crate::kit::vocab::{AREAS, LEVELS};
use crate::opportunities::{ORG_LEVELS, STATUSES};

/// People expected at a meeting.
const EXPECTED: usize = 8;
/// Meetings an opportunity holds, at most.
const MEETINGS: usize = 12;
const TITLES: &[&str] = &[
    "Redesign the carers' assessment",
    "Interview panel for a team manager",
    "Teach social work students",
    "Quality board seat",
    "Review the discharge leaflet",
    "Co-design day services",
    "Research advisory group",
    "Commissioning reference group",
];

/// An opportunity as written, for what follows it (status history, feedback, questionnaires).
pub struct Ran {
    pub id: Uuid,
    pub status: &'static str,
    pub confirmed: Vec<Uuid>,
    /// Each meeting's id, when feedback about it went to everyone expected (if it has), and
    /// the people expected.
    pub meetings: Vec<(Uuid, Option<DateTime<Utc>>, Vec<Uuid>)>,
}

/// Writes the organisation's involvement: `involvements` people expected at meetings in all.
pub async fn write(
    scope: &OrgScope,
    dice: &mut Dice,
    people: &[Uuid],
    involvements: usize,
    made: &mut Made,
) -> Result<Vec<Ran>, DbErr> {
    let mut ran = Vec::new();
    if people.is_empty() {
        return Ok(ran);
    }
    let now = Utc::now();
    let meetings_needed = involvements.div_ceil(EXPECTED);
    let opportunities = meetings_needed.div_ceil(MEETINGS).max(1);
    let policy = dice.id();
    scope
        .insert(payment_policy::ActiveModel {
            id: Set(policy),
            version: Set(1),
            effective_from: Set((now - Duration::days(800)).date_naive()),
            days_to_pay: Set(14),
            methods: Set("bank_transfer,voucher,decline".into()),
            fees: Set("meeting per_hour 2000".into()),
            expenses: Set(String::new()),
            benefits_note: Set(String::new()),
            created_by: Set(None),
            created_at: Set(now),
            ..Default::default()
        })
        .await?;
    let (mut opps, mut interests, mut meetings, mut attendees) = (vec![], vec![], vec![], vec![]);
    let (mut claims, mut payments, mut said) = (vec![], vec![], vec![]);
    let mut left = involvements;
    let mut n = 0;
    // Until every involvement has its meeting (drafts hold none), and at least as many
    // opportunities as the meetings need.
    while left > 0 || n < opportunities {
        n += 1;
        let id = dice.id();
        let status = STATUSES[dice.below(STATUSES.len())].0;
        opps.push(opportunity::ActiveModel {
            id: Set(id),
            title: Set(format!("{} {n}", dice.pick(TITLES))),
            summary: Set("Help us shape a service.".into()),
            purpose: Set("Services work better when people who use them shape them.".into()),
            level: Set(Some(dice.pick(LEVELS).0.to_owned())),
            can_change: Set("How the service works day to day.".into()),
            cannot_change: Set("The overall budget.".into()),
            who_decides: Set("The service manager".into()),
            area: Set(Some(dice.pick(AREAS).0.to_owned())),
            org_level: Set(Some(dice.pick(ORG_LEVELS).0.to_owned())),
            time_commitment: Set(None),
            way: Set(["in_person", "online", "both"][dice.below(3)].into()),
            venue: Set(None),
            starts_at: Set(None),
            ends_at: Set(None),
            paid: Set(dice.chance(70)),
            rate_pence: Set(Some(2000)),
            rate_unit: Set(Some("hour".into())),
            places: Set(EXPECTED as i32),
            reserves: Set(2),
            owner_id: Set(None),
            budget_pence: Set(None),
            status: Set(status.into()),
            act_notes: Set(None),
            reflection: Set(None),
            lessons: Set(None),
            created_at: Set(now - Duration::days(400)),
            updated_at: Set(now),
            ..Default::default()
        });
        // The people of this opportunity: eight confirmed, a few interested or not chosen.
        let start = dice.below(people.len());
        let group: Vec<Uuid> = (0..EXPECTED + 4)
            .map(|k| people[(start + k * 7) % people.len()])
            .collect();
        let mut seen = std::collections::HashSet::new();
        for (k, p) in group.iter().enumerate() {
            if !seen.insert(*p) {
                continue;
            }
            interests.push(interest::ActiveModel {
                id: Set(dice.id()),
                opportunity_id: Set(id),
                person_id: Set(*p),
                status: Set(if k < EXPECTED {
                    "confirmed"
                } else {
                    ["interested", "not_selected", "reserve", "withdrawn"][k - EXPECTED]
                }
                .into()),
                created_at: Set(now - Duration::days(380)),
                ..Default::default()
            });
        }
        made.opportunities += 1;
        let mut this = Ran {
            id,
            status,
            confirmed: group.iter().take(EXPECTED).copied().collect(),
            meetings: Vec::new(),
        };
        if status == "draft" || left == 0 {
            ran.push(this);
            continue;
        }
        for m in 0..MEETINGS {
            if left == 0 {
                break;
            }
            // Monthly over the last year, the last two still to come.
            let starts = now - Duration::days(30 * (MEETINGS as i64 - 3 - m as i64))
                + Duration::hours(dice.below(48) as i64);
            let held = starts < now;
            let meeting_id = dice.id();
            let mut row = crate::meetings::demo::meeting_row(
                meeting_id,
                id,
                format!("Meeting {}", m + 1),
                starts,
                dice.chance(15),
            );
            // Most meetings' feedback goes out within a month; some is still owed.
            let told = starts + Duration::days(5 + dice.below(30) as i64);
            let told = (told < now && dice.chance(85)).then_some(told);
            row.feedback_done_at = Set(told);
            // Reminders went out as each meeting came near, as they would have.
            let remind = starts - Duration::hours(crate::meetings::REMIND_BEFORE_HOURS);
            row.reminded_at = Set((remind < now).then_some(remind));
            meetings.push(row);
            let expected = group[..EXPECTED.min(left)].to_vec();
            this.meetings.push((meeting_id, told, expected.clone()));
            for p in &expected {
                left -= 1;
                let attendance = held.then(|| {
                    if dice.chance(88) {
                        "attended"
                    } else {
                        "apologies"
                    }
                });
                attendees.push(meeting_attendee::ActiveModel {
                    id: Set(dice.id()),
                    meeting_id: Set(meeting_id),
                    person_id: Set(Some(*p)),
                    account_id: Set(None),
                    kind: Set("member".into()),
                    attendance: Set(attendance.map(Into::into)),
                    minutes: Set((attendance == Some("attended")).then_some(120)),
                    invited_at: Set(Some(starts - Duration::days(14))),
                    ..Default::default()
                });
                if attendance == Some("attended") && dice.chance(30) {
                    let claim_id = dice.id();
                    let made_at = starts + Duration::days(1);
                    let paid_on =
                        (made_at + Duration::days(5 + dice.below(20) as i64)).date_naive();
                    let paid = paid_on < now.date_naive() && dice.chance(85);
                    claims.push(claim::ActiveModel {
                        id: Set(claim_id),
                        person_id: Set(*p),
                        meeting_id: Set(meeting_id),
                        policy_id: Set(policy),
                        status: Set(if paid { "paid" } else { "submitted" }.into()),
                        method: Set("bank_transfer".into()),
                        role: Set("member".into()),
                        activity: Set("meeting".into()),
                        activity_on: Set(starts.date_naive()),
                        minutes: Set(120),
                        fee_pence: Set(4000),
                        expenses_pence: Set(dice.below(1500) as i64),
                        worth_pence: Set(4000),
                        to_pay_pence: Set(4000),
                        note: Set(None),
                        message: Set(None),
                        made_by: Set(None),
                        on_behalf: Set(false),
                        submitted_at: Set(made_at),
                        decided_at: Set(None),
                        decided_by: Set(None),
                        paid_on: Set(paid.then_some(paid_on)),
                        updated_at: Set(made_at),
                        ..Default::default()
                    });
                    if paid {
                        payments.push(payment::ActiveModel {
                            id: Set(dice.id()),
                            claim_id: Set(claim_id),
                            paid_on: Set(paid_on),
                            reference: Set(format!("BACS-{}", claims.len())),
                            pence: Set(4000),
                            recorded_by: Set(None),
                            recorded_at: Set(made_at + Duration::days(5)),
                            ..Default::default()
                        });
                    }
                }
            }
        }
        if dice.chance(60) {
            let status = ["open", "changed", "not_changed"][dice.below(3)];
            said.push(contribution::ActiveModel {
                id: Set(dice.id()),
                opportunity_id: Set(id),
                meeting_id: Set(None),
                kind: Set(["idea", "recommendation", "concern"][dice.below(3)].into()),
                said: Set("Hold some meetings in the evening so carers who work can come.".into()),
                said_on: Set((now - Duration::days(dice.below(300) as i64 + 30)).date_naive()),
                status: Set(status.into()),
                outcome: Set((status != "open").then(|| "We looked at it with the group.".into())),
                level: Set((status == "changed").then(|| "strategic".into())),
                areas: Set(if status == "changed" {
                    "delivery,experience".into()
                } else {
                    String::new()
                }),
                evidence: Set(None),
                outcome_on: Set((status != "open")
                    .then(|| (now - Duration::days(dice.below(25) as i64)).date_naive())),
                recorded_by: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            });
        }
        ran.push(this);
    }
    insert(scope, opps).await?;
    made.interests += insert(scope, interests).await?;
    made.meetings += insert(scope, meetings).await?;
    made.attendances += insert(scope, attendees).await?;
    made.claims += insert(scope, claims).await?;
    insert(scope, payments).await?;
    made.contributions += insert(scope, said).await?;
    Ok(ran)
}
