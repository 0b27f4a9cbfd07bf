//! Synthetic people: names, contact, choices from the register's lists, times they cannot do,
//! and equality answers drawn in the proportions of the Census 2021 profile for England, with
//! some who would rather not say and some never asked.

use chrono::{Duration, Utc};
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::entities::{equality_answer, person, person_choice, unavailable_time};
use withus_db::{OrgScope, sea_orm, sea_orm::DbErr};
use withus_reports::{census, presence};

use super::{Dice, Made, Org, insert};
use crate::kit::auth::Role;
use crate::kit::vocab::{self, Vocab};

pub const PLACES: &[&str] = &[
    "Northbrook",
    "Riverside",
    "Eastfield",
    "Westmoor",
    "Kingsbridge",
    "Ashford",
    "Hollowdale",
    "Marston",
    "Brackley",
    "Fernhill",
    "Oakham",
    "Thornbury",
];
pub const KINDS: &[&str] = &[
    "Council Adult Social Care",
    "NHS Foundation Trust",
    "University School of Social Work",
    "Carers' Centre",
    "Integrated Care Board",
];
const FIRST: &[&str] = &[
    "Amira", "Ben", "Chloe", "Dev", "Ellie", "Femi", "Grace", "Harun", "Isla", "Jack", "Kiran",
    "Leah", "Mo", "Nia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Viktor", "Wen",
    "Yusuf", "Zara", "Aled", "Bronwen", "Ciaran", "Deborah", "Eamon",
];
const LAST: &[&str] = &[
    "Ahmed", "Baker", "Chen", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal", "Jones",
    "Khan", "Lewis", "Mensah", "Nowak", "Okafor", "Patel", "Quigley", "Roberts", "Singh", "Taylor",
    "Usman", "Vaughan", "Williams", "Young",
];
/// The share of people with no equality answers at all.
const NEVER_ASKED: u64 = 20;
/// For each question answered, the share who would rather not say.
const PREFER_NOT: u64 = 6;

/// Our answers for each census group, in the order of `presence::CATEGORIES`; several values
/// in a group are drawn evenly (the census publishes only the group).
fn answers(category: &str) -> &'static [&'static [&'static str]] {
    match category {
        "age" => &[
            &["16_24"],
            &["25_44"],
            &["45_64"],
            &["65_74"],
            &["75_84"],
            &["85_plus"],
        ],
        "sex" => &[&["female"], &["male"]],
        "gender_identity" => &[&["yes"], &["no"]],
        "sexual_orientation" => &[&["straight"], &["gay_lesbian"], &["bisexual"], &["other"]],
        "ethnic_group" => &[
            &[
                "asian_indian",
                "asian_pakistani",
                "asian_bangladeshi",
                "asian_chinese",
                "asian_other",
            ],
            &["black_african", "black_caribbean", "black_other"],
            &[
                "mixed_white_asian",
                "mixed_white_black_african",
                "mixed_white_black_caribbean",
                "mixed_other",
            ],
            &[
                "white_british",
                "white_british",
                "white_british",
                "white_british",
                "white_irish",
                "white_other",
            ],
            &["other_arab", "other_any"],
        ],
        "religion" => &[
            &["none"],
            &["christian"],
            &["buddhist"],
            &["hindu"],
            &["jewish"],
            &["muslim"],
            &["sikh"],
            &["other"],
        ],
        "disability" => &[&["disabled"], &["not_disabled"]],
        _ => &[
            &["no"],
            &["9_or_less", "10_19"],
            &["20_34", "35_49"],
            &["50_plus"],
        ],
    }
}

/// One answer to a census category, or none (not answered) or "prefer not to say".
fn draw(dice: &mut Dice, category: &presence::Category) -> Option<String> {
    if dice.chance(PREFER_NOT) {
        return Some(crate::kit::equality_questions::PREFER_NOT.to_owned());
    }
    let profile = census::profile("E92000001", category.key);
    let weights: Vec<f64> = category
        .groups
        .iter()
        .map(|g| {
            profile
                .iter()
                .find(|(v, _)| v == g)
                .map_or(0.0, |(_, w)| *w)
        })
        .collect();
    let group = dice.weighted(&weights);
    let values = answers(category.key).get(group)?;
    Some((*dice.pick(values)).to_owned())
}

fn equality(dice: &mut Dice, person: Uuid) -> Option<equality_answer::ActiveModel> {
    if dice.chance(NEVER_ASKED) {
        return None;
    }
    let mut by = std::collections::HashMap::new();
    for category in presence::CATEGORIES {
        by.insert(category.key, draw(dice, category));
    }
    let take = |k: &str| by.get(k).cloned().flatten();
    let disability = take("disability");
    let (condition, impact) = match disability.as_deref() {
        Some("disabled") => (
            Some("yes".to_owned()),
            Some(if dice.chance(40) { "a_lot" } else { "a_little" }.to_owned()),
        ),
        Some("not_disabled") => (Some("no".to_owned()), None),
        other => (other.map(str::to_owned), None),
    };
    Some(equality_answer::ActiveModel {
        id: Set(dice.id()),
        person_id: Set(person),
        birth_year: Set(None),
        age_band: Set(take("age")),
        sex: Set(take("sex")),
        gender_same_as_birth: Set(take("gender_identity")),
        sexual_orientation: Set(take("sexual_orientation")),
        ethnic_group: Set(take("ethnic_group")),
        religion: Set(take("religion")),
        long_term_condition: Set(condition),
        condition_impact: Set(impact),
        unpaid_care: Set(take("unpaid_care")),
        answered_at: Set(Utc::now() - Duration::days(dice.below(900) as i64)),
        recorded_by: Set(None),
        ..Default::default()
    })
}

fn some_of(dice: &mut Dice, list: Vocab, percent: u64) -> Vec<&'static str> {
    list.iter()
        .filter(|_| dice.chance(percent))
        .map(|(v, _)| *v)
        .collect()
}

/// One person in `ACCOUNT_EVERY` signs in to Withus themselves.
const ACCOUNT_EVERY: usize = 4;

/// Writes `n` people of the organisation; answers their ids and the members' account ids.
/// One in four has an account (`member-<n>@<slug>.example`, the involved person role).
pub async fn write(
    scope: &OrgScope,
    dice: &mut Dice,
    n: usize,
    org: &Org<'_>,
    made: &mut Made,
) -> Result<(Vec<Uuid>, Vec<Uuid>), DbErr> {
    let now = Utc::now();
    let (mut people, mut choices, mut times, mut answers) = (vec![], vec![], vec![], vec![]);
    let (mut accounts, mut roles) = (vec![], vec![]);
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        let id = dice.id();
        ids.push(id);
        let (given, family) = (*dice.pick(FIRST), *dice.pick(LAST));
        let account = (i % ACCOUNT_EVERY == 0).then(|| dice.id());
        if let Some(account) = account {
            let name = format!("{given} {family}");
            accounts.push(org.account(account, &format!("member-{i}"), &name, now));
            roles.push(Org::role(account, Role::InvolvedPerson));
        }
        let status = match dice.below(100) {
            0..=79 => "active",
            80..=89 => "break",
            _ => "left",
        };
        people.push(person::ActiveModel {
            id: Set(id),
            given_name: Set(given.to_owned()),
            family_name: Set(family.to_owned()),
            preferred_name: Set(None),
            pronouns: Set(None),
            email: Set(Some(format!(
                "{}.{}.{i}@people.example",
                given.to_lowercase(),
                family.to_lowercase()
            ))),
            phone: Set(dice
                .chance(50)
                .then(|| format!("07700 9{:05}", dice.below(100_000)))),
            postcode: Set(Some(format!(
                "NB{} {}{}",
                dice.below(20),
                dice.below(10),
                ["AA", "BD", "JQ", "XT"][dice.below(4)]
            ))),
            involvement_role: Set(dice.pick(vocab::INVOLVEMENT_ROLES).0.to_owned()),
            status: Set(status.to_owned()),
            break_until: Set((status == "break")
                .then(|| (now + Duration::days(30 + dice.below(200) as i64)).date_naive())),
            contact_by_email: Set(dice.chance(80)),
            contact_by_phone: Set(dice.chance(40)),
            contact_by_post: Set(dice.chance(15)),
            contact_by_text: Set(dice.chance(30)),
            paid_preference: Set(dice.pick(vocab::PAID_PREFERENCES).0.to_owned()),
            time_commitment: Set(Some(dice.pick(vocab::TIME_COMMITMENTS).0.to_owned())),
            access_notes: Set(None),
            named_contact_id: Set(None),
            account_id: Set(account),
            search_name: Set(format!(
                "{} {}",
                family.to_lowercase(),
                given.to_lowercase()
            )),
            last_involved_at: Set(None),
            erased_at: Set(None),
            created_at: Set(now - Duration::days(dice.below(1000) as i64)),
            updated_at: Set(now),
            ..Default::default()
        });
        let mut chosen = Vec::new();
        for (list, vocab, percent) in [
            ("way", vocab::WAYS, 50),
            ("topic", vocab::TOPICS, 15),
            ("access_need", vocab::ACCESS_NEEDS, 8),
            ("area", vocab::AREAS, 20),
            ("role", vocab::PARTICIPATION_ROLES, 20),
            ("level", vocab::LEVELS, 30),
        ] {
            for value in some_of(dice, vocab, percent) {
                chosen.push((list, value));
                choices.push(person_choice::ActiveModel {
                    person_id: Set(id),
                    list: Set(list.to_owned()),
                    value: Set(value.to_owned()),
                    ..Default::default()
                });
            }
        }
        if let Some(person) = people.last_mut() {
            person.choice_keys = Set(withus_db::choice_keys::write(chosen));
        }
        if dice.chance(25) {
            let start = 60 * (8 + dice.below(8) as i32);
            times.push(unavailable_time::ActiveModel {
                id: Set(dice.id()),
                person_id: Set(id),
                weekday: Set(dice.below(7) as i16 + 1),
                start_minute: Set(start),
                end_minute: Set(start + 120),
                term_time_only: Set(dice.chance(30)),
                ..Default::default()
            });
        }
        if let Some(a) = equality(dice, id) {
            answers.push(a);
        }
    }
    made.accounts += insert(scope, accounts).await?;
    insert(scope, roles.clone()).await?;
    made.people += insert(scope, people).await?;
    insert(scope, choices).await?;
    insert(scope, times).await?;
    made.equality_answers += insert(scope, answers).await?;
    let members = roles.iter().map(|r| *r.account_id.as_ref()).collect();
    Ok((ids, members))
}
