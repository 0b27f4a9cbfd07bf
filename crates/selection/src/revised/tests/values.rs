//! The basic values are worked out again until the rows are met, even from a factorisation
//! that is a little off, as one of a badly conditioned basis is.

use super::case;
use crate::draw::SeededStream;
use crate::factor::Factor;
use crate::revised::Revised;

#[test]
fn the_basic_values_meet_the_rows_even_from_a_factorisation_a_little_off() {
    let mut stream = SeededStream::new("refinement");
    for number in 0..20 {
        let (groups, list, _) = case(&mut stream);
        let fixed = vec![None; groups.len()];
        let mut lp = Revised::new(&groups, &fixed, &list);
        lp.solve().expect("solved");
        // The basis's columns, each entry off by up to three parts in a million.
        let off: Vec<Vec<(usize, f64)>> = lp
            .basis
            .iter()
            .enumerate()
            .map(|(p, &j)| {
                lp.cols[j]
                    .iter()
                    .map(|&(i, v)| (i, v * (1.0 + 1e-6 * ((i + p) % 7) as f64 - 3e-6)))
                    .collect()
            })
            .collect();
        let last = lp.groups;
        let (factor, replaced) = Factor::new(
            off.len(),
            |p| &off[p],
            |row| if row == last { 1.0 } else { -1.0 },
        );
        assert!(replaced.is_empty(), "case {number}");
        lp.factor = factor;
        lp.recompute();
        let residual = lp.residual();
        assert!(residual < 1e-12, "case {number}: rows off by {residual:e}");
    }
}
