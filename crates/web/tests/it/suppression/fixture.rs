//! People, their answers and consents, a pool, a meeting they took part in and what they
//! said, written straight to the database as the equality form, the interest button and the
//! attendance record would.

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    account, consent, contribution, equality_answer, meeting, meeting_attendee,
};
use withus_db::sea_orm::ActiveValue::Set;
use withus_web::opportunities::forms::OpportunityInput;
use withus_web::opportunities::queries as opportunities;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;

use crate::harness::{Org, TestApp};

/// How many of the twenty gave each answer, in order; the rest gave none.
const AGES: &[(&str, usize)] = &[
    ("16_24", 1),
    ("25_44", 2),
    ("45_64", 4),
    ("65_74", 6),
    ("75_84", 7),
];
const SEXES: &[(&str, usize)] = &[("female", 13), ("male", 7)];
const ETHNIC: &[(&str, usize)] = &[
    ("asian_indian", 1),
    ("black_african", 2),
    ("mixed_other", 4),
    ("white_british", 6),
    ("other_arab", 7),
];
const CONDITIONS: &[(&str, usize)] = &[("yes", 6), ("no", 7), ("prefer_not_to_say", 4)];
const IMPACTS: &[(&str, usize)] = &[("a_lot", 6)];
const CARE: &[(&str, usize)] = &[("no", 6), ("9_or_less", 7), ("20_34", 4), ("50_plus", 2)];

fn nth(spread: &[(&'static str, usize)], i: usize) -> Option<&'static str> {
    let mut before = 0;
    for &(value, count) in spread {
        before += count;
        if i < before {
            return Some(value);
        }
    }
    None
}

/// One person's equality answers.
#[derive(Clone, Copy, Default)]
pub struct Said {
    pub age: Option<&'static str>,
    pub sex: Option<&'static str>,
    pub ethnic: Option<&'static str>,
    pub condition: Option<&'static str>,
    pub impact: Option<&'static str>,
    pub care: Option<&'static str>,
}

pub async fn new_opportunity(app: &TestApp, org: &Org, title: &str) -> Uuid {
    let scope = app.scope(org);
    let owner = scope
        .find::<account::Entity>()
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let input = OpportunityInput {
        title: title.into(),
        summary: "Help us choose who sits on the panel.".into(),
        purpose: "People shape the service.".into(),
        level: Some("participation".into()),
        org_level: Some("organisation".into()),
        area: Some("service_design".into()),
        way: "in_person".into(),
        places: 4,
        ..Default::default()
    };
    withus_web::opportunities::queries::save(&scope, None, &input, owner.id)
        .await
        .unwrap()
}

async fn meeting_held(scope: &OrgScope, opportunity: Uuid, at: DateTime<Utc>) -> Uuid {
    let id = Uuid::now_v7();
    scope
        .insert(meeting::ActiveModel {
            id: Set(id),
            opportunity_id: Set(opportunity),
            title: Set("Panel".into()),
            starts_at: Set(at),
            ends_at: Set(at + Duration::hours(2)),
            high_level: Set(false),
            activity: Set("meeting".into()),
            venue_id: Set(None),
            online_details: Set(None),
            agenda_shared_at: Set(None),
            agenda_closes_at: Set(None),
            invited_at: Set(None),
            reminded_at: Set(None),
            cancelled_at: Set(None),
            sequence: Set(0),
            notes: Set(None),
            notes_shared_at: Set(None),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        })
        .await
        .unwrap();
    id
}

/// Someone interested in `opportunity` who gave `said` a month ago, agreeing to its use in
/// selection if `consents`, and who took part in `meeting` if there is one.
pub async fn someone(
    scope: &OrgScope,
    n: usize,
    opportunity: Uuid,
    said: Said,
    consents: bool,
    meeting: Option<Uuid>,
) {
    let form = PersonForm {
        given_name: format!("Person{n}"),
        family_name: "Counted".into(),
        involvement_role: "carer".into(),
        ..PersonForm::default()
    };
    let id = queries::create(scope, &form.check().unwrap(), None)
        .await
        .unwrap();
    let month_ago = Utc::now() - Duration::days(30);
    scope
        .insert(equality_answer::ActiveModel {
            id: Set(Uuid::now_v7()),
            person_id: Set(id),
            age_band: Set(said.age.map(Into::into)),
            sex: Set(said.sex.map(Into::into)),
            ethnic_group: Set(said.ethnic.map(Into::into)),
            long_term_condition: Set(said.condition.map(Into::into)),
            condition_impact: Set(said.impact.map(Into::into)),
            unpaid_care: Set(said.care.map(Into::into)),
            answered_at: Set(month_ago),
            ..Default::default()
        })
        .await
        .unwrap();
    if consents {
        scope
            .insert(consent::ActiveModel {
                id: Set(Uuid::now_v7()),
                person_id: Set(id),
                purpose: Set("equality_in_selection".into()),
                how: Set("online".into()),
                given_at: Set(month_ago),
                withdrawn_at: Set(None),
                recorded_by: Set(None),
                ..Default::default()
            })
            .await
            .unwrap();
    }
    opportunities::express(scope, opportunity, id, None, None)
        .await
        .unwrap();
    if let Some(meeting) = meeting {
        scope
            .insert(meeting_attendee::ActiveModel {
                id: Set(Uuid::now_v7()),
                meeting_id: Set(meeting),
                person_id: Set(Some(id)),
                account_id: Set(None),
                kind: Set("member".into()),
                attendance: Set(Some("attended".into())),
                minutes: Set(None),
                invited_at: Set(None),
                ..Default::default()
            })
            .await
            .unwrap();
    }
}

/// Twenty people at one meeting ten days ago and waiting to hear about its opportunity, all
/// agreeing to the use of their answers in selection, with small counts beside large ones in
/// every category (ages 1, 2, 4, 6 and 7); and three things they said, for the open data.
pub async fn twenty(app: &TestApp, org: &Org, scope: &OrgScope) -> Uuid {
    let opportunity = new_opportunity(app, org, "Discharge panel").await;
    let at = Utc::now() - Duration::days(10);
    let meeting = meeting_held(scope, opportunity, at).await;
    for i in 0..20 {
        let said = Said {
            age: nth(AGES, i),
            sex: nth(SEXES, i),
            ethnic: nth(ETHNIC, i),
            condition: nth(CONDITIONS, i),
            impact: nth(IMPACTS, i),
            care: nth(CARE, i),
        };
        someone(scope, i, opportunity, said, true, Some(meeting)).await;
    }
    for (status, areas) in [
        ("changed", "policy"),
        ("not_changed", ""),
        ("open", "delivery"),
    ] {
        scope
            .insert(contribution::ActiveModel {
                id: Set(Uuid::now_v7()),
                opportunity_id: Set(opportunity),
                meeting_id: Set(None),
                kind: Set("idea".into()),
                said: Set("Meet in the evening.".into()),
                said_on: Set(at.date_naive()),
                status: Set(status.into()),
                outcome: Set(None),
                level: Set(Some("strategic".into())),
                areas: Set(areas.into()),
                evidence: Set(None),
                outcome_on: Set(None),
                recorded_by: Set(None),
                created_at: Set(at),
                updated_at: Set(at),
                ..Default::default()
            })
            .await
            .unwrap();
    }
    opportunity
}
