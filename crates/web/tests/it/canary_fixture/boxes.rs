//! Every box staff keep about the member, and what the member is tied to.

use super::*;

/// What the person is tied to: the opportunity they said they were interested in, the one
/// they took part in and were asked about afterwards, and the meeting they are invited to.
pub struct Ties {
    pub person: Uuid,
    pub open: Uuid,
    pub done: Uuid,
    pub meeting: Uuid,
}

/// Staff write into every box they keep about the person: travel (marker 19), support (28),
/// a mentoring meeting (29) and the reason they were not chosen (11); and a consent, equality
/// answers, training, a contribution, a fair lottery whose pool holds them and a file to
/// import that names them, which hold no words of theirs but are tied to them.
pub async fn staff_boxes(
    app: &TestApp,
    staff: &mut TestApp,
    org: &Org,
    ties: &Ties,
    written: &mut Vec<String>,
) {
    let (scope, db) = (app.scope(org), &app.state.db);
    let Ties {
        person,
        open,
        done,
        meeting,
    } = *ties;
    let pid = person.to_string();
    let [d, m, y] = today_parts();
    let (d, m, y) = (d.as_str(), m.as_str(), y.as_str());
    let (travel, support) = (mark(written, 19), mark(written, 28));
    let mentor = crate::meetings::person(app, org, "Mentor", &[], None).await;
    let mentor = mentor.to_string();
    let forms = [
        (
            format!("/meetings/{meeting}/travel"),
            vec![("person", pid.as_str()), ("details", travel.as_str())],
        ),
        (
            format!("/people/{person}/support"),
            vec![
                ("kind", "debrief"),
                ("given-day", d),
                ("given-month", m),
                ("given-year", y),
                ("note", support.as_str()),
            ],
        ),
        (
            format!("/people/{person}/consents"),
            vec![("purpose", "share_stories"), ("how", "phone")],
        ),
        (
            "/mentoring".to_owned(),
            vec![("mentor", mentor.as_str()), ("mentee", pid.as_str())],
        ),
        (
            "/training".to_owned(),
            vec![
                ("name", "Induction"),
                ("kind", "course"),
                ("audience", "involved"),
                ("months", "36"),
            ],
        ),
        // A contribution naming them: the group's words stay, the link to them goes.
        (
            format!("/impact?opportunity={done}"),
            vec![
                ("kind", "concern"),
                ("said", "The room was too hot"),
                ("said_on-day", d),
                ("said_on-month", m),
                ("said_on-year", y),
                ("status", "not_changed"),
                ("outcome", "The heating was mended"),
                ("outcome_on-day", d),
                ("outcome_on-month", m),
                ("outcome_on-year", y),
                ("people", pid.as_str()),
            ],
        ),
    ];
    post_all(staff, &forms).await;
    let answers = vec![
        ("birth_year", "1958"),
        ("ethnic_group", "black_african"),
        ("consent", "yes"),
        ("how", "paper"),
    ];
    let mut equality = browser(app, org, Role::Equality).await;
    post_all(
        &mut equality,
        &[(format!("/equality/people/{person}"), answers)],
    )
    .await;

    let pair = scope
        .find::<mentoring_pair::Entity>()
        .filter(mentoring_pair::Column::MenteeId.eq(person))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let course = scope
        .find::<course::Entity>()
        .filter(course::Column::Name.eq("Induction"))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id;
    for n in 0..5 {
        let other = crate::meetings::person(app, org, &format!("Pool{n}"), &[], None).await;
        opportunities::express(&scope, open, other, None, None)
            .await
            .unwrap();
    }
    let theirs = scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(open))
        .filter(interest::Column::PersonId.eq(person))
        .one(db)
        .await
        .unwrap()
        .expect("the member said they were interested")
        .id;
    let (met, reason) = (mark(written, 29), mark(written, 11));
    let forms = [
        (
            format!("/mentoring/{pair}/meetings"),
            vec![
                ("met-day", d),
                ("met-month", m),
                ("met-year", y),
                ("note", met.as_str()),
            ],
        ),
        (
            format!("/training/{course}/records"),
            vec![
                ("done-day", d),
                ("done-month", m),
                ("done-year", y),
                ("people", pid.as_str()),
            ],
        ),
        // The draw first, while they are still in the pool; then the decision.
        (
            format!("/opportunities/{open}/draw"),
            vec![("seed", "Panel")],
        ),
    ];
    post_all(staff, &forms).await;
    // The worker draws it, as it would within a second.
    let drew = withus_web::opportunities::lottery::draw_jobs::run_one(db, Utc::now()).await;
    assert!(drew.unwrap(), "the draw was queued");
    let decision = vec![("decision", "not_selected"), ("reason", reason.as_str())];
    post_all(
        staff,
        &[(format!("/opportunities/{open}/interest/{theirs}"), decision)],
    )
    .await;
    let sheet = format!(
        "Forename,Surname,E-mail\n{},{},{}\nSam,Lee,sam@people.example\n",
        marker(1),
        marker(2),
        canary_email()
    );
    let r = staff
        .upload("/people/import", "people.csv", sheet.as_bytes(), true)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}
