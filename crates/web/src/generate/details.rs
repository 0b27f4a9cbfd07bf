//! What surrounds the involvement: each opportunity's intended outcomes, roles (one in five
//! asks for a DBS check), topics, the access it offers and, while it recruits, invitations;
//! each organisation's courses and checks with people's records (some running out soon),
//! venues, glossary, consents and support notes.

use chrono::{Duration, Utc};
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::entities::{
    consent, course, glossary_term, invitation, opportunity_outcome, opportunity_role,
    opportunity_tag, support_record, training_record, venue,
};
use withus_db::{OrgScope, sea_orm, sea_orm::DbErr};

use super::activity::Ran;
use super::{Dice, Made, insert};
use crate::kit::vocab::{ACCESS_NEEDS, PARTICIPATION_ROLES, TOPICS};

/// Courses and checks: name, kind, audience, months valid, share of people holding it.
const COURSES: &[(&str, &str, &str, Option<i32>, u64)] = &[
    ("DBS check", "check", "everyone", Some(36), 25),
    ("Safeguarding adults", "course", "everyone", Some(12), 30),
    ("Recruitment panel training", "course", "involved", None, 10),
    ("Telling your story safely", "course", "involved", None, 8),
];

const OUTCOMES: &[&str] = &[
    "The service changes in at least one way people asked for.",
    "People who use the service say the new leaflet is easy to read.",
    "Students hear from people with lived experience in every module.",
    "The panel's view counts in who gets the job.",
];

const GLOSSARY: &[(&str, &str, &str)] = &[
    (
        "CQC",
        "Care Quality Commission, who check care services",
        "term",
    ),
    ("DBS", "Disclosure and Barring Service check", "term"),
    (
        "ICB",
        "Integrated Care Board, who plan local NHS services",
        "term",
    ),
    (
        "KPI",
        "a number that shows how well something is going",
        "term",
    ),
    (
        "co-production",
        "working together as equals from the start",
        "term",
    ),
    ("stakeholder", "people with an interest", "plainer"),
    ("facilitate", "help", "plainer"),
    ("utilise", "use", "plainer"),
];

const VENUES: &[(&str, &str)] = &[
    ("Town hall, committee room 2", "Market Square"),
    ("Community centre", "Station Road"),
    ("Carers' hub", "High Street"),
];

/// Courses for the organisation, with their records for people: each person holds each with
/// the course's share, completed at any time over its life and a half (so some have run out
/// and a few run out within the coming weeks). Returns the DBS check's id.
async fn training(
    scope: &OrgScope,
    dice: &mut Dice,
    people: &[Uuid],
    made: &mut Made,
) -> Result<Uuid, DbErr> {
    let now = Utc::now();
    let today = now.date_naive();
    let (mut courses, mut records) = (vec![], vec![]);
    let mut check = Uuid::nil();
    for (name, kind, audience, valid, share) in COURSES {
        let id = dice.id();
        if *kind == "check" {
            check = id;
        }
        courses.push(course::ActiveModel {
            id: Set(id),
            name: Set((*name).into()),
            kind: Set((*kind).into()),
            audience: Set((*audience).into()),
            valid_months: Set(*valid),
            description: Set(String::new()),
            created_at: Set(now - Duration::days(1200)),
            ..Default::default()
        });
        let life = i64::from(valid.unwrap_or(24));
        for p in people {
            if !dice.chance(*share) {
                continue;
            }
            let completed = today - Duration::days(dice.below((life * 45) as usize) as i64);
            records.push(training_record::ActiveModel {
                id: Set(dice.id()),
                course_id: Set(id),
                session_id: Set(None),
                person_id: Set(Some(*p)),
                account_id: Set(None),
                part: Set("attended".into()),
                completed_on: Set(completed),
                expires_on: Set(valid.map(|m| completed + Duration::days(i64::from(m) * 30))),
                created_at: Set(now),
                ..Default::default()
            });
        }
    }
    made.courses += insert(scope, courses).await?;
    made.training_records += insert(scope, records).await?;
    Ok(check)
}

/// Writes the organisation's details; `ran` are its opportunities, `people` its register.
pub async fn write(
    scope: &OrgScope,
    dice: &mut Dice,
    ran: &[Ran],
    people: &[Uuid],
    coordinator: Uuid,
    made: &mut Made,
) -> Result<(), DbErr> {
    let now = Utc::now();
    let check = training(scope, dice, people, made).await?;
    let (mut outcomes, mut roles, mut tags, mut invitations) = (vec![], vec![], vec![], vec![]);
    for o in ran {
        for position in 0..1 + dice.below(3) {
            outcomes.push(opportunity_outcome::ActiveModel {
                id: Set(dice.id()),
                opportunity_id: Set(o.id),
                position: Set(position as i32),
                text: Set((*dice.pick(OUTCOMES)).into()),
                ..Default::default()
            });
        }
        let kind = dice.pick(PARTICIPATION_ROLES).0;
        roles.push(opportunity_role::ActiveModel {
            id: Set(dice.id()),
            opportunity_id: Set(o.id),
            kind: Set(kind.into()),
            name: Set(String::new()),
            description: Set("Come to the meetings and say what you think.".into()),
            requires_course_id: Set(dice.chance(20).then_some(check)),
            ..Default::default()
        });
        let mut tagged = std::collections::BTreeSet::new();
        for _ in 0..1 + dice.below(2) {
            tagged.insert(("topic", dice.pick(TOPICS).0));
        }
        for _ in 0..dice.below(4) {
            tagged.insert(("access", dice.pick(ACCESS_NEEDS).0));
        }
        tags.extend(
            tagged
                .into_iter()
                .map(|(list, value)| opportunity_tag::ActiveModel {
                    opportunity_id: Set(o.id),
                    list: Set(list.into()),
                    value: Set(value.into()),
                    ..Default::default()
                }),
        );
        if matches!(o.status, "open" | "recruiting") {
            for p in (0..10)
                .map(|_| *dice.pick(people))
                .collect::<std::collections::BTreeSet<_>>()
            {
                invitations.push(invitation::ActiveModel {
                    id: Set(dice.id()),
                    opportunity_id: Set(o.id),
                    person_id: Set(p),
                    sent_at: Set(now - Duration::days(dice.below(30) as i64)),
                    ..Default::default()
                });
            }
        }
    }
    made.outcomes += insert(scope, outcomes).await?;
    made.roles += insert(scope, roles).await?;
    insert(scope, tags).await?;
    made.invitations += insert(scope, invitations).await?;
    register(scope, dice, people, coordinator, made).await
}

/// Venues and the glossary, and for people their consents and support notes.
async fn register(
    scope: &OrgScope,
    dice: &mut Dice,
    people: &[Uuid],
    coordinator: Uuid,
    made: &mut Made,
) -> Result<(), DbErr> {
    let now = Utc::now();
    let venues = VENUES
        .iter()
        .map(|(name, address)| venue::ActiveModel {
            id: Set(dice.id()),
            name: Set((*name).into()),
            address: Set((*address).into()),
            step_free: Set(true),
            hearing_loop: Set(dice.chance(60)),
            accessible_toilet: Set(true),
            parking: Set(dice.chance(50)),
            public_transport: Set(true),
            quiet_room: Set(dice.chance(40)),
            notes: Set(None),
            created_at: Set(now),
            ..Default::default()
        })
        .collect();
    insert(scope, venues).await?;
    let glossary = GLOSSARY
        .iter()
        .map(|(term, meaning, kind)| glossary_term::ActiveModel {
            id: Set(dice.id()),
            term: Set((*term).into()),
            meaning: Set((*meaning).into()),
            kind: Set((*kind).into()),
            created_at: Set(now),
            ..Default::default()
        })
        .collect();
    insert(scope, glossary).await?;
    let (mut consents, mut support) = (vec![], vec![]);
    for p in people {
        let given = now - Duration::days(dice.below(700) as i64 + 30);
        for (purpose, share) in [
            ("keep_details", 95),
            ("contact_about_opportunities", 80),
            ("share_stories", 30),
        ] {
            if dice.chance(share) {
                consents.push(consent::ActiveModel {
                    id: Set(dice.id()),
                    person_id: Set(*p),
                    purpose: Set(purpose.into()),
                    how: Set(["online", "paper", "phone", "in_person"][dice.below(4)].into()),
                    given_at: Set(given),
                    withdrawn_at: Set(dice.chance(3).then(|| given + Duration::days(20))),
                    recorded_by: Set(Some(coordinator)),
                    ..Default::default()
                });
            }
        }
        if dice.chance(15) {
            support.push(support_record::ActiveModel {
                id: Set(dice.id()),
                person_id: Set(*p),
                kind: Set(
                    ["administrative", "supervision", "emotional", "debrief"][dice.below(4)].into(),
                ),
                given_on: Set((now - Duration::days(dice.below(300) as i64)).date_naive()),
                given_by: Set(Some(coordinator)),
                given_by_name: Set("Coordinator".into()),
                note: Set("Talked through the last meeting; happy to carry on.".into()),
                created_at: Set(now),
                ..Default::default()
            });
        }
    }
    made.consents += insert(scope, consents).await?;
    made.support_records += insert(scope, support).await?;
    Ok(())
}
