//! One function per rule, each adding its findings. Texts arrive with Markdown blanked out,
//! so byte positions here are positions in what the person wrote.

use std::collections::HashSet;

use crate::lists::{JARGON, PLAINER};
use crate::text::{Sentence, Word};
use crate::{Finding, Kind, Options};

/// Acronyms everyone in the UK reads without help.
const KNOWN: &[&str] = &["UK", "OK", "NHS", "TV", "AM", "PM"];
const ROMAN: &[&str] = &["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"];
/// Small words an expansion may hold that its acronym leaves out.
const SKIPPED: &[&str] = &["of", "and", "the", "for", "in", "on", "to", "&"];

fn finding(kind: Kind, start: usize, end: usize, suggestion: String) -> Finding {
    Finding {
        kind,
        start,
        end,
        text: String::new(),
        suggestion,
    }
}

/// The acronym a word is, if it is one: two to seven capitals or digits with at least two
/// capitals, perhaps with a plural "s" ("GPs" is "GP").
pub fn acronym(word: &str) -> Option<&str> {
    let root = word.strip_suffix('s').unwrap_or(word);
    let capitals = root.chars().filter(char::is_ascii_uppercase).count();
    let shaped = (2..=7).contains(&root.len())
        && capitals >= 2
        && root
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&');
    (shaped && !ROMAN.contains(&root)).then_some(root)
}

/// Do the words' initials spell the acronym, allowing the small words acronyms skip?
fn spelt_by(words: &[Word], acronym: &str) -> bool {
    let letters: Vec<char> = acronym.chars().filter(char::is_ascii_uppercase).collect();
    let mut wanted = letters.len();
    for word in words.iter().rev() {
        if wanted == 0 {
            break;
        }
        if SKIPPED.contains(&word.text.to_ascii_lowercase().as_str()) {
            continue;
        }
        let initial = word.text.chars().next().map(|c| c.to_ascii_uppercase());
        if initial != Some(letters[wanted - 1]) {
            return false;
        }
        wanted -= 1;
    }
    wanted == 0
}

pub fn acronyms(text: &str, sentences: &[Sentence], options: &Options, out: &mut Vec<Finding>) {
    let mut explained: HashSet<&str> = options.glossary.iter().map(String::as_str).collect();
    explained.extend(KNOWN);
    let mut flagged: HashSet<&str> = HashSet::new();
    for sentence in sentences {
        for (i, word) in sentence.words.iter().enumerate() {
            let Some(short) = acronym(word.text) else {
                continue;
            };
            if explained.contains(short) {
                continue;
            }
            let before = text[..word.start].trim_end();
            let after = text[word.end..].trim_start();
            // "Care Quality Commission (CQC)"
            let after_expansion = before.ends_with('(')
                && after.starts_with(')')
                && spelt_by(&sentence.words[..i], short);
            // "CQC (Care Quality Commission)"
            let before_expansion = after.starts_with('(') && {
                let close = text[word.end..]
                    .find(')')
                    .map_or(text.len(), |c| word.end + c);
                let inside: Vec<Word> = sentence.words[i + 1..]
                    .iter()
                    .take_while(|w| w.end <= close)
                    .copied()
                    .collect();
                !inside.is_empty() && spelt_by(&inside, short)
            };
            if after_expansion || before_expansion {
                explained.insert(short);
            } else if flagged.insert(short) {
                out.push(finding(
                    Kind::Acronym,
                    word.start,
                    word.end,
                    format!(
                        "Spell out {short} the first time, like \"Full Name ({short})\", or add it to the glossary."
                    ),
                ));
            }
        }
    }
}

/// Where `phrase` (lower case) occurs in `lower` as whole words.
fn occurrences<'a>(lower: &'a str, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    lower
        .match_indices(phrase)
        .map(|(at, _)| at)
        .filter(move |&at| {
            let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
            edge(lower[..at].chars().next_back()) && edge(lower[at + phrase.len()..].chars().next())
        })
}

pub fn jargon(text: &str, options: &Options, out: &mut Vec<Finding>) {
    let lower = text.to_ascii_lowercase();
    let explained: HashSet<String> = options
        .glossary
        .iter()
        .map(|t| t.to_ascii_lowercase())
        .collect();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    // Longer terms first, so "care pathway" is found before "pathway" inside it.
    let mut terms: Vec<&str> = JARGON.to_vec();
    terms.sort_by_key(|t| std::cmp::Reverse(t.len()));
    for term in terms {
        if explained.contains(term) {
            continue;
        }
        let first =
            occurrences(&lower, term).find(|&at| !taken.iter().any(|&(s, e)| at >= s && at < e));
        if let Some(at) = first {
            taken.push((at, at + term.len()));
            out.push(finding(
                Kind::Jargon,
                at,
                at + term.len(),
                format!("Say what \"{term}\" means in everyday words, or add it to the glossary."),
            ));
        }
    }
}

pub fn long_sentences(sentences: &[Sentence], options: &Options, out: &mut Vec<Finding>) {
    for sentence in sentences {
        let words = sentence.words.len();
        if words > options.longest_sentence {
            out.push(finding(
                Kind::LongSentence { words },
                sentence.start,
                sentence.end,
                format!(
                    "This sentence has {words} words. Split it so each has {} or fewer.",
                    options.longest_sentence
                ),
            ));
        }
    }
}

const BE: &[&str] = &["am", "is", "are", "was", "were", "be", "been", "being"];
const BETWEEN: &[&str] = &["not", "being", "been", "also", "then", "now"];
const IRREGULAR: &[&str] = &[
    "given",
    "taken",
    "made",
    "done",
    "sent",
    "held",
    "paid",
    "seen",
    "written",
    "known",
    "told",
    "shown",
    "chosen",
    "found",
    "kept",
    "brought",
    "bought",
    "thought",
    "built",
    "put",
    "set",
    "sold",
    "spent",
    "met",
    "heard",
    "read",
    "left",
    "lost",
    "won",
    "meant",
    "led",
    "run",
    "agreed",
    "drawn",
    "forgotten",
    "hidden",
    "broken",
    "spoken",
    "understood",
];
/// Participles that describe a state rather than hide someone acting.
const STATES: &[&str] = &[
    "involved",
    "interested",
    "tired",
    "pleased",
    "worried",
    "concerned",
    "based",
    "married",
    "supposed",
    "used",
    "qualified",
    "excited",
    "bored",
    "scared",
    "confused",
    "located",
    "closed",
    "opened",
    "needed",
    "welcomed",
    "experienced",
    "retired",
    "disabled",
    "related",
    "unpaid",
    "advanced",
    "detailed",
    "limited",
    "skilled",
];

fn participle(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    !STATES.contains(&lower.as_str())
        && ((lower.len() >= 5 && lower.ends_with("ed")) || IRREGULAR.contains(&lower.as_str()))
}

pub fn passive(sentences: &[Sentence], out: &mut Vec<Finding>) {
    for sentence in sentences {
        let words = &sentence.words;
        let lower: Vec<String> = words.iter().map(|w| w.text.to_ascii_lowercase()).collect();
        let mut i = 0;
        while i < words.len() {
            if BE.contains(&lower[i].as_str()) {
                let mut j = i + 1;
                while j < words.len()
                    && (BETWEEN.contains(&lower[j].as_str()) || lower[j].ends_with("ly"))
                {
                    j += 1;
                }
                if j < words.len() && participle(words[j].text) {
                    // "was decided by the board" names who acted; only the hidden kind counts.
                    let named = lower[j + 1..].iter().any(|w| w == "by");
                    if !named {
                        out.push(finding(
                            Kind::Passive,
                            words[i].start,
                            words[j].end,
                            format!(
                                "Say who does this: \"we {} …\" is clearer than \"{} {}\".",
                                lower[j], lower[i], lower[j]
                            ),
                        ));
                    }
                    i = j;
                }
            }
            i += 1;
        }
    }
}

/// The forms of a word that count as it: utilise, utilises, utilised, utilising.
fn forms(word: &str) -> Vec<String> {
    if word.contains(' ') {
        return vec![word.to_string()];
    }
    let stem = word.strip_suffix('e').unwrap_or(word);
    vec![
        word.to_string(),
        format!("{word}s"),
        format!("{word}d"),
        format!("{stem}ed"),
        format!("{stem}ing"),
        format!("{word}es"),
    ]
}

pub fn plainer(text: &str, options: &Options, out: &mut Vec<Finding>) {
    let lower = text.to_ascii_lowercase();
    let theirs = options
        .plainer
        .iter()
        .map(|(w, p)| (w.as_str(), p.as_str()));
    let mut seen = HashSet::new();
    for (word, plain) in theirs.chain(PLAINER.iter().copied()) {
        let word = word.to_ascii_lowercase();
        for form in forms(&word) {
            if !seen.insert(form.clone()) {
                continue;
            }
            for at in occurrences(&lower, &form) {
                out.push(finding(
                    Kind::Plainer,
                    at,
                    at + form.len(),
                    format!("Try \"{plain}\" instead."),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests;
