//! Words, sentences and positions on texts whose every byte offset is counted by hand.

use super::{
    BREAK_STR, blank_markup, breaks_between, full_stop_after, is_abbreviation, line_and_column,
    sentences, tokens,
};

fn words(text: &str) -> Vec<(&str, usize, usize)> {
    tokens(text)
        .into_iter()
        .map(|w| (w.text, w.start, w.end))
        .collect()
}

/// Each sentence as (start, end, number of words).
fn spans(text: &str) -> Vec<(usize, usize, usize)> {
    sentences(text)
        .into_iter()
        .map(|s| (s.start, s.end, s.words.len()))
        .collect()
}

#[test]
fn words_keep_inner_apostrophes_hyphens_and_full_stops() {
    assert_eq!(
        words("Don't stop-now, e.g. 3.5 cats' toys."),
        [
            ("Don't", 0, 5),
            ("stop-now", 6, 14),
            ("e.g", 16, 19),
            ("3.5", 21, 24),
            ("cats", 25, 29),
            ("toys", 31, 35),
        ]
    );
    assert_eq!(
        words("café’s menu -x 'quoted'"),
        [
            ("café’s", 0, 9),
            ("menu", 10, 14),
            ("x", 16, 17),
            ("quoted", 19, 25)
        ]
    );
    assert!(words("").is_empty());
    assert!(words(" ... ").is_empty());
}

#[test]
fn sentences_end_at_a_stop_before_a_space_after_closing_brackets() {
    assert_eq!(
        spans("We met (at two). Then we left! Did you? Yes"),
        [(0, 16, 4), (17, 30, 3), (31, 39, 2), (40, 43, 1)]
    );
    assert_eq!(
        spans("He said \"Stop.\" Then left."),
        [(0, 14, 3), (16, 26, 2)]
    );
    // A stop followed by more stops, or by a letter, is not the end.
    assert_eq!(spans("Wait...more words"), [(0, 17, 3)]);
}

#[test]
fn abbreviations_and_initials_do_not_end_sentences_but_acronyms_do() {
    assert_eq!(spans("Ask A. Smith. Then go."), [(0, 13, 3), (14, 22, 2)]);
    assert_eq!(spans("Ask the CQC. Then go."), [(0, 12, 3), (13, 21, 2)]);
    assert_eq!(spans("Bring pens etc. and a drink."), [(0, 28, 6)]);
    let cases = [
        ("e.g", true),
        ("i.e", true),
        ("etc", true),
        ("Dr", true),
        ("no", true),
        ("A", true),
        ("a", false),
        ("No", false),
        ("CQC", false),
        ("7", false),
    ];
    for (word, expected) in cases {
        assert_eq!(is_abbreviation(word), expected, "{word}");
    }
}

#[test]
fn where_a_full_stop_ends_a_sentence() {
    let at = |text: &str, n: usize| full_stop_after(text, tokens(text)[n]);
    assert_eq!(at("It ended.", 1), Some(9));
    assert_eq!(at("It ended. Next", 1), Some(9));
    assert_eq!(at("(It ended.) Next", 1), Some(10));
    assert_eq!(at("(It ended). Next", 1), Some(11));
    assert_eq!(at("It ended!\u{1}Next", 1), Some(9));
    assert_eq!(at("It ended?\"", 1), Some(9));
    assert_eq!(at("It ended.,x", 1), None);
    assert_eq!(at("It ended, then", 1), None);
    assert_eq!(at("It ended", 1), None);
    assert_eq!(at("Ask Dr. Khan", 1), None);
}

#[test]
fn blank_lines_and_block_breaks_end_sentences_and_one_line_break_does_not() {
    let blanked = blank_markup("# Title\nFirst line\nsame sentence\n\nNew one");
    assert_eq!(spans(&blanked), [(2, 7, 1), (8, 32, 4), (34, 41, 2)]);
    assert!(breaks_between(BREAK_STR));
    assert!(breaks_between(" \u{1} "));
    assert!(breaks_between("\n\n"));
    assert!(breaks_between("\r\n \r\n"));
    assert!(!breaks_between(" \n "));
    assert!(!breaks_between("  "));
    assert!(!breaks_between(""));
}

#[test]
fn lines_and_columns_count_from_one_in_characters() {
    assert_eq!(line_and_column("abc", 0), (1, 1));
    assert_eq!(line_and_column("abc", 2), (1, 3));
    assert_eq!(line_and_column("ab\ncd", 3), (2, 1));
    assert_eq!(line_and_column("ab\ncd", 4), (2, 2));
    assert_eq!(line_and_column("a\n\nb", 3), (3, 1));
    assert_eq!(line_and_column("é\nxé y", 7), (2, 4));
    // Past the end is the end.
    assert_eq!(line_and_column("ab", 99), (1, 3));
}
