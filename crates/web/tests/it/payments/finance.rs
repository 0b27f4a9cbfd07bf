//! Finance's side: paying once under concurrent requests, overdue claims and median days,
//! tax-year totals, and exports for the finance system.

use std::io::Read;

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{claim, payment};
use withus_db::sea_orm::{self, ColumnTrait, QueryFilter};

use super::{claim_travel_and_childcare, finance, meeting_attended, paid_fields, setup, today};
use crate::both_databases;

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
            .filter(|l| l.ends_with("done=paid&emailed=yes"))
            .count(),
        1,
        "{locations:?}"
    );
    assert!(
        locations
            .iter()
            .all(|l| l.ends_with("done=paid&emailed=yes") || l.ends_with("done=already")),
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
                &[("step", "send"), ("method", "cash")],
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
    // The last table on the page: one row a month.
    let months = report.table_rows().pop().unwrap_or_default();
    let row = |n: usize| months.get(n - 1).cloned().unwrap_or_default();
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
            &[("step", "send"), ("method", "voucher"), ("mileage", "12.3")],
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
