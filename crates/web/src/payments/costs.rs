//! The involvement cost calculator's sum: what an opportunity will cost before it starts
//! (places × sessions × the fee for a session + expected expenses).

/// An estimate's parts, in pence.
#[derive(Debug, PartialEq, Eq)]
pub struct Estimate {
    pub fees: i64,
    pub expenses: i64,
    pub total: i64,
}

pub fn estimate(places: i64, sessions: i64, fee_per_session: i64, expenses_each: i64) -> Estimate {
    let people_sessions = places * sessions;
    let fees = people_sessions * fee_per_session;
    let expenses = people_sessions * expenses_each;
    Estimate {
        fees,
        expenses,
        total: fees + expenses,
    }
}

#[cfg(test)]
mod tests {
    use super::{Estimate, estimate};

    #[test]
    fn places_times_sessions_times_fee_plus_expenses() {
        // 8 people, 6 sessions of 2 hours at £25 an hour, £12.50 expenses each time.
        assert_eq!(
            estimate(8, 6, 5000, 1250),
            Estimate {
                fees: 240_000,
                expenses: 60_000,
                total: 300_000
            }
        );
        assert_eq!(estimate(0, 6, 5000, 1250).total, 0);
    }
}
