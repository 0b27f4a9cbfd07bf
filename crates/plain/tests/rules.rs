//! Each rule of the checker, on texts small enough to know the answer by hand.

use withus_plain::{Kind, Options, check, line_and_column, syllables::syllables};

fn kinds(text: &str, options: &Options) -> Vec<(Kind, String)> {
    check(text, options)
        .findings
        .into_iter()
        .map(|f| (f.kind, f.text))
        .collect()
}

fn acronyms(text: &str, options: &Options) -> Vec<String> {
    kinds(text, options)
        .into_iter()
        .filter(|(k, _)| *k == Kind::Acronym)
        .map(|(_, t)| t)
        .collect()
}

#[test]
fn an_acronym_is_explained_after_its_first_expansion() {
    let text = "The Care Quality Commission (CQC) checks services. The CQC visits each year.";
    assert!(acronyms(text, &Options::default()).is_empty());
    let reversed = "CQC (Care Quality Commission) checks services. The CQC visits.";
    assert!(acronyms(reversed, &Options::default()).is_empty());
}

#[test]
fn an_acronym_used_before_its_expansion_or_never_expanded_is_found_once() {
    let text = "Ask your ICB. The Integrated Care Board (ICB) plans care. The ICB meets monthly.";
    assert_eq!(acronyms(text, &Options::default()), vec!["ICB"]);
    let never = "The ICB and the ICB again, and the PCN.";
    assert_eq!(acronyms(never, &Options::default()), vec!["ICB", "PCN"]);
}

#[test]
fn brackets_that_do_not_spell_the_acronym_do_not_explain_it() {
    let text = "The regulator (CQC) checks services.";
    assert_eq!(acronyms(text, &Options::default()), vec!["CQC"]);
    // Small words an acronym skips are allowed in its expansion.
    let skipped = "The Department of Health and Social Care (DHSC) pays.";
    assert!(acronyms(skipped, &Options::default()).is_empty());
}

#[test]
fn the_glossary_explains_acronyms_and_jargon() {
    let text = "Your GP can refer you. We talk about co-production.";
    let found = kinds(text, &Options::default());
    assert!(found.contains(&(Kind::Acronym, "GP".into())), "{found:?}");
    assert!(
        found.contains(&(Kind::Jargon, "co-production".into())),
        "{found:?}"
    );
    let options = Options {
        glossary: vec!["GP".into(), "co-production".into()],
        ..Options::default()
    };
    assert!(
        kinds(text, &options).is_empty(),
        "{:?}",
        kinds(text, &options)
    );
}

#[test]
fn plurals_of_acronyms_and_well_known_ones() {
    let found = check("Ask the GPs. A GP helps.", &Options::default()).findings;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "GPs");
    assert!(found[0].suggestion.contains("(GP)"));
    assert!(acronyms("The NHS in the UK. Chapter IV.", &Options::default()).is_empty());
}

#[test]
fn long_sentences_are_found_with_their_length() {
    let short = "We meet on Tuesday. Bring a friend if you like.";
    assert!(kinds(short, &Options::default()).is_empty());
    let long = format!("{}end.", "word ".repeat(26));
    let found = check(&long, &Options::default()).findings;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, Kind::LongSentence { words: 27 });
    assert_eq!((found[0].start, found[0].end), (0, long.len()));
    let strict = Options {
        longest_sentence: 5,
        ..Options::default()
    };
    assert_eq!(
        check(short, &strict).findings[0].kind,
        Kind::LongSentence { words: 6 }
    );
}

#[test]
fn passive_voice_is_found_only_when_it_hides_who_acts() {
    let hidden = "The papers will be sent next week.";
    let found = kinds(hidden, &Options::default());
    assert_eq!(found, vec![(Kind::Passive, "be sent".into())]);
    let named = "The papers will be sent by Sam next week.";
    assert!(kinds(named, &Options::default()).is_empty());
    let state = "People who are involved are interested in this.";
    assert!(kinds(state, &Options::default()).is_empty());
    let adverb = "It was quickly decided.";
    assert_eq!(
        kinds(adverb, &Options::default()),
        vec![(Kind::Passive, "was quickly decided".into())]
    );
}

#[test]
fn plainer_words_with_their_forms_and_the_organisations_own() {
    let text = "We utilised the room in order to facilitate talks.";
    let found = check(text, &Options::default()).findings;
    let words: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.text.as_str(), f.suggestion.as_str()))
        .collect();
    assert_eq!(
        words,
        vec![
            ("utilised", "Try \"use\" instead."),
            ("in order to", "Try \"to\" instead."),
            ("facilitate", "Try \"help\" instead."),
        ]
    );
    let options = Options {
        plainer: vec![("talks".into(), "a chat".into())],
        ..Options::default()
    };
    assert!(
        check(text, &options)
            .findings
            .iter()
            .any(|f| f.text == "talks" && f.suggestion.contains("a chat"))
    );
}

#[test]
fn syllables_match_the_dictionary_for_everyday_words() {
    let words = [
        ("cat", 1),
        ("make", 1),
        ("table", 2),
        ("people", 2),
        ("meeting", 2),
        ("wanted", 2),
        ("walked", 1),
        ("boxes", 2),
        ("makes", 1),
        ("support", 2),
        ("family", 3),
        ("together", 3),
        ("opportunity", 5),
        ("information", 4),
        ("video", 3),
        ("media", 3),
        ("social", 2),
        ("actual", 3),
        ("radio", 3),
        ("nation", 2),
        ("carer", 2),
        ("easy", 2),
        ("read", 1),
        ("committee", 3),
        ("accessible", 4),
        ("involvement", 4),
        ("appointment", 3),
        ("difficult", 3),
        ("understand", 3),
        ("travel", 2),
        ("while", 1),
        ("quiet", 2),
    ];
    let wrong: Vec<_> = words
        .iter()
        .filter(|(w, n)| syllables(w) != *n)
        .map(|(w, n)| format!("{w}: {} not {n}", syllables(w)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn reading_ease_and_reading_age_of_known_texts() {
    // 6 words, 6 syllables, 1 sentence: 206.835 - 1.015 * 6 - 84.6 * 1.
    let easy = check("The cat sat on the mat.", &Options::default()).reading;
    assert_eq!((easy.words, easy.syllables, easy.sentences), (6, 6, 1));
    assert!((easy.flesch - 116.145).abs() < 1e-9);
    assert!((easy.grade - -1.45).abs() < 1e-9);
    assert_eq!(easy.reading_age(), 5.0);
    // 2 sentences, 7 words, 24 syllables: "Additional" 4, "remuneration" 5, "available" 4,
    // "Participants" 4, "receive" 2, "information" 4, "is" 1.
    let hard = check(
        "Additional remuneration is available. Participants receive information.",
        &Options::default(),
    )
    .reading;
    assert_eq!((hard.words, hard.sentences), (7, 2));
    let syllables_by_hand = 4 + 5 + 1 + 4 + 4 + 2 + 4;
    assert_eq!(hard.syllables, syllables_by_hand);
    let expected = 206.835 - 1.015 * 3.5 - 84.6 * (24.0 / 7.0);
    assert!((hard.flesch - expected).abs() < 1e-9, "{}", hard.flesch);
    assert!(hard.reading_age() > 18.0);
}

#[test]
fn markdown_is_read_as_the_words_people_see_and_positions_point_into_it() {
    let text = "# Agenda\n\n- Welcome\n- The **ICB** [plan](https://example.org/plan)\n";
    let report = check(text, &Options::default());
    // Heading and two list items are three sentences; the link target is not read.
    assert_eq!(report.reading.sentences, 3);
    assert_eq!(report.reading.words, 5);
    let acronym = &report.findings[0];
    assert_eq!(&text[acronym.start..acronym.end], "ICB");
    assert_eq!(line_and_column(text, acronym.start), (4, 9));
}

#[test]
fn blank_lines_end_sentences_and_single_line_breaks_do_not() {
    let report = check(
        "Next\n\nBefore\r\n\r\nWe meet on\nTuesday.",
        &Options::default(),
    );
    assert_eq!(report.reading.sentences, 3);
    assert_eq!(report.reading.words, 6);
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let report = check(
        "Bring things, e.g. a drink. Dr. Khan will come.",
        &Options::default(),
    );
    assert_eq!(report.reading.sentences, 2);
}
