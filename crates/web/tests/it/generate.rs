//! The synthetic data generator (issue #10): the same seed makes the same data, every row
//! links to rows of its own organisation, the counts asked for are made, and equality answers
//! come in the census's proportions.

use std::collections::{HashMap, HashSet};

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use uuid::Uuid;
use withus_db::entities::{
    account, account_role, equality_answer, feedback, feedback_recipient, meeting,
    meeting_attendee, opportunity, opportunity_status_change, person, person_choice,
};
use withus_db::sea_orm;
use withus_web::generate::{Made, Plan, generate};

use crate::both_databases;
use crate::harness::{Backend, TestDb};

fn plan(seed: u64) -> Plan {
    Plan {
        organisations: 2,
        people: 3_000,
        involvements: 12_000,
        seed,
        password_hash: None,
    }
}

async fn made(url: &str, plan: &Plan) -> (sea_orm::DatabaseConnection, Made) {
    let db = withus_db::connect_and_migrate(url).await.expect("migrate");
    let made = generate(&db, plan, &mut |_, _, _| {})
        .await
        .expect("generate");
    (db, made)
}

/// Who and what was made, in a stable order, to compare two runs.
async fn fingerprint(db: &sea_orm::DatabaseConnection) -> Vec<String> {
    let mut out: Vec<String> = person::Entity::find()
        .order_by_asc(person::Column::Email)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|p| format!("{} {} {} {:?}", p.id, p.search_name, p.status, p.postcode))
        .collect();
    out.extend(
        opportunity::Entity::find()
            .order_by_asc(opportunity::Column::Id)
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .map(|o| format!("{} {} {}", o.id, o.title, o.status)),
    );
    out
}

both_databases!(the_same_seed_makes_the_same_data, same_seed);
async fn same_seed(url: String) {
    let backend = if url.starts_with("postgres") {
        Backend::Postgres
    } else {
        Backend::Sqlite
    };
    let (first, made_first) = made(&url, &plan(3)).await;
    let other = TestDb::create(backend).await.expect("a second database");
    let (second, made_second) = made(&other.url, &plan(3)).await;
    assert_eq!(made_first, made_second);
    assert_eq!(fingerprint(&first).await, fingerprint(&second).await);
    let different = TestDb::create(backend).await.expect("a third database");
    let (third, _) = made(&different.url, &plan(4)).await;
    assert_ne!(
        fingerprint(&first).await,
        fingerprint(&third).await,
        "another seed, other data"
    );
    drop((second, third));
    other.drop_now().await;
    different.drop_now().await;
}

both_databases!(
    what_is_asked_for_is_made_and_linked_within_its_organisation,
    counts
);
async fn counts(url: String) {
    let plan = plan(1);
    let (db, made) = made(&url, &plan).await;
    assert_eq!(made.organisations, 2);
    assert_eq!(made.people, 3_000);
    assert_eq!(made.attendances, 12_000, "every involvement made");
    assert_eq!(person::Entity::find().count(&db).await.unwrap(), 3_000);
    assert_eq!(
        meeting_attendee::Entity::find().count(&db).await.unwrap(),
        12_000
    );
    // Composite keys make the database refuse a link across organisations; check it held.
    for a in meeting_attendee::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .iter()
        .step_by(97)
    {
        let person = person::Entity::find_by_id(a.person_id.unwrap())
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(person.organisation_id, a.organisation_id);
    }
}

both_databases!(
    accounts_feedback_and_history_follow_the_involvement,
    what_follows
);
async fn what_follows(url: String) {
    let (db, made) = made(&url, &plan(2)).await;
    // A coordinator an organisation and one person in four.
    assert_eq!(made.accounts, 2 + 3_000 / 4);
    let accounts: HashMap<Uuid, account::Model> = account::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let members = account_role::Entity::find()
        .filter(account_role::Column::Role.eq("involved_person"))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(members, 750);
    for p in person::Entity::find().all(&db).await.unwrap() {
        if let Some(a) = p.account_id {
            assert_eq!(accounts[&a].organisation_id, p.organisation_id);
        }
    }
    // Feedback reaches only people expected at the meeting it is about.
    let mut expected: HashSet<(Uuid, Uuid)> = HashSet::new();
    for a in meeting_attendee::Entity::find().all(&db).await.unwrap() {
        expected.insert((a.meeting_id, a.person_id.unwrap()));
    }
    let about: HashMap<Uuid, Option<Uuid>> = feedback::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|f| (f.id, f.meeting_id))
        .collect();
    let recipients = feedback_recipient::Entity::find().all(&db).await.unwrap();
    assert!(recipients.len() > 1_000, "{}", recipients.len());
    for r in &recipients {
        if let Some(m) = about[&r.feedback_id] {
            assert!(expected.contains(&(m, r.person_id)));
        }
    }
    // Most past meetings have had feedback; some is still owed.
    let past = meeting::Entity::find()
        .filter(meeting::Column::EndsAt.lt(chrono::Utc::now()))
        .count(&db)
        .await
        .unwrap() as f64;
    let told = about.values().filter(|m| m.is_some()).count() as f64;
    assert!(told / past > 0.6 && told / past < 0.95, "{told} of {past}");
    // Every opportunity has a history that ends at its status.
    for o in opportunity::Entity::find().all(&db).await.unwrap() {
        let last = opportunity_status_change::Entity::find()
            .filter(opportunity_status_change::Column::OpportunityId.eq(o.id))
            .order_by_desc(opportunity_status_change::Column::ChangedAt)
            .one(&db)
            .await
            .unwrap()
            .expect("a history");
        assert_eq!(last.status, o.status);
    }
    assert!(made.questionnaires > 0 && made.ratings > 0, "{made:?}");
}

both_databases!(opportunities_and_people_carry_their_details, details);
async fn details(url: String) {
    use withus_db::entities::{
        opportunity_outcome, opportunity_role, opportunity_tag, training_record,
    };
    let (db, made) = made(&url, &plan(5)).await;
    let opportunities = opportunity::Entity::find().all(&db).await.unwrap();
    let roles = opportunity_role::Entity::find().all(&db).await.unwrap();
    assert_eq!(roles.len(), opportunities.len(), "a role each");
    let outcomes: HashSet<Uuid> = opportunity_outcome::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|o| o.opportunity_id)
        .collect();
    let topics: HashSet<Uuid> = opportunity_tag::Entity::find()
        .filter(opportunity_tag::Column::List.eq("topic"))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.opportunity_id)
        .collect();
    for o in &opportunities {
        assert!(
            outcomes.contains(&o.id) && topics.contains(&o.id),
            "{}",
            o.title
        );
    }
    let checked = roles
        .iter()
        .filter(|r| r.requires_course_id.is_some())
        .count();
    near(checked, roles.len(), 0.2, 0.1, "roles needing a DBS check");
    // Records belong to people of the course's organisation; some run out within 60 days.
    let people: HashMap<Uuid, Uuid> = person::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|p| (p.id, p.organisation_id))
        .collect();
    let records = training_record::Entity::find().all(&db).await.unwrap();
    assert_eq!(records.len(), made.training_records);
    let today = chrono::Utc::now().date_naive();
    let soon = records
        .iter()
        .filter(|r| {
            r.expires_on
                .is_some_and(|e| e >= today && e <= today + chrono::Duration::days(60))
        })
        .count();
    assert!(
        soon > 20 && soon * 5 < records.len(),
        "{soon} of {}",
        records.len()
    );
    for r in &records {
        assert_eq!(people[&r.person_id.unwrap()], r.organisation_id);
    }
    assert!(
        made.consents > 3_000 && made.support_records > 100 && made.invitations > 0,
        "{made:?}"
    );
}

both_databases!(kept_counts_agree_with_the_rows_they_stand_for, kept_counts);
async fn kept_counts(url: String) {
    use withus_web::impact::{owed, queries};
    let (db, _) = made(&url, &plan(3)).await;
    let now = chrono::Utc::now();
    for org in withus_db::entities::organisation::Entity::find()
        .all(&db)
        .await
        .unwrap()
    {
        let scope = withus_db::OrgScope::new(db.clone(), org.id);
        // Feedback owed, from the counts meetings and opportunities keep, and person by person.
        let kept = queries::waiting(&scope, None, now).await.unwrap();
        let unsent: Vec<_> = queries::owed(&scope, None, queries::Owing::Everything, now)
            .await
            .unwrap()
            .into_iter()
            .filter(|o| o.sent_at.is_none())
            .collect();
        let by_about = |w: Vec<owed::Waiting>| -> HashMap<_, _> {
            w.into_iter()
                .map(|w| (w.about, (w.people, w.due)))
                .collect()
        };
        let truth = by_about(owed::waiting(&unsent));
        assert!(truth.len() > 10, "{}", truth.len());
        // The dashboard's sum and first rows, added up by the database, agree with them too.
        let today = withus_web::kit::dates::today();
        let late: Vec<_> = kept.iter().filter(|w| today > w.due).collect();
        let (people, first) = queries::overdue(&scope, today, 10).await.unwrap();
        assert_eq!(people, late.iter().map(|w| w.people).sum::<usize>());
        assert_eq!(
            first.iter().map(|w| w.due).collect::<Vec<_>>(),
            late.iter().take(10).map(|w| w.due).collect::<Vec<_>>()
        );
        assert_eq!(by_about(kept), truth);
    }
    // Every person's row carries the choices they made, and nothing else.
    let mut chosen: HashMap<Uuid, Vec<(String, String)>> = HashMap::new();
    for c in person_choice::Entity::find().all(&db).await.unwrap() {
        chosen
            .entry(c.person_id)
            .or_default()
            .push((c.list, c.value));
    }
    for p in person::Entity::find().all(&db).await.unwrap() {
        let mut mine = chosen.remove(&p.id).unwrap_or_default();
        mine.sort();
        assert_eq!(withus_db::choice_keys::read(&p.choice_keys), mine);
    }
}

/// `count` of `total` is within `tolerance` of `expected` (shares, 0 to 1).
fn near(count: usize, total: usize, expected: f64, tolerance: f64, what: &str) {
    let share = count as f64 / total as f64;
    assert!(
        (share - expected).abs() <= tolerance,
        "{what}: {share:.3} against {expected:.3}"
    );
}

both_databases!(equality_answers_come_in_census_proportions, proportions);
async fn proportions(url: String) {
    let (db, made) = made(&url, &plan(5)).await;
    let answers = equality_answer::Entity::find().all(&db).await.unwrap();
    near(
        made.people - answers.len(),
        made.people,
        0.20,
        0.03,
        "never asked",
    );
    let sexes: Vec<&str> = answers
        .iter()
        .filter_map(|a| a.sex.as_deref())
        .filter(|s| *s != "prefer_not_to_say")
        .collect();
    // England, Census 2021: 51.0% female.
    near(
        sexes.iter().filter(|s| **s == "female").count(),
        sexes.len(),
        0.510,
        0.03,
        "female",
    );
    let ethnic: Vec<&str> = answers
        .iter()
        .filter_map(|a| a.ethnic_group.as_deref())
        .filter(|s| *s != "prefer_not_to_say")
        .collect();
    // 81.0% White, 9.6% Asian.
    near(
        ethnic.iter().filter(|e| e.starts_with("white_")).count(),
        ethnic.len(),
        0.810,
        0.03,
        "White",
    );
    near(
        ethnic.iter().filter(|e| e.starts_with("asian_")).count(),
        ethnic.len(),
        0.096,
        0.03,
        "Asian",
    );
    let prefer = answers
        .iter()
        .filter(|a| a.religion.as_deref() == Some("prefer_not_to_say"))
        .count();
    near(prefer, answers.len(), 0.06, 0.02, "prefer not to say");
    let disabled = answers
        .iter()
        .filter(|a| a.long_term_condition.as_deref() == Some("yes"))
        .count();
    let said = answers
        .iter()
        .filter(|a| matches!(a.long_term_condition.as_deref(), Some("yes" | "no")))
        .count();
    // 17.3% disabled under the Equality Act.
    near(disabled, said, 0.173, 0.03, "disabled");
}
