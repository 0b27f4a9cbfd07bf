//! Rules with many cases, checked on generated Markdown: blanking keeps every byte where it
//! was (so findings point into what the person wrote), words are exactly the runs of letters
//! and digits, and every sentence is made of them in order.

use proptest::prelude::*;

use super::{BREAK, blank_markup, block_marker, inline, sentences, tokens};
use crate::{Options, check};

/// Characters Markdown gives meaning to, mixed with letters, digits and multi-byte text.
const PIECES: &[&str] = &[
    "a", "Zed", "7", " ", " ", "#", "*", "_", "`", "[", "]", "(", ")", "<", ">", "/", "!", "|",
    ".", "-", "+", "~", "é", "’", "\r", "&", "CQC",
];

fn body() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..16).prop_map(|pieces| pieces.concat())
}

fn markdown_line() -> impl Strategy<Value = String> {
    let start = prop::sample::select(vec![
        "", "", "  ", "# ", "### ", "####### ", "- ", "* ", "+ ", "> ", "1. ", "23) ", "| ", "```",
        "~~~", "  ```",
    ]);
    let ending = prop::sample::select(vec!["\n", "\n", "\r\n", ""]);
    (start, body(), ending).prop_map(|(start, body, ending)| format!("{start}{body}{ending}"))
}

fn markdown() -> impl Strategy<Value = String> {
    prop::collection::vec(markdown_line(), 0..8).prop_map(|lines| lines.concat())
}

/// Text with nothing Markdown reads as markup: letters, spaces, punctuation, line endings.
fn prose() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a", "Word", " ", "  ", ".", ",", "?", "é", "’", "\n", "\r\n",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.concat())
}

fn block_start() -> impl Strategy<Value = String> {
    prop_oneof![
        (1usize..=6).prop_map(|n| format!("{} ", "#".repeat(n))),
        prop::sample::select(vec!["- ", "* ", "+ ", "> "]).prop_map(String::from),
        (0u32..100_000, prop::sample::select(vec![". ", ") "]))
            .prop_map(|(n, mark)| format!("{n}{mark}")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Every character is kept at its byte offset, or each of its bytes becomes a space, or
    /// (for the first byte of a block marker, a table pipe or a line ending) the block break.
    #[test]
    fn blanking_keeps_every_byte_offset(text in markdown()) {
        let out = blank_markup(&text);
        prop_assert_eq!(out.len(), text.len());
        let bytes = out.as_bytes();
        for (i, c) in text.char_indices() {
            let got = &bytes[i..i + c.len_utf8()];
            let kept = got == c.encode_utf8(&mut [0; 4]).as_bytes();
            let spaced = got.iter().all(|&b| b == b' ');
            let broken = got == [BREAK as u8] && "#-*+>|\n\r0123456789".contains(c);
            prop_assert!(kept || spaced || broken, "{:?} at {} became {:?} in {:?}", c, i, got, out);
        }
    }

    /// Inline blanking only ever turns characters into spaces, byte for byte.
    #[test]
    fn inline_blanking_only_writes_spaces(line in body()) {
        let out = inline(&line);
        prop_assert_eq!(out.len(), line.len());
        for (i, c) in line.char_indices() {
            let got = &out.as_bytes()[i..i + c.len_utf8()];
            let kept = got == c.encode_utf8(&mut [0; 4]).as_bytes();
            prop_assert!(kept || got.iter().all(|&b| b == b' '), "{:?} at {} in {:?}", c, i, out);
        }
    }

    #[test]
    fn text_without_markup_is_left_as_it_is(text in prose()) {
        prop_assert_eq!(blank_markup(&text), text);
    }

    /// A marker counts up to and including its space, and not at all without the space.
    #[test]
    fn block_markers_are_measured_to_their_space(
        start in block_start(),
        rest in prop::sample::select(vec!["Text", "x", "two words"]),
    ) {
        prop_assert_eq!(block_marker(&format!("{start}{rest}")), start.len());
        let glued = format!("{}{rest}", start.trim_end());
        prop_assert_eq!(block_marker(&glued), 0);
    }

    /// Words are the runs of letters and digits (joined by inner apostrophes, hyphens and
    /// full stops), in order, and no letter or digit is left out of one.
    #[test]
    fn words_cover_every_letter_and_digit_in_order(text in markdown()) {
        let words = tokens(&text);
        let mut covered = vec![false; text.len()];
        let mut last_end = 0;
        for w in &words {
            prop_assert_eq!(w.text, &text[w.start..w.end]);
            prop_assert!(w.start >= last_end && w.start < w.end);
            prop_assert!(w.text.starts_with(char::is_alphanumeric));
            prop_assert!(w.text.ends_with(char::is_alphanumeric));
            covered[w.start..w.end].fill(true);
            last_end = w.end;
        }
        for (i, c) in text.char_indices() {
            prop_assert!(!c.is_alphanumeric() || covered[i], "{:?} at {} left out", c, i);
        }
    }

    /// Sentences hold every word of the blanked text once, in order, inside their spans.
    #[test]
    fn sentences_are_made_of_the_words_in_order(text in markdown()) {
        let blanked = blank_markup(&text);
        let found = sentences(&blanked);
        let mut last_end = 0;
        for s in &found {
            prop_assert!(!s.words.is_empty());
            prop_assert!(s.start >= last_end && s.start == s.words[0].start);
            prop_assert!(s.end >= s.words[s.words.len() - 1].end && s.end <= blanked.len());
            last_end = s.end;
        }
        let in_sentences: Vec<_> = found.iter().flat_map(|s| s.words.iter().copied()).collect();
        prop_assert_eq!(in_sentences, tokens(&blanked));
    }

    /// Whatever the Markdown, the checker finishes, its findings point at whole characters of
    /// the original, and the reading age is at least five.
    #[test]
    fn findings_point_into_the_original_text(text in markdown()) {
        let report = check(&text, &Options::default());
        for f in &report.findings {
            prop_assert!(f.start < f.end && f.end <= text.len());
            prop_assert_eq!(&f.text, &text[f.start..f.end]);
        }
        prop_assert!(report.reading.reading_age() >= 5.0);
        prop_assert_eq!(report.reading.sentences, sentences(&blank_markup(&text)).len());
    }
}
