//! The demo organisation's reporting: its population (a built-in Census area), open data
//! published, a strategy with objectives tied to figures, two years of self-assessment by
//! staff and involved people, and an action plan, so the annual report is full.

use chrono::{Datelike, Duration, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::entities::{
    account_role, action, assessment_rating, feedback, feedback_recipient, meeting_attendee,
    meeting_paper, opportunity, person, strategy, strategy_objective,
};
use withus_db::{OrgScope, sea_orm, sea_orm::DbErr};

use crate::kit::auth::Role;
use crate::reports::assessment::frameworks::{FRAMEWORKS, RATINGS, statement_key};

pub async fn seed(scope: &OrgScope) -> Result<(), DbErr> {
    withus_db::installation::set_reporting(
        scope.db(),
        scope.organisation_id(),
        5,
        "E10000008",
        true,
    )
    .await?;
    meetings_through_the_year(scope).await?;
    strategy_and_objectives(scope).await?;
    ratings(scope).await?;
    actions(scope).await
}

async fn strategy_and_objectives(scope: &OrgScope) -> Result<(), DbErr> {
    scope
        .insert(strategy::ActiveModel {
            id: Set(scope.organisation_id()),
            vision: Set("People who use our services and their carers shape every service we run, from the first idea to checking it worked.".into()),
            aims: Set("Involve people at every level, up to the board.\nReach the groups we hear from least.\nShow what changed because people took part.".into()),
            principles: Set("Achievement, change, choice, commitment, integrity, respect, being open and valuing difference.".into()),
            who_engaged: Set("Adults who use social care, unpaid carers, and the groups that speak for them.".into()),
            levels: Set("From informing to delegated power. People cannot change the law or the council's budget total; the cabinet decides those.".into()),
            mechanisms: Set("The carers' forum, recruitment panels, co-design groups, surveys and the annual involvement event.".into()),
            monitoring: Set("The board reviews this report every year; the involvement group reviews the figures every three months.".into()),
            senior_manager: Set("Dr Helen Marsh, Director of Adult Social Care".into()),
            champions: Set("Tom Okafor (involvement coordinator), Sam Patel (commissioning), Aisha Khan (workforce)".into()),
            easy_read: Set("We want you to help us make our services better.\n\nYou can help in many ways. You choose how.\n\nWe will pay you for your time.\n\nWe will tell you what changed because of what you said.".into()),
            updated_at: Set(Utc::now()),
            ..Default::default()
        })
        .await?;
    let objectives = [
        (
            "Every meeting where we decide things has at least two people with lived experience there.",
            Some("decision_meetings_with_two"),
            Some(100),
        ),
        (
            "Everyone hears back about what they said within four weeks.",
            Some("feedback_on_time"),
            Some(90),
        ),
        (
            "Papers reach people a week before every meeting.",
            Some("papers_in_advance"),
            Some(95),
        ),
        (
            "Pay people within ten days of a claim.",
            Some("median_days_to_pay"),
            Some(10),
        ),
        (
            "Close the gaps in who takes part.",
            Some("under_represented"),
            Some(0),
        ),
    ];
    let rows = objectives
        .into_iter()
        .enumerate()
        .map(
            |(i, (text, measure, target))| strategy_objective::ActiveModel {
                id: Set(Uuid::now_v7()),
                position: Set(i as i32 + 1),
                objective: Set(text.into()),
                measure: Set(measure.map(Into::into)),
                target: Set(target),
                ..Default::default()
            },
        )
        .collect();
    scope.insert_many(rows).await
}

/// Last year and this: staff rate a little higher than involved people, and both a little
/// higher this year, as a real organisation might.
async fn ratings(scope: &OrgScope) -> Result<(), DbErr> {
    let roles = scope.find::<account_role::Entity>().all(scope.db()).await?;
    let staff: Vec<Uuid> = roles
        .iter()
        .filter(|r| Role::parse(&r.role).is_some_and(|role| Role::STAFF.contains(&role)))
        .map(|r| r.account_id)
        .collect();
    // Jo (the demo member) has not rated yet: rating is hers to try.
    let jo = withus_db::installation::account_by_email(scope.db(), "member@demo.example")
        .await?
        .map(|a| a.id);
    let involved: Vec<Uuid> = roles
        .iter()
        .filter(|r| Some(r.account_id) != jo)
        .filter(|r| {
            matches!(
                Role::parse(&r.role),
                Some(Role::InvolvedPerson | Role::GroupRepresentative)
            )
        })
        .map(|r| r.account_id)
        .take(8)
        .collect();
    let this_year = crate::kit::dates::london_day(Utc::now()).year();
    let mut rows = Vec::new();
    let mut n = 0usize;
    for (year, lift) in [(this_year - 1, 0), (this_year, 1)] {
        for (group, accounts, bias) in [("staff", &staff, 1usize), ("involved", &involved, 0)] {
            for account in accounts
                .iter()
                .copied()
                .collect::<std::collections::HashSet<_>>()
            {
                for f in FRAMEWORKS {
                    for p in f.parts {
                        for s in p.statements {
                            n += 1;
                            let rating = (n % 3 + bias + lift).min(RATINGS.len() - 1);
                            rows.push(assessment_rating::ActiveModel {
                                id: Set(Uuid::now_v7()),
                                year: Set(year),
                                statement: Set(statement_key(f, p, s)),
                                account_id: Set(account),
                                rated_as: Set(group.into()),
                                rating: Set(RATINGS[rating].0.into()),
                                evidence: Set(if n.is_multiple_of(5) {
                                    "Seen at the carers' forum.".into()
                                } else {
                                    String::new()
                                }),
                                rated_at: Set(Utc::now()
                                    - Duration::days(if year == this_year { 20 } else { 380 })),
                                ..Default::default()
                            });
                        }
                    }
                }
            }
        }
    }
    for chunk in rows.chunks(200) {
        scope.insert_many(chunk.to_vec()).await?;
    }
    Ok(())
}

async fn actions(scope: &OrgScope) -> Result<(), DbErr> {
    let today = crate::kit::dates::london_day(Utc::now());
    let now = Utc::now();
    let actions = [
        (
            "Recruit carers from Black, Asian and minority ethnic communities to the carers' forum, with the community centre.",
            "Tom Okafor",
            60,
            "in_progress",
            Some("4pi.presence.diverse"),
        ),
        (
            "Send every paper a week ahead, in easy read where people need it.",
            "Meetings team",
            -10,
            "in_progress",
            Some("4pi.process.papers"),
        ),
        (
            "Pay claims within ten days: move to weekly payment runs.",
            "Finance",
            30,
            "not_started",
            Some("4pi.process.payment"),
        ),
        (
            "Publish 'you said, we did' on the council website every quarter.",
            "Communications",
            -40,
            "done",
            Some("jigsaw.review.shared"),
        ),
    ];
    let rows = actions
        .into_iter()
        .map(
            |(title, owner, days, status, statement)| action::ActiveModel {
                id: Set(Uuid::now_v7()),
                title: Set(title.into()),
                statement: Set(statement.map(Into::into)),
                owner: Set(owner.into()),
                due_on: Set(today + Duration::days(days)),
                status: Set(status.into()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            },
        )
        .collect();
    scope.insert_many(rows).await
}

/// A year of meetings so the report has people to count: the co-design group for the carers'
/// assessment form every month (eight to twelve people, a few sending apologies), and the
/// quality board every quarter (high level, two or three involved people, once only one).
async fn meetings_through_the_year(scope: &OrgScope) -> Result<(), DbErr> {
    let people: Vec<Uuid> = scope
        .find::<person::Entity>()
        .filter(person::Column::Status.eq("active"))
        .order_by_asc(person::Column::Id)
        .all(scope.db())
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let opportunities = scope.find::<opportunity::Entity>().all(scope.db()).await?;
    let find = |start: &str| {
        opportunities
            .iter()
            .find(|o| o.title.starts_with(start))
            .map(|o| o.id)
    };
    let (Some(form), Some(board)) = (find("Redesign the carers"), find("Service user seat")) else {
        return Ok(());
    };
    let now = Utc::now();
    let mut meetings = Vec::new();
    let mut attendees = Vec::new();
    let mut papers = Vec::new();
    let mut told = Vec::new();
    let mut recipients = Vec::new();
    let mut n = 0usize;
    for month in 1..=11i64 {
        for (opportunity, title, high, every, size) in [
            (form, "Co-design group", false, 1, 8 + month as usize % 5),
            (
                board,
                "Quality board",
                true,
                3,
                if month == 6 {
                    1
                } else {
                    2 + month as usize % 2
                },
            ),
        ] {
            if month % every != 0 {
                continue;
            }
            let starts = now - Duration::days(month * 30 + 3);
            let id = Uuid::now_v7();
            meetings.push(crate::meetings::demo::meeting_row(
                id,
                opportunity,
                format!("{title}, {}", starts.format("%B %Y")),
                starts,
                high,
            ));
            // Papers a week and a day ahead, but three days late for one meeting in four.
            let ahead = if month % 4 == 2 { 3 } else { 8 };
            let agenda = format!(
                "# {title}\n\n1. Welcome\n2. What changed since last time\n3. Your ideas\n"
            );
            papers.push(meeting_paper::ActiveModel {
                id: Set(Uuid::now_v7()),
                meeting_id: Set(id),
                title: Set("Agenda".into()),
                format: Set("standard".into()),
                filename: Set("agenda.md".into()),
                content_type: Set("text/markdown; charset=utf-8".into()),
                data: Set(agenda.clone().into_bytes()),
                text: Set(Some(agenda)),
                uploaded_at: Set(starts - Duration::days(ahead + 1)),
                sent_at: Set(Some(starts - Duration::days(ahead))),
                ..Default::default()
            });
            // Feedback went out two to five weeks after; the most recent is not yet due.
            let feedback_id = Uuid::now_v7();
            let sent = starts + Duration::days(14 + (month * 5) % 22);
            if sent < now {
                told.push(feedback::ActiveModel {
                    id: Set(feedback_id),
                    opportunity_id: Set(opportunity),
                    meeting_id: Set(Some(id)),
                    message: Set(
                        "Thank you for coming. Here is what we did with what you said.".into(),
                    ),
                    easy_read: Set(None),
                    sent_by: Set(None),
                    sent_at: Set(sent),
                    ..Default::default()
                });
            }
            let mut invited = std::collections::HashSet::new();
            for k in 0..size {
                n += 1;
                let Some(&person) = people.get((n * 7 + k * 13) % people.len().max(1)) else {
                    continue;
                };
                if !invited.insert(person) {
                    continue;
                }
                if sent < now {
                    recipients.push(feedback_recipient::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        feedback_id: Set(feedback_id),
                        person_id: Set(person),
                        channel: Set("email".into()),
                        format: Set("standard".into()),
                        ..Default::default()
                    });
                }
                let apologies = n.is_multiple_of(9) && !high;
                attendees.push(meeting_attendee::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    meeting_id: Set(id),
                    person_id: Set(Some(person)),
                    account_id: Set(None),
                    kind: Set("member".into()),
                    attendance: Set(Some(
                        if apologies { "apologies" } else { "attended" }.into(),
                    )),
                    minutes: Set((!apologies).then_some(120)),
                    invited_at: Set(Some(starts - Duration::days(14))),
                    ..Default::default()
                });
            }
        }
    }
    scope.insert_many(meetings).await?;
    scope.insert_many(papers).await?;
    for chunk in attendees.chunks(200) {
        scope.insert_many(chunk.to_vec()).await?;
    }
    scope.insert_many(told).await?;
    for chunk in recipients.chunks(200) {
        scope.insert_many(chunk.to_vec()).await?;
    }
    Ok(())
}
