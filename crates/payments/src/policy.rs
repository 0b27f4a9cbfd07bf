//! The organisation's payment policy, in versions: each claim is worked out under the version
//! in force on the day of the activity, so a later change never alters an old claim.

use chrono::NaiveDate;

use crate::{ClaimLimits, PayError, Pence, share};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeUnit {
    Hour,
    /// Up to four hours in a day.
    HalfDay,
    /// Up to eight hours in a day; longer counts as more days.
    Day,
    /// A set fee for the activity, however long.
    Activity,
}

/// A fee rate for a role and an activity type; `None` matches any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeRate {
    pub role: Option<String>,
    pub activity: Option<String>,
    pub unit: FeeUnit,
    pub pence: Pence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpenseKind {
    Mileage,
    PublicTransport,
    Taxi,
    Subsistence,
    Childcare,
    ReplacementCare,
    PersonalAssistant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Pence per mile.
    PerMile(Pence),
    /// What it cost, up to a cap if there is one.
    AtCost(Option<Pence>),
    /// What it cost, only if agreed beforehand (taxis), up to a cap if there is one.
    IfAgreed(Option<Pence>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpenseRule {
    pub kind: ExpenseKind,
    pub limit: Limit,
}

/// One expense as claimed: the cost with its receipt, or for mileage the distance in tenths of
/// a mile; `agreed` when staff agreed it beforehand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpenseLine {
    pub kind: ExpenseKind,
    pub pence: Pence,
    pub tenths_of_a_mile: i64,
    pub agreed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    BankTransfer,
    Cash,
    Voucher,
    /// The person takes part unpaid; the claim still records what it was worth.
    Decline,
}

impl Method {
    pub fn name(self) -> &'static str {
        match self {
            Method::BankTransfer => "bank transfer",
            Method::Cash => "cash",
            Method::Voucher => "a voucher",
            Method::Decline => "declining payment",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub version: u32,
    pub effective_from: NaiveDate,
    pub fees: Vec<FeeRate>,
    /// Expenses covered; a kind not listed is not covered.
    pub expenses: Vec<ExpenseRule>,
    pub methods: Vec<Method>,
    /// Days from claim to payment the organisation promises.
    pub days_to_pay: i64,
    pub limits: ClaimLimits,
}

/// The version in force on `day`: the latest to take effect on or before it.
pub fn policy_on(policies: &[Policy], day: NaiveDate) -> Result<&Policy, PayError> {
    policies
        .iter()
        .filter(|p| p.effective_from <= day)
        .max_by_key(|p| (p.effective_from, p.version))
        .ok_or(PayError::NoPolicy(day))
}

const HALF_DAY_MINUTES: i64 = 4 * 60;
const DAY_MINUTES: i64 = 8 * 60;

fn blocks(minutes: i64, size: i64) -> i64 {
    (minutes.max(1) + size - 1) / size
}

impl Policy {
    /// The most specific rate: role and activity both named beats one named beats neither.
    fn rate(&self, role: &str, activity: &str) -> Option<&FeeRate> {
        self.fees
            .iter()
            .filter(|r| {
                r.role.as_deref().is_none_or(|x| x == role)
                    && r.activity.as_deref().is_none_or(|x| x == activity)
            })
            .max_by_key(|r| (r.role.is_some() as u8) + (r.activity.is_some() as u8))
    }

    /// The fee for `minutes` of an activity.
    pub fn fee(&self, role: &str, activity: &str, minutes: i64) -> Result<Pence, PayError> {
        let rate = self.rate(role, activity).ok_or(PayError::NoFee)?;
        if minutes <= 0 && rate.unit != FeeUnit::Activity {
            return Ok(0);
        }
        Ok(match rate.unit {
            FeeUnit::Hour => share(rate.pence, minutes, 60),
            FeeUnit::HalfDay => rate.pence * blocks(minutes, HALF_DAY_MINUTES),
            FeeUnit::Day => rate.pence * blocks(minutes, DAY_MINUTES),
            FeeUnit::Activity => rate.pence,
        })
    }

    /// The most the policy pays for one cost of `kind`, when it sets a most.
    pub fn cap(&self, kind: ExpenseKind) -> Option<Pence> {
        match self.expenses.iter().find(|r| r.kind == kind)?.limit {
            Limit::AtCost(cap) | Limit::IfAgreed(cap) => cap,
            Limit::PerMile(_) => None,
        }
    }

    /// What the policy allows of an expense line, and why it is less than claimed.
    pub fn allow(&self, line: &ExpenseLine) -> (Pence, Option<&'static str>) {
        let Some(rule) = self.expenses.iter().find(|r| r.kind == line.kind) else {
            return (0, Some("not covered by the policy"));
        };
        let capped = |cap: Option<Pence>| match cap {
            Some(cap) if line.pence > cap => (cap, Some("over the policy's limit")),
            _ => (line.pence.max(0), None),
        };
        match rule.limit {
            Limit::PerMile(rate) => (share(rate, line.tenths_of_a_mile.max(0), 10), None),
            Limit::AtCost(cap) => capped(cap),
            Limit::IfAgreed(_) if !line.agreed => (0, Some("not agreed beforehand")),
            Limit::IfAgreed(cap) => capped(cap),
        }
    }
}

/// Stable names, as stored and sent by forms.
macro_rules! named {
    ($ty:ty { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$(<$ty>::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(<$ty>::$variant => $name),+
                }
            }

            pub fn parse(text: &str) -> Option<$ty> {
                Self::ALL.iter().copied().find(|v| v.as_str() == text)
            }
        }
    };
}

named!(FeeUnit {
    Hour => "hour",
    HalfDay => "half_day",
    Day => "day",
    Activity => "activity",
});

named!(ExpenseKind {
    Mileage => "mileage",
    PublicTransport => "public_transport",
    Taxi => "taxi",
    Subsistence => "subsistence",
    Childcare => "childcare",
    ReplacementCare => "replacement_care",
    PersonalAssistant => "personal_assistant",
});

named!(Method {
    BankTransfer => "bank_transfer",
    Cash => "cash",
    Voucher => "voucher",
    Decline => "decline",
});

impl Limit {
    /// The stored form: kind and amount in pence ("per_mile", 45).
    pub fn parts(self) -> (&'static str, Option<Pence>) {
        match self {
            Limit::PerMile(p) => ("per_mile", Some(p)),
            Limit::AtCost(cap) => ("at_cost", cap),
            Limit::IfAgreed(cap) => ("if_agreed", cap),
        }
    }

    pub fn from_parts(kind: &str, pence: Option<Pence>) -> Option<Limit> {
        match kind {
            "per_mile" => pence.map(Limit::PerMile),
            "at_cost" => Some(Limit::AtCost(pence)),
            "if_agreed" => Some(Limit::IfAgreed(pence)),
            _ => None,
        }
    }
}

/// A policy version's fees and expenses as stored: one rule a line, fields split by `|`
/// ("member|recruitment_panel|day|15000", "mileage|per_mile|45"); an empty field is "any"
/// or "no cap". A version is never edited, so a snapshot in text is enough.
pub fn fees_to_text(fees: &[FeeRate]) -> String {
    fees.iter()
        .map(|f| {
            format!(
                "{}|{}|{}|{}",
                f.role.as_deref().unwrap_or(""),
                f.activity.as_deref().unwrap_or(""),
                f.unit.as_str(),
                f.pence
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn fees_from_text(text: &str) -> Vec<FeeRate> {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    text.lines()
        .filter_map(|line| {
            let parts: Vec<&str> = line.split('|').collect();
            let [role, activity, unit, pence] = parts[..] else {
                return None;
            };
            Some(FeeRate {
                role: some(role),
                activity: some(activity),
                unit: FeeUnit::parse(unit)?,
                pence: pence.parse().ok()?,
            })
        })
        .collect()
}

pub fn expenses_to_text(rules: &[ExpenseRule]) -> String {
    rules
        .iter()
        .map(|r| {
            let (limit, pence) = r.limit.parts();
            let pence = pence.map(|p| p.to_string()).unwrap_or_default();
            format!("{}|{limit}|{pence}", r.kind.as_str())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn expenses_from_text(text: &str) -> Vec<ExpenseRule> {
    text.lines()
        .filter_map(|line| {
            let parts: Vec<&str> = line.split('|').collect();
            let [kind, limit, pence] = parts[..] else {
                return None;
            };
            Some(ExpenseRule {
                kind: ExpenseKind::parse(kind)?,
                limit: Limit::from_parts(limit, pence.parse().ok())?,
            })
        })
        .collect()
}
