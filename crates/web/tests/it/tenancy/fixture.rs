//! Rows of organisation B for every path parameter the router has.

use super::*;

pub(super) async fn b_ids(app: &TestApp, b: &Org) -> BIds {
    use withus_web::people::forms::{PersonForm, TimeForm};
    use withus_web::people::queries;
    let scope = app.scope(b);
    let message = outbox::enqueue(
        &scope,
        NewMessage {
            to: "involved_person@riverside.example",
            subject: "Secret subject for Riverside",
            body: "private",
            calendar: None,
        },
        chrono::Utc::now(),
    )
    .await
    .expect("message");
    let account = scope
        .find::<account::Entity>()
        .filter(account::Column::Email.eq("involved_person@riverside.example"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("account");
    let person = PersonForm {
        given_name: "Zebedee".into(),
        family_name: "Quartermain".into(),
        involvement_role: "carer".into(),
        ..PersonForm::default()
    };
    let person = queries::create(&scope, &person.check().unwrap(), None)
        .await
        .unwrap();
    let time = TimeForm {
        days: vec!["1".into()],
        from: "9:00".into(),
        to: "10:00".into(),
        term_time_only: false,
    };
    queries::add_times(&scope, person, &time.check().unwrap())
        .await
        .unwrap();
    let details = queries::details(&scope, person).await.unwrap().unwrap();
    let import = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::people_import::ActiveModel {
            id: withus_db::sea_orm::ActiveValue::Set(import),
            organisation_id: withus_db::sea_orm::ActiveValue::Set(b.id),
            file_name: withus_db::sea_orm::ActiveValue::Set("riverside.csv".into()),
            content: withus_db::sea_orm::ActiveValue::Set(
                "First name,Last name\nZebedee,Quartermain\n".into(),
            ),
            mapping: withus_db::sea_orm::ActiveValue::Set("{}".into()),
            created_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
            ..Default::default()
        })
        .await
        .unwrap();
    let consent = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::consent::ActiveModel {
            id: withus_db::sea_orm::ActiveValue::Set(consent),
            organisation_id: withus_db::sea_orm::ActiveValue::Set(b.id),
            person_id: withus_db::sea_orm::ActiveValue::Set(person),
            purpose: withus_db::sea_orm::ActiveValue::Set("keep_details".into()),
            how: withus_db::sea_orm::ActiveValue::Set("paper".into()),
            given_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
            withdrawn_at: withus_db::sea_orm::ActiveValue::Set(None),
            recorded_by: withus_db::sea_orm::ActiveValue::Set(None),
        })
        .await
        .unwrap();
    let group = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::group::ActiveModel {
            id: withus_db::sea_orm::ActiveValue::Set(group),
            organisation_id: withus_db::sea_orm::ActiveValue::Set(b.id),
            name: withus_db::sea_orm::ActiveValue::Set("Quartermain Carers Circle".into()),
            kind: withus_db::sea_orm::ActiveValue::Set("group".into()),
            about: withus_db::sea_orm::ActiveValue::Set(None),
            email: withus_db::sea_orm::ActiveValue::Set(None),
            created_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
        })
        .await
        .unwrap();
    scope
        .insert(withus_db::entities::group_member::ActiveModel {
            organisation_id: withus_db::sea_orm::ActiveValue::Set(b.id),
            group_id: withus_db::sea_orm::ActiveValue::Set(group),
            person_id: withus_db::sea_orm::ActiveValue::Set(person),
            represents: withus_db::sea_orm::ActiveValue::Set(true),
        })
        .await
        .unwrap();
    let opportunity = withus_web::opportunities::queries::save(
        &scope,
        None,
        &withus_web::opportunities::forms::OpportunityInput {
            title: "Quartermain review panel".into(),
            summary: "Secret subject for Riverside".into(),
            way: "both".into(),
            places: 4,
            ..Default::default()
        },
        account.id,
    )
    .await
    .unwrap();
    withus_web::opportunities::queries::express(&scope, opportunity, person, None, None)
        .await
        .unwrap();
    let interest = withus_web::opportunities::queries::interest_of(&scope, opportunity, person)
        .await
        .unwrap()
        .unwrap();
    let quota = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::selection_quota::ActiveModel {
            id: withus_db::sea_orm::ActiveValue::Set(quota),
            opportunity_id: withus_db::sea_orm::ActiveValue::Set(opportunity),
            category: withus_db::sea_orm::ActiveValue::Set("involvement_role".into()),
            value: withus_db::sea_orm::ActiveValue::Set("carer".into()),
            min_count: withus_db::sea_orm::ActiveValue::Set(1),
            max_count: withus_db::sea_orm::ActiveValue::Set(1),
            ..Default::default()
        })
        .await
        .unwrap();
    let draw = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::selection_draw::ActiveModel {
            id: withus_db::sea_orm::ActiveValue::Set(draw),
            opportunity_id: withus_db::sea_orm::ActiveValue::Set(opportunity),
            seed: withus_db::sea_orm::ActiveValue::Set("Secret subject".into()),
            size: withus_db::sea_orm::ActiveValue::Set(1),
            reserves: withus_db::sea_orm::ActiveValue::Set(0),
            problem: withus_db::sea_orm::ActiveValue::Set("{}".into()),
            result: withus_db::sea_orm::ActiveValue::Set("{}".into()),
            min_probability: withus_db::sea_orm::ActiveValue::Set(1.0),
            panels_in_support: withus_db::sea_orm::ActiveValue::Set(1),
            drawn_by: withus_db::sea_orm::ActiveValue::Set(None),
            drawn_at: withus_db::sea_orm::ActiveValue::Set(chrono::Utc::now()),
            applied_at: withus_db::sea_orm::ActiveValue::Set(None),
            checked_at: withus_db::sea_orm::ActiveValue::Set(None),
            ..Default::default()
        })
        .await
        .unwrap();
    let job = withus_web::opportunities::lottery::queries::queue(
        &scope,
        withus_web::opportunities::lottery::queries::NewJob {
            kind: withus_db::draw_jobs::DRAW,
            opportunity_id: opportunity,
            draw_id: None,
            seed: "Secret subject",
            by: account.id,
        },
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let (meeting, attendee, item, paper, venue, term) =
        meeting_ids(&scope, opportunity, person, account.id).await;
    let (claim, receipt, booking) =
        crate::payments::seeded(&scope, uuid::Uuid::parse_str(&meeting).unwrap(), person).await;
    let (contribution, pair, course) = crate::impact::seeded(&scope, opportunity, person).await;
    let (action, objective) = crate::reports::assessment::seeded(&scope).await;
    BIds {
        contribution,
        pair,
        course,
        action,
        objective,
        claim,
        receipt,
        booking,
        meeting,
        attendee,
        item,
        paper,
        venue,
        term,
        quota: quota.to_string(),
        draw: draw.to_string(),
        job: job.to_string(),
        opportunity: opportunity.to_string(),
        interest: interest.id.to_string(),
        group: group.to_string(),
        consent: consent.to_string(),
        import: import.to_string(),
        message: message.to_string(),
        account: account.id.to_string(),
        person: person.to_string(),
        time: details.times[0].id.to_string(),
    }
}

/// A meeting of B's with someone expected, an agenda item, a paper, its venue and a
/// glossary term.
async fn meeting_ids(
    scope: &withus_db::OrgScope,
    opportunity: uuid::Uuid,
    person: uuid::Uuid,
    account: uuid::Uuid,
) -> (String, String, String, String, String, String) {
    use withus_db::sea_orm::ActiveValue::Set;
    use withus_web::meetings::queries as meetings;
    let venue = meetings::insert_venue(scope, "Quartermain Hall", "Secret Street", &[])
        .await
        .unwrap();
    let starts = chrono::Utc::now() + chrono::Duration::days(3);
    let input = withus_web::meetings::forms::MeetingInput {
        title: "Secret subject for Riverside".into(),
        activity: "meeting".into(),
        starts_at: starts,
        ends_at: starts + chrono::Duration::hours(2),
        high_level: true,
        venue_id: Some(venue),
        online_details: None,
    };
    let meeting = meetings::insert_meeting(scope, opportunity, &input)
        .await
        .unwrap();
    let attendee = meetings::insert_attendee(scope, meeting, Some(person), None, "member")
        .await
        .unwrap();
    let paper = meetings::insert_paper(
        scope,
        meeting,
        meetings::NewPaper {
            title: "Secret subject",
            format: "standard",
            filename: "secret.md",
            content_type: "text/markdown",
            data: b"Secret subject for Riverside".to_vec(),
            sent_at: Some(chrono::Utc::now()),
        },
    )
    .await
    .unwrap();
    let item = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::agenda_item::ActiveModel {
            id: Set(item),
            organisation_id: Set(scope.organisation_id()),
            meeting_id: Set(meeting),
            title: Set("Secret subject".into()),
            detail: Set(None),
            proposed_by: Set(Some(account)),
            proposer_name: Set("Zebedee".into()),
            status: Set("proposed".into()),
            position: Set(0),
            created_at: Set(chrono::Utc::now()),
        })
        .await
        .unwrap();
    let term = uuid::Uuid::now_v7();
    scope
        .insert(withus_db::entities::glossary_term::ActiveModel {
            id: Set(term),
            organisation_id: Set(scope.organisation_id()),
            term: Set("QRS".into()),
            meaning: Set("Secret subject".into()),
            kind: Set("term".into()),
            created_at: Set(chrono::Utc::now()),
        })
        .await
        .unwrap();
    (
        meeting.to_string(),
        attendee.to_string(),
        item.to_string(),
        paper.to_string(),
        venue.to_string(),
        term.to_string(),
    )
}
