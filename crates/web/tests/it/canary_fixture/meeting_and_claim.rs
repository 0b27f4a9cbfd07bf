//! Meetings the member is expected at and came to, and the claim they make for one, with
//! a question from finance that they answer.

use super::*;

/// Every rule of a meeting's checklist: staff go on past each of them.
const RULES: [&str; 7] = [
    "involved", "reserve", "time", "access", "papers", "formats", "agenda",
];

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
                ("step", "send"),
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
