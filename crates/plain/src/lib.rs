//! The plain-language checker. Reads plain text or Markdown and reports what would stop an
//! involved person following it: acronyms and jargon nobody explained, long sentences, passive
//! voice that hides who acts, words with plainer alternatives, and how easy it is to read.
//! Every finding points at its place in the text. Pure logic: no web or database.

mod lists;
mod rules;
pub mod syllables;
pub mod text;

pub use lists::{JARGON, PLAINER};
pub use text::line_and_column;

/// What an organisation adds to the built-in lists, and how long a sentence may be.
#[derive(Clone, Debug)]
pub struct Options {
    /// Terms the organisation's glossary explains (acronyms keep their capitals).
    pub glossary: Vec<String>,
    /// The organisation's own (word or phrase, plainer alternative) pairs.
    pub plainer: Vec<(String, String)>,
    pub longest_sentence: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            glossary: Vec::new(),
            plainer: Vec::new(),
            longest_sentence: 25,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// An acronym used before (or without) being spelt out.
    Acronym,
    /// A jargon term the glossary does not explain.
    Jargon,
    /// A sentence longer than the limit; `words` says how long.
    LongSentence { words: usize },
    /// "was decided", "will be sent": the passive, with nobody named as doing it.
    Passive,
    /// A word or phrase with a plainer alternative, given in `suggestion`.
    Plainer,
}

/// One thing to look at, with its place in the text (byte offsets) and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// The words found, as written.
    pub text: String,
    /// What to write instead or do, in plain words.
    pub suggestion: String,
}

/// Counts and scores for the whole text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// Flesch reading ease: 0 to 100, higher is easier; 60 to 70 is plain English.
    pub flesch: f64,
    /// Flesch–Kincaid grade, a US school year.
    pub grade: f64,
}

impl Reading {
    /// The UK reading age in years: a US grade is roughly the age less five. Texts easier than
    /// a first reader are said to need a reading age of 5.
    pub fn reading_age(&self) -> f64 {
        (self.grade + 5.0).max(5.0)
    }
}

#[derive(Clone, Debug)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub reading: Reading,
}

/// Check `text` (plain text or Markdown).
pub fn check(text: &str, options: &Options) -> Report {
    let blanked = text::blank_markup(text);
    let sentences = text::sentences(&blanked);
    let mut findings = Vec::new();
    rules::acronyms(&blanked, &sentences, options, &mut findings);
    rules::jargon(&blanked, options, &mut findings);
    rules::long_sentences(&sentences, options, &mut findings);
    rules::passive(&sentences, &mut findings);
    rules::plainer(&blanked, options, &mut findings);
    for finding in &mut findings {
        finding.text = text[finding.start..finding.end].to_string();
    }
    findings.sort_by(|a, b| (a.start, &a.kind).cmp(&(b.start, &b.kind)));
    Report {
        findings,
        reading: reading(&sentences),
    }
}

fn reading(sentences: &[text::Sentence]) -> Reading {
    let words: usize = sentences.iter().map(|s| s.words.len()).sum();
    let syllables: usize = sentences
        .iter()
        .flat_map(|s| &s.words)
        .map(|w| syllables::syllables(w.text))
        .sum();
    let count = sentences.len();
    if words == 0 {
        return Reading {
            words,
            sentences: count,
            syllables,
            flesch: 100.0,
            grade: 0.0,
        };
    }
    let per_sentence = words as f64 / count as f64;
    let per_word = syllables as f64 / words as f64;
    Reading {
        words,
        sentences: count,
        syllables,
        flesch: 206.835 - 1.015 * per_sentence - 84.6 * per_word,
        grade: 0.39 * per_sentence + 11.8 * per_word - 15.59,
    }
}

#[cfg(test)]
mod tests;
