//! Payment rules for involvement (capability F): what a claim is worth under the policy that
//! was in force on the day of the activity. Money is whole pence (`i64`), never floating
//! point; each line is rounded once, half a penny up, and a claim's total is the sum of its
//! lines, so totals reconcile exactly. Pure: no database, no clock.

mod ceilings;
mod policy;
mod time;

pub use ceilings::{ClaimLimits, MOST_FOR_ONE_COST, MOST_TENTHS_OF_A_MILE, Over, over_ceiling};
pub use policy::{
    ExpenseKind, ExpenseLine, ExpenseRule, FeeRate, FeeUnit, Limit, Method, Policy,
    expenses_from_text, expenses_to_text, fees_from_text, fees_to_text, policy_on,
};
pub use time::{days_to_pay, median, overdue, tax_year};

pub type Pence = i64;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PayError {
    #[error("no payment policy was in force on {0}")]
    NoPolicy(chrono::NaiveDate),
    #[error("the policy has no fee for this role and activity")]
    NoFee,
    #[error("{0} is not a way this policy pays")]
    MethodNotOffered(&'static str),
}

/// `amount × numerator / denominator`, rounded half up to a whole penny, in integers.
pub fn share(amount: Pence, numerator: i64, denominator: i64) -> Pence {
    let scaled = amount as i128 * numerator as i128;
    let d = denominator as i128;
    ((2 * scaled + d) / (2 * d)) as Pence
}

/// Pounds as typed ("12", "12.5", "£1,012.50") in pence; `None` for anything else, including
/// more than two decimal places or a negative amount.
pub fn parse_pounds(text: &str) -> Option<Pence> {
    let cleaned: String = text
        .trim()
        .trim_start_matches('£')
        .chars()
        .filter(|c| *c != ',')
        .collect();
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if whole.is_empty() && fraction.is_empty()
        || fraction.len() > 2
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
        || whole.len() > 9
    {
        return None;
    }
    let pounds: Pence = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let pence: Pence = format!("{fraction:0<2}").parse().ok()?;
    Some(pounds * 100 + pence)
}

/// "£1,234.50".
pub fn pounds(pence: Pence) -> String {
    let sign = if pence < 0 { "-" } else { "" };
    let p = pence.unsigned_abs();
    let whole = (p / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}£{grouped}.{:02}", p % 100)
}

/// What one claim comes to: each line's worth and the total to pay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worked {
    pub fee: Pence,
    /// Each expense line's allowed amount, in the order claimed, with why it was reduced.
    pub expenses: Vec<(Pence, Option<&'static str>)>,
    /// Fee plus expenses: what the claim is worth.
    pub worth: Pence,
    /// What is paid: nothing when the person declined payment.
    pub to_pay: Pence,
}

/// A claim's worth under `policy`: the fee for `minutes` of `activity` in `role`, and each
/// expense line within the policy's limits, paid by `method`.
pub fn work_out(
    policy: &Policy,
    role: &str,
    activity: &str,
    minutes: i64,
    lines: &[ExpenseLine],
    method: Method,
) -> Result<Worked, PayError> {
    if !policy.methods.contains(&method) {
        return Err(PayError::MethodNotOffered(method.name()));
    }
    // An activity the policy sets no fee for still pays its expenses.
    let fee = match policy.fee(role, activity, minutes) {
        Err(PayError::NoFee) => 0,
        other => other?,
    };
    let expenses: Vec<(Pence, Option<&'static str>)> =
        lines.iter().map(|line| policy.allow(line)).collect();
    let worth = fee + expenses.iter().map(|(p, _)| p).sum::<Pence>();
    Ok(Worked {
        fee,
        expenses,
        worth,
        to_pay: if method == Method::Decline { 0 } else { worth },
    })
}

#[cfg(test)]
mod tests;
