//! Small-number suppression for tables of counts about people (equality monitoring, presence).
//!
//! Every count under the threshold is hidden ("fewer than 5"), and so is every total under it.
//! Then, wherever a shown total has exactly one hidden count in its row or column, a second
//! count is hidden too, or the first could be worked out by subtracting the others from the
//! total. That is repeated until no shown total has a single hidden count. Zero counts are
//! hidden like any other small number: "nobody" is itself disclosive for a small group.
//!
//! Tested here: no shown total ever has a single hidden count in its line. Still to prove
//! where the tables are used (issue #9): that no hidden count is pinned by all the totals
//! taken together (an integer-programming check over small fixtures).

/// What a cell of the table may show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    /// Under the threshold: shown as "fewer than 5".
    FewerThan,
    /// Large enough, but withheld so that a small count beside it cannot be worked out. Shown
    /// differently from `FewerThan` (it is not a small number).
    Withheld,
}

impl Shown {
    pub fn is_hidden(self) -> bool {
        !matches!(self, Shown::Count(_))
    }
}

/// A table of counts with its row and column totals, as it may be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppressed {
    pub cells: Vec<Vec<Shown>>,
    pub row_totals: Vec<Shown>,
    pub column_totals: Vec<Shown>,
    pub total: Shown,
}

fn shown(count: u64, threshold: u64) -> Shown {
    if count < threshold {
        Shown::FewerThan
    } else {
        Shown::Count(count)
    }
}

/// Hides what must be hidden in `counts` (rows of equal length), whose row and column totals
/// and grand total are shown beside it.
pub fn suppress(counts: &[Vec<u64>], threshold: u64) -> Suppressed {
    let rows = counts.len();
    let columns = counts.first().map_or(0, Vec::len);
    let row_sums: Vec<u64> = counts.iter().map(|r| r.iter().sum()).collect();
    let column_sums: Vec<u64> = (0..columns)
        .map(|c| counts.iter().map(|r| r[c]).sum())
        .collect();
    let mut hidden: Vec<Vec<bool>> = counts
        .iter()
        .map(|r| r.iter().map(|&n| n < threshold).collect())
        .collect();
    let row_shown: Vec<bool> = row_sums.iter().map(|&n| n >= threshold).collect();
    let column_shown: Vec<bool> = column_sums.iter().map(|&n| n >= threshold).collect();
    // Hide the smallest count still shown in a line, so as little as possible goes.
    let smallest_shown = |hidden: &Vec<Vec<bool>>,
                          line: &mut dyn Iterator<Item = (usize, usize)>| {
        line.filter(|&(r, c)| !hidden[r][c])
            .min_by_key(|&(r, c)| counts[r][c])
    };
    loop {
        let mut changed = false;
        for r in 0..rows {
            let count = (0..columns).filter(|&c| hidden[r][c]).count();
            if row_shown[r]
                && count == 1
                && let Some((rr, cc)) = smallest_shown(&hidden, &mut (0..columns).map(|c| (r, c)))
            {
                hidden[rr][cc] = true;
                changed = true;
            }
        }
        for c in 0..columns {
            let count = (0..rows).filter(|&r| hidden[r][c]).count();
            if column_shown[c]
                && count == 1
                && let Some((rr, cc)) = smallest_shown(&hidden, &mut (0..rows).map(|r| (r, c)))
            {
                hidden[rr][cc] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    Suppressed {
        cells: counts
            .iter()
            .zip(&hidden)
            .map(|(r, h)| {
                r.iter()
                    .zip(h)
                    .map(|(&n, &h)| match (h, n < threshold) {
                        (false, _) => Shown::Count(n),
                        (true, true) => Shown::FewerThan,
                        (true, false) => Shown::Withheld,
                    })
                    .collect()
            })
            .collect(),
        row_totals: row_sums.iter().map(|&n| shown(n, threshold)).collect(),
        column_totals: column_sums.iter().map(|&n| shown(n, threshold)).collect(),
        total: shown(row_sums.iter().sum(), threshold),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every hidden cell of a line whose total is shown has company: a single one could be
    /// worked out from the total and the others.
    fn nothing_recoverable(s: &Suppressed) {
        for (r, row) in s.cells.iter().enumerate() {
            let hidden = row.iter().filter(|c| c.is_hidden()).count();
            if matches!(s.row_totals[r], Shown::Count(_)) {
                assert_ne!(
                    hidden, 1,
                    "row {r} has one hidden cell and a shown total: {s:?}"
                );
            }
        }
        for c in 0..s.column_totals.len() {
            let hidden = s.cells.iter().filter(|row| row[c].is_hidden()).count();
            if matches!(s.column_totals[c], Shown::Count(_)) {
                assert_ne!(
                    hidden, 1,
                    "column {c} has one hidden cell and a shown total: {s:?}"
                );
            }
        }
    }

    #[test]
    fn small_counts_are_hidden_and_a_partner_with_them() {
        // Carers and service users by age band; 3 would be recoverable from 53 - 50.
        let table = vec![vec![50, 3], vec![40, 20]];
        let s = suppress(&table, 5);
        assert_eq!(s.cells[0][1], Shown::FewerThan);
        assert_eq!(s.cells[0][0], Shown::Withheld, "its row partner goes too");
        assert_eq!(s.cells[1][1], Shown::Withheld, "and its column partner");
        assert_eq!(
            s.cells[1][0],
            Shown::Withheld,
            "which in turn needs a partner"
        );
        assert_eq!(s.row_totals, [Shown::Count(53), Shown::Count(60)]);
        nothing_recoverable(&s);
    }

    #[test]
    fn nothing_is_hidden_when_every_count_is_large_enough() {
        let table = vec![vec![12, 7, 30], vec![5, 9, 6]];
        let s = suppress(&table, 5);
        assert!(
            s.cells
                .iter()
                .flatten()
                .all(|c| matches!(c, Shown::Count(_)))
        );
        assert_eq!(s.total, Shown::Count(69));
    }

    #[test]
    fn small_totals_are_hidden_and_zero_is_a_small_number() {
        let table = vec![vec![0, 2], vec![30, 40]];
        let s = suppress(&table, 5);
        assert_eq!(s.row_totals[0], Shown::FewerThan);
        assert_eq!(s.cells[0], [Shown::FewerThan, Shown::FewerThan]);
        nothing_recoverable(&s);
    }

    #[test]
    fn no_table_leaves_a_hidden_count_alone_in_a_line_with_its_total() {
        // Every table of 3 × 3 counts drawn from a spread of small and large numbers.
        let values = [0, 1, 4, 5, 9, 30];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..5_000 {
            let table: Vec<Vec<u64>> = (0..3)
                .map(|_| {
                    (0..3)
                        .map(|_| {
                            seed ^= seed << 13;
                            seed ^= seed >> 7;
                            seed ^= seed << 17;
                            values[(seed % values.len() as u64) as usize]
                        })
                        .collect()
                })
                .collect();
            let s = suppress(&table, 5);
            nothing_recoverable(&s);
            for (r, row) in table.iter().enumerate() {
                for (c, &n) in row.iter().enumerate() {
                    if n < 5 {
                        assert_eq!(s.cells[r][c], Shown::FewerThan, "{table:?}");
                    }
                }
            }
        }
    }
}
