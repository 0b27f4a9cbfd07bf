//! Each rule on texts whose findings are known by hand, with the near misses that a changed
//! comparison or condition would let through (or stop).

use super::{
    acronym, acronyms, forms, jargon, long_sentences, occurrences, participle, passive, plainer,
    spelt_by,
};
use crate::text::{sentences, tokens};
use crate::{Finding, Kind, Options};

/// The findings of one rule as (start, end, words), in text order.
fn spans(text: &str, found: Vec<Finding>) -> Vec<(usize, usize, String)> {
    let mut spans: Vec<_> = found
        .into_iter()
        .map(|f| (f.start, f.end, text[f.start..f.end].to_string()))
        .collect();
    spans.sort();
    spans
}

fn acronyms_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    acronyms(text, &sentences(text), &Options::default(), &mut out);
    spans(text, out).into_iter().map(|(_, _, t)| t).collect()
}

fn jargon_in(text: &str, options: &Options) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    jargon(text, options, &mut out);
    spans(text, out)
}

fn passive_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    passive(&sentences(text), &mut out);
    spans(text, out).into_iter().map(|(_, _, t)| t).collect()
}

#[test]
fn what_counts_as_an_acronym() {
    let cases = [
        ("CQC", Some("CQC")),
        ("GPs", Some("GP")),
        ("GPS", Some("GPS")),
        ("A&E", Some("A&E")),
        ("COVID19", Some("COVID19")),
        ("ABCDEFG", Some("ABCDEFG")),
        ("ABCDEFGH", None),
        ("A", None),
        ("As", None),
        ("12", None),
        ("B2", None),
        ("Cat", None),
        ("HELLo", None),
        ("IV", None),
        ("XII", None),
    ];
    for (word, expected) in cases {
        assert_eq!(acronym(word), expected, "{word}");
    }
}

#[test]
fn initials_spell_an_acronym_skipping_small_words() {
    assert!(spelt_by(&tokens("Care Quality Commission"), "CQC"));
    assert!(spelt_by(&tokens("the Care Quality Commission"), "CQC"));
    assert!(spelt_by(
        &tokens("the Department of Health and Social Care"),
        "DHSC"
    ));
    assert!(spelt_by(&tokens("Accident and Emergency"), "A&E"));
    assert!(!spelt_by(&tokens("Quality Commission"), "CQC"));
    assert!(!spelt_by(&tokens("Care Kind Commission"), "CQC"));
    assert!(!spelt_by(&tokens("the regulator"), "CQC"));
    assert!(!spelt_by(&[], "GP"));
}

#[test]
fn an_expansion_explains_an_acronym_only_in_brackets_beside_it() {
    // Both brackets are needed around an acronym after its expansion.
    assert_eq!(
        acronyms_in("The Care Quality Commission (CQC checks services."),
        ["CQC"]
    );
    assert_eq!(acronyms_in("Care Quality Commission CQC checks."), ["CQC"]);
    // An expansion later in the sentence, not in brackets, does not count.
    assert_eq!(
        acronyms_in("The CQC is run by the Care Quality Commission."),
        ["CQC"]
    );
    // Brackets after the acronym must hold its expansion, all of it.
    assert_eq!(acronyms_in("The CQC (our regulator) visits."), ["CQC"]);
    assert_eq!(acronyms_in("The CQC (Quality Commission) checks."), ["CQC"]);
    assert_eq!(
        acronyms_in("The CQC (Care Quality Commission) checks. The CQC visits."),
        Vec::<String>::new()
    );
    assert_eq!(
        acronyms_in("The Care Quality Commission (CQC) checks. The CQC visits."),
        Vec::<String>::new()
    );
}

#[test]
fn whole_words_only_and_a_hyphen_joins_words() {
    let found = |lower: &str, phrase: &str| occurrences(lower, phrase).collect::<Vec<_>>();
    assert_eq!(found("tender for it", "tender"), [0]);
    assert_eq!(found("a tender-hearted tender", "tender"), [17]);
    assert_eq!(found("pretender tender", "tender"), [10]);
    assert_eq!(found("non-tender tenders", "tender"), Vec::<usize>::new());
    assert_eq!(found("in order to, in order to", "in order to"), [0, 13]);
}

#[test]
fn jargon_is_found_once_per_term_as_whole_words() {
    let none = Options::default();
    assert_eq!(
        jargon_in("Tender for it. Another tender.", &none),
        [(0, 6, "Tender".to_string())]
    );
    assert_eq!(
        jargon_in("Our pathways and a tender-hearted co-production.", &none),
        [(34, 47, "co-production".to_string())]
    );
    let glossary = Options {
        glossary: vec!["TENDER".into()],
        ..Options::default()
    };
    assert!(jargon_in("Tender for it.", &glossary).is_empty());
}

#[test]
fn a_longer_term_hides_the_shorter_one_inside_it_and_nowhere_else() {
    let none = Options::default();
    assert_eq!(
        jargon_in("Ask about the care pathway.", &none),
        [(14, 26, "care pathway".to_string())]
    );
    // The shorter term before the longer one is still found.
    assert_eq!(
        jargon_in("The pathway, then the care pathway.", &none),
        [
            (4, 11, "pathway".to_string()),
            (22, 34, "care pathway".to_string())
        ]
    );
    // And after it.
    assert_eq!(
        jargon_in("The care pathway and the pathway.", &none),
        [
            (4, 16, "care pathway".to_string()),
            (25, 32, "pathway".to_string())
        ]
    );
}

#[test]
fn a_sentence_of_exactly_the_limit_is_not_long() {
    let check = |text: &str| {
        let mut out = Vec::new();
        long_sentences(&sentences(text), &Options::default(), &mut out);
        out.into_iter()
            .map(|f| (f.kind, f.start, f.end, f.suggestion))
            .collect::<Vec<_>>()
    };
    let at_limit = format!("{}end.", "word ".repeat(24));
    assert!(check(&at_limit).is_empty());
    let over = format!("{}end.", "word ".repeat(25));
    assert_eq!(
        check(&over),
        [(
            Kind::LongSentence { words: 26 },
            0,
            over.len(),
            "This sentence has 26 words. Split it so each has 25 or fewer.".to_string()
        )]
    );
}

#[test]
fn what_counts_as_a_participle() {
    let cases = [
        ("decided", true),
        ("Decided", true),
        ("freed", true),
        ("sent", true),
        ("put", true),
        ("involved", false),
        ("Interested", false),
        ("happy", false),
        ("shed", false),
        ("fed", false),
        ("was", false),
    ];
    for (word, expected) in cases {
        assert_eq!(participle(word), expected, "{word}");
    }
}

#[test]
fn the_passive_is_found_from_the_verb_be_to_the_participle() {
    assert_eq!(passive_in("It is not being sent."), ["is not being sent"]);
    assert_eq!(
        passive_in("It was made and was sent."),
        ["was made", "was sent"]
    );
    assert_eq!(
        passive_in("The form was sent. Then it was filed."),
        ["was sent", "was filed"]
    );
    assert!(passive_in("It was sent by post.").is_empty());
    assert!(passive_in("She is happy.").is_empty());
    // The verb be at the end of a sentence, with nothing after it.
    assert!(passive_in("You are who you are.").is_empty());
    assert!(passive_in("Stay as you are").is_empty());
    assert!(passive_in("Tell us how it has been").is_empty());
}

#[test]
fn the_passive_suggestion_names_the_words() {
    let mut out = Vec::new();
    passive(&sentences("It was sent."), &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(
        out[0].suggestion,
        "Say who does this: \"we sent …\" is clearer than \"was sent\"."
    );
}

#[test]
fn the_forms_of_a_word_and_of_a_phrase() {
    assert_eq!(
        forms("utilise"),
        [
            "utilise",
            "utilises",
            "utilised",
            "utilised",
            "utilising",
            "utilisees"
        ]
    );
    assert_eq!(
        forms("obtain"),
        [
            "obtain",
            "obtains",
            "obtaind",
            "obtained",
            "obtaining",
            "obtaines"
        ]
    );
    assert_eq!(forms("in order to"), ["in order to"]);
}

#[test]
fn every_use_of_a_plainer_word_is_found_and_the_organisations_own_wins() {
    let found = |text: &str, options: &Options| {
        let mut out = Vec::new();
        plainer(text, options, &mut out);
        let mut found: Vec<_> = out
            .into_iter()
            .map(|f| (f.start, f.end, f.suggestion))
            .collect();
        found.sort();
        found
    };
    let none = Options::default();
    assert_eq!(
        found("Obtain it, then obtain more.", &none),
        [
            (0, 6, "Try \"get\" instead.".to_string()),
            (16, 22, "Try \"get\" instead.".to_string())
        ]
    );
    let theirs = Options {
        plainer: vec![("Utilise".into(), "make use of".into())],
        ..Options::default()
    };
    assert_eq!(
        found("We utilised it.", &theirs),
        [(3, 11, "Try \"make use of\" instead.".to_string())]
    );
}
