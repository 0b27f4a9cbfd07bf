//! Ceilings no policy lifts: the most one cost or one journey may claim, whatever the policy
//! covers "at cost", and the size of claim finance checks before approving. They stop a
//! mistyped amount (a bus fare of £1,000,000, 5,000 miles) reaching the payment run unseen.

use crate::{ExpenseLine, Pence};

/// The most one cost may claim (£1,000). Above it the form refuses the line and asks the
/// person to talk to their contact before they claim.
pub const MOST_FOR_ONE_COST: Pence = 100_000;

/// The most miles one claim may count (1,000 miles), in tenths of a mile.
pub const MOST_TENTHS_OF_A_MILE: i64 = 10_000;

/// A claim whose expenses come to more than this (£250) is marked for finance to check.
pub const CHECK_EXPENSES_ABOVE: Pence = 25_000;

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

/// Whether finance should look twice at a claim before approving it: its expenses are large.
pub fn needs_a_check(expenses: Pence) -> bool {
    expenses > CHECK_EXPENSES_ABOVE
}
