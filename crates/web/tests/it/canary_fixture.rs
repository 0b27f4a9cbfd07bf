//! The setting the canary tests write into: a member with a record and a sign-in of their
//! own, a browser for each role, meetings the member is expected at, a claim, and every box
//! staff keep about them.

use axum::http::StatusCode;
use chrono::{Datelike, Duration, Utc};
use chrono_tz::Europe::London;
use uuid::Uuid;
use withus_db::entities::{account, claim, claim_line, course, interest, mentoring_pair};
use withus_db::sea_orm::sea_query::Expr;
use withus_db::sea_orm::{ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::meetings::queries as meetings;
use withus_web::opportunities::interests;
use withus_web::people::forms::PersonForm;
use withus_web::people::queries;

use crate::harness::{Org, TestApp};
use crate::impact::today_parts;

/// Every rule of a meeting's checklist: staff go on past each of them.
const RULES: [&str; 7] = [
    "involved", "reserve", "time", "access", "papers", "formats", "agenda",
];

/// The marker written into box `n`, so that a failure says which box leaked.
pub fn marker(n: u32) -> String {
    format!("CANARY{n}X")
}

/// Marker `n`, remembered as written so a test can check it really reached the database.
pub fn mark(written: &mut Vec<String>, n: u32) -> String {
    let m = marker(n);
    written.push(m.clone());
    m
}

/// The member's email address, marker 5, as the register stores it (in lower case).
pub fn canary_email() -> String {
    format!("{}@people.example", marker(5).to_lowercase())
}

/// The day `days` from today in UK time, as the three boxes of a date input.
pub fn date_in(days: i64) -> [String; 3] {
    let day = (Utc::now() + Duration::days(days)).with_timezone(&London);
    [
        day.day().to_string(),
        day.month().to_string(),
        day.year().to_string(),
    ]
}

/// Gives the organisation's involved person a record of their own: the person's id and the
/// id of their sign-in.
pub async fn own_record(app: &TestApp, org: &Org) -> (Uuid, Uuid) {
    let scope = app.scope(org);
    let form = PersonForm {
        given_name: "Chidi".into(),
        family_name: "Okoro".into(),
        involvement_role: "service_user".into(),
        ..PersonForm::default()
    };
    let id = queries::create(&scope, &form.check().unwrap(), None)
        .await
        .unwrap();
    let account = scope
        .find::<account::Entity>()
        .filter(account::Column::Email.eq(format!("involved_person@{}.example", org.slug)))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    queries::link_account(&scope, id, account.id).await.unwrap();
    (id, account.id)
}

/// A browser of its own, signed in with the organisation's account for `role`.
pub async fn browser(app: &TestApp, org: &Org, role: Role) -> TestApp {
    let mut b = app.new_browser();
    b.sign_in_as(org, role).await;
    b
}

/// The member fills in every box of their own details: markers 1 to 8.
pub async fn write_details(me: &mut TestApp) {
    let m: Vec<String> = (1..=8).map(marker).collect();
    let email = canary_email();
    let r = me
        .post(
            "/my/details",
            &[
                ("given_name", m[0].as_str()),
                ("family_name", m[1].as_str()),
                ("preferred_name", m[2].as_str()),
                ("pronouns", m[3].as_str()),
                ("email", email.as_str()),
                ("phone", m[5].as_str()),
                ("postcode", m[6].as_str()),
                ("access_notes", m[7].as_str()),
                ("involvement_role", "service_user"),
                ("contact", "email"),
                ("ways", "online"),
            ],
        )
        .await;
    assert_eq!(r.location(), "/my/details?saved=changed", "{}", r.body);
}

/// Posts each form in turn, each expected to be saved (answered with a redirect).
pub async fn post_all(browser: &mut TestApp, forms: &[(String, Vec<(&str, &str)>)]) {
    for (path, fields) in forms {
        let r = browser.post(path, fields).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "{path}: {}",
            r.text_of("main")
        );
    }
}

/// A payment policy from 2020: £20 an hour, bus and train at cost, paid by bank transfer.
async fn policy(admin: &mut TestApp) {
    let r = admin
        .post(
            "/payments/policy",
            &[
                ("from-day", "1"),
                ("from-month", "1"),
                ("from-year", "2020"),
                ("fee-1-role", ""),
                ("fee-1-activity", ""),
                ("fee-1-unit", "hour"),
                ("fee-1-amount", "20"),
                ("cover", "public_transport"),
                ("methods", "bank_transfer"),
                ("days", "14"),
                ("benefits", "Call Northbrook Welfare Rights for advice."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

/// An online meeting `days` from now (before now when negative), made through the form.
async fn create_meeting(staff: &mut TestApp, opportunity: Uuid, days: i64) -> Uuid {
    let [d, m, y] = date_in(days);
    let r = staff
        .post(
            &format!("/opportunities/{opportunity}/meetings"),
            &[
                ("title", "Strategy group"),
                ("starts-day", d.as_str()),
                ("starts-month", m.as_str()),
                ("starts-year", y.as_str()),
                ("from", "14:00"),
                ("to", "16:00"),
                ("high_level", "no"),
                ("venue", ""),
                ("online", "https://meet.example/group"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    Uuid::parse_str(r.location().trim_start_matches("/meetings/")).unwrap()
}

/// A meeting three weeks away that `person` is expected at and invited to, its agenda open
/// for their items. Staff go on past every check, with a reason that names the person by the
/// name markers 1 and 2 (so write the member's details first).
pub async fn open_meeting(app: &TestApp, staff: &mut TestApp, org: &Org, person: Uuid) -> Uuid {
    let opportunity = crate::meetings::opportunity(app, org).await;
    let meeting = create_meeting(staff, opportunity, 21).await;
    meetings::insert_attendee(&app.scope(org), meeting, Some(person), None, "member")
        .await
        .unwrap();
    let agenda = format!("/meetings/{meeting}/agenda");
    staff
        .post(&agenda, &[("title", "Welcome"), ("detail", "")])
        .await;
    let [d, m, y] = date_in(10);
    let shared = staff
        .post(
            &format!("{agenda}/share"),
            &[
                ("closes-day", d.as_str()),
                ("closes-month", m.as_str()),
                ("closes-year", y.as_str()),
            ],
        )
        .await;
    assert_eq!(shared.status, StatusCode::SEE_OTHER, "{}", shared.body);
    let reason = format!("Agreed with {} {}", marker(1), marker(2));
    for rule in RULES {
        staff
            .post(
                &format!("/meetings/{meeting}/acknowledge"),
                &[("rule", rule), ("reason", reason.as_str())],
            )
            .await;
    }
    let invited = staff
        .post(&format!("/meetings/{meeting}/invite"), &[])
        .await;
    assert_eq!(
        invited.status,
        StatusCode::SEE_OTHER,
        "{}",
        invited.text_of(".govuk-error-summary")
    );
    meeting
}

/// A meeting two days ago that `person` came to for two hours, recorded through the page.
async fn attended_meeting(app: &TestApp, staff: &mut TestApp, org: &Org, person: Uuid) -> Uuid {
    let opportunity = crate::meetings::opportunity(app, org).await;
    let meeting = create_meeting(staff, opportunity, -2).await;
    let attendee =
        meetings::insert_attendee(&app.scope(org), meeting, Some(person), None, "member")
            .await
            .unwrap();
    let (attendance, hours) = (
        format!("attendance-{attendee}"),
        format!("hours-{attendee}"),
    );
    let r = staff
        .post(
            &format!("/meetings/{meeting}/record"),
            &[
                (attendance.as_str(), "attended"),
                (hours.as_str(), "2"),
                ("notes", "We agreed the plan."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    meeting
}

/// The member claims for a meeting they came to, with a note (marker 20, which their answer
/// replaces) and a receipt (markers 21 and 22); finance asks a question (24) that they answer
/// (25) with another receipt (26). A line's detail (23) has no page, so it goes straight into
/// the row. The claim's id.
pub async fn claim_with_query(
    app: &TestApp,
    me: &mut TestApp,
    staff: &mut TestApp,
    org: &Org,
    person: Uuid,
    written: &mut Vec<String>,
) -> Uuid {
    let scope = app.scope(org);
    policy(&mut browser(app, org, Role::Administrator).await).await;
    let past = attended_meeting(app, staff, org, person).await;
    let note = marker(20);
    let file_name = format!("{}.png", mark(written, 21));
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(mark(written, 22).as_bytes());
    let r = me
        .upload_files(
            &format!("/my/payments/claim/{past}"),
            &[
                ("public_transport", "6.40"),
                ("method", "bank_transfer"),
                ("note", note.as_str()),
            ],
            &[("receipts", file_name.as_str(), png.as_slice())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let made = r.location().trim_start_matches("/my/payments/claims/");
    let id = Uuid::parse_str(made.split('?').next().unwrap()).unwrap();
    let row = scope
        .find::<claim::Entity>()
        .filter(claim::Column::Id.eq(id))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.note.as_deref(), Some(note.as_str()));
    let lined = scope
        .update_many::<claim_line::Entity>()
        .col_expr(claim_line::Column::Detail, Expr::value(mark(written, 23)))
        .filter(claim_line::Column::ClaimId.eq(id))
        .exec(&app.state.db)
        .await
        .unwrap();
    assert_eq!(lined.rows_affected, 1);
    let question = mark(written, 24);
    let mut finance = browser(app, org, Role::Finance).await;
    let asked = vec![("message", question.as_str())];
    post_all(
        &mut finance,
        &[(format!("/payments/claims/{id}/query"), asked)],
    )
    .await;
    let answer = mark(written, 25);
    let pdf = format!("%PDF-1.4 {}", mark(written, 26)).into_bytes();
    let r = me
        .upload_files(
            &format!("/my/payments/claims/{id}/answer"),
            &[("answer", answer.as_str())],
            &[("receipts", "more.pdf", pdf.as_slice())],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    id
}

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
        interests::express(&scope, open, other, None, None)
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
