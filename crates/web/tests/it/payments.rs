//! Claims through HTTP on both databases: the policy form and its versions, claim → approve
//! → paid, queries and rejections, paying once under concurrent requests, overdue claims and
//! median days, tax-year totals, exports, and who may claim and see receipts.

use std::io::Read;

use axum::http::StatusCode;
use chrono::{Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Europe::London;
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{claim, claim_receipt, meeting_attendee, outbox_message, payment};
use withus_db::sea_orm::{self, ColumnTrait, QueryFilter};
use withus_web::auth::Role;
use withus_web::meetings::queries as meetings;

use crate::both_databases;
use crate::meetings::{member, opportunity, person};
use crate::support::{Org, TestApp};

pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

/// Version 1 from 2020: £20 an hour, 45p a mile, bus and train at cost, taxis if agreed up
/// to £30, childcare up to £40; every way of paying; 14 days.
async fn policy(admin: &mut TestApp, from: NaiveDate, hourly: &str, days: &str) -> StatusCode {
    let (d, m, y) = (
        from.day().to_string(),
        from.month().to_string(),
        from.year().to_string(),
    );
    admin
        .post(
            "/payments/policy",
            &[
                ("from-day", &d),
                ("from-month", &m),
                ("from-year", &y),
                ("fee-1-role", ""),
                ("fee-1-activity", ""),
                ("fee-1-unit", "hour"),
                ("fee-1-amount", hourly),
                ("fee-2-role", "chair"),
                ("fee-2-activity", ""),
                ("fee-2-unit", "activity"),
                ("fee-2-amount", "100"),
                ("cover", "mileage"),
                ("limit-mileage", "0.45"),
                ("cover", "public_transport"),
                ("cover", "taxi"),
                ("limit-taxi", "30"),
                ("cover", "childcare"),
                ("limit-childcare", "40"),
                ("methods", "bank_transfer"),
                ("methods", "cash"),
                ("methods", "voucher"),
                ("methods", "decline"),
                ("days", days),
                (
                    "benefits",
                    "Call Northbrook Welfare Rights on 0300 000 0001 for advice.",
                ),
            ],
        )
        .await
        .status
}

pub struct Setup {
    pub app: TestApp,
    pub org: Org,
    pub meeting: Uuid,
    pub person: Uuid,
    pub member: TestApp,
}

/// A meeting `days_ago` that Alex came to for `minutes`, with a policy in force.
async fn meeting_attended(
    app: &TestApp,
    org: &Org,
    person: Uuid,
    days_ago: i64,
    minutes: i32,
) -> Uuid {
    let scope = app.scope(org);
    let opp = opportunity(app, org).await;
    let starts = Utc::now() - Duration::days(days_ago);
    let input = withus_web::meetings::forms::MeetingInput {
        title: format!("Strategy group {days_ago}"),
        activity: "meeting".into(),
        starts_at: starts,
        ends_at: starts + Duration::hours(2),
        high_level: false,
        venue_id: None,
        online_details: Some("Video call".into()),
    };
    let m = meetings::insert_meeting(&scope, opp, &input).await.unwrap();
    meetings::insert_attendee(&scope, m, Some(person), None, "member")
        .await
        .unwrap();
    attend(&scope, m, person, minutes).await;
    m
}

async fn attend(scope: &OrgScope, m: Uuid, person: Uuid, minutes: i32) {
    scope
        .update_many::<meeting_attendee::Entity>()
        .col_expr(
            meeting_attendee::Column::Attendance,
            Expr::value("attended"),
        )
        .col_expr(meeting_attendee::Column::Minutes, Expr::value(minutes))
        .filter(meeting_attendee::Column::MeetingId.eq(m))
        .filter(meeting_attendee::Column::PersonId.eq(person))
        .exec(scope.db())
        .await
        .unwrap();
}

async fn setup(url: &str) -> Setup {
    let mut app = TestApp::start(url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook Council").await;
    app.sign_in_as(&org, Role::Administrator).await;
    let from = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    assert_eq!(
        policy(&mut app, from, "20", "14").await,
        StatusCode::SEE_OTHER
    );
    let person = person(&app, &org, "Alex", &[], None).await;
    let meeting = meeting_attended(&app, &org, person, 3, 150).await;
    let member = member(&app, &org, person, "Alex").await;
    Setup {
        app,
        org,
        meeting,
        person,
        member,
    }
}

async fn claim_travel_and_childcare(s: &mut Setup) -> Uuid {
    let r = s
        .member
        .upload_files(
            &format!("/my/payments/claim/{}", s.meeting),
            &[
                ("public_transport", "6.40"),
                ("childcare", "45"),
                ("mileage", ""),
                ("method", "bank_transfer"),
            ],
            &[
                ("receipts", "bus.png", PNG),
                ("receipts", "nursery.pdf", b"%PDF-1.4 receipt"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id = r.location().trim_start_matches("/my/payments/claims/");
    Uuid::parse_str(id.split('?').next().unwrap()).unwrap()
}

async fn finance(s: &Setup) -> TestApp {
    let mut f = s.app.new_browser();
    f.sign_in_as(&s.org, Role::Finance).await;
    f
}

fn paid_fields(on: NaiveDate) -> [(&'static str, String); 4] {
    [
        ("paid-day", on.day().to_string()),
        ("paid-month", on.month().to_string()),
        ("paid-year", on.year().to_string()),
        ("reference", "BACS-0042".to_owned()),
    ]
}

fn today() -> NaiveDate {
    Utc::now().with_timezone(&London).date_naive()
}

both_databases!(claim_approved_and_paid, claim_approved_and_paid_body);
async fn claim_approved_and_paid_body(url: String) {
    let mut s = setup(&url).await;
    let page = s.member.get("/my/payments").await;
    assert!(
        page.body.contains("Claim for Strategy group 3"),
        "{}",
        page.body
    );
    // The policy in plain words, with the benefits note and the organisation's signposting.
    assert!(
        page.body
            .contains("£20.00 an hour for anyone, for any activity.")
    );
    assert!(
        page.body
            .contains("Childcare: what it cost you, up to £40.00.")
    );
    assert!(page.body.contains("Being paid may affect benefits"));
    assert!(page.body.contains("Northbrook Welfare Rights"));
    let form = s
        .member
        .get(&format!("/my/payments/claim/{}", s.meeting))
        .await;
    assert!(
        form.body.contains("£50.00 for 2 hours 30 minutes"),
        "{}",
        form.body
    );

    // Mistakes are explained and what was typed is kept.
    let wrong = s
        .member
        .upload_files(
            &format!("/my/payments/claim/{}", s.meeting),
            &[("public_transport", "six pounds"), ("childcare", "45")],
            &[],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .body
            .contains("Enter the cost of bus, train or tram in pounds")
    );
    assert!(wrong.body.contains("Select how you want to be paid"));
    assert!(wrong.body.contains("Add a receipt for your costs"));
    assert!(wrong.body.contains("value=\"six pounds\""));

    let id = claim_travel_and_childcare(&mut s).await;
    let c = s
        .app
        .scope(&s.org)
        .find::<claim::Entity>()
        .one(&s.app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.id, id);
    // £50 fee; £6.40 bus; childcare £45 capped at £40: £96.40, reconciled to the penny.
    assert_eq!(
        (c.fee_pence, c.expenses_pence, c.to_pay_pence),
        (5000, 4640, 9640)
    );
    assert_eq!(c.status, "submitted");
    let mine = s.member.get(&format!("/my/payments/claims/{id}")).await;
    assert!(
        mine.body.contains("over the policy&#39;s limit")
            || mine.body.contains("over the policy's limit")
    );
    assert!(mine.body.contains("bus.png") && mine.body.contains("nursery.pdf"));

    let mut f = finance(&s).await;
    let list = f.get("/payments").await;
    assert!(list.body.contains("Alex Meeting"));
    assert_eq!(
        f.post(&format!("/payments/claims/{id}/approve"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let fields = paid_fields(today());
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = f
        .post(&format!("/payments/claims/{id}/paid"), &fields)
        .await;
    assert_eq!(r.location(), format!("/payments/claims/{id}?done=paid"));

    let mine = s.member.get(&format!("/my/payments/claims/{id}")).await;
    assert!(mine.body.contains("Paid"));
    assert!(mine.body.contains("BACS-0042"));
    let home = s.member.get("/my/payments").await;
    assert!(home.body.contains("£96.40"), "tax-year total");
    let mail = s
        .app
        .scope(&s.org)
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Subject.eq("Your claim has been paid"))
        .one(&s.app.state.db)
        .await
        .unwrap()
        .expect("paid email");
    assert!(mail.body_text.contains("£96.40"));
    // A second claim for the same activity is not possible: the form leads to the first.
    let again = s
        .member
        .get(&format!("/my/payments/claim/{}", s.meeting))
        .await;
    assert_eq!(again.location(), format!("/my/payments/claims/{id}"));
}

both_databases!(queries_and_rejections, queries_and_rejections_body);
async fn queries_and_rejections_body(url: String) {
    let mut s = setup(&url).await;
    let id = claim_travel_and_childcare(&mut s).await;
    let mut f = finance(&s).await;
    let empty = f
        .post(&format!("/payments/claims/{id}/query"), &[("message", "")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Enter the question to ask"));
    let asked = f
        .post(
            &format!("/payments/claims/{id}/query"),
            &[("message", "Which nursery was it?")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let mail = s
        .app
        .scope(&s.org)
        .find::<outbox_message::Entity>()
        .filter(outbox_message::Column::Subject.eq("A question about your claim"))
        .one(&s.app.state.db)
        .await
        .unwrap()
        .expect("query email");
    assert_eq!(mail.to_address, "alex@people.example");
    assert!(mail.body_text.contains("Which nursery was it?"));
    let mine = s.member.get(&format!("/my/payments/claims/{id}")).await;
    assert!(
        mine.body.contains("Which nursery was it?") && mine.body.contains("Answer the question")
    );
    let answered = s
        .member
        .upload_files(
            &format!("/my/payments/claims/{id}/answer"),
            &[("answer", "Little Acorns, on the high street")],
            &[("receipts", "acorns.jpg", &[0xFF, 0xD8, 0xFF, 0xE0, 1, 2])],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    let back = f.get(&format!("/payments/claims/{id}")).await;
    assert!(back.body.contains("Little Acorns") && back.body.contains("acorns.jpg"));
    assert!(back.body.contains("Sent"));
    let no_reason = f
        .post(&format!("/payments/claims/{id}/reject"), &[("reason", "")])
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_reason
            .body
            .contains("Enter why the claim will not be paid")
    );
    f.post(
        &format!("/payments/claims/{id}/reject"),
        &[("reason", "Childcare was arranged by us")],
    )
    .await;
    let mine = s.member.get(&format!("/my/payments/claims/{id}")).await;
    assert!(mine.body.contains("Not paid") && mine.body.contains("Childcare was arranged by us"));
    // Rejected is final: it cannot be approved or paid afterwards.
    f.post(&format!("/payments/claims/{id}/approve"), &[]).await;
    let c = s
        .app
        .scope(&s.org)
        .find::<claim::Entity>()
        .one(&s.app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.status, "rejected");
}

both_databases!(paid_once_under_concurrent_requests, paid_once_body);
async fn paid_once_body(url: String) {
    let mut s = setup(&url).await;
    let id = claim_travel_and_childcare(&mut s).await;
    let mut f = finance(&s).await;
    f.post(&format!("/payments/claims/{id}/approve"), &[]).await;
    // Two finance officers and a double-clicked button: eight requests at once.
    let fields = paid_fields(today());
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let mut browser = f.new_browser();
        browser.cookies = f.cookies.clone();
        let fields = fields.clone();
        tasks.push(tokio::spawn(async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            browser
                .post(&format!("/payments/claims/{id}/paid"), &fields)
                .await
        }));
    }
    let mut locations = Vec::new();
    for t in tasks {
        let r = t.await.unwrap();
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        locations.push(r.location().to_owned());
    }
    let paid = s
        .app
        .scope(&s.org)
        .find::<payment::Entity>()
        .filter(payment::Column::ClaimId.eq(id))
        .all(&s.app.state.db)
        .await
        .unwrap();
    assert_eq!(paid.len(), 1, "one payment, however many requests");
    assert_eq!(paid[0].pence, 9640);
    assert_eq!(
        locations
            .iter()
            .filter(|l| l.ends_with("done=paid"))
            .count(),
        1,
        "{locations:?}"
    );
    assert!(
        locations
            .iter()
            .all(|l| l.ends_with("done=paid") || l.ends_with("done=already")),
        "{locations:?}"
    );
    // Afterwards, pressing again says so and records nothing.
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let again = f
        .post(&format!("/payments/claims/{id}/paid"), &fields)
        .await;
    assert_eq!(
        again.location(),
        format!("/payments/claims/{id}?done=already")
    );
    let shown = f.get(again.location()).await;
    assert!(shown.body.contains("had already been paid"));
    // The database refuses a second payment even if the web layer let one through.
    let forged = payment::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(s.org.id),
        claim_id: Set(id),
        paid_on: Set(today()),
        reference: Set("again".into()),
        pence: Set(9640),
        recorded_by: Set(None),
        recorded_at: Set(Utc::now()),
    };
    assert!(s.app.scope(&s.org).insert(forged).await.is_err());
}

/// Moves a claim's dates, as if it had been made `made_ago` days ago. At noon, which is the
/// same day in the UK in summer and winter: "now" minus 30 days at 23:30 in November is the
/// next morning in October's summer time, a day less than the test means.
async fn backdate(scope: &OrgScope, id: Uuid, made_ago: i64) {
    let noon = (today() - Duration::days(made_ago))
        .and_hms_opt(12, 0, 0)
        .map(|t| t.and_utc());
    scope
        .update_many::<claim::Entity>()
        .col_expr(claim::Column::SubmittedAt, Expr::value(noon))
        .filter(claim::Column::Id.eq(id))
        .exec(scope.db())
        .await
        .unwrap();
}

both_databases!(overdue_claims_median_days_and_tax_years, overdue_body);
async fn overdue_body(url: String) {
    let mut s = setup(&url).await;
    let scope = s.app.scope(&s.org);
    let first = claim_travel_and_childcare(&mut s).await;
    // Three more activities, each claimed.
    let mut ids = vec![first];
    for days_ago in [40, 50, 60] {
        let m = meeting_attended(&s.app, &s.org, s.person, days_ago, 60).await;
        let r = s
            .member
            .upload_files(
                &format!("/my/payments/claim/{m}"),
                &[("method", "cash")],
                &[],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        ids.push(
            scope
                .find::<claim::Entity>()
                .filter(claim::Column::MeetingId.eq(m))
                .one(scope.db())
                .await
                .unwrap()
                .unwrap()
                .id,
        );
    }
    // Made 20, 30, 16 and 10 days ago; 14 days are promised.
    for (id, ago) in ids.iter().zip([20, 30, 16, 10]) {
        backdate(&scope, *id, ago).await;
    }
    let mut f = finance(&s).await;
    // Paid 4 days and 24 days after the claim; the other two wait, and one of those is late.
    for (id, paid_ago) in [(ids[0], 16), (ids[1], 6)] {
        f.post(&format!("/payments/claims/{id}/approve"), &[]).await;
        let fields = paid_fields(today() - Duration::days(paid_ago));
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        f.post(&format!("/payments/claims/{id}/paid"), &fields)
            .await;
    }
    let report = f.get("/payments/report").await;
    assert!(
        report.body.contains("1 claim is overdue"),
        "{}",
        report.body
    );
    let days_late = report.text_of("table:first-of-type tbody td:nth-child(4)");
    assert_eq!(days_late, "2", "16 days since the claim, 14 promised");
    // Paid 4 and 24 days after the claims: one month with a median of 14, or two months.
    let month = |ago: i64| (today() - Duration::days(ago)).format("%B %Y").to_string();
    let row = |n: usize| report.text_of(&format!("table:last-of-type tbody tr:nth-child({n})"));
    if month(6) == month(16) {
        assert_eq!(row(1), format!("{} 2 14", month(6)));
    } else {
        assert_eq!(row(1), format!("{} 1 24", month(6)));
        assert_eq!(row(2), format!("{} 1 4", month(16)));
    }
    let list = f.get("/payments?status=submitted").await;
    assert_eq!(list.body.matches("Overdue").count(), 1);

    // Tax years: a payment dated before this tax year began does not count in this year's total.
    let (year_start, _) = withus_payments::tax_year(today());
    scope
        .update_many::<payment::Entity>()
        .col_expr(
            payment::Column::PaidOn,
            Expr::value(year_start - Duration::days(1)),
        )
        .filter(payment::Column::ClaimId.eq(ids[1]))
        .exec(scope.db())
        .await
        .unwrap();
    let home = s.member.get("/my/payments").await;
    let total = home.text_of(".govuk-panel__body strong");
    assert_eq!(total, "£96.40", "only the payment in this tax year");
}

both_databases!(exports_for_the_finance_system, export_body);
async fn export_body(url: String) {
    let mut s = setup(&url).await;
    let id = claim_travel_and_childcare(&mut s).await;
    let m = meeting_attended(&s.app, &s.org, s.person, 10, 45).await;
    s.member
        .upload_files(
            &format!("/my/payments/claim/{m}"),
            &[("method", "voucher"), ("mileage", "12.3")],
            &[],
        )
        .await;
    let mut f = finance(&s).await;
    let empty = f.get("/payments/export?format=csv").await;
    assert_eq!(
        empty.body.lines().count(),
        2,
        "heading and total only: {}",
        empty.body
    );
    for c in s
        .app
        .scope(&s.org)
        .find::<claim::Entity>()
        .all(&s.app.state.db)
        .await
        .unwrap()
    {
        f.post(&format!("/payments/claims/{}/approve", c.id), &[])
            .await;
    }
    let csv = f.get("/payments/export?format=csv").await;
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let rows: Vec<&str> = csv.body.lines().collect();
    assert_eq!(rows.len(), 4, "{}", csv.body);
    assert!(rows[0].starts_with("Claim,Person,Payment method"));
    let bank = rows.iter().find(|r| r.contains("Bank transfer")).unwrap();
    assert!(bank.ends_with(",5000,4640,9640,96.40"), "{bank}");
    // 45 minutes at £20 an hour is £15; 12.3 miles at 45p is 553.5p, rounded to 554p.
    let voucher = rows.iter().find(|r| r.contains("Voucher")).unwrap();
    assert!(voucher.ends_with(",1500,554,2054,20.54"), "{voucher}");
    assert!(
        rows[3].starts_with("Total,") && rows[3].ends_with(",6500,5194,11694,116.94"),
        "{}",
        rows[3]
    );
    assert!(csv.body.contains(&withus_web::payments::reference(id)));

    let xlsx = f.get("/payments/export?format=xlsx").await.raw;
    let mut book = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut sheet = String::new();
    book.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut sheet)
        .unwrap();
    assert!(
        sheet.contains("<v>9640</v>") && sheet.contains("<v>11694</v>"),
        "{sheet}"
    );
    assert!(sheet.contains("<v>116.94</v>"));
}

both_databases!(who_may_claim_and_see_receipts, access_body);
async fn access_body(url: String) {
    let mut s = setup(&url).await;
    // Not at the meeting: no claim.
    let other = person(&s.app, &s.org, "Sam", &[], None).await;
    let mut sam = member(&s.app, &s.org, other, "Sam").await;
    assert_eq!(
        sam.get(&format!("/my/payments/claim/{}", s.meeting))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Expected but did not come: no claim either.
    let scope = s.app.scope(&s.org);
    meetings::insert_attendee(&scope, s.meeting, Some(other), None, "member")
        .await
        .unwrap();
    assert_eq!(
        sam.get(&format!("/my/payments/claim/{}", s.meeting))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let id = claim_travel_and_childcare(&mut s).await;
    let receipt = scope
        .find::<claim_receipt::Entity>()
        .one(scope.db())
        .await
        .unwrap()
        .unwrap();
    let mine = format!("/my/payments/claims/{id}/receipts/{}", receipt.id);
    let staff_path = format!("/payments/claims/{id}/receipts/{}", receipt.id);
    let got = s.member.get(&mine).await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(got.headers["content-type"], "image/png");
    assert!(
        got.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    // Someone else's claim and receipt are "not found" to Sam.
    assert_eq!(
        sam.get(&format!("/my/payments/claims/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(sam.get(&mine).await.status, StatusCode::NOT_FOUND);
    for (role, status) in [
        (Role::Finance, StatusCode::OK),
        (Role::Coordinator, StatusCode::OK),
        (Role::Staff, StatusCode::FORBIDDEN),
        (Role::Administrator, StatusCode::FORBIDDEN),
        (Role::Board, StatusCode::FORBIDDEN),
    ] {
        let mut b = s.app.new_browser();
        b.sign_in_as(&s.org, role).await;
        assert_eq!(b.get(&staff_path).await.status, status, "{role:?}");
    }
    // Coordinators approve nothing: that is finance's.
    let mut c = s.app.new_browser();
    c.sign_in_as(&s.org, Role::Coordinator).await;
    assert_eq!(
        c.post(&format!("/payments/claims/{id}/approve"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // A file that is not a photo or PDF is refused, whatever its name says.
    let m = meeting_attended(&s.app, &s.org, s.person, 5, 60).await;
    let r = s
        .member
        .upload_files(
            &format!("/my/payments/claim/{m}"),
            &[("method", "cash"), ("public_transport", "3")],
            &[("receipts", "ticket.png", b"<script>alert(1)</script>")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("ticket.png must be a photo"));
}

both_databases!(versions_travel_and_claims_for_someone, versions_body);
async fn versions_body(url: String) {
    let mut s = setup(&url).await;
    // Version 2 from five days ago: £25 an hour.
    let from = today() - Duration::days(5);
    assert_eq!(
        policy(&mut s.app, from, "25", "10").await,
        StatusCode::SEE_OTHER
    );
    let page = s.app.get("/payments/policy").await;
    assert!(page.body.contains("Version 2 is in force"), "{}", page.body);
    let bad = s
        .app
        .post(
            "/payments/policy",
            &[("fee-1-amount", "lots"), ("fee-1-unit", "hour")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Enter an amount in pounds, like 25.00"));
    assert!(
        bad.body
            .contains("Select at least one way people can be paid")
    );
    assert!(bad.body.contains("value=\"lots\""));

    // The meeting 3 days ago falls under version 2; one 8 days ago under version 1.
    let old = meeting_attended(&s.app, &s.org, s.person, 8, 60).await;
    let mut coordinator = s.app.new_browser();
    coordinator.sign_in_as(&s.org, Role::Coordinator).await;
    let fees = coordinator
        .get(&format!("/meetings/{}/fees", s.meeting))
        .await;
    assert!(
        fees.body.contains("£62.50 for 2 hours 30 minutes"),
        "{}",
        fees.body
    );
    let fees_old = coordinator.get(&format!("/meetings/{old}/fees")).await;
    assert!(
        fees_old.body.contains("£20.00 for 1 hour"),
        "{}",
        fees_old.body
    );

    // Other staff see the fees but neither claim for people nor book travel.
    let mut staff = s.app.new_browser();
    staff.sign_in_as(&s.org, Role::Staff).await;
    let seen = staff.get(&format!("/meetings/{}/fees", s.meeting)).await;
    assert!(seen.body.contains("£62.50 for 2 hours 30 minutes"));
    assert!(!seen.body.contains("Claim for them") && !seen.body.contains("Ask for travel"));
    assert!(fees.body.contains("Claim for them") && fees.body.contains("Ask for travel"));
    // Travel booked in advance makes a taxi agreed.
    let r = coordinator
        .post(
            &format!("/meetings/{}/travel", s.meeting),
            &[
                ("person", &s.person.to_string()),
                ("details", "Taxi from home at 1pm"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut f = finance(&s).await;
    assert!(
        f.get("/payments")
            .await
            .body
            .contains("Taxi from home at 1pm")
    );
    // The coordinator claims for Alex, taxi included.
    let r = coordinator
        .upload_files(
            &format!("/meetings/{}/claims/{}", s.meeting, s.person),
            &[("taxi", "36"), ("method", "decline")],
            &[("receipts", "taxi.pdf", b"%PDF-1.4")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let c = s
        .app
        .scope(&s.org)
        .find::<claim::Entity>()
        .filter(claim::Column::MeetingId.eq(s.meeting))
        .one(&s.app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert!(c.on_behalf);
    // £62.50 fee and the taxi capped at £30, nothing paid because Alex declined.
    assert_eq!(
        (c.fee_pence, c.expenses_pence, c.worth_pence, c.to_pay_pence),
        (6250, 3000, 9250, 0)
    );
    let old_claim = s
        .member
        .upload_files(
            &format!("/my/payments/claim/{old}"),
            &[("method", "cash"), ("taxi", "10")],
            &[("receipts", "t.pdf", b"%PDF-1.4")],
        )
        .await;
    assert_eq!(old_claim.status, StatusCode::SEE_OTHER);
    let c = s
        .app
        .scope(&s.org)
        .find::<claim::Entity>()
        .filter(claim::Column::MeetingId.eq(old))
        .one(&s.app.state.db)
        .await
        .unwrap()
        .unwrap();
    // Version 1's £20, and no taxi: it was not booked for that meeting.
    assert_eq!((c.fee_pence, c.expenses_pence), (2000, 0));

    // The cost calculator: 4 places × 3 sessions of 2 hours at £25, £10 expenses each time.
    let opp = opportunity(&s.app, &s.org).await;
    let costs = coordinator
        .get(&format!(
            "/opportunities/{opp}/costs?places=4&sessions=3&hours=2&activity=meeting&expenses=10"
        ))
        .await;
    assert!(
        costs.body.contains("£600.00")
            && costs.body.contains("£120.00")
            && costs.body.contains("£720.00"),
        "{}",
        costs.body
    );
}

/// A claim with a receipt and a travel booking in `scope`, written directly, for probes.
pub async fn seeded(scope: &OrgScope, meeting: Uuid, person: Uuid) -> (String, String, String) {
    use withus_db::entities::{payment_policy, travel_booking};
    let now = Utc::now();
    let policy = Uuid::now_v7();
    scope
        .insert(payment_policy::ActiveModel {
            id: Set(policy),
            organisation_id: Set(scope.organisation_id()),
            version: Set(1),
            effective_from: Set(NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()),
            days_to_pay: Set(14),
            methods: Set("cash".into()),
            fees: Set("||hour|2000".into()),
            expenses: Set(String::new()),
            benefits_note: Set("Secret subject".into()),
            created_by: Set(None),
            created_at: Set(now),
        })
        .await
        .unwrap();
    let claim = Uuid::now_v7();
    scope
        .insert(claim::ActiveModel {
            id: Set(claim),
            organisation_id: Set(scope.organisation_id()),
            person_id: Set(person),
            meeting_id: Set(meeting),
            policy_id: Set(policy),
            status: Set("approved".into()),
            method: Set("cash".into()),
            role: Set("member".into()),
            activity: Set("meeting".into()),
            activity_on: Set(now.date_naive()),
            minutes: Set(60),
            fee_pence: Set(2000),
            expenses_pence: Set(0),
            worth_pence: Set(2000),
            to_pay_pence: Set(2000),
            note: Set(Some("Secret subject".into())),
            message: Set(None),
            made_by: Set(None),
            on_behalf: Set(false),
            submitted_at: Set(now),
            decided_at: Set(None),
            decided_by: Set(None),
            paid_on: Set(None),
            updated_at: Set(now),
        })
        .await
        .unwrap();
    let receipt = Uuid::now_v7();
    scope
        .insert(claim_receipt::ActiveModel {
            id: Set(receipt),
            organisation_id: Set(scope.organisation_id()),
            claim_id: Set(claim),
            filename: Set("secret.png".into()),
            content_type: Set("image/png".into()),
            data: Set(b"Secret subject".to_vec()),
            uploaded_by: Set(None),
            uploaded_at: Set(now),
        })
        .await
        .unwrap();
    let booking = Uuid::now_v7();
    scope
        .insert(travel_booking::ActiveModel {
            id: Set(booking),
            organisation_id: Set(scope.organisation_id()),
            meeting_id: Set(meeting),
            person_id: Set(person),
            details: Set("Secret subject".into()),
            requested_by: Set(None),
            requested_at: Set(now),
            booked_at: Set(None),
            booked_by: Set(None),
        })
        .await
        .unwrap();
    (claim.to_string(), receipt.to_string(), booking.to_string())
}

both_databases!(demo_has_claims_in_every_state, demo_body);
async fn demo_body(url: String) {
    let app = TestApp::start(&url, |_| {}).await;
    withus_web::demo::seed(&app.state.db, "demo-password-for-tests-1")
        .await
        .unwrap();
    let org = withus_db::installation::account_by_email(&app.state.db, "finance@demo.example")
        .await
        .unwrap()
        .unwrap()
        .organisation_id;
    let scope = OrgScope::new(app.state.db.clone(), org);
    let claims = scope.find::<claim::Entity>().all(scope.db()).await.unwrap();
    for status in ["submitted", "queried", "approved", "rejected", "paid"] {
        assert!(
            claims.iter().any(|c| c.status == status),
            "no {status} claim"
        );
    }
    let versions: std::collections::HashSet<Uuid> = claims.iter().map(|c| c.policy_id).collect();
    assert_eq!(versions.len(), 2, "claims under both policy versions");
    let mut f = app.new_browser();
    assert_eq!(
        f.sign_in("finance@demo.example", "demo-password-for-tests-1")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let report = f.get("/payments/report").await;
    assert!(
        report.body.contains("claims are overdue"),
        "{}",
        report.body
    );
    // Jo has something left to claim for.
    let mut jo = app.new_browser();
    jo.sign_in("member@demo.example", "demo-password-for-tests-1")
        .await;
    let mine = jo.get("/my/payments").await;
    assert!(
        mine.body.contains("Claim for Carers&#39;") || mine.body.contains("Claim for Carers'"),
        "{}",
        mine.body
    );
    assert!(mine.body.contains("Paid"));
}
