//! Made-up people for the demo register: names drawn from lists, postcodes in a fictional
//! "NB" area, and a spread of roles, statuses, ways of taking part, topics and access needs.
//! Deterministic, so every demo looks the same. No real person is described.

use chrono::{Duration, Utc};
use withus_db::OrgScope;
use withus_db::sea_orm::DbErr;

use crate::kit::vocab;
use crate::people::forms::{PersonForm, TimeForm};
use crate::people::queries;

const FIRST: [&str; 48] = [
    "Aaliyah", "Abdul", "Ada", "Aisha", "Alfie", "Amara", "Arjun", "Beatrice", "Bilal", "Bronwen",
    "Callum", "Chidi", "Ciara", "Darius", "Deborah", "Eilidh", "Emeka", "Esme", "Fatima", "Finn",
    "Gareth", "Grace", "Harpreet", "Hollie", "Ibrahim", "Isla", "Jamal", "Joan", "Kai", "Kavita",
    "Leon", "Lowri", "Malcolm", "Maryam", "Niamh", "Olu", "Patrick", "Precious", "Rhys", "Rosa",
    "Samir", "Shanice", "Tariq", "Thea", "Usha", "Wei", "Yusuf", "Zofia",
];
const LAST: [&str; 40] = [
    "Abbott",
    "Adebayo",
    "Ahmed",
    "Ali",
    "Baker",
    "Begum",
    "Brennan",
    "Campbell",
    "Chen",
    "Chowdhury",
    "Davies",
    "Doherty",
    "Evans",
    "Fernandes",
    "Gallagher",
    "Green",
    "Hughes",
    "Hussain",
    "Jones",
    "Kaur",
    "Kowalski",
    "Lewis",
    "MacLeod",
    "Mensah",
    "Mistry",
    "Morgan",
    "Nowak",
    "O'Connor",
    "Okafor",
    "Patel",
    "Price",
    "Rahman",
    "Roberts",
    "Shah",
    "Smith",
    "Taylor",
    "Thompson",
    "Walsh",
    "Williams",
    "Wright",
];
const PRONOUNS: [&str; 4] = ["she/her", "he/him", "they/them", ""];

/// A small, seedable generator so the demo is the same every time without another crate.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn some_of(&mut self, list: vocab::Vocab, percent: u64) -> Vec<String> {
        list.iter()
            .filter(|_| self.chance(percent))
            .map(|(v, _)| (*v).to_owned())
            .collect()
    }
}

pub async fn seed(scope: &OrgScope, count: usize) -> Result<(), DbErr> {
    let mut dice = Dice(20261121);
    for i in 0..count {
        let given = FIRST[dice.below(FIRST.len())];
        let family = LAST[(i * 7 + dice.below(LAST.len())) % LAST.len()];
        let role = vocab::INVOLVEMENT_ROLES[[0, 0, 0, 1, 1, 2, 3][dice.below(7)]].0;
        let email = format!(
            "{}.{}{}@people.demo.example",
            given.to_lowercase(),
            family.to_lowercase().replace('\'', ""),
            i
        );
        let mut contact = vec![];
        if dice.chance(75) {
            contact.push("email".to_owned());
        }
        if dice.chance(30) {
            contact.push("post".to_owned());
        }
        let form = PersonForm {
            given_name: given.into(),
            family_name: family.into(),
            preferred_name: if dice.chance(10) {
                given.chars().take(3).collect()
            } else {
                String::new()
            },
            pronouns: PRONOUNS[dice.below(PRONOUNS.len())].into(),
            email: if contact.contains(&"email".to_owned()) {
                email
            } else {
                String::new()
            },
            phone: String::new(),
            postcode: format!(
                "NB{} {}{}{}",
                1 + dice.below(9),
                dice.below(10),
                (b'A' + dice.below(26) as u8) as char,
                (b'A' + dice.below(26) as u8) as char
            ),
            involvement_role: role.into(),
            contact,
            ways: dice.some_of(vocab::WAYS, 45),
            topics: dice.some_of(vocab::TOPICS, 20),
            access_needs: dice.some_of(vocab::ACCESS_NEEDS, 12),
            access_notes: if dice.chance(15) {
                "Prefers papers on cream paper, and a seat near the door.".into()
            } else {
                String::new()
            },
            paid_preference: vocab::PAID_PREFERENCES[dice.below(3)].0.into(),
            areas: dice.some_of(vocab::AREAS, 25),
            roles: dice.some_of(vocab::PARTICIPATION_ROLES, 20),
            levels: dice.some_of(vocab::LEVELS, 30),
            time_commitment: vocab::TIME_COMMITMENTS[dice.below(4)].0.into(),
            named_contact: String::new(),
        };
        let Ok(input) = form.check() else { continue };
        let id = queries::create(scope, &input, None).await?;
        if dice.chance(20) {
            let (days, from, to, term) = if dice.chance(50) {
                (vec!["1", "2", "3", "4", "5"], "14:45", "15:30", true)
            } else {
                (
                    vec!["1", "2", "3", "4", "5", "6", "7"],
                    "0:00",
                    "10:00",
                    false,
                )
            };
            let times = TimeForm {
                days: days.into_iter().map(String::from).collect(),
                from: from.into(),
                to: to.into(),
                term_time_only: term,
            };
            if let Ok(times) = times.check() {
                queries::add_times(scope, id, &times).await?;
            }
        }
        if dice.chance(60) {
            let days_ago = dice.below(700) as i64;
            queries::set_last_involved(scope, id, Utc::now() - Duration::days(days_ago)).await?;
        }
        if dice.chance(75) {
            seed_equality(scope, id, &mut dice).await?;
        }
        match dice.below(100) {
            0..=11 => {
                let until = (Utc::now() + Duration::days(30 + dice.below(200) as i64)).date_naive();
                queries::set_status(scope, id, "break", Some(until), None).await?;
            }
            12..=19 => queries::set_status(scope, id, "left", None, None).await?,
            _ => {}
        }
    }
    Ok(())
}

/// Three people of one name, as any large register has, so the demo shows how the people
/// finder tells them apart: where they live, how they are involved, when they last took part.
/// Seeded after every other feature's demo, so the people those demos chose stay the same.
pub async fn look_alikes(scope: &OrgScope) -> Result<(), DbErr> {
    for (postcode, role, days_ago) in [
        ("NB2 4AQ", "carer", Some(40)),
        ("NB7 1QT", "service_user", Some(400)),
        ("NB4 9ZX", "both", None),
    ] {
        let form = PersonForm {
            given_name: "Patrick".into(),
            family_name: "Ahmed".into(),
            postcode: postcode.into(),
            involvement_role: role.into(),
            paid_preference: vocab::PAID_PREFERENCES[0].0.into(),
            time_commitment: vocab::TIME_COMMITMENTS[0].0.into(),
            ..PersonForm::default()
        };
        let Ok(input) = form.check() else { continue };
        let id = queries::create(scope, &input, None).await?;
        if let Some(days) = days_ago {
            queries::set_last_involved(scope, id, Utc::now() - Duration::days(days)).await?;
        }
    }
    Ok(())
}

/// Equality answers for about three in four people, with every answer (and "prefer not to
/// say") turning up somewhere, and a consent for use in selection from some of them.
async fn seed_equality(scope: &OrgScope, person: uuid::Uuid, dice: &mut Dice) -> Result<(), DbErr> {
    use crate::kit::equality_questions::{PREFER_NOT, QUESTIONS};
    use withus_db::entities::{consent, equality_answer};
    use withus_db::sea_orm::ActiveValue::Set;
    fn answer(dice: &mut Dice, name: &str) -> Option<String> {
        let question = QUESTIONS.iter().find(|q| q.name == name)?;
        match dice.below(question.answers.len() + 3) {
            n if n < question.answers.len() => Some(question.answers[n].0.to_owned()),
            n if n == question.answers.len() => Some(PREFER_NOT.to_owned()),
            _ => None,
        }
    }
    // Mostly as the population is, so the demo's presence report flags the gaps a real
    // organisation would find, not noise.
    fn common(dice: &mut Dice, name: &str, value: &str, percent: u64) -> Option<String> {
        if dice.chance(percent) {
            Some(value.to_owned())
        } else {
            answer(dice, name)
        }
    }
    let ethnic_group = common(dice, "ethnic_group", "white_british", 50);
    let sexual_orientation = common(dice, "sexual_orientation", "straight", 75);
    let religion = common(dice, "religion", "christian", 35);
    let unpaid_care = common(dice, "unpaid_care", "no", 40);
    let long_term_condition = common(dice, "long_term_condition", "no", 40);
    let row = equality_answer::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        organisation_id: Set(scope.organisation_id()),
        person_id: Set(person),
        birth_year: Set(None),
        age_band: Set(answer(dice, "age_band")),
        sex: Set(answer(dice, "sex")),
        gender_same_as_birth: Set(common(dice, "gender_same_as_birth", "yes", 85)),
        sexual_orientation: Set(sexual_orientation),
        ethnic_group: Set(ethnic_group),
        religion: Set(religion),
        long_term_condition: Set(long_term_condition),
        condition_impact: Set(answer(dice, "condition_impact")),
        unpaid_care: Set(unpaid_care),
        // Answered over the last two and a half years, so reports use answers as they were.
        answered_at: Set(Utc::now() - Duration::days(dice.below(900) as i64)),
        recorded_by: Set(None),
    };
    scope.insert(row).await?;
    if dice.chance(40) {
        scope
            .insert(consent::ActiveModel {
                id: Set(uuid::Uuid::now_v7()),
                organisation_id: Set(scope.organisation_id()),
                person_id: Set(person),
                purpose: Set(crate::people::consents::SELECTION_CONSENT.into()),
                how: Set(["online", "paper", "phone", "in_person"][dice.below(4)].into()),
                given_at: Set(Utc::now()),
                withdrawn_at: Set(None),
                recorded_by: Set(None),
            })
            .await?;
    }
    Ok(())
}

/// The demo member's own record, so their pages have something to show.
pub async fn seed_member_record(scope: &OrgScope, account_id: uuid::Uuid) -> Result<(), DbErr> {
    let form = PersonForm {
        given_name: "Jo".into(),
        family_name: "Bennett".into(),
        pronouns: "she/her".into(),
        email: "member@demo.example".into(),
        postcode: "NB3 4JQ".into(),
        involvement_role: "carer".into(),
        contact: vec!["email".into()],
        ways: vec!["in_person".into(), "online".into()],
        topics: vec!["dementia".into(), "carers".into()],
        access_needs: vec!["hearing_loop".into(), "breaks".into()],
        access_notes: "I care for my dad in the mornings.".into(),
        areas: vec!["teaching".into()],
        roles: vec!["expert_by_experience".into()],
        levels: vec!["consulting".into(), "participation".into()],
        paid_preference: "paid".into(),
        time_commitment: "few_hours_month".into(),
        ..PersonForm::default()
    };
    let input = form
        .check()
        .map_err(|e| DbErr::Custom(format!("demo member: {:?}", e.0)))?;
    let id = queries::create(scope, &input, None).await?;
    queries::link_account(scope, id, account_id).await
}
