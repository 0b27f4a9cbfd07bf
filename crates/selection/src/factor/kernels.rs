//! The dense loops of the factorisation, each compiled also for wider vector registers and
//! chosen when the processor has them (at 1,500 people AVX2 took a fifth off the master's
//! time). Only the width changes, never the order of the arithmetic, and no multiply is fused
//! with its add, so every processor computes the same numbers and the same lottery.

use multiversion::multiversion;

/// A dot product in eight independent sums, which the compiler can keep in vector registers
/// (one running sum must be added in order, which it cannot).
#[multiversion(targets("x86_64+avx512f+avx512vl", "x86_64+avx2"))]
pub fn dot(a: &[f64], b: &[f64]) -> f64 {
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

/// `y -= s * x`, entry by entry.
#[multiversion(targets("x86_64+avx512f+avx512vl", "x86_64+avx2"))]
pub fn sub_scaled(y: &mut [f64], s: f64, x: &[f64]) {
    for (y, x) in y.iter_mut().zip(x) {
        *y -= x * s;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values with many significant bits, so any change in the order of the sums shows.
    fn values(n: usize, seed: u64) -> Vec<f64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (x >> 11) as f64 / (1u64 << 53) as f64 - 0.37
            })
            .collect()
    }

    #[test]
    fn every_width_gives_the_same_numbers_as_the_sums_written_out_in_order() {
        for n in [0, 1, 7, 8, 9, 31, 64, 401] {
            let (a, b) = (values(n, 1), values(n, 2));
            let mut lanes = [0.0f64; 8];
            let whole = n - n % 8;
            for i in 0..whole {
                lanes[i % 8] += a[i] * b[i];
            }
            let mut total = 0.0;
            for lane in lanes {
                total += lane;
            }
            let mut tail = 0.0;
            for i in whole..n {
                tail += a[i] * b[i];
            }
            assert_eq!(dot(&a, &b).to_bits(), (total + tail).to_bits(), "n = {n}");

            let mut y = values(n, 3);
            let expected: Vec<u64> = y
                .iter()
                .zip(&a)
                .map(|(y, x)| (y - x * 0.3).to_bits())
                .collect();
            sub_scaled(&mut y, 0.3, &a);
            let got: Vec<u64> = y.iter().map(|v| v.to_bits()).collect();
            assert_eq!(got, expected, "n = {n}");
        }
    }
}
