//! Reports through HTTP on both databases, against a fixture whose every figure is known:
//! activity, where participation happens, presence with answers as they were when people
//! took part, suppression that cannot be undone by subtraction, payments, feedback, "you
//! said, we did", questionnaires, self-assessment, actions and the strategy's objectives.

use axum::http::StatusCode;
use chrono::{DateTime, Datelike, Duration, Utc};
use chrono_tz::Europe::London;
use sea_orm::ActiveValue::Set;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{
    assessment_rating, claim, contribution, equality_answer, evaluation_answer, feedback,
    feedback_recipient, meeting, meeting_attendee, payment, payment_policy,
};
use withus_db::sea_orm;
use withus_web::kit::auth::Role;
use withus_web::opportunities::forms::OpportunityInput;

use crate::both_databases;
use crate::harness::{Org, TestApp};
use crate::meetings::person;

/// Two meetings of a decision-making opportunity a year ago: A (ten attended, one sent
/// apologies) and B (high level: one attended, one not recorded).
pub struct Fixture {
    pub opportunity: Uuid,
    pub a: DateTime<Utc>,
    pub people: Vec<Uuid>,
    pub query: String,
}

fn day_query(prefix: &str, at: DateTime<Utc>) -> String {
    let d = at.with_timezone(&London).date_naive();
    format!(
        "{prefix}-day={}&{prefix}-month={}&{prefix}-year={}",
        d.day(),
        d.month(),
        d.year()
    )
}

async fn meeting_at(scope: &OrgScope, opportunity: Uuid, at: DateTime<Utc>, high: bool) -> Uuid {
    let id = Uuid::now_v7();
    scope
        .insert(meeting::ActiveModel {
            id: Set(id),
            opportunity_id: Set(opportunity),
            title: Set("Forum".into()),
            starts_at: Set(at),
            ends_at: Set(at + Duration::hours(2)),
            high_level: Set(high),
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

async fn attend(
    scope: &OrgScope,
    meeting: Uuid,
    person: Uuid,
    attendance: Option<&str>,
    minutes: Option<i32>,
) {
    scope
        .insert(meeting_attendee::ActiveModel {
            id: Set(Uuid::now_v7()),
            meeting_id: Set(meeting),
            person_id: Set(Some(person)),
            account_id: Set(None),
            kind: Set("member".into()),
            attendance: Set(attendance.map(Into::into)),
            minutes: Set(minutes),
            invited_at: Set(None),
            ..Default::default()
        })
        .await
        .unwrap();
}

#[derive(Default)]
struct Said<'a> {
    age_band: Option<&'a str>,
    birth_year: Option<i32>,
    sex: Option<&'a str>,
    gender: Option<&'a str>,
    ethnic: Option<&'a str>,
}

async fn answered(scope: &OrgScope, person: Uuid, at: DateTime<Utc>, said: Said<'_>) {
    scope
        .insert(equality_answer::ActiveModel {
            id: Set(Uuid::now_v7()),
            person_id: Set(person),
            birth_year: Set(said.birth_year),
            age_band: Set(said.age_band.map(Into::into)),
            sex: Set(said.sex.map(Into::into)),
            gender_same_as_birth: Set(said.gender.map(Into::into)),
            sexual_orientation: Set(None),
            ethnic_group: Set(said.ethnic.map(Into::into)),
            religion: Set(None),
            long_term_condition: Set(None),
            condition_impact: Set(None),
            unpaid_care: Set(None),
            answered_at: Set(at),
            recorded_by: Set(None),
            ..Default::default()
        })
        .await
        .unwrap();
}

pub async fn fixture(app: &TestApp, org: &Org) -> Fixture {
    let scope = app.scope(org);
    let now = Utc::now();
    let a = now - Duration::days(400);
    let b = now - Duration::days(380);
    let opportunity = withus_web::opportunities::queries::save(
        &scope,
        None,
        &OpportunityInput {
            title: "Carers' forum".into(),
            summary: "Monthly forum.".into(),
            purpose: "Carers shape the service.".into(),
            level: Some("participation".into()),
            org_level: Some("organisation".into()),
            area: Some("service_design".into()),
            can_change: "The service".into(),
            cannot_change: "The budget".into(),
            who_decides: "The forum".into(),
            way: "in_person".into(),
            places: 12,
            ..Default::default()
        },
        Uuid::now_v7(),
    )
    .await
    .unwrap();
    let mut people = Vec::new();
    for n in 1..=12 {
        people.push(person(app, org, &format!("P{n}"), &[], None).await);
    }
    let p = |n: usize| people[n - 1];
    let ma = meeting_at(&scope, opportunity, a, false).await;
    for n in 1..=10 {
        attend(&scope, ma, p(n), Some("attended"), None).await;
    }
    attend(&scope, ma, p(11), Some("apologies"), None).await;
    let mb = meeting_at(&scope, opportunity, b, true).await;
    attend(&scope, mb, p(1), Some("attended"), Some(90)).await;
    attend(&scope, mb, p(12), None, None).await;

    let before = now - Duration::days(500);
    // P1 gave a birth year: 24 when they took part, older now.
    answered(
        &scope,
        p(1),
        before,
        Said {
            birth_year: Some(a.year() - 24),
            sex: Some("female"),
            gender: Some("yes"),
            ethnic: Some("white_british"),
            ..Said::default()
        },
    )
    .await;
    // P2 said male then, female since: the report uses what was true when they took part.
    answered(
        &scope,
        p(2),
        before,
        Said {
            sex: Some("male"),
            ..Said::default()
        },
    )
    .await;
    answered(
        &scope,
        p(2),
        now - Duration::days(10),
        Said {
            sex: Some("female"),
            ..Said::default()
        },
    )
    .await;
    for n in 3..=10 {
        let gender = match n {
            3..=6 => Some("yes"),
            7 | 8 => Some("no"),
            _ => Some("prefer_not_to_say"),
        };
        let age = if n <= 4 { "16_24" } else { "45_64" };
        let ethnic = if n == 3 {
            "asian_indian"
        } else {
            "white_british"
        };
        answered(
            &scope,
            p(n),
            before,
            Said {
                age_band: Some(age),
                sex: Some("female"),
                gender,
                ethnic: Some(ethnic),
                ..Said::default()
            },
        )
        .await;
    }
    // P12 only answered afterwards: that is all there is to go on.
    answered(
        &scope,
        p(12),
        now - Duration::days(5),
        Said {
            sex: Some("male"),
            ..Said::default()
        },
    )
    .await;

    let query = format!(
        "{}&{}",
        day_query("from", now - Duration::days(420)),
        day_query("to", now - Duration::days(360))
    );
    Fixture {
        opportunity,
        a,
        people,
        query,
    }
}

/// Feedback, contributions, answers, claims and ratings with known figures.
pub async fn more_of_the_year(scope: &OrgScope, f: &Fixture, meeting_a: Uuid) {
    let a = f.a;
    for (n, sent) in [
        (1..=10, a + Duration::days(7)),
        (11..=11, a + Duration::days(40)),
    ] {
        let id = Uuid::now_v7();
        scope
            .insert(feedback::ActiveModel {
                id: Set(id),
                opportunity_id: Set(f.opportunity),
                meeting_id: Set(Some(meeting_a)),
                message: Set("Thank you".into()),
                easy_read: Set(None),
                sent_by: Set(None),
                sent_at: Set(sent),
                ..Default::default()
            })
            .await
            .unwrap();
        for k in n {
            scope
                .insert(feedback_recipient::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    feedback_id: Set(id),
                    person_id: Set(f.people[k - 1]),
                    channel: Set("email".into()),
                    format: Set("standard".into()),
                    ..Default::default()
                })
                .await
                .unwrap();
        }
    }
    let said_on = a.date_naive();
    for (status, areas, said) in [
        (
            "changed",
            "policy,delivery",
            "Meet in the evening so working carers can come.",
        ),
        ("not_changed", "", "Close the forum in August."),
    ] {
        scope
            .insert(contribution::ActiveModel {
                id: Set(Uuid::now_v7()),
                opportunity_id: Set(f.opportunity),
                meeting_id: Set(None),
                kind: Set("idea".into()),
                said: Set(said.into()),
                said_on: Set(said_on),
                status: Set(status.into()),
                outcome: Set(Some("Every third forum is at 6pm.".into())),
                level: Set(Some("strategic".into())),
                areas: Set(areas.into()),
                evidence: Set(None),
                outcome_on: Set(Some(said_on + Duration::days(20))),
                recorded_by: Set(None),
                created_at: Set(a),
                updated_at: Set(a),
                ..Default::default()
            })
            .await
            .unwrap();
    }
    for (group, rating, person) in [("involved", 4, Some(f.people[0])), ("staff", 2, None)] {
        scope
            .insert(evaluation_answer::ActiveModel {
                id: Set(Uuid::now_v7()),
                opportunity_id: Set(f.opportunity),
                answered_as: Set(group.into()),
                person_id: Set(person),
                account_id: Set(person.is_none().then(Uuid::now_v7)),
                rating_1: Set(Some(rating)),
                words_1: Set(None),
                rating_2: Set(None),
                words_2: Set(None),
                rating_3: Set(None),
                words_3: Set(None),
                rating_4: Set(None),
                words_4: Set(None),
                rating_5: Set(None),
                words_5: Set(None),
                submitted_at: Set(a + Duration::days(10)),
                ..Default::default()
            })
            .await
            .unwrap();
    }
    let policy = Uuid::now_v7();
    scope
        .insert(payment_policy::ActiveModel {
            id: Set(policy),
            version: Set(1),
            effective_from: Set(said_on - Duration::days(100)),
            days_to_pay: Set(14),
            methods: Set("bank_transfer".into()),
            fees: Set(String::new()),
            expenses: Set(String::new()),
            benefits_note: Set(String::new()),
            created_by: Set(None),
            created_at: Set(a - Duration::days(100)),
            ..Default::default()
        })
        .await
        .unwrap();
    // One paid 10 days after it was made; one never paid, so overdue by the period's end.
    for (n, paid) in [(0usize, true), (1, false)] {
        let id = Uuid::now_v7();
        let made = a + Duration::days(1);
        scope
            .insert(claim::ActiveModel {
                id: Set(id),
                person_id: Set(f.people[n]),
                meeting_id: Set(meeting_a),
                policy_id: Set(policy),
                status: Set(if paid { "paid" } else { "approved" }.into()),
                method: Set("bank_transfer".into()),
                role: Set("member".into()),
                activity: Set("meeting".into()),
                activity_on: Set(said_on),
                minutes: Set(120),
                fee_pence: Set(2500),
                expenses_pence: Set(0),
                worth_pence: Set(2500),
                to_pay_pence: Set(2500),
                note: Set(None),
                message: Set(None),
                made_by: Set(None),
                on_behalf: Set(false),
                submitted_at: Set(made),
                decided_at: Set(None),
                decided_by: Set(None),
                paid_on: Set(
                    paid.then(|| made.with_timezone(&London).date_naive() + Duration::days(10))
                ),
                updated_at: Set(made),
                ..Default::default()
            })
            .await
            .unwrap();
        if paid {
            scope
                .insert(payment::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    claim_id: Set(id),
                    paid_on: Set(made.with_timezone(&London).date_naive() + Duration::days(10)),
                    reference: Set("BACS-1".into()),
                    pence: Set(2500),
                    recorded_by: Set(None),
                    recorded_at: Set(made + Duration::days(10)),
                    ..Default::default()
                })
                .await
                .unwrap();
        }
    }
    for (group, rating) in [("staff", "established"), ("involved", "developing")] {
        scope
            .insert(assessment_rating::ActiveModel {
                id: Set(Uuid::now_v7()),
                year: Set((Utc::now() - Duration::days(360))
                    .with_timezone(&London)
                    .year()),
                statement: Set("4pi.presence.two".into()),
                account_id: Set(Uuid::now_v7()),
                rated_as: Set(group.into()),
                rating: Set(rating.into()),
                evidence: Set(String::new()),
                rated_at: Set(a),
                ..Default::default()
            })
            .await
            .unwrap();
    }
}

/// The cells of the table captioned `caption`, row by row, as text.
pub fn table(body: &str, caption: &str) -> Vec<Vec<String>> {
    let html = scraper::Html::parse_document(body);
    let tables = scraper::Selector::parse("table").unwrap();
    let caption_sel = scraper::Selector::parse("caption").unwrap();
    let rows = scraper::Selector::parse("tbody tr").unwrap();
    let cells = scraper::Selector::parse("th, td").unwrap();
    let fold = |e: scraper::ElementRef| {
        e.text()
            .collect::<Vec<_>>()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    html.select(&tables)
        .find(|t| {
            t.select(&caption_sel)
                .next()
                .is_some_and(|c| fold(c) == caption)
        })
        .map(|t| {
            t.select(&rows)
                .map(|r| r.select(&cells).map(fold).collect())
                .collect()
        })
        .unwrap_or_else(|| panic!("no table captioned {caption}"))
}

fn cell<'a>(rows: &'a [Vec<String>], first: &str, column: usize) -> &'a str {
    &rows
        .iter()
        .find(|r| r[0] == first)
        .unwrap_or_else(|| panic!("no row {first}: {rows:?}"))[column]
}

/// Every value each count of a presence table could be, given what it shows: none hidden
/// may be left with only one (the recover-by-subtraction attack, and its cousins).
pub fn nothing_recoverable(rows: &[Vec<String>], threshold: u64) {
    let (groups, total) = rows.split_at(rows.len() - 1);
    let Ok(total) = total[0][1].parse::<u64>() else {
        return; // a hidden total pins nothing
    };
    enum Seen {
        Count(u64),
        Small,
        Withheld,
    }
    let seen: Vec<Seen> = groups
        .iter()
        .map(|r| match r[1].parse::<u64>() {
            Ok(n) => Seen::Count(n),
            Err(_) if r[1].starts_with("fewer than") => Seen::Small,
            Err(_) => Seen::Withheld,
        })
        .collect();
    let shown: u64 = seen
        .iter()
        .map(|s| if let Seen::Count(n) = s { *n } else { 0 })
        .sum();
    let hidden: Vec<(u64, u64)> = seen
        .iter()
        .filter_map(|s| match s {
            Seen::Count(_) => None,
            Seen::Small => Some((0, threshold - 1)),
            Seen::Withheld => Some((threshold, total)),
        })
        .collect();
    let rest = total - shown;
    for (i, (low, high)) in hidden.iter().enumerate() {
        let others_low: u64 = hidden
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, h)| h.0)
            .sum();
        let others_high: u64 = hidden
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, h)| h.1)
            .sum();
        let least = (*low).max(rest.saturating_sub(others_high));
        let most = (*high).min(rest.saturating_sub(others_low));
        assert!(
            most > least,
            "hidden count {i} can only be {least}: {rows:?}"
        );
    }
}

both_databases!(annual_report_figures_are_the_known_ones, annual_report);
async fn annual_report(url: String) {
    let (mut app, org, scope) = crate::impact::coordinator(&url).await;
    let f = fixture(&app, &org).await;
    let meeting_a = scope
        .find::<meeting::Entity>()
        .all(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .find(|m| !m.high_level)
        .unwrap()
        .id;
    more_of_the_year(&scope, &f, meeting_a).await;
    let objective = app
        .post(
            "/strategy/objectives",
            &[
                ("objective", "Tell everyone within four weeks"),
                ("measure", "feedback_on_time"),
                ("target", "90"),
            ],
        )
        .await;
    assert_eq!(objective.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/reports/annual?{}", f.query)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let body = &page.body;
    assert!(
        body.contains(
            "11 involved people took part in 2 meetings of 1 activities, giving 23.5 hours"
        ),
        "11 people (apologies left out, the unrecorded one in), 10×2h + 1.5h + 2h"
    );
    let areas = table(body, "Activity by area");
    assert_eq!(
        areas,
        [["Designing services", "1", "2", "12", "23.5"]],
        "10 places at A, 2 at B"
    );
    let map = table(
        body,
        "Activities by level of the organisation and step of the ladder",
    );
    assert_eq!(
        cell(&map, "The whole organisation", 4),
        "1",
        "participation, organisation"
    );
    assert!(body.contains("2 decision-making meetings were held. Of the 2 with attendance recorded, 1 (50%) had at least two"));
    let payments = table(body, "Payments");
    assert_eq!(cell(&payments, "Claims made", 1), "2");
    assert_eq!(cell(&payments, "Claims paid", 1), "1");
    assert_eq!(cell(&payments, "Total paid", 1), "£25.00");
    assert_eq!(
        cell(&payments, "Median days from claim to payment", 1),
        "10"
    );
    assert_eq!(
        cell(
            &payments,
            "Claims unpaid past the promised time, at the end of the period",
            1
        ),
        "1"
    );
    let feedback = table(body, "Feedback to the people involved");
    assert_eq!(cell(&feedback, "Sent by the promised day", 1), "10");
    assert_eq!(
        cell(&feedback, "Sent late", 1),
        "1",
        "the one who sent apologies is owed it too"
    );
    assert_eq!(
        cell(&feedback, "Still owed", 1),
        "0",
        "B's falls due after the period"
    );
    assert!(body.contains("People said 2 things in this period. Because of what people said, 1 things changed. In 1 cases"));
    let changes = table(body, "Changes by impact area");
    assert_eq!(cell(&changes, "Policy and planning", 1), "1");
    assert_eq!(cell(&changes, "Delivery of services", 1), "1");
    assert_eq!(cell(&changes, "Ethos and culture", 1), "0");
    let questionnaires = table(body, "End-of-involvement questionnaires");
    assert_eq!(questionnaires[0][1], "4.0 (1 answered)");
    assert_eq!(questionnaires[0][2], "2.0 (1 answered)");
    let assessment = table(
        body,
        "The five Ps: principles, purpose, presence, process and impact",
    );
    assert_eq!(cell(&assessment, "Presence", 1), "3.0 (1 answered)");
    assert_eq!(cell(&assessment, "Presence", 2), "2.0 (1 answered)");
    let objectives = table(body, "Objectives");
    assert_eq!(objectives[0][2], "91%", "10 of 11 on time");
    assert_eq!(objectives[0][3], "90");

    // The same document as a tagged PDF and as a spreadsheet with a sheet for each table.
    let pdf = app.get(&format!("/reports/annual.pdf?{}", f.query)).await;
    assert_eq!(pdf.status, StatusCode::OK);
    let text = String::from_utf8_lossy(&pdf.raw);
    assert!(
        pdf.raw.starts_with(b"%PDF-")
            && text.contains("/StructTreeRoot")
            && text.contains("/Marked true")
    );
    let xlsx = app.get(&format!("/reports/annual.xlsx?{}", f.query)).await;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx.raw)).unwrap();
    let tables = body.matches("<caption").count();
    let sheets = (0..zip.len())
        .filter(|i| {
            zip.by_index(*i)
                .unwrap()
                .name()
                .is_ok_and(|n| n.starts_with("xl/worksheets/sheet"))
        })
        .count();
    assert_eq!(sheets, tables, "one sheet for each table on the page");
}

both_databases!(
    presence_uses_answers_as_they_were_and_hides_what_could_be_worked_out,
    presence
);
async fn presence(url: String) {
    let (mut app, org, _) = crate::impact::coordinator(&url).await;
    let f = fixture(&app, &org).await;
    // Three, so the fixture's 11 people show the second suppression at work.
    let saved = app
        .post(
            "/reports/settings",
            &[("suppress_below", "3"), ("area", "E08000037")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = app.get(&format!("/reports/presence?{}", f.query)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("against the population of Gateshead"));
    let age = table(&page.body, "Age");
    assert_eq!(
        cell(&age, "16-24", 1),
        "3",
        "P1 was 24 then, though older now"
    );
    assert_eq!(cell(&age, "45-64", 1), "6");
    let sex = table(&page.body, "Sex");
    assert_eq!(
        cell(&sex, "Female", 1),
        "9",
        "P2 said male when taking part"
    );
    assert_eq!(cell(&sex, "Male", 1), "fewer than 3");
    assert_eq!(cell(&sex, "Total", 1), "11");
    // 5 said yes, and 2 each no, prefer not and not answered: shown beside the total, 5 would
    // tell that every small count is 2. It is withheld with them.
    let gender = table(&page.body, "Gender identity");
    assert_eq!(
        cell(&gender, "Same as sex registered at birth", 1),
        "withheld"
    );
    assert_eq!(
        cell(&gender, "Different from sex registered at birth", 1),
        "fewer than 3"
    );
    assert_eq!(
        cell(&gender, "Same as sex registered at birth", 2),
        "–",
        "no share either"
    );
    for caption in [
        "Age",
        "Sex",
        "Gender identity",
        "Sexual orientation",
        "Ethnic group",
        "Religion",
        "Disability",
        "Unpaid care",
    ] {
        nothing_recoverable(&table(&page.body, caption), 3);
    }
    // Filtered to a step of the ladder nobody took part at: nobody.
    let none = app
        .get(&format!("/reports/presence?{}&level=informing", f.query))
        .await;
    assert!(none.body.contains("0 people took part"));
    // Aggregates only: no names on the page.
    assert!(!page.body.contains("P1 Meeting"));
    // The equality role sees it; an involved person does not.
    let mut member = app.new_browser();
    member.sign_in_as(&org, Role::InvolvedPerson).await;
    assert_eq!(
        member.get("/reports/presence").await.status,
        StatusCode::FORBIDDEN
    );
    let mut equality = app.new_browser();
    equality.sign_in_as(&org, Role::Equality).await;
    assert_eq!(
        equality.get("/reports/presence").await.status,
        StatusCode::OK
    );
}

both_databases!(reporting_settings_are_checked, settings);
async fn settings(url: String) {
    let (mut app, _, _) = crate::impact::coordinator(&url).await;
    let refused = app
        .post(
            "/reports/settings",
            &[
                ("suppress_below", "2"),
                ("area", "nowhere"),
                ("own-sex-female", "many"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Enter a whole number from 3 to 100"));
    assert!(refused.body.contains("Choose a population from the list"));
    assert!(
        refused.body.contains("value=\"many\""),
        "what was typed is kept"
    );
    let own = app
        .post(
            "/reports/settings",
            &[
                ("suppress_below", "10"),
                ("area", "own"),
                ("own-sex-female", "600"),
                ("own-sex-male", "400"),
            ],
        )
        .await;
    assert_eq!(own.status, StatusCode::SEE_OTHER, "{}", own.body);
    let page = app.get("/reports/presence").await;
    assert!(
        page.body
            .contains("against the population of Our own profile")
    );
    let sex = table(&page.body, "Sex");
    assert_eq!(cell(&sex, "Female", 3), "60%");
}

pub fn this_year() -> i32 {
    Utc::now().with_timezone(&London).year()
}
