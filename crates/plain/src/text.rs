//! From plain text or Markdown to sentences of words, keeping every word's byte position in
//! the original text so findings can point at it.

/// A word and where it sits in the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// One sentence: its span in the original text and its words.
#[derive(Clone, Debug)]
pub struct Sentence<'a> {
    pub start: usize,
    pub end: usize,
    pub words: Vec<Word<'a>>,
}

const BREAK: char = '\u{1}';
const BREAK_STR: &str = "\u{1}";

/// Markdown markup replaced by spaces (or a sentence break where a block ends), byte for
/// byte, so positions in the result are positions in the original.
pub fn blank_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_fence = false;
    for whole in text.split_inclusive('\n') {
        let line = whole.trim_end_matches(['\n', '\r']);
        let ending = &whole[line.len()..];
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            out.push_str(&blank(whole, '\n'));
            continue;
        }
        if in_fence {
            out.push_str(&blank(whole, '\n'));
            continue;
        }
        let indent = line.len() - trimmed.len();
        let marker = block_marker(trimmed);
        let mut rest = " ".repeat(indent + marker);
        rest.push_str(&inline(&trimmed[marker..]));
        // Headings, list items and table rows are blocks of their own: a break (a control
        // character no text contains) before, and the line's end after.
        let block = marker > 0 || trimmed.starts_with('|');
        if block {
            rest.replace_range(indent..indent + 1, BREAK_STR);
        }
        out.push_str(&rest);
        if block && !ending.is_empty() {
            out.push(BREAK);
            out.push_str(&ending[1..]);
        } else {
            out.push_str(ending);
        }
    }
    out
}

fn blank(line: &str, keep: char) -> String {
    line.chars()
        .map(|c| {
            if c == keep {
                c.to_string()
            } else {
                " ".repeat(c.len_utf8())
            }
        })
        .collect()
}

/// How many bytes of block markup start the line: `# `, `> `, `- `, `* `, `+ `, `1. `.
fn block_marker(line: &str) -> usize {
    let bytes = line.as_bytes();
    let hashes = bytes.iter().take_while(|&&b| b == b'#').count();
    if (1..=6).contains(&hashes) && bytes.get(hashes) == Some(&b' ') {
        return hashes + 1;
    }
    if matches!(bytes.first(), Some(b'-' | b'*' | b'+' | b'>')) && bytes.get(1) == Some(&b' ') {
        return 2;
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0
        && matches!(bytes.get(digits), Some(b'.' | b')'))
        && bytes.get(digits + 1) == Some(&b' ')
    {
        return digits + 2;
    }
    0
}

/// Emphasis, code marks, HTML tags and link targets become spaces; link text stays.
fn inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.char_indices().peekable();
    let mut in_tag = false;
    let mut in_target = false;
    while let Some((i, c)) = chars.next() {
        let hide = if in_tag {
            in_tag = c != '>';
            true
        } else if in_target {
            in_target = c != ')';
            true
        } else {
            match c {
                '<' if line[i + 1..].starts_with(|n: char| n.is_ascii_alphabetic() || n == '/') => {
                    in_tag = true;
                    true
                }
                ']' if line[i + 1..].starts_with('(') => {
                    in_target = true;
                    true
                }
                '*' | '`' | '[' | '|' => true,
                '!' if line[i + 1..].starts_with('[') => true,
                // Underscores mark emphasis at a word's edge; inside a word they are part of it.
                '_' => {
                    let before = line[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                    let after = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
                    !(before && after)
                }
                _ => false,
            }
        };
        if hide && c != '\n' {
            out.push_str(&" ".repeat(c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

/// Sentences of the (already blanked) text: they end at `.`, `!` or `?` before a space, at a
/// blank line, and at the edges of blocks.
pub fn sentences(text: &str) -> Vec<Sentence<'_>> {
    let mut found = Vec::new();
    let mut current: Option<Sentence> = None;
    let words = tokens(text);
    let mut cursor = 0;
    for word in words {
        if current.is_some() && breaks_between(&text[cursor..word.start]) {
            found.extend(current.take());
        }
        let sentence = current.get_or_insert_with(|| Sentence {
            start: word.start,
            end: word.end,
            words: Vec::new(),
        });
        sentence.words.push(word);
        sentence.end = word.end;
        cursor = word.end;
        if let Some(after) = full_stop_after(text, word) {
            sentence.end = after;
            cursor = after;
            found.extend(current.take());
        }
    }
    found.extend(current);
    found
}

fn breaks_between(gap: &str) -> bool {
    gap.contains(BREAK) || gap.matches('\n').count() >= 2
}

/// Where a sentence ends if the word is followed (perhaps after closing quotes or brackets)
/// by `.`, `!` or `?` and then a space or the end.
fn full_stop_after(text: &str, word: Word) -> Option<usize> {
    if is_abbreviation(word.text) {
        return None;
    }
    let rest = &text[word.end..];
    let closing = rest.len() - rest.trim_start_matches([')', '"', '\'', '’', '”']).len();
    let rest = &rest[closing..];
    let stop = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '!' | '?'))?;
    let after = &rest[stop.len_utf8()..];
    let ended = after.is_empty()
        || after
            .starts_with(|c: char| c.is_whitespace() || c == BREAK || matches!(c, ')' | '"' | '”'));
    ended.then_some(word.end + closing + stop.len_utf8())
}

const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "Dr", "Mr", "Mrs", "Ms", "St", "no", "vs",
];

fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word) || (word.len() == 1 && word.chars().all(char::is_uppercase))
}

/// Words: letters and digits, with apostrophes, full stops or hyphens inside them.
pub fn tokens(text: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut start = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(i, c)) in chars.iter().enumerate() {
        let inside = c.is_alphanumeric()
            || (matches!(c, '\'' | '’' | '-' | '.')
                && start.is_some()
                && chars
                    .get(n + 1)
                    .is_some_and(|(_, next)| next.is_alphanumeric()));
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(Word {
                    text: &text[s..i],
                    start: s,
                    end: i,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(Word {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    words
}

/// Line and column (both from 1) of a byte position, for people reading a finding.
pub fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod markdown_tests;
#[cfg(test)]
mod properties;
#[cfg(test)]
mod sentence_tests;
