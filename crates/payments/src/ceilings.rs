//! Ceilings no policy lifts: the most one cost or one journey may claim, whatever the policy
//! covers "at cost"; and each policy's own limits on a whole claim, with the size of claim
//! finance checks before approving. They stop a mistyped amount (a bus fare of £1,000,000,
//! 5,000 miles) reaching the payment run unseen.

use crate::{ExpenseLine, Pence};

/// The most one cost may claim (£1,000). Above it the form refuses the line and asks the
/// person to talk to their contact before they claim.
pub const MOST_FOR_ONE_COST: Pence = 100_000;

/// The most miles one claim may count (1,000 miles), in tenths of a mile.
pub const MOST_TENTHS_OF_A_MILE: i64 = 10_000;

/// Limits a policy version sets on a whole claim's expenses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimLimits {
    /// The most one claim's expenses may come to; more is refused, with the reason.
    pub most_per_claim: Pence,
    /// Claims whose expenses come to more are marked for finance to check before approving.
    pub check_above: Pence,
}

impl Default for ClaimLimits {
    /// £500 a claim and a check above £250, for a policy that has not set its own.
    fn default() -> Self {
        ClaimLimits {
            most_per_claim: 50_000,
            check_above: 25_000,
        }
    }
}

impl ClaimLimits {
    /// Whether expenses of `expenses` are more than one claim may come to; the limit is allowed.
    pub fn over(&self, expenses: Pence) -> bool {
        expenses > self.most_per_claim
    }

    /// Whether finance should look twice at a claim before approving it: its expenses are large.
    pub fn needs_a_check(&self, expenses: Pence) -> bool {
        expenses > self.check_above
    }
}

/// Which ceiling a line is over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Over {
    Cost,
    Miles,
}

/// The ceiling `line` is over, if any; a line at the ceiling is allowed.
pub fn over_ceiling(line: &ExpenseLine) -> Option<Over> {
    if line.pence > MOST_FOR_ONE_COST {
        Some(Over::Cost)
    } else if line.tenths_of_a_mile > MOST_TENTHS_OF_A_MILE {
        Some(Over::Miles)
    } else {
        None
    }
}
