//! Claims through HTTP on both databases: the policy form and its versions, claim → approve
//! → paid, queries and rejections, paying once under concurrent requests, overdue claims and
//! median days, tax-year totals, exports, and who may claim and see receipts.

mod access;
mod check;
mod claims;
mod demo;
mod finance;
mod limits;
mod policy;
mod told;

use axum::http::StatusCode;
use chrono::{Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Europe::London;
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{claim, claim_receipt, meeting_attendee};
use withus_db::sea_orm::{self, ColumnTrait, QueryFilter};
use withus_web::kit::auth::Role;
use withus_web::meetings::queries as meetings;

use crate::harness::{Org, TestApp};
use crate::meetings::{member, opportunity, person};

pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

/// Version 1 from 2020: £20 an hour, 45p a mile, bus and train at cost, taxis if agreed up
/// to £30, childcare up to £40; every way of paying; 14 days.
pub(super) async fn policy(
    admin: &mut TestApp,
    from: NaiveDate,
    hourly: &str,
    days: &str,
) -> StatusCode {
    policy_with(admin, from, hourly, days, &[]).await
}

/// The policy above with `more` fields added, such as the limits on a whole claim.
pub(super) async fn policy_with(
    admin: &mut TestApp,
    from: NaiveDate,
    hourly: &str,
    days: &str,
    more: &[(&str, &str)],
) -> StatusCode {
    let (d, m, y) = (
        from.day().to_string(),
        from.month().to_string(),
        from.year().to_string(),
    );
    let mut fields = vec![
        ("from-day", d.as_str()),
        ("from-month", m.as_str()),
        ("from-year", y.as_str()),
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
    ];
    fields.extend_from_slice(more);
    admin.post("/payments/policy", &fields).await.status
}

pub struct Setup {
    pub app: TestApp,
    pub org: Org,
    pub meeting: Uuid,
    pub person: Uuid,
    pub member: TestApp,
}

/// A meeting `days_ago` that Alex came to for `minutes`, with a policy in force.
pub(super) async fn meeting_attended(
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

pub(super) async fn setup(url: &str) -> Setup {
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

pub(super) async fn claim_travel_and_childcare(s: &mut Setup) -> Uuid {
    let r = s
        .member
        .upload_files(
            &format!("/my/payments/claim/{}", s.meeting),
            &[
                ("step", "send"),
                ("public_transport", "6.40"),
                ("childcare", "40"),
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

pub(super) async fn finance(s: &Setup) -> TestApp {
    let mut f = s.app.new_browser();
    f.sign_in_as(&s.org, Role::Finance).await;
    f
}

pub(super) fn paid_fields(on: NaiveDate) -> [(&'static str, String); 4] {
    [
        ("paid-day", on.day().to_string()),
        ("paid-month", on.month().to_string()),
        ("paid-year", on.year().to_string()),
        ("reference", "BACS-0042".to_owned()),
    ]
}

pub(super) fn today() -> NaiveDate {
    Utc::now().with_timezone(&London).date_naive()
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
            most_per_claim_pence: Set(50_000),
            check_above_pence: Set(25_000),
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
