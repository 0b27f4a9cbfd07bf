//! The basis of the revised simplex (`revised.rs`): a dense LU factorisation with partial
//! pivoting, then one eta (product-form) update per pivot until the next refactorisation.
//!
//! Dense because the basis is small (one row per group of interchangeable people, a thousand
//! at most in practice) and panels touch a large share of the groups; product form because a
//! pivot then costs one column, not a refactorisation.

/// A column of the basis: its nonzero entries as (row, value).
pub type Column = [(usize, f64)];

/// Pivots smaller than this mean the column adds nothing the others do not already give.
const SINGULAR: f64 = 1e-9;

pub struct Factor {
    m: usize,
    /// Row-major: L below the diagonal (unit diagonal), U on and above it.
    lu: Vec<f64>,
    /// Row i of `lu` is row `perm[i]` of the basis.
    perm: Vec<usize>,
    /// Column j of `lu` is basis position `order[j]`.
    order: Vec<usize>,
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
        // Slack columns (one entry) first: each is its own pivot and eliminates nothing, so
        // only the other columns make up the dense work.
        let mut order: Vec<usize> = (0..m).collect();
        order.sort_by_key(|&p| column(p).len() > 1);
        let mut lu = vec![0.0; m * m];
        for (j, &p) in order.iter().enumerate() {
            for &(i, v) in column(p) {
                lu[i * m + j] = v;
            }
        }
        let mut perm: Vec<usize> = (0..m).collect();
        let mut replaced = Vec::new();
        for j in 0..m {
            let (mut best, mut size) = (j, 0.0);
            for i in j..m {
                let v = lu[i * m + j].abs();
                if v > size {
                    (best, size) = (i, v);
                }
            }
            if size < SINGULAR {
                // The slack of the first row not yet pivoted on: a unit vector, which the
                // elimination so far leaves a unit vector, so it is its own pivot.
                best = j;
                for i in 0..m {
                    lu[i * m + j] = 0.0;
                }
                lu[j * m + j] = unit(perm[j]);
                replaced.push((order[j], perm[j]));
            }
            if best != j {
                for k in 0..m {
                    lu.swap(j * m + k, best * m + k);
                }
                perm.swap(j, best);
            }
            let pivot = lu[j * m + j];
            let (top, rest) = lu.split_at_mut((j + 1) * m);
            let pivot_row = &top[j * m + j + 1..j * m + m];
            for i in 0..m - j - 1 {
                let row = &mut rest[i * m..(i + 1) * m];
                let l = row[j] / pivot;
                if l == 0.0 {
                    continue;
                }
                row[j] = l;
                for (a, &u) in row[j + 1..].iter_mut().zip(pivot_row) {
                    *a -= l * u;
                }
            }
        }
        let factor = Factor {
            m,
            lu,
            perm,
            order,
            etas: Vec::new(),
        };
        (factor, replaced)
    }

    pub fn updates(&self) -> usize {
        self.etas.len()
    }

    /// B⁻¹ times `a` (indexed by row), indexed by basis position.
    pub fn solve(&self, a: &Column) -> Vec<f64> {
        let m = self.m;
        let mut dense = vec![0.0; m];
        for &(i, v) in a {
            dense[i] += v;
        }
        let mut w: Vec<f64> = self.perm.iter().map(|&r| dense[r]).collect();
        for i in 0..m {
            let s = dot(&self.lu[i * m..i * m + i], &w[..i]);
            w[i] -= s;
        }
        for i in (0..m).rev() {
            let s = dot(&self.lu[i * m + i + 1..(i + 1) * m], &w[i + 1..]);
            w[i] = (w[i] - s) / self.lu[i * m + i];
        }
        let mut by_position = vec![0.0; m];
        for (j, &p) in self.order.iter().enumerate() {
            by_position[p] = w[j];
        }
        let mut w = by_position;
        for (r, alpha) in &self.etas {
            let pivot = w[*r] / alpha[*r];
            if pivot != 0.0 {
                for (x, a) in w.iter_mut().zip(alpha) {
                    *x -= a * pivot;
                }
            }
            w[*r] = pivot;
        }
        w
    }

    /// c times B⁻¹ (c indexed by basis position), indexed by row: the simplex multipliers.
    pub fn solve_transposed(&self, c: &[f64]) -> Vec<f64> {
        let m = self.m;
        let mut c = c.to_vec();
        for (r, alpha) in self.etas.iter().rev() {
            let others = dot(alpha, &c) - alpha[*r] * c[*r];
            c[*r] = (c[*r] - others) / alpha[*r];
        }
        let mut u: Vec<f64> = self.order.iter().map(|&p| c[p]).collect();
        // Uᵀ z = u, then Lᵀ w = z, column by column of the row-major factors.
        for i in 0..m {
            u[i] /= self.lu[i * m + i];
            let zi = u[i];
            if zi != 0.0 {
                let row = &self.lu[i * m + i + 1..(i + 1) * m];
                for (x, a) in u[i + 1..].iter_mut().zip(row) {
                    *x -= a * zi;
                }
            }
        }
        for i in (0..m).rev() {
            let wi = u[i];
            if wi != 0.0 {
                let row = &self.lu[i * m..i * m + i];
                for (x, l) in u[..i].iter_mut().zip(row) {
                    *x -= l * wi;
                }
            }
        }
        let mut out = vec![0.0; m];
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

/// A dot product in eight independent sums, which the compiler can keep in vector registers
/// (one running sum must be added in order, which it cannot).
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let mut sums = [0.0; 8];
    let (a8, b8) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f64 = a8
        .remainder()
        .iter()
        .zip(b8.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in a8.zip(b8) {
        for k in 0..8 {
            sums[k] += x[k] * y[k];
        }
    }
    sums.iter().sum::<f64>() + tail
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
}
