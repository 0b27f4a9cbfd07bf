//! Small-number suppression for a line of counts about people with its total: the groups of
//! one equality category, the people at each step of the ladder.
//!
//! Every count under the threshold is hidden ("fewer than 5"), and so is a total under it.
//! Then, while the hidden counts could be worked out from the shown total, another count is
//! hidden too: one hidden count alone is the total less the others; several are pinned when
//! their sum is the least they may be (each "withheld" exactly 5, each "fewer than 5" none)
//! or, all small, the most (each one 4). When nothing is left to hide, the total goes. Zero
//! counts are hidden like any other small number: "nobody" is disclosive for a small group.
//!
//! Lines only, on purpose: in a table of rows and columns the totals together can pin a count
//! no single line pins, so Withus publishes no cross-tabulation of people. Tested here by
//! working out, for every line of up to four counts from a spread of values, every value each
//! hidden count could take given what is shown: none is ever left with only one.

/// What a cell of the table may show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    /// Under the threshold: shown as "fewer than 5".
    FewerThan,
    /// Large enough, but withheld so that a small count beside it cannot be worked out. Shown
    /// differently from `FewerThan` (it is not a small number).
    Withheld,
    /// Nothing said at all, not even whether it is small: the line's total is known from
    /// elsewhere and would pin any count marked small or withheld.
    NotShown,
}

impl Shown {
    pub fn is_hidden(self) -> bool {
        !matches!(self, Shown::Count(_))
    }
}

/// A line of counts and its total, as they may be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppressed {
    pub cells: Vec<Shown>,
    pub total: Shown,
}

/// Whether the hidden values of a line whose total is shown could be worked out from it.
fn pins(counts: &[u64], hidden: &[bool], threshold: u64) -> bool {
    let (mut small, mut withheld, mut sum) = (0u64, 0u64, 0u64);
    for (&value, _) in counts.iter().zip(hidden).filter(|(_, h)| **h) {
        sum += value;
        if value < threshold {
            small += 1;
        } else {
            withheld += 1;
        }
    }
    let n = small + withheld;
    n == 1
        || (n > 1
            && (sum == withheld * threshold
                || (withheld == 0 && sum == small * threshold.saturating_sub(1))))
}

/// Which counts to hide so the total does not pin them, and whether it still does when all
/// that can go has gone.
fn hide(counts: &[u64], threshold: u64, total_shown: bool) -> (Vec<bool>, bool) {
    let mut hidden: Vec<bool> = counts.iter().map(|&n| n < threshold).collect();
    while total_shown && pins(counts, &hidden, threshold) {
        // The smallest count still shown, so as little as possible goes.
        let Some(next) = (0..counts.len())
            .filter(|&i| !hidden[i])
            .min_by_key(|&i| counts[i])
        else {
            break;
        };
        hidden[next] = true;
    }
    let pinned = total_shown && pins(counts, &hidden, threshold);
    (hidden, pinned)
}

fn cells(counts: &[u64], hidden: &[bool], threshold: u64) -> Vec<Shown> {
    counts
        .iter()
        .zip(hidden)
        .map(|(&n, &h)| match (h, n < threshold) {
            (false, _) => Shown::Count(n),
            (true, true) => Shown::FewerThan,
            (true, false) => Shown::Withheld,
        })
        .collect()
}

/// Hides what must be hidden in a line of `counts` shown with its total.
pub fn suppress(counts: &[u64], threshold: u64) -> Suppressed {
    let sum: u64 = counts.iter().sum();
    let (hidden, pinned) = hide(counts, threshold, sum >= threshold);
    let total = match (sum < threshold, pinned) {
        (true, _) => Shown::FewerThan,
        (false, true) => Shown::Withheld,
        (false, false) => Shown::Count(sum),
    };
    Suppressed {
        cells: cells(counts, &hidden, threshold),
        total,
    }
}

/// Hides what must be hidden in a line whose total anyone can know from elsewhere (a page
/// that says how many people took part, the size of a lottery's pool). The total cannot be
/// withheld, so where hiding every count still leaves them pinned by it (5 people all women;
/// 4, 4 and 4 of 12), the line says nothing of any count.
pub fn with_known_total(counts: &[u64], threshold: u64) -> Suppressed {
    let sum: u64 = counts.iter().sum();
    let (hidden, pinned) = hide(counts, threshold, true);
    let total = if sum < threshold {
        Shown::FewerThan
    } else {
        Shown::Count(sum)
    };
    let cells = if pinned {
        vec![Shown::NotShown; counts.len()]
    } else {
        cells(counts, &hidden, threshold)
    };
    Suppressed { cells, total }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    const T: u64 = 5;

    /// Every value each count could hold, given everything the line shows.
    fn possible(s: &Suppressed, cap: u64) -> Vec<BTreeSet<u64>> {
        let mut seen = vec![BTreeSet::new(); s.cells.len()];
        let mut current = Vec::new();
        fn go(s: &Suppressed, cap: u64, current: &mut Vec<u64>, seen: &mut Vec<BTreeSet<u64>>) {
            let i = current.len();
            if i == s.cells.len() {
                let sum: u64 = current.iter().sum();
                let fits = match s.total {
                    Shown::Count(n) => sum == n,
                    Shown::FewerThan => sum < T,
                    Shown::Withheld | Shown::NotShown => sum >= T,
                };
                if fits {
                    for (j, &v) in current.iter().enumerate() {
                        seen[j].insert(v);
                    }
                }
                return;
            }
            let values: Vec<u64> = match s.cells[i] {
                Shown::Count(n) => vec![n],
                Shown::FewerThan => (0..T).collect(),
                Shown::Withheld => (T..=cap).collect(),
                Shown::NotShown => (0..=cap).collect(),
            };
            for v in values {
                current.push(v);
                go(s, cap, current, seen);
                current.pop();
            }
        }
        go(s, cap, &mut current, &mut seen);
        seen
    }

    /// No hidden count can be worked out from what is shown, and the true one is possible.
    fn nothing_recoverable(line: &[u64], s: &Suppressed) {
        let possible = possible(s, line.iter().sum::<u64>() + T);
        for (i, &n) in line.iter().enumerate() {
            assert!(possible[i].contains(&n), "{line:?} → {s:?}");
            if s.cells[i].is_hidden() {
                assert!(
                    possible[i].len() > 1,
                    "count {i} of {line:?} can only be {n}: {s:?}"
                );
            }
        }
    }

    #[test]
    fn a_small_count_takes_a_partner_with_it() {
        // Carers by age band: 3 would be 53 − 50.
        let line = [50, 3];
        let s = suppress(&line, T);
        assert_eq!(s.cells, [Shown::Withheld, Shown::FewerThan]);
        assert_eq!(s.total, Shown::Count(53));
        nothing_recoverable(&line, &s);
    }

    #[test]
    fn nothing_is_hidden_when_every_count_is_large_enough() {
        let line = [12, 7, 30];
        let s = suppress(&line, T);
        assert!(s.cells.iter().all(|c| !c.is_hidden()));
        assert_eq!(s.total, Shown::Count(49));
    }

    #[test]
    fn small_totals_are_hidden_and_zero_is_a_small_number() {
        let line = [0, 2];
        let s = suppress(&line, T);
        assert_eq!(s.total, Shown::FewerThan);
        assert_eq!(s.cells, [Shown::FewerThan, Shown::FewerThan]);
    }

    #[test]
    fn several_small_counts_that_add_up_to_their_most_are_not_left_alone() {
        // 4 + 4 = 8 of 20: both "fewer than 5" could only be 4.
        let line = [4, 4, 12];
        let s = suppress(&line, T);
        assert_eq!(s.cells[2], Shown::Withheld);
        nothing_recoverable(&line, &s);
    }

    #[test]
    fn a_total_that_would_pin_its_hidden_counts_goes_too() {
        // Withheld is at least 5 and fewer-than at least 0: a total of 5 says both.
        let line = [5, 0];
        let s = suppress(&line, T);
        assert_eq!(s.total, Shown::Withheld);
        nothing_recoverable(&line, &s);
    }

    #[test]
    fn no_line_of_counts_gives_a_hidden_one_away() {
        let values = [0, 1, 3, 4, 5, 6, 9];
        for length in 1..=4u32 {
            for n in 0..values.len().pow(length) {
                let line: Vec<u64> = (0..length)
                    .map(|i| values[n / values.len().pow(i) % values.len()])
                    .collect();
                let s = suppress(&line, T);
                nothing_recoverable(&line, &s);
                for (i, &count) in line.iter().enumerate() {
                    if count < T {
                        assert_eq!(s.cells[i], Shown::FewerThan, "{line:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_line_whose_total_is_known_gives_nothing_away_either() {
        // The total is known however the line shows it: check with it shown exactly.
        for (line, nothing) in [
            (vec![5, 0, 0], true),
            (vec![4, 4, 4], true),
            (vec![13, 7, 0], false),
        ] {
            let s = with_known_total(&line, T);
            assert_eq!(
                s.cells.iter().all(|c| *c == Shown::NotShown),
                nothing,
                "{line:?}"
            );
        }
        // A line of one count, or of nobody at all, is its known total: nothing to hide.
        let values = [0, 1, 3, 4, 5, 6, 9];
        for length in 2..=4u32 {
            for n in 0..values.len().pow(length) {
                let line: Vec<u64> = (0..length)
                    .map(|i| values[n / values.len().pow(i) % values.len()])
                    .collect();
                if line.iter().sum::<u64>() == 0 {
                    continue;
                }
                let mut s = with_known_total(&line, T);
                s.total = Shown::Count(line.iter().sum());
                nothing_recoverable(&line, &s);
                for (i, &count) in line.iter().enumerate() {
                    assert!(count >= T || s.cells[i].is_hidden(), "{line:?}");
                }
            }
        }
    }
}

#[cfg(test)]
mod properties;
