//! How long each field may be, in one place. Every submitted form passes through
//! [`crate::kit::forms::FormData`], which refuses a value longer than its field's limit (or one holding a
//! hidden control character) before any handler sees it, so no feature can forget. The limits are
//! set so that a value fits everywhere it goes: a page, a CSV, an XLSX cell (32,767 characters at
//! most), a PDF line, an email header.

/// An email address, as the standards allow (RFC 5321's path limit).
pub const EMAIL: usize = 254;
/// A person's name, a phone number, a postcode.
pub const NAME: usize = 100;
pub const PHONE: usize = 30;
pub const POSTCODE: usize = 10;
/// A title, a venue's name, a word in the glossary: one line, shown in lists and email subjects.
pub const LINE: usize = 200;
/// Free text: notes, summaries, reasons, what someone said.
pub const TEXT: usize = 10_000;
/// Any field this table does not name: long enough for a paragraph, short enough for every export.
pub const OTHER: usize = 2_000;

/// (field name, words for the message, maximum characters). Names are the `name` attributes forms
/// send; a name ending in `*` covers every field that starts with it (rows of a repeated form).
#[rustfmt::skip]
const FIELDS: &[(&str, &str, usize)] = &[
    ("email", "Email address", EMAIL),
    ("to", "Email address", EMAIL),
    ("given_name", "First name", NAME),
    ("family_name", "Last name", NAME),
    ("preferred_name", "Preferred name", NAME),
    ("pronouns", "Pronouns", 50),
    ("phone", "Phone number", PHONE),
    ("postcode", "Postcode", POSTCODE),
    ("password", "Password", 256),
    ("new_password", "New password", 256),
    ("current_password", "Current password", 256),
    ("csrf_token", "Form token", 128),
    ("name", "Name", LINE),
    ("title", "Title", LINE),
    ("term", "Word or phrase", LINE),
    ("venue", "Venue", LINE),
    ("address", "Address", 500),
    ("reference", "Reference", LINE),
    ("owner", "Who is responsible", LINE),
    ("role_name_*", "Role name", LINE),
    ("meaning", "What it means", OTHER),
    ("summary", "Summary", TEXT),
    ("purpose", "Purpose", TEXT),
    ("outcomes", "Outcomes", TEXT),
    ("outcome", "Outcome", TEXT),
    ("description", "Description", TEXT),
    ("role_description_*", "Role description", TEXT),
    ("details", "Details", TEXT),
    ("detail", "Details", TEXT),
    ("notes", "Notes", TEXT),
    ("note", "Note", TEXT),
    ("access_notes", "Access needs", 2_000),
    ("message", "Message", TEXT),
    ("reason", "Reason", TEXT),
    ("said", "What was said", TEXT),
    ("statement", "Statement", TEXT),
    ("answer", "Answer", TEXT),
    ("evidence", "Evidence", TEXT),
    ("evidence_*", "Evidence", TEXT),
    ("words_*", "Answer", TEXT),
    ("facts", "Facts", TEXT),
    ("about", "About", TEXT),
    ("activity", "Activity", TEXT),
    ("how", "How", TEXT),
    ("decision", "Decision", TEXT),
    ("can_change", "What can change", TEXT),
    ("cannot_change", "What cannot change", TEXT),
    ("high_level", "High-level aims", TEXT),
    ("delivered", "What was delivered", TEXT),
    ("benefits", "Benefits", TEXT),
    ("measure", "Measure", TEXT),
    ("objective", "Objective", TEXT),
    ("target", "Target", TEXT),
    ("audience", "Audience", TEXT),
    ("who_decides", "Who decides", TEXT),
    ("represents", "Who they represent", TEXT),
    ("easy_read", "Easy read version", TEXT),
    ("text", "The paper's words", 30_000),
];

/// The most characters `field` may hold.
pub fn max_chars(field: &str) -> usize {
    entry(field).map_or(OTHER, |(_, _, max)| max)
}

/// Words naming the field in a message ("Email address must be …").
pub fn label(field: &str) -> &'static str {
    entry(field).map_or("This answer", |(_, label, _)| label)
}

fn entry(field: &str) -> Option<(&'static str, &'static str, usize)> {
    FIELDS
        .iter()
        .copied()
        .find(|(name, _, _)| match name.strip_suffix('*') {
            Some(prefix) => field.starts_with(prefix),
            None => *name == field,
        })
}

/// Why `value` cannot be kept in `field`, in words for the error summary; `None` when it can.
pub fn problem(field: &str, value: &str) -> Option<String> {
    let max = max_chars(field);
    if value.chars().count() > max {
        return Some(crate::kit::i18n::t_args(
            "error-too-long",
            &[("label", label(field)), ("max", &thousands(max))],
        ));
    }
    if value.chars().any(hidden) {
        return Some(crate::kit::i18n::t_args(
            "error-hidden-character",
            &[("label", label(field))],
        ));
    }
    None
}

/// Characters nobody types on purpose that can break a database (NUL on PostgreSQL), a CSV or a
/// terminal, or make text read differently from how it is stored (bidirectional overrides).
fn hidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// 10000 as "10,000", as GOV.UK writes numbers.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_limit_fits_a_spreadsheet_cell() {
        assert!(FIELDS.iter().all(|(_, _, max)| *max <= 32_767));
        const { assert!(OTHER <= 32_767) };
    }

    #[test]
    fn names_and_prefixes_find_their_limits() {
        assert_eq!(max_chars("email"), 254);
        assert_eq!(max_chars("role_name_3"), LINE);
        assert_eq!(max_chars("never-heard-of-it"), OTHER);
        assert_eq!(label("given_name"), "First name");
    }

    #[test]
    fn too_long_and_hidden_characters_are_problems() {
        let long = "a".repeat(255);
        assert_eq!(
            problem("email", &long).as_deref(),
            Some("Email address must be 254 characters or fewer")
        );
        assert!(problem("email", &"a".repeat(254)).is_none());
        assert!(problem("notes", "line one\r\nline two\tend").is_none());
        assert!(problem("name", "Jo\u{0}").is_some());
        assert!(problem("name", "Jo\u{202E}nneB").is_some());
        assert!(problem("name", "Siân 👋").is_none());
        assert_eq!(thousands(10_000), "10,000");
        assert_eq!(thousands(254), "254");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
