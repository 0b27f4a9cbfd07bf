//! Reading scores worked out by hand from the Flesch formulas, so a changed sign, factor or
//! clamp in `reading` or `Reading::reading_age` changes a number these tests pin.

use super::{Kind, Options, Reading, check};

fn reading_of(text: &str) -> Reading {
    check(text, &Options::default()).reading
}

fn close(found: f64, expected: f64) -> bool {
    (found - expected).abs() < 1e-9
}

fn with_grade(grade: f64) -> Reading {
    Reading {
        words: 1,
        sentences: 1,
        syllables: 1,
        flesch: 0.0,
        grade,
    }
}

#[test]
fn the_reading_age_is_the_grade_plus_five_and_never_below_five() {
    // A page that must read at age 9 or under relies on this sum: with `-` for `+` any text
    // would score 5, with `*` a grade of 4 would score 20.
    assert_eq!(with_grade(10.0).reading_age(), 15.0);
    assert_eq!(with_grade(4.0).reading_age(), 9.0);
    assert_eq!(with_grade(0.5).reading_age(), 5.5);
    assert_eq!(with_grade(0.0).reading_age(), 5.0);
    assert_eq!(with_grade(-3.0).reading_age(), 5.0);
}

#[test]
fn a_short_plain_sentence_has_a_reading_age_a_little_under_nine() {
    // "Please" 1 (silent e), "contact" 2, "the" 1, "office" 2 (silent e): 6 syllables, 4 words.
    let r = reading_of("Please contact the office.");
    assert_eq!((r.words, r.sentences, r.syllables), (4, 1, 6));
    // 206.835 - 1.015 * 4 - 84.6 * 1.5 and 0.39 * 4 + 11.8 * 1.5 - 15.59.
    assert!(close(r.flesch, 75.875), "{}", r.flesch);
    assert!(close(r.grade, 3.67), "{}", r.grade);
    assert!(close(r.reading_age(), 8.67), "{}", r.reading_age());
}

#[test]
fn a_hard_text_has_its_grade_and_reading_age_exactly() {
    // The same text as the integration test: 2 sentences, 7 words, 24 syllables.
    let r = reading_of("Additional remuneration is available. Participants receive information.");
    assert_eq!((r.words, r.sentences, r.syllables), (7, 2, 24));
    let per_sentence = 7.0 / 2.0;
    let per_word = 24.0 / 7.0;
    let grade = 0.39 * per_sentence + 11.8 * per_word - 15.59;
    assert!(close(r.grade, grade), "{} not {grade}", r.grade);
    assert!(close(r.grade, 26.232_142_857_142_86), "{}", r.grade);
    assert!(close(r.reading_age(), grade + 5.0), "{}", r.reading_age());
    let flesch = 206.835 - 1.015 * per_sentence - 84.6 * per_word;
    assert!(close(r.flesch, flesch), "{} not {flesch}", r.flesch);
}

#[test]
fn a_text_with_no_words_is_as_easy_as_can_be() {
    for text in ["", "   \n\n", "**", "| --- |"] {
        let r = reading_of(text);
        assert_eq!((r.words, r.syllables), (0, 0), "{text:?}");
        assert_eq!(r.flesch, 100.0, "{text:?}");
        assert_eq!(r.grade, 0.0, "{text:?}");
        assert_eq!(r.reading_age(), 5.0, "{text:?}");
    }
    assert_eq!(reading_of("").sentences, 0);
}

#[test]
fn numbers_count_as_two_syllables_in_the_totals() {
    // "We" 1, "meet" 1, "at" 1, "2" 2 (a number), "pm" 1.
    let r = reading_of("We meet at 2 pm.");
    assert_eq!((r.words, r.sentences, r.syllables), (5, 1, 6));
}

#[test]
fn the_default_options_allow_twenty_five_words_and_add_nothing() {
    let options = Options::default();
    assert_eq!(options.longest_sentence, 25);
    assert!(options.glossary.is_empty());
    assert!(options.plainer.is_empty());
}

#[test]
fn findings_come_in_text_order_with_the_words_as_written() {
    let text = "Our stakeholders utilise the ICB.";
    let found: Vec<(Kind, usize, usize, String)> = check(text, &Options::default())
        .findings
        .into_iter()
        .map(|f| (f.kind, f.start, f.end, f.text))
        .collect();
    assert_eq!(
        found,
        vec![
            (Kind::Jargon, 4, 16, "stakeholders".to_string()),
            (Kind::Plainer, 17, 24, "utilise".to_string()),
            (Kind::Acronym, 29, 32, "ICB".to_string()),
        ]
    );
}

#[test]
fn findings_at_the_same_place_are_ordered_by_kind() {
    let options = Options {
        longest_sentence: 2,
        ..Options::default()
    };
    let text = "ICB staff meet.";
    let kinds: Vec<(Kind, usize)> = check(text, &options)
        .findings
        .into_iter()
        .map(|f| (f.kind, f.start))
        .collect();
    assert_eq!(
        kinds,
        vec![(Kind::Acronym, 0), (Kind::LongSentence { words: 3 }, 0)]
    );
}
