//! The rows more than the canary's setting that give every form something to act on: a
//! group, a quota, a venue, a glossary word, meetings, claims, a place offered and a reserve.

use super::*;

/// Rows whose pages offer the forms the canary's setting lacks.
pub(super) async fn more_rows(app: &TestApp, org: &Org, ties: &Ties) -> More {
    let scope = app.scope(org);
    let db = &app.state.db;
    let now = Utc::now();
    let group_id = Uuid::now_v7();
    scope
        .insert(group::ActiveModel {
            id: Set(group_id),
            organisation_id: Set(org.id),
            name: Set("Carers Circle".into()),
            kind: Set("group".into()),
            about: Set(None),
            email: Set(None),
            created_at: Set(now),
        })
        .await
        .expect("group");
    scope
        .insert(group_member::ActiveModel {
            organisation_id: Set(org.id),
            group_id: Set(group_id),
            person_id: Set(ties.person),
            represents: Set(true),
        })
        .await
        .expect("group member");
    scope
        .insert(selection_quota::ActiveModel {
            id: Set(Uuid::now_v7()),
            opportunity_id: Set(ties.open),
            category: Set("involvement_role".into()),
            value: Set("carer".into()),
            min_count: Set(1),
            max_count: Set(2),
            ..Default::default()
        })
        .await
        .expect("quota");
    scope
        .insert(glossary_term::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(org.id),
            term: Set("ICB".into()),
            meaning: Set("Integrated care board".into()),
            kind: Set("term".into()),
            created_at: Set(now),
        })
        .await
        .expect("glossary term");
    meetings::insert_venue(&scope, "Riverside Hall", "1 High Street", &[])
        .await
        .expect("venue");
    crate::reports::assessment::seeded(&scope).await;

    // A meeting three days ago that the member and Payee came to, claimed for by neither.
    let payee = crate::meetings::person(app, org, "Payee", &[], None).await;
    let starts = now - Duration::days(3);
    let input = meeting_input("Carers' catch-up", starts);
    let past = meetings::insert_meeting(&scope, ties.open, &input)
        .await
        .expect("meeting");
    for who in [ties.person, payee] {
        meetings::insert_attendee(&scope, past, Some(who), None, "member")
            .await
            .expect("attendee");
    }
    scope
        .update_many::<meeting_attendee::Entity>()
        .col_expr(
            meeting_attendee::Column::Attendance,
            Expr::value("attended"),
        )
        .col_expr(meeting_attendee::Column::Minutes, Expr::value(120))
        .filter(meeting_attendee::Column::MeetingId.eq(past))
        .exec(db)
        .await
        .expect("attendance");

    // A claim of Payee's waiting to be paid; one of the member's, for the meeting they are
    // invited to, waiting for their answer (their claim for this one left to make).
    let policy = scope
        .find::<payment_policy::Entity>()
        .one(db)
        .await
        .expect("query")
        .expect("the canary's payment policy")
        .id;
    let claims = [
        (payee, past, "approved", None),
        (
            ties.person,
            ties.meeting,
            "queried",
            Some("Which bus did you take?"),
        ),
    ];
    let mut approved = Uuid::nil();
    for (person, meeting, status, message) in claims {
        let row = claim_row(org.id, (person, meeting, policy), status, message);
        if status == "approved" {
            approved = row.id.clone().unwrap();
        }
        scope.insert(row).await.expect("claim");
    }

    // A place offered to the member, with Payee first in reserve; and an opportunity open
    // that the member has not answered yet.
    let offered = opportunity_at(app, org, "recruiting").await;
    for (person, status, rank) in [(ties.person, "offered", None), (payee, "reserve", Some(1))] {
        scope
            .insert(interest::ActiveModel {
                id: Set(Uuid::now_v7()),
                organisation_id: Set(org.id),
                opportunity_id: Set(offered),
                person_id: Set(person),
                status: Set(status.into()),
                reserve_rank: Set(rank),
                created_at: Set(now),
                ..Default::default()
            })
            .await
            .expect("interest");
    }
    let fresh = opportunity_at(app, org, "open").await;
    let asked = opportunity_at(app, org, "evaluating").await;
    confirm(&scope, asked, ties.person).await;

    let input = meeting_input("Planning day", now + Duration::days(30));
    let upcoming = meetings::insert_meeting(&scope, ties.open, &input)
        .await
        .expect("meeting");
    meetings::insert_attendee(&scope, upcoming, Some(ties.person), None, "member")
        .await
        .expect("attendee");
    let paper = NewPaper {
        title: "Agenda pack",
        format: "standard",
        filename: "agenda.md",
        content_type: "text/markdown",
        data: b"Welcome and introductions".to_vec(),
        sent_at: None,
    };
    meetings::insert_paper(&scope, upcoming, paper)
        .await
        .expect("paper");
    More {
        group: group_id,
        approved,
        past,
        upcoming,
        offered,
        fresh,
        asked,
    }
}

/// A claim of (person, meeting, policy) for two hours, £40, by bank transfer.
fn claim_row(
    organisation: Uuid,
    (person, meeting, policy): (Uuid, Uuid, Uuid),
    status: &str,
    message: Option<&str>,
) -> claim::ActiveModel {
    let now = Utc::now();
    claim::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(organisation),
        person_id: Set(person),
        meeting_id: Set(meeting),
        policy_id: Set(policy),
        status: Set(status.into()),
        method: Set("bank_transfer".into()),
        role: Set("member".into()),
        activity: Set("meeting".into()),
        activity_on: Set(now.date_naive()),
        minutes: Set(120),
        fee_pence: Set(4000),
        expenses_pence: Set(0),
        worth_pence: Set(4000),
        to_pay_pence: Set(4000),
        note: Set(None),
        message: Set(message.map(str::to_owned)),
        made_by: Set(None),
        on_behalf: Set(false),
        submitted_at: Set(now),
        decided_at: Set(None),
        decided_by: Set(None),
        paid_on: Set(None),
        updated_at: Set(now),
    }
}
