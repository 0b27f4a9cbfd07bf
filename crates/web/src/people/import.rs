//! Reading a spreadsheet of people (CSV, UTF-8) and checking every row before anything is
//! written: which columns hold what, which rows can be imported, and, for each problem row,
//! what to fix. Pure: no database, no HTTP.

use std::collections::{BTreeMap, HashSet};

use super::forms::{PersonForm, PersonInput};
use super::vocab::{self, Vocab};
use crate::i18n::{t, t_args};

pub const MAX_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_ROWS: usize = 20_000;

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

#[derive(Debug, PartialEq, Eq)]
pub struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Why a file cannot be read at all, as the message to show.
pub fn read(bytes: &[u8]) -> Result<Sheet, String> {
    if bytes.is_empty() {
        return Err(t("import-error-empty"));
    }
    if bytes.len() > MAX_BYTES {
        return Err(t("import-error-too-big"));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| t("import-error-encoding"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| t_args("import-error-malformed", &[("line", &line_of(&e))]))?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    if headers.iter().all(String::is_empty) {
        return Err(t("import-error-no-headers"));
    }
    let mut rows = vec![];
    for record in reader.records() {
        let record =
            record.map_err(|e| t_args("import-error-malformed", &[("line", &line_of(&e))]))?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        rows.push(record.iter().map(|cell| cell.trim().to_owned()).collect());
        if rows.len() > MAX_ROWS {
            return Err(t_args(
                "import-error-too-many",
                &[("rows", &MAX_ROWS.to_string())],
            ));
        }
    }
    if rows.is_empty() {
        return Err(t("import-error-no-rows"));
    }
    Ok(Sheet { headers, rows })
}

fn line_of(error: &csv::Error) -> String {
    error
        .position()
        .map(|p| p.line().to_string())
        .unwrap_or_else(|| "?".into())
}

/// Matches the file's headers to our fields by their usual names, ignoring case.
pub fn guess_mapping(headers: &[String]) -> BTreeMap<String, String> {
    let plain = |text: &str| text.to_lowercase().replace(['_', '-'], " ");
    let mut mapping = BTreeMap::new();
    for (field, _, aliases) in FIELDS {
        if let Some(header) = headers.iter().find(|h| {
            let h = plain(h);
            aliases.iter().any(|a| plain(a) == h) || h == plain(field)
        }) {
            mapping.insert((*field).to_owned(), header.clone());
        }
    }
    mapping
}

/// What the importer already has, to find duplicates: lower-case emails, and name+postcode.
#[derive(Default)]
pub struct Existing {
    pub emails: HashSet<String>,
    pub names_and_postcodes: HashSet<(String, String)>,
}

pub struct Problem {
    /// The line in the file, counting the header as line 1.
    pub line: usize,
    pub name: String,
    pub reasons: Vec<String>,
}

pub struct Preview {
    pub good: Vec<(usize, PersonInput)>,
    pub problems: Vec<Problem>,
}

/// Spreadsheets run a cell that starts with these as a formula.
fn looks_like_formula(cell: &str, field: &str) -> bool {
    let starts = cell.starts_with(['=', '+', '-', '@']);
    let phone_number = field == "phone"
        && cell.starts_with('+')
        && cell[1..].chars().all(|c| c.is_ascii_digit() || c == ' ');
    starts && !phone_number
}

/// Reads a list cell ("Large print; Easy read") into stored values; unknown words come back apart.
fn list_values(cell: &str, list: Vocab) -> (Vec<String>, Vec<String>) {
    let (mut known, mut unknown) = (vec![], vec![]);
    for part in cell
        .split([';', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match match_value(part, list) {
            Some(value) => known.push(value),
            None => unknown.push(part.to_owned()),
        }
    }
    (known, unknown)
}

/// A stored value or its words, in any case: "carer", "Unpaid carer".
fn match_value(text: &str, list: Vocab) -> Option<String> {
    let wanted = text.trim().to_lowercase();
    list.iter()
        .find(|(value, key)| {
            value.replace('_', " ") == wanted.replace('_', " ") || t(key).to_lowercase() == wanted
        })
        .map(|(value, _)| (*value).to_owned())
}

pub fn check(sheet: &Sheet, mapping: &BTreeMap<String, String>, existing: &Existing) -> Preview {
    let column = |field: &str| {
        mapping
            .get(field)
            .and_then(|h| sheet.headers.iter().position(|x| x == h))
    };
    let columns: Vec<(&str, Option<usize>)> =
        FIELDS.iter().map(|(f, _, _)| (*f, column(f))).collect();
    let mut seen_emails = HashSet::new();
    let mut preview = Preview {
        good: vec![],
        problems: vec![],
    };
    for (index, row) in sheet.rows.iter().enumerate() {
        let line = index + 2;
        let cell = |field: &str| -> String {
            columns
                .iter()
                .find(|(f, _)| *f == field)
                .and_then(|(_, c)| *c)
                .and_then(|c| row.get(c))
                .cloned()
                .unwrap_or_default()
        };
        let mut reasons = vec![];
        for (field, label, _) in FIELDS {
            if looks_like_formula(&cell(field), field) {
                reasons.push(t_args("import-problem-formula", &[("field", &t(label))]));
            }
        }
        let role_cell = cell("involvement_role");
        let involvement_role =
            match_value(&role_cell, vocab::INVOLVEMENT_ROLES).unwrap_or_else(|| role_cell.clone());
        let paid_cell = cell("paid_preference");
        let paid_preference = if paid_cell.is_empty() {
            String::new()
        } else {
            match_value(&paid_cell, vocab::PAID_PREFERENCES).unwrap_or(paid_cell)
        };
        let mut lists = vec![];
        for (field, label, list) in [
            ("ways", "field-ways", vocab::WAYS),
            ("topics", "field-topics", vocab::TOPICS),
            ("access_needs", "field-access-needs", vocab::ACCESS_NEEDS),
        ] {
            let (known, unknown) = list_values(&cell(field), list);
            for word in unknown {
                reasons.push(t_args(
                    "import-problem-unknown",
                    &[("field", &t(label)), ("value", &word)],
                ));
            }
            lists.push(known);
        }
        let form = PersonForm {
            given_name: cell("given_name"),
            family_name: cell("family_name"),
            preferred_name: cell("preferred_name"),
            pronouns: cell("pronouns"),
            email: cell("email"),
            phone: cell("phone"),
            postcode: cell("postcode"),
            involvement_role,
            ways: lists[0].clone(),
            topics: lists[1].clone(),
            access_needs: lists[2].clone(),
            access_notes: cell("access_notes"),
            paid_preference,
            ..PersonForm::default()
        };
        let name = format!("{} {}", form.given_name, form.family_name)
            .trim()
            .to_owned();
        match form.check() {
            Err(errors) => reasons.extend(errors.0.into_iter().map(|(_, message)| message)),
            Ok(input) if reasons.is_empty() => {
                let email = input.email.clone().unwrap_or_default();
                let postcode = input.postcode.clone().unwrap_or_default();
                if !email.is_empty() && existing.emails.contains(&email) {
                    reasons.push(t("import-problem-duplicate-email"));
                } else if !email.is_empty() && !seen_emails.insert(email.clone()) {
                    reasons.push(t("import-problem-duplicate-in-file"));
                } else if !postcode.is_empty()
                    && existing
                        .names_and_postcodes
                        .contains(&(input.search_name(), postcode))
                {
                    reasons.push(t("import-problem-duplicate-name"));
                } else {
                    preview.good.push((line, input));
                    continue;
                }
            }
            Ok(_) => {}
        }
        preview.problems.push(Problem {
            line,
            name,
            reasons,
        });
    }
    preview
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(text: &str) -> Sheet {
        read(text.as_bytes()).expect("readable")
    }

    #[test]
    fn files_that_cannot_be_read_say_why() {
        assert_eq!(read(b""), Err(t("import-error-empty")));
        assert_eq!(
            read(b"Name\xe9,Surname\nJos\xe9,Ruiz\n"),
            Err(t("import-error-encoding")),
            "Latin-1 is refused"
        );
        assert_eq!(
            read(b"First name,Last name\n"),
            Err(t("import-error-no-rows"))
        );
        assert_eq!(
            read(&vec![b'a'; MAX_BYTES + 1]),
            Err(t("import-error-too-big"))
        );
        let unclosed = read(b"First name,Last name\n\"Jo,Bennett\n");
        assert!(
            unclosed.is_ok() || unclosed.is_err(),
            "an unclosed quote never panics"
        );
    }

    #[test]
    fn mixed_line_endings_and_a_byte_order_mark_are_fine() {
        let s = sheet(
            "\u{feff}First name,Last name,Role\r\nJo,Bennett,carer\nSam,Lee,Uses services\r\n",
        );
        assert_eq!(s.headers, ["First name", "Last name", "Role"]);
        assert_eq!(s.rows.len(), 2);
        let mapping = guess_mapping(&s.headers);
        assert_eq!(
            mapping.get("given_name").map(String::as_str),
            Some("First name")
        );
        assert_eq!(
            mapping.get("involvement_role").map(String::as_str),
            Some("Role")
        );
        let preview = check(&s, &mapping, &Existing::default());
        assert_eq!(preview.good.len(), 2);
        assert_eq!(
            preview.good[1].1.involvement_role, "service_user",
            "words are matched to values"
        );
    }

    #[test]
    fn every_problem_row_is_listed_with_its_reasons() {
        let s = sheet(
            "First name,Last name,Email,Role,Access needs,Phone\n\
             Jo,Bennett,jo@people.example,carer,Large print; Easy read,+44 7700 900123\n\
             ,Nameless,n@people.example,carer,,\n\
             Al,Ng,not-an-email,carer,,\n\
             Bo,Diaz,bo@people.example,wizard,,\n\
             Cy,Oduya,cy@people.example,carer,Wheelchair,\n\
             \"=HYPERLINK(\"\"http://x\"\")\",Evil,e@people.example,carer,,\n\
             Di,Roe,taken@people.example,carer,,\n\
             Ed,Poe,jo@people.example,carer,,\n",
        );
        let existing = Existing {
            emails: ["taken@people.example".to_owned()].into(),
            ..Existing::default()
        };
        let preview = check(&s, &guess_mapping(&s.headers), &existing);
        assert_eq!(preview.good.len(), 1);
        assert_eq!(preview.good[0].1.access_needs, ["large_print", "easy_read"]);
        let lines: Vec<usize> = preview.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [3, 4, 5, 6, 7, 8, 9]);
        let reasons = |line: usize| {
            preview
                .problems
                .iter()
                .find(|p| p.line == line)
                .unwrap()
                .reasons
                .join(" | ")
        };
        assert!(reasons(3).contains(&t("error-given-name-missing")));
        assert!(reasons(4).contains(&t("error-email-format")));
        assert!(reasons(5).contains(&t("error-involvement-role-missing")));
        assert!(reasons(6).contains("Wheelchair"));
        assert!(reasons(7).contains("formula"));
        assert!(reasons(8).contains(&t("import-problem-duplicate-email")));
        assert!(reasons(9).contains(&t("import-problem-duplicate-in-file")));
    }

    #[test]
    fn a_ten_megabyte_field_is_refused_before_it_is_read() {
        let mut huge = b"First name,Last name\n".to_vec();
        huge.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
        assert_eq!(read(&huge), Err(t("import-error-too-big")));
    }
}
