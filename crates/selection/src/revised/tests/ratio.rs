//! The ratio test on its own, on a basis set by hand: which value leaves, at which bound, after
//! how long a step, in each of the cases the random stages rarely reach (a value outside its
//! bounds, an upper bound, near ties, Bland's rule, the entering column's own bound).

use super::bounds::lp;

/// The fresh stage of `lp()` (surpluses 0 to 2 and the artificial 3 in the basis, in that
/// order), with these basic values and entering t, whose bounds are infinite.
fn basis(values: [f64; 4]) -> crate::revised::Revised {
    let (_, mut lp) = lp();
    assert_eq!(lp.basis, [0, 1, 2, 3]);
    lp.x[..4].copy_from_slice(&values);
    lp
}

const T: usize = 4;

#[test]
fn the_first_value_to_reach_its_lower_bound_leaves() {
    let lp = basis([1.0, 3.0, 0.0, 0.0]);
    // Rates −0.5 and −1 (dir 1): value 0 reaches zero after 2, value 1 after 3.
    let step = lp.ratio(T, 1.0, &[0.5, 1.0, 0.0, 0.0], false);
    assert_eq!(step, Some((Some((0, 0.0)), 2.0)));
    // Going the other way, the rates change sign and nothing bounds the surpluses above.
    assert_eq!(lp.ratio(T, -1.0, &[0.5, 1.0, 0.0, 0.0], false), None);
}

#[test]
fn of_near_ties_the_largest_pivot_leaves_unless_blands_rule_is_on() {
    // Value 0 reaches zero after 2; value 1 after 2 + 5e-10, within the tolerance.
    let lp = basis([1.0, 2.0 + 5e-10, 0.0, 0.0]);
    let alpha = [0.5, 1.0, 0.0, 0.0];
    assert_eq!(
        lp.ratio(T, 1.0, &alpha, false),
        Some((Some((1, 0.0)), 2.0 + 5e-10))
    );
    // Bland's rule: the exact smallest step.
    assert_eq!(lp.ratio(T, 1.0, &alpha, true), Some((Some((0, 0.0)), 2.0)));
    // An exact tie under Bland's rule goes to the lower column.
    let tied = basis([1.0, 2.0, 0.0, 0.0]);
    assert_eq!(
        tied.ratio(T, 1.0, &[0.5, 1.0, 0.0, 0.0], true),
        Some((Some((0, 0.0)), 2.0))
    );
    assert_eq!(
        tied.ratio(T, 1.0, &[1.0, 0.5, 0.0, 0.0], true),
        Some((Some((0, 0.0)), 1.0))
    );
}

#[test]
fn a_value_below_its_bound_stops_where_it_reaches_it() {
    // Phase one: value 0 is at −0.5 and rises at rate 1, so it meets zero after 0.5.
    let lp = basis([-0.5, 3.0, 0.0, 0.0]);
    assert_eq!(
        lp.ratio(T, 1.0, &[-1.0, 0.0, 0.0, 0.0], false),
        Some((Some((0, 0.0)), 0.5))
    );
    // Falling further, it sets no limit.
    assert_eq!(lp.ratio(T, 1.0, &[1.0, 0.0, 0.0, 0.0], false), None);
}

#[test]
fn a_value_above_its_upper_bound_stops_where_it_comes_down_to_it() {
    // The artificial (upper bound 0) at 1, falling at rate 2: it meets zero after 0.5.
    let lp = basis([1.0, 1.0, 1.0, 1.0]);
    assert_eq!(
        lp.ratio(T, 1.0, &[0.0, 0.0, 0.0, 2.0], false),
        Some((Some((3, 0.0)), 0.5))
    );
    // Rising further, it sets no limit.
    assert_eq!(lp.ratio(T, 1.0, &[0.0, 0.0, 0.0, -2.0], false), None);
}

#[test]
fn a_value_at_its_upper_bound_that_would_rise_stops_the_step_at_once() {
    // The artificial at its upper bound of 0, rising at rate 1; the surplus would allow 4.
    let lp = basis([2.0, 1.0, 1.0, 0.0]);
    assert_eq!(
        lp.ratio(T, 1.0, &[0.5, 0.0, 0.0, -1.0], false),
        Some((Some((3, 0.0)), 0.0))
    );
    // Within the tolerance above it, the step is still none.
    let over = basis([2.0, 1.0, 1.0, 5e-10]);
    assert_eq!(
        over.ratio(T, 1.0, &[0.5, 0.0, 0.0, -1.0], false),
        Some((Some((3, 0.0)), 0.0))
    );
}

#[test]
fn a_rate_too_small_to_pivot_on_sets_no_limit() {
    let lp = basis([1.0, 1.0, 1.0, 0.0]);
    assert_eq!(lp.ratio(T, 1.0, &[1e-12, 0.0, 0.0, 0.0], false), None);
    assert_eq!(
        lp.ratio(T, 1.0, &[1e-12, 0.25, 0.0, 0.0], false),
        Some((Some((1, 0.0)), 4.0))
    );
}

#[test]
fn the_entering_column_stops_at_its_own_bound_first() {
    let mut lp = basis([1.0, 3.0, 0.0, 0.0]);
    let q = lp.cols.len() - 1;
    lp.upper[q] = 0.25;
    assert_eq!(
        lp.ratio(q, 1.0, &[0.5, 0.0, 0.0, 0.0], false),
        Some((None, 0.25))
    );
    // Between its bounds (as after a refactorisation), going down: as far as its lower one.
    lp.x[q] = 0.1;
    assert_eq!(
        lp.ratio(q, -1.0, &[-0.5, 0.0, 0.0, 0.0], false),
        Some((None, 0.1))
    );
    // A basic value that reaches its bound first still leaves.
    assert_eq!(
        lp.ratio(q, -1.0, &[-20.0, 0.0, 0.0, 0.0], false),
        Some((Some((0, 0.0)), 0.05))
    );
}

#[test]
fn bounds_other_than_zero_and_infinity_are_measured_from() {
    // A surplus with a lower bound of −1 (as nudged) falls at rate 0.5 from 1: 4 to go.
    let mut lp = basis([1.0, 3.0, 0.0, 0.0]);
    lp.lower[0] = -1.0;
    assert_eq!(
        lp.ratio(T, 1.0, &[0.5, 0.0, 0.0, 0.0], false),
        Some((Some((0, -1.0)), 4.0))
    );
    // One with an upper bound of 2 rises at rate 0.5 from 1: 2 to go.
    let mut lp = basis([1.0, 3.0, 0.0, 0.0]);
    lp.upper[0] = 2.0;
    assert_eq!(
        lp.ratio(T, 1.0, &[-0.5, 0.0, 0.0, 0.0], false),
        Some((Some((0, 2.0)), 2.0))
    );
    // Above that upper bound at 3 and falling at rate 2, it meets it after 0.5.
    lp.x[0] = 3.0;
    assert_eq!(
        lp.ratio(T, 1.0, &[2.0, 0.0, 0.0, 0.0], false),
        Some((Some((0, 2.0)), 0.5))
    );
    // The entering column part of the way to its upper bound has only the rest to go.
    let q = lp.cols.len() - 1;
    lp.upper[q] = 0.25;
    lp.x[q] = 0.05;
    assert_eq!(
        lp.ratio(q, 1.0, &[0.0, 0.0, 0.0, 0.0], false),
        Some((None, 0.2))
    );
}

#[test]
fn an_exact_tie_under_blands_rule_goes_to_the_lower_column_wherever_it_sits() {
    // Column 1 sits first in the basis, column 0 second; both reach zero after 2.
    let mut lp = basis([1.0, 2.0, 0.0, 0.0]);
    lp.basis.swap(0, 1);
    lp.position[0] = Some(1);
    lp.position[1] = Some(0);
    assert_eq!(
        lp.ratio(T, 1.0, &[1.0, 0.5, 0.0, 0.0], true),
        Some((Some((1, 0.0)), 2.0))
    );
}
