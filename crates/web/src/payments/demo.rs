//! Demo payments: two versions of the payment policy (April 2025 and April 2026), and claims
//! for past meetings in every state (sent, question asked, approved, not paid, paid), some
//! past the promised time, so finance's pages and the "paying on time" report have something
//! real to show. Jo's most recent meetings are left unclaimed for Jo to claim.

use chrono::{Duration, NaiveDate, Utc};
use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{claim, meeting, meeting_attendee, opportunity, payment_policy, person};
use withus_db::sea_orm::{self, DbErr};
use withus_payments::{
    ExpenseKind, ExpenseRule, FeeRate, FeeUnit, Limit, Method, expenses_to_text, fees_to_text,
};

use crate::kit::forms::FormData;
use crate::meetings;
use crate::meetings::demo::meeting_at;
use crate::payments::forms;
use crate::payments::forms::claim::Outcome;
use crate::payments::forms::receipts::Upload;
use crate::payments::queries;

const PLAN: &str = "# Workshop plan\n\nWe will look at what carers told us and choose \
three things to change first.\n";

const BENEFITS: &str = "If you get benefits, talk to Northbrook Welfare Rights (0300 000 0101, \
free) before you take part. Carers UK's helpline can also help.";

fn rule(kind: ExpenseKind, limit: Limit) -> ExpenseRule {
    ExpenseRule { kind, limit }
}

fn fee(role: Option<&str>, activity: Option<&str>, unit: FeeUnit, pence: i64) -> FeeRate {
    FeeRate {
        role: role.map(str::to_owned),
        activity: activity.map(str::to_owned),
        unit,
        pence,
    }
}

async fn policy(
    scope: &OrgScope,
    from: NaiveDate,
    fees: &[FeeRate],
    expenses: &[ExpenseRule],
    methods: &[Method],
    days: i32,
    by: Uuid,
) -> Result<(), DbErr> {
    let row = payment_policy::ActiveModel {
        organisation_id: Set(scope.organisation_id()),
        effective_from: Set(from),
        days_to_pay: Set(days),
        methods: Set(methods
            .iter()
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(",")),
        fees: Set(fees_to_text(fees)),
        expenses: Set(expenses_to_text(expenses)),
        benefits_note: Set(BENEFITS.to_owned()),
        created_by: Set(Some(by)),
        ..Default::default()
    };
    queries::insert_policy(scope, row).await.map(|_| ())
}

async fn policies(scope: &OrgScope, by: Uuid) -> Result<(), DbErr> {
    use ExpenseKind::*;
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    policy(
        scope,
        day(2025, 4, 6),
        &[fee(None, None, FeeUnit::Hour, 1800)],
        &[
            rule(Mileage, Limit::PerMile(45)),
            rule(PublicTransport, Limit::AtCost(None)),
            rule(Taxi, Limit::IfAgreed(Some(3000))),
            rule(Childcare, Limit::AtCost(Some(4000))),
            rule(ReplacementCare, Limit::AtCost(Some(6000))),
        ],
        &[
            Method::BankTransfer,
            Method::Cash,
            Method::Voucher,
            Method::Decline,
        ],
        14,
        by,
    )
    .await?;
    policy(
        scope,
        day(2026, 4, 6),
        &[
            fee(None, None, FeeUnit::Hour, 2000),
            fee(None, Some("interview_panel"), FeeUnit::Day, 15000),
            fee(Some("chair"), None, FeeUnit::HalfDay, 9000),
        ],
        &[
            rule(Mileage, Limit::PerMile(45)),
            rule(PublicTransport, Limit::AtCost(None)),
            rule(Taxi, Limit::IfAgreed(Some(3000))),
            rule(Subsistence, Limit::AtCost(Some(800))),
            rule(Childcare, Limit::AtCost(None)),
            rule(ReplacementCare, Limit::AtCost(None)),
            rule(PersonalAssistant, Limit::AtCost(None)),
        ],
        &[Method::BankTransfer, Method::Voucher, Method::Decline],
        10,
        by,
    )
    .await
}

/// What happens to a demo claim, and how many days after it was made.
#[derive(Clone, Copy)]
enum Fate {
    Waiting,
    Queried,
    Approved,
    Rejected,
    Paid(i64),
}

const FATES: [Fate; 7] = [
    Fate::Paid(6),
    Fate::Paid(12),
    Fate::Approved,
    Fate::Waiting,
    Fate::Paid(19),
    Fate::Queried,
    Fate::Rejected,
];

pub async fn seed(scope: &OrgScope, finance: Uuid) -> Result<(), DbErr> {
    policies(scope, finance).await?;
    let people: Vec<person::Model> = scope
        .find::<person::Entity>()
        .filter(person::Column::Status.eq("active"))
        .filter(person::Column::AccountId.is_null())
        .order_by_asc(person::Column::Id)
        .limit(4)
        .all(scope.db())
        .await?;
    let jo = scope
        .find::<person::Entity>()
        .filter(person::Column::AccountId.is_not_null())
        .filter(person::Column::GivenName.eq("Jo"))
        .one(scope.db())
        .await?;
    let Some(o) = scope
        .find::<opportunity::Entity>()
        .filter(opportunity::Column::Title.eq("Carers' reference group: what should we buy?"))
        .one(scope.db())
        .await?
    else {
        return Ok(());
    };
    let receipt = b"%PDF-1.4\n% synthetic demo receipt\n".to_vec();
    let mut n = 0;
    // About 10 and 4 months ago (the first under the 2025 policy), then 7 and 3 weeks ago.
    for days in [-290, -120, -50, -21] {
        let month = (Utc::now() + Duration::days(days)).format("%B %Y");
        let title = format!("Carers' reference group: {month} workshop");
        let m = meeting_at(scope, o.id, &title, days, false, None).await?;
        let starts = Utc::now() + Duration::days(days);
        meetings::insert_paper(
            scope,
            m,
            meetings::NewPaper {
                title: "Workshop plan",
                format: "standard",
                filename: "workshop-plan.md",
                content_type: "text/markdown; charset=utf-8",
                data: PLAN.as_bytes().to_vec(),
                sent_at: Some(starts - Duration::days(10)),
            },
        )
        .await?;
        meetings::set(
            scope,
            m,
            meeting::ActiveModel {
                invited_at: Set(Some(starts - Duration::days(14))),
                ..Default::default()
            },
        )
        .await?;
        let who: Vec<&person::Model> = jo.iter().chain(people.iter()).collect();
        for (i, p) in who.iter().enumerate() {
            meetings::insert_attendee(scope, m, Some(p.id), None, "member").await?;
            scope
                .update_many::<meeting_attendee::Entity>()
                .col_expr(
                    meeting_attendee::Column::Attendance,
                    Expr::value("attended"),
                )
                .col_expr(
                    meeting_attendee::Column::Minutes,
                    Expr::value(120 + 30 * (i as i32 % 3)),
                )
                .filter(meeting_attendee::Column::MeetingId.eq(m))
                .filter(meeting_attendee::Column::PersonId.eq(p.id))
                .exec(scope.db())
                .await?;
            // Jo has claimed for all but the newest, which is left for Jo to claim.
            if p.account_id.is_some() && days > -30 {
                continue;
            }
            let ctx = forms::claim::context(scope, m, p.id)
                .await
                .map_err(|e| DbErr::Custom(e.to_string()))?;
            let Some(ctx) = ctx else {
                continue;
            };
            let method = ctx
                .policy
                .methods
                .get(n % ctx.policy.methods.len().max(1))
                .copied()
                .unwrap_or(Method::BankTransfer);
            let form = FormData(vec![
                // As if Jo had checked the claim and pressed "Send claim".
                ("step".into(), "send".into()),
                ("method".into(), method.as_str().into()),
                (
                    "public_transport".into(),
                    format!("{}.{:02}", 3 + n % 5, (n * 37) % 100),
                ),
                (
                    "mileage".into(),
                    if n % 3 == 0 {
                        "8.4".into()
                    } else {
                        String::new()
                    },
                ),
            ]);
            let files = vec![Upload {
                filename: "bus-ticket.pdf".into(),
                data: receipt.clone(),
            }];
            let Outcome::Made(id) = forms::claim::submit(scope, &ctx, &form, files, finance, false)
                .await
                .map_err(|e| DbErr::Custom(e.to_string()))?
            else {
                continue;
            };
            let made = Utc::now() + Duration::days(days + 2);
            scope
                .update_many::<claim::Entity>()
                .col_expr(claim::Column::SubmittedAt, Expr::value(made))
                .filter(claim::Column::Id.eq(id))
                .exec(scope.db())
                .await?;
            let fate = if days < -100 {
                FATES[n % 2]
            } else {
                FATES[n % FATES.len()]
            };
            n += 1;
            settle(scope, id, fate, made.date_naive(), finance).await?;
        }
    }
    Ok(())
}

async fn settle(
    scope: &OrgScope,
    id: Uuid,
    fate: Fate,
    made: NaiveDate,
    finance: Uuid,
) -> Result<(), DbErr> {
    let from = ["submitted"];
    match fate {
        Fate::Waiting => {}
        Fate::Queried => {
            let q = "Was the bus fare a return ticket? Please add the ticket if you have it.";
            queries::decide(scope, id, &from, "queried", Some(q.into()), finance).await?;
        }
        Fate::Rejected => {
            let why = "This was claimed twice: we paid it with your claim for the same week.";
            queries::decide(scope, id, &from, "rejected", Some(why.into()), finance).await?;
        }
        Fate::Approved => {
            queries::decide(scope, id, &from, "approved", None, finance).await?;
        }
        Fate::Paid(after) => {
            queries::decide(scope, id, &from, "approved", None, finance).await?;
            if let Some(c) = queries::claim(scope, id).await? {
                let on = (made + Duration::days(after)).min(crate::kit::dates::today());
                let reference = format!("BACS-{}", &c.id.simple().to_string()[26..]);
                queries::mark_paid(scope, &c, on, &reference, finance).await?;
            }
        }
    }
    Ok(())
}
