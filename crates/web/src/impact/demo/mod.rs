//! Demo impact: what carers said in the reference group and what became of it in all six
//! impact areas, feedback sent (on time and late) and overdue, questionnaire answers from
//! involved people and staff, and a closed opportunity with its lessons. Jo's own
//! questionnaire and one of her concerns are left for her and the coordinator to complete.
//! Support and training for the same people are in `support/demo.rs`; what carers said, in `said.rs`.

mod said;

use said::contributions;

use chrono::{DateTime, Duration, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    account, evaluation_answer, feedback, feedback_recipient, interest, opportunity,
    opportunity_role, outcome_result, person,
};
use withus_db::sea_orm::{self, DbErr};

use crate::impact::owed::About;
use crate::impact::queries::{Owing, owed};
use crate::opportunities;
use crate::opportunities::OpportunityInput;

const REFERENCE_GROUP: &str = "Carers' reference group: what should we buy?";

async fn jo(scope: &OrgScope) -> Result<Option<person::Model>, DbErr> {
    scope
        .find::<person::Entity>()
        .filter(person::Column::AccountId.is_not_null())
        .filter(person::Column::GivenName.eq("Jo"))
        .one(scope.db())
        .await
}

async fn by_title(scope: &OrgScope, title: &str) -> Result<Option<opportunity::Model>, DbErr> {
    scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Title.eq(title))
        .one(scope.db())
        .await
}

async fn account_id(scope: &OrgScope, email: &str) -> Result<Option<Uuid>, DbErr> {
    Ok(scope
        .find::<account::Entity>()
        .filter(account::Column::Email.eq(email))
        .one(scope.db())
        .await?
        .map(|a| a.id))
}

pub async fn seed(scope: &OrgScope) -> Result<(), DbErr> {
    let (Some(jo), Some(o)) = (jo(scope).await?, by_title(scope, REFERENCE_GROUP).await?) else {
        return Ok(());
    };
    let coordinator = account_id(scope, "coordinator@demo.example")
        .await?
        .unwrap_or_default();
    let staff = account_id(scope, "staff@demo.example")
        .await?
        .unwrap_or_default();
    let others: Vec<person::Model> = scope
        .find::<person::Entity>()
        .filter(person::Column::Status.eq("active"))
        .filter(person::Column::AccountId.is_null())
        .order_by_asc(person::Column::FamilyName)
        .limit(12)
        .all(scope.db())
        .await?;
    // Jo is one of the reference group.
    scope
        .insert(interest::ActiveModel {
            id: Set(Uuid::now_v7()),
            opportunity_id: Set(o.id),
            person_id: Set(jo.id),
            status: Set("confirmed".into()),
            created_at: Set(Utc::now() - Duration::days(300)),
            decided_at: Set(Some(Utc::now() - Duration::days(295))),
            decided_by: Set(Some(coordinator)),
            ..Default::default()
        })
        .await?;
    contributions(scope, o.id, jo.id, &others, coordinator).await?;
    feedback_sent(scope, o.id, coordinator).await?;
    answers(scope, o.id, coordinator, staff).await?;
    closed_with_lessons(scope, coordinator).await?;
    crate::support::demo::support(scope, jo.id, &others, coordinator).await?;
    let panel = crate::support::demo::training(scope, jo.id, &others, coordinator, staff).await?;
    // The interview panel's role needs the panel course.
    if let Some(o) = by_title(scope, "Interview panel for a new team manager").await? {
        scope
            .update_many::<opportunity_role::Entity>()
            .col_expr(
                opportunity_role::Column::RequiresCourseId,
                Expr::value(panel),
            )
            .filter(opportunity_role::Column::OpportunityId.eq(o.id))
            .exec(scope.db())
            .await?;
    }
    Ok(())
}

async fn send(
    scope: &OrgScope,
    opportunity: Uuid,
    about: About,
    people: &[Uuid],
    at: DateTime<Utc>,
    by: Uuid,
) -> Result<(), DbErr> {
    let id = Uuid::now_v7();
    scope
        .insert(feedback::ActiveModel {
            id: Set(id),
            opportunity_id: Set(opportunity),
            meeting_id: Set(match about {
                About::Meeting(m) => Some(m),
                About::Opportunity(_) => None,
            }),
            message: Set("Thank you for coming. Your views on short breaks went to the commissioning board, which agreed to spend more on them. The notes are on your meetings page.".into()),
            easy_read: Set(Some("Thank you for coming. You told us about short breaks. We will spend more money on short breaks.".into())),
            sent_by: Set(Some(by)),
            sent_at: Set(at),
            ..Default::default()
        })
        .await?;
    scope
        .insert_many(
            people
                .iter()
                .map(|p| feedback_recipient::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    feedback_id: Set(id),
                    person_id: Set(*p),
                    channel: Set("email".into()),
                    format: Set("standard".into()),
                    ..Default::default()
                })
                .collect(),
        )
        .await
}

/// The oldest workshops got feedback (one late); the 7-week-old one is overdue; the newest is
/// still within the promise.
async fn feedback_sent(scope: &OrgScope, opportunity: Uuid, by: Uuid) -> Result<(), DbErr> {
    let owed = owed(scope, Some(opportunity), Owing::Everything, Utc::now()).await?;
    let mut meetings: Vec<(About, chrono::NaiveDate)> = Vec::new();
    for w in &owed {
        if matches!(w.about, About::Meeting(_)) && !meetings.iter().any(|(a, _)| *a == w.about) {
            meetings.push((w.about, w.due));
        }
    }
    meetings.sort_by_key(|(_, due)| *due);
    for (n, (about, due)) in meetings.iter().enumerate() {
        // Sent 10 days before the promise, the second 5 days after it; the rest not yet.
        let offset = match n {
            0 => -10,
            1 => 5,
            _ => continue,
        };
        let Some(at) = due
            .and_hms_opt(11, 0, 0)
            .map(|d| d.and_utc() + Duration::days(offset))
        else {
            continue;
        };
        let people: Vec<Uuid> = owed
            .iter()
            .filter(|w| w.about == *about)
            .map(|w| w.person_id)
            .collect();
        send(scope, opportunity, *about, &people, at, by).await?;
    }
    Ok(())
}

type Ratings = [Option<i32>; 5];

async fn answer(
    scope: &OrgScope,
    opportunity: Uuid,
    who: (Option<Uuid>, Option<Uuid>),
    ratings: Ratings,
    words: [Option<&str>; 5],
) -> Result<(), DbErr> {
    let w = |n: usize| Set(words[n].map(str::to_owned));
    scope
        .insert(evaluation_answer::ActiveModel {
            id: Set(Uuid::now_v7()),
            opportunity_id: Set(opportunity),
            answered_as: Set(if who.0.is_some() { "involved" } else { "staff" }.into()),
            person_id: Set(who.0),
            account_id: Set(who.1),
            rating_1: Set(ratings[0]),
            words_1: w(0),
            rating_2: Set(ratings[1]),
            words_2: w(1),
            rating_3: Set(ratings[2]),
            words_3: w(2),
            rating_4: Set(ratings[3]),
            words_4: w(3),
            rating_5: Set(ratings[4]),
            words_5: w(4),
            submitted_at: Set(Utc::now() - Duration::days(5)),
            ..Default::default()
        })
        .await
}

/// Both confirmed carers and two staff answered; staff, as usual, more satisfied.
async fn answers(
    scope: &OrgScope,
    opportunity: Uuid,
    coordinator: Uuid,
    staff: Uuid,
) -> Result<(), DbErr> {
    let confirmed: Vec<Uuid> = scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(opportunity))
        .filter(interest::Column::Status.eq("confirmed"))
        .filter(interest::Column::DecidedAt.is_not_null())
        .all(scope.db())
        .await?
        .into_iter()
        .map(|i| i.person_id)
        .collect();
    let carers: [(Ratings, [Option<&str>; 5]); 2] = [
        (
            [Some(3), Some(4), Some(2), Some(3), Some(2)],
            [
                None,
                Some("They listened about short breaks."),
                Some("Papers came late twice, and the room was cold."),
                None,
                None,
            ],
        ),
        (
            [Some(2), Some(3), Some(3), Some(2), None],
            [
                Some("The leaflet is still not out."),
                None,
                None,
                Some("I am not sure it would have been different without us."),
                None,
            ],
        ),
    ];
    // The person confirmed with Jo in the demo plan; Jo herself answers in the browser.
    let jo = jo(scope).await?.map(|p| p.id);
    for (person, (ratings, words)) in confirmed.iter().filter(|p| Some(**p) != jo).zip(carers) {
        answer(scope, opportunity, (Some(*person), None), ratings, words).await?;
    }
    answer(
        scope,
        opportunity,
        (None, Some(coordinator)),
        [Some(5), Some(5), Some(4), Some(4), Some(4)],
        [
            None,
            Some("Carers changed the commissioning plan."),
            None,
            None,
            None,
        ],
    )
    .await?;
    answer(
        scope,
        opportunity,
        (None, Some(staff)),
        [Some(4), Some(4), Some(5), Some(4), Some(3)],
        [None; 5],
    )
    .await
}

/// A finished piece of work on the draft's topic, so its lessons show when the autism
/// training opportunity is drafted.
async fn closed_with_lessons(scope: &OrgScope, by: Uuid) -> Result<(), DbErr> {
    let input = OpportunityInput {
        title: "Review the autism awareness e-learning".into(),
        summary: "Autistic people and their families checked the staff e-learning and said what to change.".into(),
        purpose: "Staff training should be shaped by autistic people.".into(),
        outcomes: vec!["The e-learning is rewritten with autistic people's words".into()],
        level: Some("co_production".into()),
        can_change: "The content and examples".into(),
        cannot_change: "The learning platform".into(),
        who_decides: "The workforce development manager".into(),
        area: Some("staff_training".into()),
        topics: vec!["autism".into()],
        way: "online".into(),
        places: 6,
        ..Default::default()
    };
    let id = opportunities::save(scope, None, &input, by).await?;
    let order = crate::opportunities::ORDER;
    for w in order.windows(2) {
        opportunities::set_status(scope, id, w[0], w[1], by).await?;
    }
    scope
        .update_many::<opportunity::Entity>()
        .col_expr(opportunity::Column::ActNotes, Expr::value("Three online sessions and comments on each module."))
        .col_expr(opportunity::Column::Reflection, Expr::value("People said the examples felt real for the first time. Two people dropped out because sessions were in the day."))
        .col_expr(opportunity::Column::Lessons, Expr::value("Pay people from the first session, offer evening times, and send the modules a week ahead in plain text."))
        .filter(opportunity::Column::Id.eq(id))
        .exec(scope.db())
        .await?;
    scope
        .insert(outcome_result::ActiveModel {
            id: Set(Uuid::now_v7()),
            opportunity_id: Set(id),
            position: Set(1),
            outcome: Set(input.outcomes[0].clone()),
            happened: Set(
                "All six modules rewritten; 400 staff have taken the new version.".into(),
            ),
            evidence: Set("Learning platform report, October".into()),
            recorded_by: Set(Some(by)),
            recorded_at: Set(Utc::now() - Duration::days(40)),
            ..Default::default()
        })
        .await
}
