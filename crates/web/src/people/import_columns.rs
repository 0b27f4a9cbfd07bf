//! Which column of an uploaded file holds which of our fields: the names people commonly
//! give them, matched in any case, and what else the stored mapping keeps beside them.

use std::collections::BTreeMap;

/// Our fields: (name, label key, headers people commonly use for it).
pub const FIELDS: &[(&str, &str, &[&str])] = &[
    (
        "given_name",
        "field-given-name",
        &["first name", "given name", "forename", "first"],
    ),
    (
        "family_name",
        "field-family-name",
        &["last name", "family name", "surname", "last"],
    ),
    (
        "preferred_name",
        "field-preferred-name",
        &["preferred name", "known as"],
    ),
    ("pronouns", "field-pronouns", &["pronouns"]),
    (
        "email",
        "field-email",
        &["email", "email address", "e-mail"],
    ),
    (
        "phone",
        "field-phone",
        &["phone", "phone number", "telephone", "mobile"],
    ),
    (
        "postcode",
        "field-postcode",
        &["postcode", "post code", "postal code"],
    ),
    (
        "involvement_role",
        "field-involvement-role",
        &["role", "role in involvement", "involvement role", "type"],
    ),
    (
        "ways",
        "field-ways",
        &["ways", "ways of taking part", "how"],
    ),
    ("topics", "field-topics", &["topics", "interests"]),
    (
        "access_needs",
        "field-access-needs",
        &["access needs", "access", "adjustments"],
    ),
    (
        "access_notes",
        "field-access-notes",
        &["access notes", "notes"],
    ),
    (
        "paid_preference",
        "field-paid-preference",
        &["paid", "payment"],
    ),
];

/// Header text as we compare it: any case, with _ and - as spaces.
fn plain(text: &str) -> String {
    text.trim().to_lowercase().replace(['_', '-'], " ")
}

fn names_field(header: &str, field: &str, aliases: &[&str]) -> bool {
    let header = plain(header);
    aliases.iter().any(|a| plain(a) == header) || header == plain(field)
}

/// Whether a header is one of the names we know for a field.
pub fn known_header(header: &str) -> bool {
    FIELDS
        .iter()
        .any(|(field, _, aliases)| names_field(header, field, aliases))
}

/// Matches the file's headers to our fields by their usual names, ignoring case.
pub fn guess_mapping(headers: &[String]) -> BTreeMap<String, String> {
    let mut mapping = BTreeMap::new();
    for (field, _, aliases) in FIELDS {
        if let Some(header) = headers.iter().find(|h| names_field(h, field, aliases)) {
            mapping.insert((*field).to_owned(), header.clone());
        }
    }
    mapping
}

/// Kept beside the columns in the stored mapping: the stored text is UTF-8, so it alone cannot
/// say that the upload had to be read as Windows-1252, which the preview must keep saying.
pub const READ_AS: &str = "read_as";
pub const WINDOWS_1252: &str = "windows-1252";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_known_in_any_case_and_spacing() {
        assert!(known_header("E-mail"));
        assert!(known_header("  SURNAME "));
        assert!(known_header("given_name"));
        assert!(!known_header("Favourite colour"));
        let headers = ["Surname".to_owned(), "Forename".to_owned()];
        let mapping = guess_mapping(&headers);
        assert_eq!(
            mapping.get("given_name").map(String::as_str),
            Some("Forename")
        );
        assert_eq!(
            mapping.get("family_name").map(String::as_str),
            Some("Surname")
        );
    }
}
