//! The claim form, the same for an involved person and for a coordinator claiming for them:
//! the fee from their attendance, expenses the policy covers, receipts, and how to be paid.

use chrono_tz::Europe::London;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{meeting, meeting_attendee, payment_policy, person, receipt_upload};
use withus_payments::{
    ExpenseKind, ExpenseLine, Limit, MOST_FOR_ONE_COST, MOST_TENTHS_OF_A_MILE, Method, Over,
    Policy, Worked, over_ceiling, pounds, work_out,
};

use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::vocab::label;
use crate::payments::{EXPENSES, policy_words as describe, queries, to_policy};

use super::receipts::{MAX_RECEIPTS, Upload, checked_receipts, receipt_type};
use crate::payments::queries::{NewReceipt, Waiting};

/// A claim that could not be made yet: what to fix, and the receipts kept for it meanwhile.
pub struct Refused {
    pub errors: Errors,
    pub waiting: Vec<Waiting>,
}

/// A person's own claim, checked and worked out, shown to them before they send it.
pub struct Checked {
    pub lines: Vec<ExpenseLine>,
    pub worked: Worked,
    pub method: Method,
    pub waiting: Vec<Waiting>,
}

/// What became of a claim form: the claim made, the form again to fix or change, or (for the
/// person's own claim) the page to check before sending, the GOV.UK "check answers" pattern.
pub enum Outcome {
    Made(Uuid),
    Fix(Refused),
    Check(Checked),
}

/// The receipts already waiting, as the form and the check page name them.
fn named(kept: &[receipt_upload::Model]) -> Vec<Waiting> {
    kept.iter()
        .map(|k| Waiting {
            id: k.id,
            filename: k.filename.clone(),
        })
        .collect()
}

/// Everything a claim for one person and one activity turns on.
pub struct Context {
    pub meeting: meeting::Model,
    pub attendee: meeting_attendee::Model,
    pub person: person::Model,
    pub policy_row: payment_policy::Model,
    pub policy: Policy,
    /// Travel was booked for them beforehand, so a taxi counts as agreed.
    pub travel_agreed: bool,
}

/// The claim's context, or "not found" unless the person came to the activity; `Ok(None)`
/// when no payment policy was in force that day.
pub async fn context(
    scope: &OrgScope,
    meeting_id: Uuid,
    person_id: Uuid,
) -> AppResult<Option<Context>> {
    let attendee = queries::attended(scope, meeting_id, person_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let meeting = queries::meeting(scope, meeting_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let person = crate::people::find(scope, person_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let day = meeting.starts_at.with_timezone(&London).date_naive();
    let rows = queries::policies(scope).await?;
    let Some(policy_row) = queries::in_force(&rows, day).cloned() else {
        return Ok(None);
    };
    let travel_agreed = queries::has_travel(scope, meeting_id, person_id).await?;
    Ok(Some(Context {
        policy: to_policy(&policy_row),
        policy_row,
        meeting,
        attendee,
        person,
        travel_agreed,
    }))
}

/// Where a claim form starts: the context for a new claim, or the claim already made for this
/// person and activity (a form sent twice leads to the first claim). "Not found" unless the
/// person came, or when no policy was in force that day.
pub async fn open(
    scope: &OrgScope,
    meeting_id: Uuid,
    person_id: Uuid,
) -> AppResult<Result<Context, Uuid>> {
    if let Some(existing) = queries::claim_for(scope, meeting_id, person_id).await? {
        return Ok(Err(existing.id));
    }
    context(scope, meeting_id, person_id)
        .await?
        .ok_or(AppError::NotFound)
        .map(Ok)
}

impl Context {
    pub fn minutes(&self) -> i64 {
        i64::from(self.attendee.minutes.unwrap_or(0).max(0))
    }

    pub fn fee_words(&self) -> String {
        fee_words(
            &self.policy,
            &self.attendee.kind,
            &self.meeting.activity,
            self.minutes(),
        )
    }
}

/// The fee time earns under `policy`, in words: "£50.00 for 2 hours 30 minutes" (the role and
/// activity choose the rate; the words leave them out, as the person reads them).
pub fn fee_words(policy: &Policy, role: &str, activity: &str, minutes: i64) -> String {
    let fee = policy.fee(role, activity, minutes).unwrap_or(0);
    t_args(
        "claim-fee-words",
        &[
            ("fee", &pounds(fee)),
            ("time", &describe::duration(minutes)),
        ],
    )
}

/// Whether `text` is a whole number of digits, however large ("1000000").
fn whole_number(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit())
}

/// "12.3" miles in tenths of a mile.
fn tenths(text: &str) -> Option<i64> {
    let (whole, fraction) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    if fraction.len() > 1 || whole.len() > 5 {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let fraction: i64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse().ok()?
    };
    (whole >= 0).then_some(whole * 10 + fraction)
}

/// Checks the form and records the claim, once the person has checked it (`step=send`); staff
/// claiming for someone send at once. The field errors when it cannot be made.
pub async fn submit(
    scope: &OrgScope,
    ctx: &Context,
    data: &FormData,
    files: Vec<Upload>,
    by: Uuid,
    on_behalf: bool,
) -> AppResult<Outcome> {
    let mut errors = Errors::default();
    let step = data.one("step");
    let asked: Vec<Uuid> = data
        .all("waiting")
        .iter()
        .filter_map(|id| Uuid::parse_str(id).ok())
        .take(MAX_RECEIPTS)
        .collect();
    let kept = queries::waiting(scope, ctx.person.id, ctx.meeting.id, &asked).await?;
    if step == "change" {
        let waiting = named(&kept);
        return Ok(Outcome::Fix(Refused { errors, waiting }));
    }
    let mut lines = Vec::new();
    for rule in &ctx.policy.expenses {
        let kind = rule.kind.as_str();
        let typed = data.one(kind);
        if typed.is_empty() {
            continue;
        }
        let line = if rule.kind == ExpenseKind::Mileage {
            tenths(&typed).map(|tenths_of_a_mile| ExpenseLine {
                kind: rule.kind,
                pence: 0,
                tenths_of_a_mile,
                agreed: false,
            })
        } else {
            withus_payments::parse_pounds(&typed).map(|pence| ExpenseLine {
                kind: rule.kind,
                pence,
                tenths_of_a_mile: 0,
                agreed: ctx.travel_agreed,
            })
        };
        let what = label(EXPENSES, kind).to_lowercase();
        let most = |key: &str| {
            let most = pounds(MOST_FOR_ONE_COST);
            let miles = (MOST_TENTHS_OF_A_MILE / 10).to_string();
            t_args(key, &[("what", &what), ("most", &most), ("miles", &miles)])
        };
        // A taxi not agreed beforehand is not paid at all; its cap says nothing to the person.
        let unagreed = matches!(rule.limit, Limit::IfAgreed(_)) && !ctx.travel_agreed;
        let cap = ctx.policy.cap(rule.kind).filter(|_| !unagreed);
        match line {
            Some(line) => match over_ceiling(&line) {
                Some(Over::Cost) => errors.add(kind, most("claim-error-amount-most")),
                Some(Over::Miles) => errors.add(kind, most("claim-error-miles-most")),
                // Said on the person's form, not quietly cut down on the claim afterwards;
                // staff claiming for someone have agreed it, and finance sees the cut.
                None if !on_behalf && cap.is_some_and(|cap| line.pence > cap) => errors.add(
                    kind,
                    t_args(
                        "claim-error-over-cap",
                        &[("what", &what), ("cap", &pounds(cap.unwrap_or(0)))],
                    ),
                ),
                None if line.pence > 0 || line.tenths_of_a_mile > 0 => lines.push(line),
                None => {}
            },
            // Too many whole miles to read is too many miles, not a mistyped number.
            None if rule.kind == ExpenseKind::Mileage && whole_number(&typed) => {
                errors.add(kind, most("claim-error-miles-most"))
            }
            None => errors.add(
                kind,
                t_args(
                    if rule.kind == ExpenseKind::Mileage {
                        "claim-error-miles"
                    } else {
                        "claim-error-amount"
                    },
                    &[("what", &what)],
                ),
            ),
        }
    }
    let expenses: i64 = lines.iter().map(|l| ctx.policy.allow(l).0).sum();
    let over = !on_behalf && ctx.policy.limits.over(expenses);
    if let Some(first) = lines.first().filter(|_| over) {
        errors.add(
            first.kind.as_str(),
            t_args(
                "claim-error-claim-most",
                &[
                    ("total", &pounds(expenses)),
                    ("most", &pounds(ctx.policy.limits.most_per_claim)),
                ],
            ),
        );
    }
    let method = Method::parse(&data.one("method")).filter(|m| ctx.policy.methods.contains(m));
    if method.is_none() {
        errors.add("method", t("claim-error-method"));
    }
    let id = Uuid::now_v7();
    let needs_receipt = lines.iter().any(|l| l.kind != ExpenseKind::Mileage);
    if needs_receipt && files.is_empty() && kept.is_empty() {
        errors.add("receipts", t("claim-error-receipt-missing"));
    }
    let mut receipts = checked_receipts(files, &mut errors);
    if receipts.len() + kept.len() > MAX_RECEIPTS {
        errors.add("receipts", t("claim-error-receipts-many"));
        receipts.clear();
    }
    let Some(method) = method.filter(|_| errors.is_empty()) else {
        // The receipts that passed their checks wait for the claim, so nobody chooses them twice.
        let mut waiting = named(&kept);
        let (person, meeting) = (ctx.person.id, ctx.meeting.id);
        waiting.extend(queries::keep_waiting(scope, person, meeting, by, receipts).await?);
        return Ok(Outcome::Fix(Refused { errors, waiting }));
    };
    let role = ctx.attendee.kind.clone();
    let activity = ctx.meeting.activity.clone();
    let worked = work_out(&ctx.policy, &role, &activity, ctx.minutes(), &lines, method)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    if !on_behalf && step != "send" {
        let mut waiting = named(&kept);
        let (person, meeting) = (ctx.person.id, ctx.meeting.id);
        waiting.extend(queries::keep_waiting(scope, person, meeting, by, receipts).await?);
        return Ok(Outcome::Check(Checked {
            lines,
            worked,
            method,
            waiting,
        }));
    }
    let joined: Vec<Uuid> = kept.iter().map(|k| k.id).collect();
    receipts.extend(kept.into_iter().filter_map(|k| {
        receipt_type(&k.data).map(|content_type| NewReceipt {
            filename: k.filename,
            content_type,
            data: k.data,
        })
    }));
    let note = data.one("note");
    let new = queries::NewClaim {
        id,
        person_id: ctx.person.id,
        meeting_id: ctx.meeting.id,
        policy_id: ctx.policy_row.id,
        method,
        role,
        activity,
        activity_on: ctx.meeting.starts_at.with_timezone(&London).date_naive(),
        minutes: ctx.minutes() as i32,
        note: (!note.is_empty()).then_some(note),
        made_by: by,
        on_behalf,
    };
    match queries::insert_claim(scope, new, &lines, &worked, receipts, &joined).await {
        Ok(()) => Ok(Outcome::Made(id)),
        // Sent twice: the first made the claim; show that one.
        Err(e) if crate::kit::error::is_duplicate(&e) => {
            let existing = queries::claim_for(scope, ctx.meeting.id, ctx.person.id)
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(Outcome::Made(existing.id))
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::{tenths, whole_number};

    #[test]
    fn miles_to_one_decimal_place() {
        assert_eq!(tenths("12.3"), Some(123));
        assert_eq!(tenths("7"), Some(70));
        assert_eq!(tenths("0.5"), Some(5));
        assert_eq!(tenths("1.25"), None);
        assert_eq!(tenths("-4"), None);
        assert_eq!(tenths("ten"), None);
    }

    #[test]
    fn a_whole_number_of_any_size_is_told_apart_from_words() {
        assert!(whole_number("1000000"));
        assert!(whole_number(" 12 "));
        assert!(!whole_number("12.5"));
        assert!(!whole_number("-4"));
        assert!(!whole_number("ten"));
        assert!(!whole_number(""));
    }
}
