//! One way to build pages: feature code writes no HTML. Markup lives in `templates/` and in
//! the kit (its GOV.UK components, tested against govuk-frontend's fixtures, and the blocks
//! `Sections` pages are made of), so a feature cannot drift from the markup checked there.

use std::path::Path;

use super::architecture::{rust_files, src};

/// Literals outside the kit that hold a `<` before a letter but are not markup we write:
/// (file under `src`, the literal as written, why it may stay).
const NOT_MARKUP: [(&str, &str, &str); 2] = [
    (
        "config.rs",
        "Withus <no-reply@withus.example>",
        "the default sender of emails: a mailbox in angle brackets, not HTML",
    ),
    (
        "meetings/paper_words.rs",
        "</w:t>",
        "reads the words out of a Word document's XML; it writes nothing",
    ),
];

/// A string literal in Rust source: the line it starts on and its text as written.
#[derive(Debug, PartialEq)]
struct Literal {
    line: usize,
    text: String,
}

/// Notes a literal found outside test code.
fn keep(found: &mut Vec<Literal>, test_depth: usize, line: usize, text: &[char]) {
    if test_depth == 0 {
        found.push(Literal {
            line,
            text: text.iter().collect(),
        });
    }
}

/// The string literals of `source` ("…", r#"…"#, b"…") outside comments and `#[cfg(test)]`
/// items, read with a small lexer so that a quote inside a comment, a char or another literal
/// does not mislead it. Test code may keep markup in what it asserts.
fn literals(source: &str) -> Vec<Literal> {
    let chars: Vec<char> = source.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let after_word = |i: usize| i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
    let mut found = Vec::new();
    let mut line = 1;
    let mut i = 0;
    // After `#[cfg(test)]`, the next `{` opens test code, unless a `;` ends the item first.
    let mut test_item_next = false;
    let mut test_depth = 0usize;
    while i < chars.len() {
        let c = chars[i];
        let starts_on = line;
        let prefix = usize::from(c == 'b');
        let raw = (c == 'r' || (c == 'b' && at(i + 1) == 'r')) && !after_word(i) && {
            let mut j = i + 1 + prefix;
            while at(j) == '#' {
                j += 1;
            }
            at(j) == '"'
        };
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && at(i + 1) == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if raw {
            let mut j = i + 1 + prefix;
            let mut hashes = 0;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            j += 1;
            let begin = j;
            while j < chars.len() && !(chars[j] == '"' && (1..=hashes).all(|k| at(j + k) == '#')) {
                line += usize::from(chars[j] == '\n');
                j += 1;
            }
            keep(
                &mut found,
                test_depth,
                starts_on,
                &chars[begin..j.min(chars.len())],
            );
            i = j + 1 + hashes;
        } else if c == '"' || (c == 'b' && at(i + 1) == '"' && !after_word(i)) {
            let mut j = i + 1 + prefix;
            let begin = j;
            while j < chars.len() && chars[j] != '"' {
                if chars[j] == '\\' {
                    j += 1;
                }
                line += usize::from(at(j) == '\n');
                j += 1;
            }
            keep(
                &mut found,
                test_depth,
                starts_on,
                &chars[begin..j.min(chars.len())],
            );
            i = j + 1;
        } else if c == '\'' {
            // A char ('x', '\n', '\'') or a lifetime ('a), which has no closing quote.
            if at(i + 1) == '\\' {
                let mut j = i + 3;
                while j < chars.len() && chars[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if chars[i..].starts_with(&"#[cfg(test)]".chars().collect::<Vec<_>>()) {
            test_item_next = true;
            i += "#[cfg(test)]".len();
        } else {
            match c {
                '{' if test_depth > 0 => test_depth += 1,
                '{' if test_item_next => {
                    test_depth = 1;
                    test_item_next = false;
                }
                '}' => test_depth = test_depth.saturating_sub(1),
                ';' if test_depth == 0 => test_item_next = false,
                _ => {}
            }
            i += 1;
        }
    }
    found
}

/// Whether a literal holds an HTML tag: `<` then a letter or `/` (`<p`, `</p>`, `<br>`), which
/// `a < b`, `<=` and `< 5` do not.
fn has_tag(text: &str) -> bool {
    text.chars()
        .zip(text.chars().skip(1))
        .any(|(a, b)| a == '<' && (b.is_ascii_alphabetic() || b == '/'))
}

fn relative(file: &Path) -> String {
    file.strip_prefix(src())
        .expect("under src")
        .to_string_lossy()
        .replace('\\', "/")
}

#[test]
fn features_write_no_markup() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    assert!(
        files.len() >= 100,
        "found only {} source files",
        files.len()
    );
    let kit = src().join("kit");
    let mut markup = Vec::new();
    let mut allowed_seen = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&kit)) {
        let rel = relative(file);
        let text = std::fs::read_to_string(file).expect("read a source file");
        for literal in literals(&text).into_iter().filter(|l| has_tag(&l.text)) {
            let allowed = NOT_MARKUP
                .iter()
                .find(|(f, l, _)| *f == rel && *l == literal.text);
            match allowed {
                Some((f, l, _)) => allowed_seen.push((*f, *l)),
                None => markup.push(format!("{rel}:{}: {}", literal.line, literal.text)),
            }
        }
    }
    assert!(
        markup.is_empty(),
        "features write no HTML: build these from crate::kit::blocks, kit::form_parts, \
         kit::sections or the components, or put them in a template: {markup:#?}"
    );
    for (file, literal, _) in NOT_MARKUP {
        assert!(
            allowed_seen.contains(&(file, literal)),
            "{file} no longer has {literal:?}: take it off NOT_MARKUP"
        );
    }
}

#[test]
fn the_reader_finds_markup_only_in_literals_outside_comments_and_tests() {
    let source = r##"
// "<p>" in a comment
let a = if x < y { '<' } else { '"' };
let b = format!("<p class=\"govuk-body\">{}</p>", text);
let c = r#"<br "quoted">"#;
fn f<'a>(s: &'a str) -> bool { s.len() < 3 }
/* "<em>" */ let d = b"<b>";
#[cfg(test)]
mod tests {
    fn t() { assert!(html.contains("<li>")); }
}
let e = "after the tests </ul>";
"##;
    let tagged: Vec<(usize, String)> = literals(source)
        .into_iter()
        .filter(|l| has_tag(&l.text))
        .map(|l| (l.line, l.text))
        .collect();
    assert_eq!(
        tagged,
        [
            (4, r#"<p class=\"govuk-body\">{}</p>"#.to_owned()),
            (5, r#"<br "quoted">"#.to_owned()),
            (7, "<b>".to_owned()),
            (12, "after the tests </ul>".to_owned()),
        ]
    );
    assert!(!has_tag("a < b, x <= 5, 3<4"));
}
