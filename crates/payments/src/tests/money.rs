//! `share`, `parse_pounds` and `pounds`: money in whole pence, and as people read and type it.

use crate::{parse_pounds, pounds, share};

#[test]
fn share_rounds_to_the_nearest_penny_and_half_a_penny_up() {
    // (amount, numerator, denominator, pence)
    let cases = [
        (0, 7, 60, 0),
        (100, 0, 7, 0),
        (7, 3, 1, 21),
        (1, 1, 2, 1),
        (1, 1, 3, 0),
        (2, 1, 3, 1),
        (5, 1, 2, 3),
        (9, 1, 4, 2),
        (10, 1, 4, 3),
        (5, 3, 4, 4),
        (2500, 7, 60, 292),
        (2500, 60, 60, 2500),
        (45, 123, 10, 554),
        (i64::MAX, 2, 2, i64::MAX),
    ];
    for (amount, numerator, denominator, pence) in cases {
        let got = share(amount, numerator, denominator);
        assert_eq!(got, pence, "{amount} × {numerator} / {denominator}");
    }
}

#[test]
fn up_to_nine_digits_of_pounds_and_two_of_pence_are_read() {
    assert_eq!(parse_pounds("0"), Some(0));
    assert_eq!(parse_pounds("0.01"), Some(1));
    assert_eq!(parse_pounds("1."), Some(100));
    assert_eq!(parse_pounds("12.05"), Some(1205));
    assert_eq!(parse_pounds("999999999"), Some(99_999_999_900));
    assert_eq!(parse_pounds("£999,999,999.99"), Some(99_999_999_999));
    assert_eq!(parse_pounds("1000000000"), None);
    assert_eq!(parse_pounds("£1,000,000,000"), None);
}

#[test]
fn anything_but_pounds_and_pence_is_refused() {
    // Signs and stray characters in the pence: Rust's number parsing takes "+5" and "-5", so
    // only the check for digits stops them.
    for wrong in ["1.-5", "1.+5", "..5", "12.5p", "1.2.3", "12.345"] {
        assert_eq!(parse_pounds(wrong), None, "{wrong}");
    }
    for wrong in ["+1", "-3", "£-1", "1 000", "1e3", " ", "£", "."] {
        assert_eq!(parse_pounds(wrong), None, "{wrong}");
    }
}

#[test]
fn pounds_are_shown_with_a_comma_every_three_digits() {
    assert_eq!(pounds(0), "£0.00");
    assert_eq!(pounds(1), "£0.01");
    assert_eq!(pounds(99), "£0.99");
    assert_eq!(pounds(100), "£1.00");
    assert_eq!(pounds(12_345), "£123.45");
    assert_eq!(pounds(99_999), "£999.99");
    assert_eq!(pounds(100_000), "£1,000.00");
    assert_eq!(pounds(12_345_678), "£123,456.78");
    assert_eq!(pounds(123_456_789), "£1,234,567.89");
}

#[test]
fn a_negative_amount_is_shown_with_a_minus_sign_first() {
    assert_eq!(pounds(-1), "-£0.01");
    assert_eq!(pounds(-100_000_000), "-£1,000,000.00");
    assert_eq!(pounds(i64::MIN), "-£92,233,720,368,547,758.08");
}
