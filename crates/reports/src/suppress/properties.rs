//! Suppression over many lines at once, and at its edges. The reader here knows only what a
//! line shows: a shown count exactly, "fewer than" as 0 to one under the threshold,
//! "withheld" as the threshold or more, "not shown" as anything; and the total, exactly when
//! shown (or known from elsewhere). Each hidden count must still have two or more values
//! that fit, the true one among them.

use super::*;
use proptest::prelude::*;

/// Above any count or sum here: a bound a reader does not have.
const UNBOUNDED: i64 = 1_000_000;

fn bounds(cell: Shown, threshold: u64) -> (i64, i64) {
    let t = threshold as i64;
    match cell {
        Shown::Count(n) => (n as i64, n as i64),
        Shown::FewerThan => (0, t - 1),
        Shown::Withheld => (t, UNBOUNDED),
        Shown::NotShown => (0, UNBOUNDED),
    }
}

/// The least and most each cell could be, given that the cells add up to something in
/// `total`. Sums of whole-number ranges are whole ranges, so the ends are exact.
fn possible(cells: &[Shown], total: (i64, i64), threshold: u64) -> Vec<(i64, i64)> {
    let ranges: Vec<(i64, i64)> = cells.iter().map(|&c| bounds(c, threshold)).collect();
    let least: i64 = ranges.iter().map(|r| r.0).sum();
    let most: i64 = ranges.iter().map(|r| r.1).sum();
    ranges
        .iter()
        .map(|&(low, high)| {
            let (others_least, others_most) = (least - low, most - high);
            (
                low.max(total.0 - others_most),
                high.min(total.1 - others_least),
            )
        })
        .collect()
}

/// Every cell says something true of its count, and every hidden one keeps its doubt.
fn in_doubt(line: &[u64], cells: &[Shown], total: (i64, i64), threshold: u64) {
    assert_eq!(line.len(), cells.len());
    for (&count, &cell) in line.iter().zip(cells) {
        match cell {
            Shown::Count(n) => assert_eq!(n, count, "{line:?} → {cells:?}"),
            Shown::FewerThan => assert!(count < threshold, "{line:?} → {cells:?}"),
            Shown::Withheld => assert!(count >= threshold, "{line:?} → {cells:?}"),
            Shown::NotShown => {}
        }
    }
    let ranges = possible(cells, total, threshold);
    for ((&count, &cell), (low, high)) in line.iter().zip(cells).zip(ranges) {
        let count = count as i64;
        assert!(low <= count && count <= high, "{line:?} → {cells:?}");
        assert!(
            !cell.is_hidden() || high > low,
            "{count} of {line:?} can be worked out from {cells:?}, total {total:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    /// Thresholds from 3, the least an organisation may set.
    #[test]
    fn no_hidden_count_can_be_worked_out(
        line in prop::collection::vec(0u64..15, 1..7),
        threshold in 3u64..9,
    ) {
        let s = suppress(&line, threshold);
        let sum: u64 = line.iter().sum();
        let t = threshold as i64;
        let total = match s.total {
            Shown::Count(n) => {
                prop_assert_eq!(n, sum);
                (n as i64, n as i64)
            }
            Shown::FewerThan => {
                prop_assert!(sum < threshold);
                (0, t - 1)
            }
            Shown::Withheld => {
                prop_assert!(sum >= threshold);
                prop_assert!(s.cells.iter().all(|c| c.is_hidden()), "{:?}", s);
                (t, UNBOUNDED)
            }
            Shown::NotShown => panic!("a total is always shown or withheld: {s:?}"),
        };
        for (&count, &cell) in line.iter().zip(&s.cells) {
            prop_assert!(count >= threshold || cell == Shown::FewerThan, "{:?}", s);
            prop_assert!(cell != Shown::NotShown);
        }
        in_doubt(&line, &s.cells, total, threshold);
    }

    /// The total is known exactly, whatever the line shows of it.
    #[test]
    fn a_known_total_gives_no_hidden_count_away(
        line in prop::collection::vec(0u64..15, 2..7),
        threshold in 3u64..9,
    ) {
        let sum: u64 = line.iter().sum();
        // Nobody at all is its own known total: nothing can be in doubt.
        prop_assume!(sum > 0);
        let s = with_known_total(&line, threshold);
        let total = if sum < threshold { Shown::FewerThan } else { Shown::Count(sum) };
        prop_assert_eq!(s.total, total);
        let says_nothing = s.cells.iter().all(|&c| c == Shown::NotShown);
        for (&count, &cell) in line.iter().zip(&s.cells) {
            let hidden_small = cell == Shown::FewerThan || says_nothing;
            prop_assert!(count >= threshold || hidden_small, "{:?}", s);
            prop_assert!(says_nothing || cell != Shown::NotShown);
        }
        in_doubt(&line, &s.cells, (sum as i64, sum as i64), threshold);
    }
}

#[test]
fn a_count_at_the_threshold_is_shown_and_one_below_is_not() {
    use Shown::{Count, FewerThan, Withheld};
    let line = |cells: Vec<Shown>, total: Shown| Suppressed { cells, total };
    assert_eq!(
        suppress(&[5, 6], 5),
        line(vec![Count(5), Count(6)], Count(11))
    );
    // 4 alone would be 17 − 13: the next smallest, 6, goes with it and 7 stays.
    assert_eq!(
        suppress(&[4, 6, 7], 5),
        line(vec![FewerThan, Withheld, Count(7)], Count(17))
    );
    // 1 and 2 of 23 could be anything from 0 and 3 to 3 and 0: 20 stays.
    assert_eq!(
        suppress(&[1, 2, 20], 5),
        line(vec![FewerThan, FewerThan, Count(20)], Count(23))
    );
    assert_eq!(
        with_known_total(&[1, 2, 20], 5),
        line(vec![FewerThan, FewerThan, Count(20)], Count(23))
    );
}

#[test]
fn a_total_at_the_threshold_is_shown_and_one_below_is_not() {
    use Shown::{Count, FewerThan};
    let line = |cells: Vec<Shown>, total: Shown| Suppressed { cells, total };
    // 2 and 3 make 5: each could be anything from 1 to 4.
    assert_eq!(
        suppress(&[2, 3], 5),
        line(vec![FewerThan, FewerThan], Count(5))
    );
    assert_eq!(
        suppress(&[2, 2], 5),
        line(vec![FewerThan, FewerThan], FewerThan)
    );
    assert_eq!(
        with_known_total(&[2, 3], 5),
        line(vec![FewerThan, FewerThan], Count(5))
    );
    assert_eq!(
        with_known_total(&[1, 2], 5),
        line(vec![FewerThan, FewerThan], FewerThan)
    );
}

#[test]
fn a_line_with_no_small_count_hides_nothing() {
    use Shown::Count;
    let line = |cells: Vec<Shown>, total: Shown| Suppressed { cells, total };
    // Nothing hidden pins nothing: a line of large counts is shown whole, total and all.
    assert_eq!(
        suppress(&[10, 20, 30], 5),
        line(vec![Count(10), Count(20), Count(30)], Count(60))
    );
    assert_eq!(
        with_known_total(&[5, 7], 5),
        line(vec![Count(5), Count(7)], Count(12))
    );
}

#[test]
fn only_a_count_is_not_hidden() {
    assert!(!Shown::Count(0).is_hidden());
    assert!(Shown::FewerThan.is_hidden());
    assert!(Shown::Withheld.is_hidden());
    assert!(Shown::NotShown.is_hidden());
}
