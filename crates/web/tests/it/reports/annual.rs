//! The annual report: every figure of a year with feedback, contributions, payments,
//! questionnaires, self-assessment and objectives, and the same as PDF and spreadsheet.

use super::*;
use crate::both_databases;

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
