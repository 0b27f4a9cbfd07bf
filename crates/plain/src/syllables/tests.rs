//! Each branch of the syllable rules, with a word that takes it and a word that just misses it.
//! Counts are what the rules give, checked against a dictionary where the rules agree with it.

use proptest::prelude::*;

use super::{syllables, two_sounds};

fn wrong(words: &[(&str, usize)]) -> Vec<String> {
    words
        .iter()
        .filter(|(w, n)| syllables(w) != *n)
        .map(|(w, n)| format!("{w}: {} not {n}", syllables(w)))
        .collect()
}

#[test]
fn numbers_and_words_without_letters() {
    let found = wrong(&[("2024", 2), ("3.5", 2), ("", 1), ("’", 1), ("--", 1)]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn exceptions_are_found_whatever_the_case_and_short_words_are_one() {
    let found = wrong(&[
        ("Everyone", 3),
        ("AREA", 3),
        ("hour", 1),
        ("our", 1),
        ("idea", 3),
        ("the", 1),
        ("eye", 1),
        ("you", 1),
        ("a", 1),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn vowel_groups_with_y_only_a_vowel_after_the_first_letter() {
    let found = wrong(&[
        ("yellow", 2),
        ("easy", 2),
        ("Tuesday", 2),
        ("office", 2),
        ("contact", 2),
        ("don't", 1),
        ("co-production", 4),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_final_e_is_silent_after_a_consonant_but_not_after_a_vowel() {
    let found = wrong(&[
        ("make", 1),
        ("please", 1),
        // A vowel before the e: nothing to take away.
        ("issue", 2),
        ("value", 2),
        ("canoe", 2),
        ("argue", 2),
        // -ee and -ye keep their sound.
        ("committee", 3),
        ("goodbye", 2),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn le_is_said_after_a_consonant_and_silent_after_a_vowel() {
    let found = wrong(&[("table", 2), ("little", 2), ("while", 1), ("smile", 1)]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn ed_is_silent_after_most_consonants() {
    let found = wrong(&[
        ("walked", 1),
        ("wanted", 2),
        ("needed", 2),
        // A vowel before -ed: "agreed" keeps both.
        ("agreed", 2),
        // One vowel group only: never below one.
        ("shed", 1),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn es_is_silent_after_most_consonants() {
    let found = wrong(&[
        ("makes", 1),
        ("times", 1),
        ("boxes", 2),
        ("changes", 2),
        ("goes", 1),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn vowel_pairs_said_as_two_sounds() {
    let found = wrong(&[
        ("media", 3),
        ("social", 2),
        ("radio", 3),
        ("nation", 2),
        ("lion", 2),
        ("ratio", 3),
        ("champion", 3),
        ("precious", 2),
        ("video", 3),
        ("surgeon", 2),
        ("actual", 3),
        ("equal", 2),
        ("language", 2),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn which_vowel_pairs_are_two_sounds() {
    // (before the pair, after it, the pair, two sounds?)
    let cases = [
        ("med", "", "ia", true),
        ("soc", "l", "ia", false),
        ("rad", "", "io", true),
        ("champ", "n", "io", true),
        ("rat", "", "io", true),
        ("nat", "n", "io", false),
        ("prec", "us", "io", false),
        ("vid", "", "eo", true),
        ("surg", "n", "eo", false),
        ("oc", "n", "eo", false),
        ("act", "l", "ua", true),
        ("eq", "l", "ua", false),
        ("lang", "ge", "ua", false),
        ("x", "", "ee", false),
    ];
    for (before, after, pair, two) in cases {
        assert_eq!(
            two_sounds(before, after, pair),
            two,
            "{before}|{pair}|{after}"
        );
    }
}

fn vowels(word: &str) -> usize {
    word.chars().filter(|c| "aeiouy".contains(*c)).count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Every word has a syllable, and no more than it has vowels: each vowel group counts
    /// once, and a pair said as two adds at most one for each vowel after the first.
    #[test]
    fn at_least_one_and_no_more_than_the_vowels(word in "[a-z]{1,15}") {
        let n = syllables(&word);
        prop_assert!(n >= 1);
        prop_assert!(n <= vowels(&word).max(1), "{} has {} syllables", word, n);
    }

    /// Capitals, hyphens and apostrophes do not change how a word is said.
    #[test]
    fn case_and_punctuation_do_not_change_the_count(word in "[a-z]{1,15}", at in 0usize..16) {
        let n = syllables(&word);
        prop_assert_eq!(syllables(&word.to_uppercase()), n);
        let at = at.min(word.len());
        let hyphenated = format!("{}-{}", &word[..at], &word[at..]);
        prop_assert_eq!(syllables(&hyphenated), n);
        prop_assert_eq!(syllables(&format!("{word}’")), n);
    }
}
