//! When a search with a budget of pivots gives up before spending it: once t rises so slowly
//! that, at the rate of its last `WINDOW` pivots, reaching its goal would take more than
//! `FACTOR` times the pivots left.
//!
//! Why: on the even 2,000-person pool with tight quotas no lottery reaches the relaxation's
//! levels, and the search for one spent its whole budget, 32,000 pivots and more than three
//! minutes, in its first master solve: t reached 0.99920 in 13,000 pivots, then rose by
//! 3e-6 every thousand, with 8e-4 to go. On the 35 pools of the benchmark's five draws whose
//! search reaches its levels, t traced every thousand pivots never asked for more than 1.8
//! times the pivots left (the crate README).

/// Pivots over which the rate t rises is measured.
const WINDOW: usize = 2_000;
/// How many times the pivots left the rate may ask for before the search gives up.
const FACTOR: f64 = 4.0;

/// t as it was at the start of each window of pivots, from the search's start.
#[derive(Clone, Debug)]
pub struct Pace {
    goal: f64,
    mark: Option<(usize, f64)>,
}

impl Pace {
    /// For a search that asks t to reach `goal`.
    pub fn new(goal: f64) -> Pace {
        Pace { goal, mark: None }
    }

    /// After a pivot: `pivots` so far, t now, and the budget. True when the search should give
    /// up. Phase one (t not yet the objective) starts the measure again.
    pub fn hopeless(&mut self, pivots: usize, t: f64, budget: usize, phase_one: bool) -> bool {
        if phase_one {
            self.mark = None;
            return false;
        }
        let Some((from, was)) = self.mark else {
            self.mark = Some((pivots, t));
            return false;
        };
        if pivots < from + WINDOW {
            return false;
        }
        self.mark = Some((pivots, t));
        let left = budget.saturating_sub(pivots) as f64;
        let rose = t - was;
        let to_go = self.goal - t;
        to_go > 0.0 && (rose <= 0.0 || to_go / rose * (pivots - from) as f64 > FACTOR * left)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// t at each pivot of a search that rises by `per_pivot` from `start`.
    fn run(pace: &mut Pace, start: f64, per_pivot: f64, pivots: usize, budget: usize) -> bool {
        (1..=pivots).any(|p| pace.hopeless(p, start + per_pivot * p as f64, budget, false))
    }

    #[test]
    fn a_search_gives_up_only_when_its_rate_asks_for_more_than_four_times_the_pivots_left() {
        // 2e-3 to go at 1e-7 a pivot: 20,000 pivots, against 30,000 left.
        assert!(!run(&mut Pace::new(1.0), 0.998, 1e-7, 6_000, 32_000));
        // 1e-3 to go at 9.5e-9 a pivot: 3.5 times the 30,000 left; at 7.4e-9, 4.5 times.
        assert!(!run(&mut Pace::new(1.0), 0.999, 9.5e-9, 6_000, 32_000));
        assert!(run(&mut Pace::new(1.0), 0.999, 7.4e-9, 2_001, 32_000));
        // The same rate with a budget seven times as large is still worth waiting for.
        assert!(!run(&mut Pace::new(1.0), 0.999, 7.4e-9, 6_000, 224_000));
    }

    #[test]
    fn a_search_that_stands_still_or_falls_gives_up_once_a_window_has_passed() {
        let mut pace = Pace::new(1.0);
        assert!(!(1..=WINDOW).any(|p| pace.hopeless(p, 0.5, 1_000_000, false)));
        assert!(pace.hopeless(WINDOW + 1, 0.5, 1_000_000, false));
        // So does one whose t fell (rounding after the nudges are taken back).
        let mut fell = Pace::new(1.0);
        assert!((1..=WINDOW + 1).any(|p| fell.hopeless(
            p,
            0.5 - 1e-9 * p as f64,
            1_000_000,
            false
        )));
        // At its goal there is nothing to give up on.
        let mut there = Pace::new(1.0);
        assert!(!(1..=3 * WINDOW).any(|p| there.hopeless(p, 1.0, 1_000_000, false)));
    }

    #[test]
    fn phase_one_starts_the_measure_again() {
        let mut pace = Pace::new(1.0);
        for p in 1..WINDOW {
            assert!(!pace.hopeless(p, 0.5, 1_000_000, false));
        }
        assert!(!pace.hopeless(WINDOW, 0.1, 1_000_000, true));
        // A full window after phase one, rising fast enough.
        let rises = (WINDOW + 1..=3 * WINDOW)
            .any(|p| pace.hopeless(p, 0.1 + 1e-4 * (p - WINDOW) as f64, 1_000_000, false));
        assert!(!rises);
    }
}
