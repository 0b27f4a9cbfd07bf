//! The nudges and shifts of `bounds.rs` on their own: random stages rarely stall thirty pivots
//! or round a value below zero, so the certified-optimum test alone would not notice them gone.

use super::super::{NUDGE, Revised};
use crate::instance::Group;

pub(super) fn lp() -> (Vec<Group>, Revised) {
    let groups: Vec<Group> = (0..3)
        .map(|g| Group {
            members: (0..g + 2).collect(),
            values: vec![0],
        })
        .collect();
    let panels = [vec![1, 1, 0], vec![0, 1, 2], vec![2, 0, 1]];
    let lp = Revised::new(&groups, &[None; 3], &panels);
    (groups, lp)
}

/// Every basic surplus and λ nudged, each by its own amount between one and two nudges; t,
/// the artificial and every column out of the basis left alone.
fn assert_nudged(lp: &Revised) {
    let (artificial, t) = (lp.groups, lp.groups + 1);
    let mut seen = Vec::new();
    for j in 0..lp.cols.len() {
        let basic = lp.position[j].is_some();
        if j == t {
            assert_eq!(lp.lower[j], f64::NEG_INFINITY);
        } else if j == artificial || !basic {
            assert_eq!(lp.lower[j], 0.0, "column {j}");
        } else {
            let l = lp.lower[j];
            assert!(
                (-2.0 * NUDGE..-NUDGE + 1e-15).contains(&l),
                "column {j}: {l}"
            );
            assert!(!seen.contains(&l.to_bits()), "two nudges alike: {l}");
            seen.push(l.to_bits());
        }
    }
}

#[test]
fn nudges_move_each_basic_lower_bound_apart_and_come_back() {
    // Fresh: the surpluses and the artificial are the basis.
    let (_, mut lp) = lp();
    lp.perturb();
    assert_nudged(&lp);
    lp.unperturb();
    assert!(lp.lower.iter().all(|&l| l == 0.0 || l == f64::NEG_INFINITY));
    // Solved: t and some panels are in the basis.
    lp.solve().expect("solved");
    lp.perturb();
    assert_nudged(&lp);
    lp.unperturb();
    lp.solve().expect("solved again");
    assert!(lp.lower.iter().all(|&l| l == 0.0 || l == f64::NEG_INFINITY));
}

#[test]
fn only_rounding_below_a_bound_is_shifted() {
    let (_, mut fresh) = lp();
    // The artificial starts at one, far above its bound of zero: not rounding.
    assert_eq!(fresh.shift_bounds(), None);
    // A hair over it is within the tolerance: nothing to shift, and no reason to give up.
    let artificial = fresh.groups;
    fresh.x[artificial] = 5e-10;
    assert_eq!(fresh.shift_bounds(), Some(vec![]));

    let (_, mut lp) = lp();
    lp.solve().expect("solved");
    let panel = *lp
        .basis
        .iter()
        .find(|&&j| j > lp.groups + 1)
        .expect("a panel in the basis");
    lp.x[panel] = -5e-9;
    assert_eq!(lp.shift_bounds(), Some(vec![panel]));
    assert!((lp.lower[panel] - (-5e-9 - 1e-9)).abs() < 1e-15);
    lp.lower[panel] = 0.0;
    lp.x[panel] = -5e-7;
    assert_eq!(lp.shift_bounds(), None, "further out than rounding");
    // Within the tolerance is not shifted at all.
    lp.x[panel] = -5e-10;
    assert_eq!(lp.shift_bounds(), Some(vec![]));
}
