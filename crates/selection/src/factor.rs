//! The basis of the revised simplex (`revised.rs`): the columns with a single entry (the
//! surpluses, the artificial, and t once one group is left) are pivots of their own, so only
//! the block of the other columns on the rows those leave uncovered is factorised, densely,
//! with partial pivoting; then one eta (product-form) update per pivot until the next
//! refactorisation.
//!
//! Why the split: at an optimum most groups have a surplus in the basis, so the block is the
//! size of the lottery's support, not of the groups (about 400 of 940 on a pool of the shape
//! of sf_e); the dense work falls with its square and cube, and it was nine tenths of the
//! master's time. Dense because panels touch a large share of the groups; product form
//! because a pivot then costs one column, not a refactorisation.

mod kernels;

use kernels::{dot, sub_scaled};

/// A column of the basis: its nonzero entries as (row, value).
pub type Column = [(usize, f64)];

/// Pivots smaller than this mean the column adds nothing the others do not already give.
const SINGULAR: f64 = 1e-9;
/// Bounds on the updates between refactorisations: a few, so a small basis is not rebuilt
/// at every pivot, and not so many that the rounding of the updates builds up.
const MIN_UPDATES: f64 = 32.0;
const MAX_UPDATES: f64 = 256.0;

pub struct Factor {
    m: usize,
    /// (position, row, value) of each single-entry column that is its own pivot.
    singles: Vec<(usize, usize, f64)>,
    /// The size of the dense block.
    k: usize,
    /// Row-major k×k: L below the diagonal (unit diagonal), U on and above it.
    lu: Vec<f64>,
    /// Row i of `lu` is row `perm[i]` of the basis.
    perm: Vec<usize>,
    /// Column j of `lu` is basis position `order[j]`.
    order: Vec<usize>,
    /// The entries of column j of the block on the rows of the single-entry columns.
    border: Border,
    /// (position, B⁻¹ times the column that replaced the one at that position).
    etas: Vec<(usize, Vec<f64>)>,
}

impl Factor {
    /// Factorises the basis whose columns come from `column(position)`. A column that depends on
    /// the ones before it is replaced by `unit(row)`, the slack of a row no column has pivoted
    /// on yet; the positions replaced and their rows are returned so the caller can change its
    /// basis to match (the factorisation then holds whatever happens).
    pub fn new<'a>(
        m: usize,
        column: impl Fn(usize) -> &'a Column,
        unit: impl Fn(usize) -> f64,
    ) -> (Factor, Vec<(usize, usize)>) {
        // A single-entry column pivots on its row unless another took that row first; then it
        // joins the block, where it shows up as dependent.
        let mut claimed = vec![false; m];
        let mut singles = Vec::new();
        let mut order = Vec::new();
        for p in 0..m {
            match column(p) {
                &[(i, v)] if v.abs() >= SINGULAR && !claimed[i] => {
                    claimed[i] = true;
                    singles.push((p, i, v));
                }
                _ => order.push(p),
            }
        }
        let k = order.len();
        let mut perm: Vec<usize> = (0..m).filter(|&i| !claimed[i]).collect();
        let mut local = vec![usize::MAX; m];
        for (r, &i) in perm.iter().enumerate() {
            local[i] = r;
        }
        let mut lu = vec![0.0; k * k];
        let mut border = vec![Vec::new(); k];
        for (j, &p) in order.iter().enumerate() {
            for &(i, v) in column(p) {
                if claimed[i] {
                    border[j].push((i, v));
                } else {
                    lu[local[i] * k + j] += v;
                }
            }
        }
        let mut replaced = Vec::new();
        for j in 0..k {
            let (mut best, mut size) = (j, 0.0);
            for i in j..k {
                let v = lu[i * k + j].abs();
                if v > size {
                    (best, size) = (i, v);
                }
            }
            if size < SINGULAR {
                // The slack of the first row not yet pivoted on: a unit vector, which the
                // elimination so far leaves a unit vector, so it is its own pivot.
                best = j;
                for i in 0..k {
                    lu[i * k + j] = 0.0;
                }
                lu[j * k + j] = unit(perm[j]);
                border[j].clear();
                replaced.push((order[j], perm[j]));
            }
            if best != j {
                for c in 0..k {
                    lu.swap(j * k + c, best * k + c);
                }
                perm.swap(j, best);
            }
            let pivot = lu[j * k + j];
            let (top, rest) = lu.split_at_mut((j + 1) * k);
            let pivot_row = &top[j * k + j + 1..j * k + k];
            for i in 0..k - j - 1 {
                let row = &mut rest[i * k..(i + 1) * k];
                let l = row[j] / pivot;
                if l == 0.0 {
                    continue;
                }
                row[j] = l;
                sub_scaled(&mut row[j + 1..], l, pivot_row);
            }
        }
        let factor = Factor {
            m,
            singles,
            k,
            lu,
            perm,
            order,
            border: Border::new(&border),
            etas: Vec::new(),
        };
        (factor, replaced)
    }

    pub fn updates(&self) -> usize {
        self.etas.len()
    }

    /// Whether a fresh factorisation now costs less than the updates it would save: a
    /// refactorisation costs about k³/3, and each update adds about 3m to every later pivot
    /// (two solves and the multipliers), so the average pivot is cheapest after
    /// √(2k³ / 9m) updates. At 1,500 people (k ≈ 500) that is about 220, where a fixed 64
    /// spent most of the master's time refactorising (89 s to 72 s for three stages).
    pub fn stale(&self) -> bool {
        self.etas.len() as f64 >= updates_between(self.k, self.m)
    }

    /// B⁻¹ times `a` (indexed by row), indexed by basis position.
    pub fn solve(&self, a: &Column) -> Vec<f64> {
        let k = self.k;
        let mut dense = vec![0.0; self.m];
        for &(i, v) in a {
            dense[i] += v;
        }
        // The block first (the single-entry columns have nothing on its rows), then each
        // single-entry column takes what is left on its row.
        let mut w: Vec<f64> = self.perm.iter().map(|&r| dense[r]).collect();
        for i in 0..k {
            let s = dot(&self.lu[i * k..i * k + i], &w[..i]);
            w[i] -= s;
        }
        for i in (0..k).rev() {
            let s = dot(&self.lu[i * k + i + 1..(i + 1) * k], &w[i + 1..]);
            w[i] = (w[i] - s) / self.lu[i * k + i];
        }
        let mut x = vec![0.0; self.m];
        for (j, &p) in self.order.iter().enumerate() {
            x[p] = w[j];
            if w[j] != 0.0 {
                for (i, v) in self.border.column(j) {
                    dense[i] -= v * w[j];
                }
            }
        }
        for &(p, i, v) in &self.singles {
            x[p] = dense[i] / v;
        }
        for (r, alpha) in &self.etas {
            let pivot = x[*r] / alpha[*r];
            if pivot != 0.0 {
                sub_scaled(&mut x, pivot, alpha);
            }
            x[*r] = pivot;
        }
        x
    }

    /// c times B⁻¹ (c indexed by basis position), indexed by row: the simplex multipliers.
    pub fn solve_transposed(&self, c: &[f64]) -> Vec<f64> {
        let k = self.k;
        let mut c = c.to_vec();
        for (r, alpha) in self.etas.iter().rev() {
            let others = dot(alpha, &c) - alpha[*r] * c[*r];
            c[*r] = (c[*r] - others) / alpha[*r];
        }
        // Each single-entry column fixes the multiplier of its row; the block's columns then
        // owe what those multipliers do not already pay.
        let mut out = vec![0.0; self.m];
        for &(p, i, v) in &self.singles {
            out[i] = c[p] / v;
        }
        let mut u: Vec<f64> = self
            .order
            .iter()
            .enumerate()
            .map(|(j, &p)| c[p] - self.border.column(j).map(|(i, v)| out[i] * v).sum::<f64>())
            .collect();
        // Uᵀ z = u, then Lᵀ w = z, column by column of the row-major factors.
        for i in 0..k {
            u[i] /= self.lu[i * k + i];
            let zi = u[i];
            if zi != 0.0 {
                sub_scaled(&mut u[i + 1..], zi, &self.lu[i * k + i + 1..(i + 1) * k]);
            }
        }
        for i in (0..k).rev() {
            let wi = u[i];
            if wi != 0.0 {
                sub_scaled(&mut u[..i], wi, &self.lu[i * k..i * k + i]);
            }
        }
        for (i, &r) in self.perm.iter().enumerate() {
            out[r] = u[i];
        }
        out
    }

    /// Replaces the column at `position` by the one whose B⁻¹ image is `alpha`.
    pub fn replace(&mut self, position: usize, alpha: Vec<f64>) {
        self.etas.push((position, alpha));
    }
}

/// The block's entries on the rows of the single-entry columns, column by column, in three
/// flat arrays: each solve passes over them all, and held as a vector for each column (16
/// bytes an entry, wherever the allocator put it) they waited on memory for a tenth of the
/// master's time at 2,000 people.
struct Border {
    start: Vec<usize>,
    rows: Vec<u32>,
    values: Vec<f64>,
}

impl Border {
    fn new(columns: &[Vec<(usize, f64)>]) -> Border {
        let mut border = Border {
            start: vec![0],
            rows: Vec::new(),
            values: Vec::new(),
        };
        for column in columns {
            for &(i, v) in column {
                border
                    .rows
                    .push(u32::try_from(i).expect("fewer than four billion rows"));
                border.values.push(v);
            }
            border.start.push(border.rows.len());
        }
        border
    }

    fn column(&self, j: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let range = self.start[j]..self.start[j + 1];
        self.rows[range.clone()]
            .iter()
            .zip(&self.values[range])
            .map(|(&i, &v)| (i as usize, v))
    }
}

fn updates_between(k: usize, m: usize) -> f64 {
    let (k, m) = (k as f64, m.max(1) as f64);
    (2.0 * k * k * k / (9.0 * m))
        .sqrt()
        .clamp(MIN_UPDATES, MAX_UPDATES)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(dense: &[[f64; 3]; 3]) -> Vec<Vec<(usize, f64)>> {
        (0..3)
            .map(|j| {
                (0..3)
                    .filter(|&i| dense[i][j] != 0.0)
                    .map(|i| (i, dense[i][j]))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_bigger_block_waits_longer_before_it_is_factorised_again() {
        assert_eq!(updates_between(0, 40), MIN_UPDATES);
        let middle = updates_between(500, 548);
        assert!((220.0..230.0).contains(&middle), "{middle}");
        assert!(updates_between(400, 548) < middle);
        assert_eq!(updates_between(2_000, 2_000), MAX_UPDATES);
    }

    #[test]
    fn solves_both_ways_and_after_a_replacement() {
        let b = [[2.0, 1.0, 0.0], [0.0, 3.0, 1.0], [4.0, 0.0, 1.0]];
        let cols = columns(&b);
        let (mut f, replaced) = Factor::new(3, |j| &cols[j], |_| 1.0);
        assert!(replaced.is_empty());
        let x = f.solve(&[(0, 3.0), (1, 4.0), (2, 5.0)]);
        // B x = (3, 4, 5)
        for (i, row) in b.iter().enumerate() {
            let lhs: f64 = row.iter().zip(&x).map(|(a, v)| a * v).sum();
            assert!((lhs - [3.0, 4.0, 5.0][i]).abs() < 1e-12, "{x:?}");
        }
        let pi = f.solve_transposed(&[1.0, 2.0, 3.0]);
        for j in 0..3 {
            let lhs: f64 = (0..3).map(|i| pi[i] * b[i][j]).sum();
            assert!((lhs - [1.0, 2.0, 3.0][j]).abs() < 1e-12, "{pi:?}");
        }
        // Replace column 1 by (1, 1, 1).
        let alpha = f.solve(&[(0, 1.0), (1, 1.0), (2, 1.0)]);
        f.replace(1, alpha);
        let b2 = [[2.0, 1.0, 0.0], [0.0, 1.0, 1.0], [4.0, 1.0, 1.0]];
        let x = f.solve(&[(0, 1.0), (2, 2.0)]);
        for (i, row) in b2.iter().enumerate() {
            let lhs: f64 = row.iter().zip(&x).map(|(a, v)| a * v).sum();
            assert!((lhs - [1.0, 0.0, 2.0][i]).abs() < 1e-12, "{x:?}");
        }
        let pi = f.solve_transposed(&[1.0, -1.0, 0.5]);
        for j in 0..3 {
            let lhs: f64 = (0..3).map(|i| pi[i] * b2[i][j]).sum();
            assert!((lhs - [1.0, -1.0, 0.5][j]).abs() < 1e-12, "{pi:?}");
        }
    }

    #[test]
    fn a_dependent_column_is_replaced_by_a_slack() {
        let b = [[1.0, 2.0, 0.0], [1.0, 2.0, 0.0], [0.0, 0.0, 1.0]];
        let cols = columns(&b);
        let (f, replaced) = Factor::new(3, |j| &cols[j], |_| -1.0);
        assert_eq!(replaced.len(), 1);
        let (position, row) = replaced[0];
        assert_eq!(position, 1);
        let mut fixed = b;
        for (i, r) in fixed.iter_mut().enumerate() {
            r[position] = if i == row { -1.0 } else { 0.0 };
        }
        let x = f.solve(&[(0, 1.0), (1, 2.0), (2, 3.0)]);
        for (i, r) in fixed.iter().enumerate() {
            let lhs: f64 = r.iter().zip(&x).map(|(a, v)| a * v).sum();
            assert!((lhs - [1.0, 2.0, 3.0][i]).abs() < 1e-12, "{x:?}");
        }
    }

    #[test]
    fn single_entry_columns_pivot_on_their_rows_and_the_rest_is_the_block() {
        let b = [
            [0.0, 1.0, 0.0, 2.0],
            [0.0, 0.0, 2.0, 1.0],
            [-1.0, 3.0, 0.0, 0.0],
            [0.0, 1.0, 0.0, 1.0],
        ];
        let cols: Vec<Vec<(usize, f64)>> = (0..4)
            .map(|j| {
                (0..4)
                    .filter(|&i| b[i][j] != 0.0)
                    .map(|i| (i, b[i][j]))
                    .collect()
            })
            .collect();
        let (f, replaced) = Factor::new(4, |j| &cols[j], |_| 1.0);
        assert!(replaced.is_empty());
        assert_eq!(f.k, 2);
        // Row 1 is left with something for column 2's own entry of 2 to divide.
        let rhs = [1.0, 5.0, 0.5, 3.0];
        let x = f.solve(&[(0, 1.0), (1, 5.0), (2, 0.5), (3, 3.0)]);
        for (i, row) in b.iter().enumerate() {
            let lhs: f64 = row.iter().zip(&x).map(|(a, v)| a * v).sum();
            assert!((lhs - rhs[i]).abs() < 1e-12, "{x:?}");
        }
        let pi = f.solve_transposed(&rhs);
        for j in 0..4 {
            let lhs: f64 = (0..4).map(|i| pi[i] * b[i][j]).sum();
            assert!((lhs - rhs[j]).abs() < 1e-12, "{pi:?}");
        }
    }
}
