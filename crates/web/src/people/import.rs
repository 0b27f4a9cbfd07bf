//! Reading a spreadsheet of people (CSV) and checking every row before anything is
//! written: which columns hold what, which rows can be imported, and, for each problem row,
//! what to fix. Pure: no database, no HTTP.

use std::collections::{BTreeMap, HashSet};

use crate::kit::i18n::{t, t_args};
use crate::kit::vocab::{self, Vocab};
use crate::people::forms::{PersonForm, PersonInput, looks_like_formula};
use crate::people::import_columns::{FIELDS, known_header};
use crate::people::import_read::{self, Encoding, Records};

pub const MAX_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_ROWS: usize = 20_000;

#[derive(Debug, PartialEq, Eq)]
pub struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The line each row starts on, counting the header as line 1, as a text editor counts.
    pub lines: Vec<usize>,
    /// What separates the cells: a comma, semicolon or tab.
    pub separator: char,
}

/// An uploaded file: its text as UTF-8 (what is stored), how it was read, and its rows.
pub struct Upload {
    pub text: String,
    pub encoding: Encoding,
    pub sheet: Sheet,
}

/// Reads an uploaded file, or says why it cannot be read, as the message to show.
pub fn read_upload(bytes: &[u8]) -> Result<Upload, String> {
    if bytes.is_empty() {
        return Err(t("import-error-empty"));
    }
    if bytes.len() > MAX_BYTES {
        return Err(t("import-error-too-big"));
    }
    let decoded = import_read::decode(bytes).ok_or_else(|| t("import-error-not-csv"))?;
    let sheet = read_text(&decoded.text)?;
    Ok(Upload {
        text: decoded.text,
        encoding: decoded.encoding,
        sheet,
    })
}

/// Reads a file's rows: an upload, or one stored after its upload (then always UTF-8).
pub fn read(bytes: &[u8]) -> Result<Sheet, String> {
    read_upload(bytes).map(|upload| upload.sheet)
}

fn read_text(text: &str) -> Result<Sheet, String> {
    let unclosed =
        |line: usize| t_args("import-error-unclosed-quote", &[("row", &line.to_string())]);
    let separator = import_read::separator(text, known_header);
    let mut records = Records::new(text, separator);
    let headers: Vec<String> = match records.next() {
        Some(Ok(first)) => first.cells.iter().map(|h| h.trim().to_owned()).collect(),
        Some(Err(line)) => return Err(unclosed(line)),
        None => vec![],
    };
    if headers.iter().all(String::is_empty) {
        return Err(t("import-error-no-headers"));
    }
    if let Some(column) = import_read::repeated(&headers) {
        return Err(t_args(
            "import-error-duplicate-column",
            &[("column", column)],
        ));
    }
    let (mut rows, mut lines) = (vec![], vec![]);
    for record in records {
        let record = record.map_err(unclosed)?;
        if record.cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        rows.push(
            record
                .cells
                .iter()
                .map(|cell| cell.trim().to_owned())
                .collect(),
        );
        lines.push(record.line);
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
    Ok(Sheet {
        headers,
        rows,
        lines,
        separator,
    })
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
    for (row, &line) in sheet.rows.iter().zip(&sheet.lines) {
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
    use crate::people::import_columns::guess_mapping;

    fn sheet(text: &str) -> Sheet {
        read(text.as_bytes()).expect("readable")
    }

    #[test]
    fn files_that_cannot_be_read_say_exactly_why() {
        fn message(bytes: &[u8]) -> String {
            read(bytes).err().unwrap_or_default()
        }
        assert_eq!(message(b""), t("import-error-empty"));
        assert_eq!(message(b"PK\x03\x04\x14\x00"), t("import-error-not-csv"));
        assert_eq!(message(b"First name\n"), t("import-error-no-rows"));
        assert_eq!(
            message(&vec![b'a'; MAX_BYTES + 1]),
            t("import-error-too-big")
        );
        assert_eq!(
            message(b"First name,Last name\nJo,Bennett\n\n\"Sam,Lee\nAl,Ng\n"),
            t_args("import-error-unclosed-quote", &[("row", "4")])
        );
        assert_eq!(
            message(b"First name,Email,Last name,email\nJo,a@b.example,Lee,c@d.example\n"),
            t_args("import-error-duplicate-column", &[("column", "email")])
        );
    }

    #[test]
    fn excel_files_from_a_uk_computer_are_read_as_they_look() {
        let bytes = b"First name;Last name;Role\r\nSi\xe2n;Jones;carer\r\n";
        let upload = read_upload(bytes).unwrap();
        assert_eq!(upload.encoding, Encoding::Windows1252);
        assert_eq!(
            upload.text,
            "First name;Last name;Role\r\nSiân;Jones;carer\r\n"
        );
        assert_eq!(upload.sheet.separator, ';');
        let mapping = guess_mapping(&upload.sheet.headers);
        let preview = check(&upload.sheet, &mapping, &Existing::default());
        assert_eq!(preview.good[0].1.given_name, "Siân");
        let stored = read(upload.text.as_bytes()).unwrap();
        assert_eq!(stored, upload.sheet, "the stored text reads the same");
    }

    #[test]
    fn mixed_line_endings_and_a_byte_order_mark_are_fine() {
        let s = sheet(
            "\u{feff}First name,Last name,Role\r\nJo,Bennett,carer\n\n\nSam,Lee,Uses services\r\n",
        );
        assert_eq!(s.headers, ["First name", "Last name", "Role"]);
        assert_eq!(s.lines, [2, 5], "blank lines still count");
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
