//! Whether what a line shows still leaves every hidden count in doubt once more is said about
//! it, such as an "under-represented" flag, which bounds a count from above. Each hidden count
//! is a range of whole numbers and the hidden counts of a part of the line add up to what the
//! reader can work out; the values one count can take then form a range too, so checking both
//! ends is exact (no search over every combination).

use crate::suppress::Shown;

/// A hidden count as a reader sees it: the least and the most it could be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub least: u64,
    pub most: u64,
}

/// Whether each count could still take at least two values, given that they add up to `sum`.
/// A part with no hidden count leaves nothing to doubt.
pub fn leaves_doubt(hidden: &[Range], sum: u64) -> bool {
    let least: u64 = hidden.iter().map(|r| r.least).sum();
    let most: u64 = hidden.iter().map(|r| r.most).sum();
    hidden.iter().all(|r| {
        let others_least = least - r.least;
        let others_most = most - r.most;
        let low = r.least.max(sum.saturating_sub(others_most));
        let high = r.most.min(sum.saturating_sub(others_least));
        sum >= others_least && high > low
    })
}

/// Which flags on hidden counts may stay. `cells` is what each count shows, `flags` the most
/// a flag on it says it can be (`None`: no flag), and `parts` the parts of the line whose sums a
/// reader may know, with those sums counted from the true counts. Flags go, tightest first,
/// until every hidden count is in doubt again; if even none leave it so, none stay. Flags on
/// counts that are shown say nothing hidden and always stay.
pub fn flags_to_keep(
    counts: &[u64],
    cells: &[Shown],
    flags: &[Option<u64>],
    parts: &[std::ops::Range<usize>],
    threshold: u64,
) -> Vec<bool> {
    let total: u64 = counts.iter().sum();
    let mut keep: Vec<bool> = flags.iter().map(Option::is_some).collect();
    let range = |i: usize, keep: &[bool]| {
        let (least, most) = match cells[i] {
            Shown::Count(n) => (n, n),
            Shown::FewerThan => (0, threshold - 1),
            Shown::Withheld => (threshold, total),
            Shown::NotShown => (0, total),
        };
        let most = match (keep[i], flags[i]) {
            (true, Some(bound)) => most.min(bound),
            _ => most,
        };
        Range { least, most }
    };
    loop {
        let in_doubt = parts.iter().all(|part| {
            let hidden: Vec<Range> = part
                .clone()
                .filter(|&i| cells[i].is_hidden())
                .map(|i| range(i, &keep))
                .collect();
            let shown: u64 = part
                .clone()
                .filter(|&i| !cells[i].is_hidden())
                .map(|i| counts[i])
                .sum();
            let sum: u64 = part.clone().map(|i| counts[i]).sum::<u64>() - shown;
            leaves_doubt(&hidden, sum)
        });
        let tightest = (0..cells.len())
            .filter(|&i| keep[i] && cells[i].is_hidden())
            .min_by_key(|&i| flags[i]);
        match (in_doubt, tightest) {
            (true, _) => return keep,
            (false, Some(i)) => keep[i] = false,
            (false, None) => {
                return (0..cells.len())
                    .map(|i| keep[i] && !cells[i].is_hidden())
                    .collect();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: Range = Range { least: 0, most: 4 };

    /// The same question answered by trying every combination.
    fn by_search(hidden: &[Range], sum: u64) -> bool {
        let mut seen = vec![std::collections::BTreeSet::new(); hidden.len()];
        let mut values = vec![0u64; hidden.len()];
        fn go(
            i: usize,
            h: &[Range],
            sum: u64,
            v: &mut Vec<u64>,
            seen: &mut Vec<std::collections::BTreeSet<u64>>,
        ) {
            if i == h.len() {
                if v.iter().sum::<u64>() == sum {
                    v.iter().enumerate().for_each(|(j, &x)| {
                        seen[j].insert(x);
                    });
                }
                return;
            }
            for x in h[i].least..=h[i].most {
                v[i] = x;
                go(i + 1, h, sum, v, seen);
            }
        }
        go(0, hidden, sum, &mut values, &mut seen);
        seen.iter().all(|s| s.len() > 1)
    }

    #[test]
    fn agrees_with_trying_every_combination() {
        let ranges = [
            SMALL,
            Range { least: 0, most: 2 },
            Range { least: 0, most: 0 },
            Range { least: 5, most: 9 },
            Range { least: 1, most: 3 },
        ];
        for a in ranges {
            for b in ranges {
                for c in ranges {
                    for sum in 0..20 {
                        let hidden = [a, b, c];
                        assert_eq!(
                            leaves_doubt(&hidden, sum),
                            by_search(&hidden, sum),
                            "{hidden:?} {sum}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn flags_go_when_the_counts_are_pinned_and_flags_on_shown_counts_stay() {
        // Two counts shown as "fewer than 5" in a line whose hidden counts add up to 8: each
        // must be 4 whatever the flags say, so the flag on a hidden count goes; the flag on a
        // shown count stays, and a shown count with no flag gets none.
        let whole_line = vec![std::ops::Range { start: 0, end: 4 }];
        let counts = [4, 4, 10, 7];
        let cells = [
            Shown::FewerThan,
            Shown::FewerThan,
            Shown::Count(10),
            Shown::Count(7),
        ];
        let flags = [Some(4), None, Some(12), None];
        let keep = flags_to_keep(&counts, &cells, &flags, &whole_line, 5);
        assert_eq!(keep, vec![false, false, true, false]);
        // With the second count withheld (5 or more) the two could be 0 and 9 up to 4 and 5, so
        // they are in doubt and the flag, which says no more than the cell, stays.
        let counts = [4, 5, 10, 7];
        let cells = [
            Shown::FewerThan,
            Shown::Withheld,
            Shown::Count(10),
            Shown::Count(7),
        ];
        let keep = flags_to_keep(&counts, &cells, &flags, &whole_line, 5);
        assert_eq!(keep, vec![true, false, true, false]);
    }

    #[test]
    fn a_flag_that_says_none_pins_the_count() {
        // One person among four small groups: doubt. Flag one group as fewer than 1: none.
        assert!(leaves_doubt(&[SMALL; 4], 1));
        let flagged = Range { least: 0, most: 0 };
        assert!(!leaves_doubt(&[flagged, SMALL, SMALL, SMALL], 1));
    }
}
