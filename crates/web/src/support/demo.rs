//! Demo support and training: Jo's named contact and support, mentoring pairs, and courses
//! and DBS checks with some about to run out; the interview panel's role needs the panel course.

use chrono::{Duration, Months, NaiveDate, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, QueryFilter};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    course, mentoring_meeting, mentoring_pair, person, support_record, training_record,
    training_session,
};
use withus_db::sea_orm::{self, DbErr};

use crate::kit::dates::days_ago;

pub(crate) async fn support(
    scope: &OrgScope,
    jo: Uuid,
    others: &[person::Model],
    coordinator: Uuid,
) -> Result<(), DbErr> {
    scope
        .update_many::<person::Entity>()
        .col_expr(person::Column::NamedContactId, Expr::value(coordinator))
        .filter(person::Column::Id.eq(jo))
        .exec(scope.db())
        .await?;
    let notes = [
        (
            "debrief",
            14,
            "We talked after the quality board meeting, which was hard going. You said you want the papers a week ahead next time; we have asked for that.",
        ),
        (
            "administrative",
            60,
            "Helped you fill in the travel claim and set up your bank details.",
        ),
    ];
    for (kind, days, note) in notes {
        scope
            .insert(support_record::ActiveModel {
                id: Set(Uuid::now_v7()),
                person_id: Set(jo),
                kind: Set(kind.into()),
                given_on: Set(days_ago(days)),
                given_by: Set(Some(coordinator)),
                given_by_name: Set("Tom Okafor".into()),
                note: Set(note.into()),
                created_at: Set(Utc::now() - Duration::days(days)),
                ..Default::default()
            })
            .await?;
    }
    // An experienced carer mentors Jo; an earlier pair has finished.
    let pairs = [
        (
            others.get(2),
            Some(jo),
            90,
            None,
            &[
                "Coffee before Jo's first board meeting",
                "Went through the papers together",
            ][..],
        ),
        (
            others.get(3),
            others.get(4).map(|p| p.id),
            400,
            Some(200),
            &["Talked about speaking up in big meetings"][..],
        ),
    ];
    for (mentor, mentee, started, ended, met) in pairs {
        let (Some(mentor), Some(mentee)) = (mentor, mentee) else {
            continue;
        };
        let pair = Uuid::now_v7();
        scope
            .insert(mentoring_pair::ActiveModel {
                id: Set(pair),
                mentor_id: Set(mentor.id),
                mentee_id: Set(mentee),
                started_on: Set(days_ago(started)),
                ended_on: Set(ended.map(days_ago)),
                created_at: Set(Utc::now() - Duration::days(started)),
                ..Default::default()
            })
            .await?;
        for (i, note) in met.iter().enumerate() {
            scope
                .insert(mentoring_meeting::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    pair_id: Set(pair),
                    met_on: Set(days_ago(started - 20 * (i as i64 + 1))),
                    note: Set((*note).into()),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                })
                .await?;
        }
    }
    Ok(())
}

async fn new_course(
    scope: &OrgScope,
    name: &str,
    kind: &str,
    audience: &str,
    months: Option<i32>,
    about: &str,
) -> Result<Uuid, DbErr> {
    let id = Uuid::now_v7();
    scope
        .insert(course::ActiveModel {
            id: Set(id),
            name: Set(name.into()),
            kind: Set(kind.into()),
            audience: Set(audience.into()),
            valid_months: Set(months),
            description: Set(about.into()),
            created_at: Set(Utc::now() - Duration::days(800)),
            ..Default::default()
        })
        .await?;
    Ok(id)
}

struct Took {
    person: Option<Uuid>,
    account: Option<Uuid>,
    part: &'static str,
}

async fn session(
    scope: &OrgScope,
    course: Uuid,
    held: NaiveDate,
    months: Option<i32>,
    who: &[Took],
) -> Result<(), DbErr> {
    let id = Uuid::now_v7();
    scope
        .insert(training_session::ActiveModel {
            id: Set(id),
            course_id: Set(course),
            held_on: Set(held),
            co_delivered: Set(who.iter().any(|w| w.part == "delivered")),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .await?;
    let expires = months.and_then(|m| held.checked_add_months(Months::new(m.unsigned_abs())));
    scope
        .insert_many(
            who.iter()
                .map(|w| training_record::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    course_id: Set(course),
                    session_id: Set(Some(id)),
                    person_id: Set(w.person),
                    account_id: Set(w.account),
                    part: Set(w.part.into()),
                    completed_on: Set(held),
                    expires_on: Set(expires),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                })
                .collect(),
        )
        .await
}

/// Courses and who took them; the panel course's id, for the role that needs it.
pub(crate) async fn training(
    scope: &OrgScope,
    jo: Uuid,
    others: &[person::Model],
    coordinator: Uuid,
    staff: Uuid,
) -> Result<Uuid, DbErr> {
    let person = |i: usize| Took {
        person: others.get(i).map(|p| p.id),
        account: None,
        part: "attended",
    };
    let panel = new_course(
        scope,
        "Recruitment panel skills",
        "course",
        "involved",
        Some(36),
        "How interviews work, fair questions, and scoring.",
    )
    .await?;
    let involving = new_course(
        scope,
        "Involving people well",
        "course",
        "staff",
        None,
        "For staff: planning involvement, paying people, and giving feedback.",
    )
    .await?;
    let dbs = new_course(
        scope,
        "DBS check",
        "check",
        "involved",
        Some(36),
        "Needed for roles with children or adults at risk. We keep the date and expiry only.",
    )
    .await?;
    // Almost three years ago: these run out within weeks.
    let old = crate::kit::dates::today() - Months::new(35);
    session(
        scope,
        panel,
        old,
        Some(36),
        &[person(5), person(6), person(7)],
    )
    .await?;
    session(
        scope,
        panel,
        days_ago(180),
        Some(36),
        &[
            Took {
                person: Some(jo),
                account: None,
                part: "attended",
            },
            person(8),
            Took {
                person: others.get(2).map(|p| p.id),
                account: None,
                part: "delivered",
            },
        ],
    )
    .await?;
    session(
        scope,
        involving,
        days_ago(75),
        None,
        &[
            Took {
                person: None,
                account: Some(coordinator),
                part: "attended",
            },
            Took {
                person: None,
                account: Some(staff),
                part: "attended",
            },
            Took {
                person: Some(jo),
                account: None,
                part: "delivered",
            },
        ],
    )
    .await?;
    // DBS checks: one runs out in three weeks, one has run out, one is fine.
    let checks = [(5, Some(20)), (6, Some(-15)), (2, Some(700))];
    for (i, expires_in) in checks {
        let Some(p) = others.get(i) else { continue };
        let expires = expires_in.map(|d| crate::kit::dates::today() + Duration::days(d));
        scope
            .insert(training_record::ActiveModel {
                id: Set(Uuid::now_v7()),
                course_id: Set(dbs),
                session_id: Set(None),
                person_id: Set(Some(p.id)),
                account_id: Set(None),
                part: Set("attended".into()),
                completed_on: Set(expires.map_or(days_ago(30), |e| e - Months::new(36))),
                expires_on: Set(expires),
                created_at: Set(Utc::now()),
                ..Default::default()
            })
            .await?;
    }
    Ok(panel)
}
