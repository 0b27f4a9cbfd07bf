//! The claim form, the same for an involved person and for a coordinator claiming for them:
//! the fee from their attendance, expenses the policy covers, receipts, and how to be paid.

use chrono_tz::Europe::London;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{meeting, meeting_attendee, payment_policy, person};
use withus_payments::{
    ExpenseKind, ExpenseLine, Limit, MOST_FOR_ONE_COST, MOST_TENTHS_OF_A_MILE, Method, Over,
    Policy, over_ceiling, pounds, work_out,
};

use crate::kit::components::{Choices, Fieldset, Input, Textarea, render};
use crate::kit::error::{AppError, AppResult};
use crate::kit::form_parts::FileUpload;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::vocab::label;
use crate::payments::{EXPENSES, METHODS, policy_words as describe, queries, to_policy};

use super::receipts::{Upload, checked_receipts};

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

/// The form's fields, filled with what was typed.
pub fn fields(ctx: &Context, data: &FormData, errors: &Errors) -> Vec<String> {
    let legend = |key: &str| Fieldset::legend(t(key), "govuk-fieldset__legend--m", false);
    let mut out = Vec::new();
    for rule in &ctx.policy.expenses {
        let kind = rule.kind.as_str();
        let (hint, classes) = match rule.limit {
            Limit::PerMile(p) => (
                t_args("claim-miles-hint", &[("rate", &pounds(p))]),
                "govuk-input--width-4",
            ),
            Limit::IfAgreed(_) if !ctx.travel_agreed => {
                (t("claim-taxi-not-agreed"), "govuk-input--width-5")
            }
            Limit::AtCost(Some(cap)) | Limit::IfAgreed(Some(cap)) => (
                t_args("claim-cap-hint", &[("cap", &pounds(cap))]),
                "govuk-input--width-5",
            ),
            _ => (t("claim-amount-hint"), "govuk-input--width-5"),
        };
        let key = if kind == "mileage" {
            "claim-miles"
        } else {
            "claim-amount"
        };
        out.push(render(
            &Input::new(kind, t_args(key, &[("what", &label(EXPENSES, kind))]))
                .value(&data.one(kind))
                .classes(classes)
                .hint(hint)
                .error(errors.get(kind)),
        ));
    }
    out.push(
        FileUpload::new("receipts", &t("claim-receipts"))
            .hint(&t("claim-receipts-hint"))
            .error(errors.get("receipts"))
            .multiple()
            .accept(".pdf,.jpg,.jpeg,.png,.webp,.heic,application/pdf,image/*")
            .html(),
    );
    let offered: Vec<(&str, String)> = ctx
        .policy
        .methods
        .iter()
        .map(|m| (m.as_str(), label(METHODS, m.as_str())))
        .collect();
    let offered: Vec<(&str, &str)> = offered.iter().map(|(a, b)| (*a, b.as_str())).collect();
    let chosen = data.one("method");
    out.push(render(
        &Choices::radios(
            "method",
            legend("claim-method"),
            &offered,
            &[chosen.as_str()],
        )
        .hint(t("claim-method-hint"))
        .error(errors.get("method")),
    ));
    out.push(render(
        &Textarea::new("note", t("claim-note"))
            .value(&data.one("note"))
            .rows(3)
            .hint(t("claim-note-hint")),
    ));
    out
}

/// Checks the form and records the claim; the field errors when it cannot.
pub async fn submit(
    scope: &OrgScope,
    ctx: &Context,
    data: &FormData,
    files: Vec<Upload>,
    by: Uuid,
    on_behalf: bool,
) -> AppResult<Result<Uuid, Errors>> {
    let mut errors = Errors::default();
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
        match line {
            Some(line) => match over_ceiling(&line) {
                Some(Over::Cost) => errors.add(kind, most("claim-error-amount-most")),
                Some(Over::Miles) => errors.add(kind, most("claim-error-miles-most")),
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
    let method = Method::parse(&data.one("method")).filter(|m| ctx.policy.methods.contains(m));
    if method.is_none() {
        errors.add("method", t("claim-error-method"));
    }
    let id = Uuid::now_v7();
    let needs_receipt = lines.iter().any(|l| l.kind != ExpenseKind::Mileage);
    if needs_receipt && files.is_empty() {
        errors.add("receipts", t("claim-error-receipt-missing"));
    }
    let receipts = checked_receipts(files, &mut errors);
    let Some(method) = method.filter(|_| errors.is_empty()) else {
        return Ok(Err(errors));
    };
    let role = ctx.attendee.kind.clone();
    let activity = ctx.meeting.activity.clone();
    let worked = work_out(&ctx.policy, &role, &activity, ctx.minutes(), &lines, method)
        .map_err(|e| AppError::Internal(e.to_string()))?;
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
    match queries::insert_claim(scope, new, &lines, &worked, receipts).await {
        Ok(()) => Ok(Ok(id)),
        // Sent twice: the first made the claim; show that one.
        Err(e) if crate::kit::error::is_duplicate(&e) => {
            let existing = queries::claim_for(scope, ctx.meeting.id, ctx.person.id)
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(Ok(existing.id))
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
