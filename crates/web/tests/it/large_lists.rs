//! Lists longer than one read: the register's export, read a page at a time, must hold
//! everyone once and in order wherever the pages end; an opportunity's matches come fifty
//! to a page.

use std::collections::HashSet;
use std::io::Read;

use axum::http::StatusCode;
use chrono::Utc;
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{person, person_choice};
use withus_db::sea_orm::ActiveValue::Set;
use withus_web::kit::auth::Role;

use crate::both_databases;
use crate::harness::TestApp;

/// More than two pages of the export (a page is 1,000 people).
const PEOPLE: usize = 2_500;

/// A person's row as the register stores it, with no choices.
fn person_row(given: &str, family: &str, email: &str, gets_email: bool) -> person::ActiveModel {
    let now = Utc::now();
    person::ActiveModel {
        id: Set(Uuid::now_v7()),
        // Stamped with the organisation by `insert_many`.
        organisation_id: Set(Uuid::nil()),
        given_name: Set(given.into()),
        family_name: Set(family.into()),
        preferred_name: Set(None),
        pronouns: Set(None),
        email: Set(Some(email.into())),
        phone: Set(None),
        postcode: Set(None),
        involvement_role: Set("carer".into()),
        status: Set("active".into()),
        break_until: Set(None),
        contact_by_email: Set(gets_email),
        contact_by_phone: Set(false),
        contact_by_post: Set(false),
        contact_by_text: Set(false),
        paid_preference: Set("either".into()),
        time_commitment: Set(None),
        access_notes: Set(None),
        named_contact_id: Set(None),
        account_id: Set(None),
        search_name: Set(format!("{family} {given}").to_lowercase()),
        last_involved_at: Set(None),
        erased_at: Set(None),
        choice_keys: Set(withus_db::choice_keys::write(Vec::<(&str, &str)>::new())),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

/// Rows straight into the database, 500 a statement: through the form, 2,500 people would
/// take minutes.
async fn add<A>(scope: &OrgScope, rows: Vec<A>)
where
    A: withus_db::sea_orm::ActiveModelTrait + Send,
    A::Entity: withus_db::OrgOwned,
{
    let mut rows = rows;
    while !rows.is_empty() {
        let rest = rows.split_off(rows.len().min(500));
        scope.insert_many(rows).await.expect("rows");
        rows = rest;
    }
}

/// Person `i`'s (given, family) name. Three in five are "Sam Twin", so pages end inside a
/// run of equal names where only the id tells people apart.
fn name(i: usize) -> (String, String) {
    if i == 7 {
        return ("=1+1".into(), "Formula".into());
    }
    match i % 5 {
        0..=2 => ("Sam".into(), "Twin".into()),
        3 => (format!("Given{i:04}"), "Adams".into()),
        _ => (format!("G{:02}", i % 97), format!("Family{:02}", i % 13)),
    }
}

fn email(i: usize) -> String {
    format!("p{i:04}@people.example")
}

/// Each row's cells by column, from a workbook's first sheet, and whether its strings are all
/// inline (as constant-memory mode writes them) rather than in a shared table.
fn sheet_rows(raw: &[u8]) -> (Vec<Vec<String>>, bool) {
    let mut book = zip::ZipArchive::new(std::io::Cursor::new(raw)).expect("a workbook");
    let mut sheet = String::new();
    book.by_name("xl/worksheets/sheet1.xml")
        .expect("a sheet")
        .read_to_string(&mut sheet)
        .expect("text");
    let inline = book.by_name("xl/sharedStrings.xml").is_err() && sheet.contains("t=\"inlineStr\"");
    let unescape = |text: &str| {
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    };
    let rows = sheet
        .split("<row ")
        .skip(1)
        .map(|row| {
            let row = row.split("</row>").next().unwrap_or_default();
            let mut cells: Vec<String> = Vec::new();
            for cell in row.split("<c ").skip(1) {
                let column = usize::from(cell.as_bytes()[cell.find("r=\"").unwrap() + 3] - b'A');
                let text = cell
                    .split_once("<t")
                    .and_then(|(_, t)| t.split_once('>'))
                    .and_then(|(_, t)| t.split_once("</t>"))
                    .map(|(t, _)| unescape(t))
                    .unwrap_or_default();
                if cells.len() <= column {
                    cells.resize(column + 1, String::new());
                }
                cells[column] = text;
            }
            cells
        })
        .collect();
    (rows, inline)
}

both_databases!(
    an_export_longer_than_a_page_holds_everyone_once_in_order,
    long_export
);
async fn long_export(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    let scope = app.scope(&org);
    let mut people = Vec::new();
    let mut choices = Vec::new();
    for i in 0..PEOPLE {
        let (given, family) = name(i);
        let row = person_row(&given, &family, &email(i), true);
        if i.is_multiple_of(7) {
            choices.push(person_choice::ActiveModel {
                organisation_id: Set(org.id),
                person_id: row.id.clone(),
                list: Set("access_need".into()),
                value: Set("braille".into()),
            });
        }
        people.push(row);
    }
    add(&scope, people).await;
    add(&scope, choices).await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let columns = "columns=given_name&columns=family_name&columns=email&columns=access_needs";

    let file = app
        .get(&format!("/people/export/file?{columns}&format=csv"))
        .await;
    assert_eq!(file.status, StatusCode::OK);
    let mut reader = csv::Reader::from_reader(file.raw.as_slice());
    let heading: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        heading,
        ["First name", "Last name", "Email address", "Access needs"]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), PEOPLE, "everyone, across three pages");
    let emails: Vec<&str> = records.iter().map(|r| &r[2]).collect();
    let distinct: HashSet<&str> = emails.iter().copied().collect();
    assert_eq!(distinct.len(), PEOPLE, "no one twice, so no one missed");
    let names: Vec<(&str, &str)> = records.iter().map(|r| (&r[1], &r[0])).collect();
    assert!(
        names.windows(2).all(|w| w[0] <= w[1]),
        "in name order wherever the pages end"
    );
    for r in &records {
        let i: usize = r[2][1..5].parse().unwrap();
        let need = if i.is_multiple_of(7) { "Braille" } else { "" };
        assert_eq!(&r[3], need, "{}'s access needs", &r[2]);
    }
    let formula = records.iter().find(|r| &r[1] == "Formula").unwrap();
    assert_eq!(&formula[0], "'=1+1", "a formula stays text");

    let xlsx = app
        .get(&format!("/people/export/file?{columns}&format=xlsx"))
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert_eq!(
        xlsx.headers
            .get("content-length")
            .unwrap()
            .to_str()
            .unwrap(),
        xlsx.raw.len().to_string(),
        "sent from a finished file, with its length"
    );
    let (rows, inline) = sheet_rows(&xlsx.raw);
    assert!(
        inline,
        "constant-memory mode writes strings inline, holding no table of them in memory"
    );
    assert_eq!(rows[0], heading);
    assert_eq!(rows.len(), PEOPLE + 1, "the heading and everyone");
    let sheet_emails: Vec<&str> = rows[1..].iter().map(|r| r[2].as_str()).collect();
    assert_eq!(sheet_emails, emails, "the same people in the same order");
    let formula = rows.iter().find(|r| r[1] == "Formula").unwrap();
    assert_eq!(formula[0], "'=1+1", "a formula stays text");
    let braille = rows
        .iter()
        .filter(|r| r.get(3).is_some_and(|n| n == "Braille"))
        .count();
    assert_eq!(braille, PEOPLE.div_ceil(7), "in the spreadsheet too");
}

both_databases!(matches_come_fifty_to_a_page, matches_paged);
async fn matches_paged(url: String) {
    let mut app = TestApp::start(&url, |_| {}).await;
    let org = app.org("northbrook", "Northbrook").await;
    // Sixty who match; the last five do not get email.
    let people = (0..60)
        .map(|i| {
            let given = format!("P{i:02}");
            person_row(&given, "Match", &format!("{given}@people.example"), i < 55)
        })
        .collect();
    add(&app.scope(&org), people).await;
    let opportunity = crate::impact::opportunity_at(&app, &org, "open").await;
    app.sign_in_as(&org, Role::Coordinator).await;
    let rows = |body: &str| body.matches("<td class=\"govuk-table__cell\"><a").count();
    let path = format!("/opportunities/{opportunity}/matches");

    let first = app.get(&path).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(
        first.body.contains("60 people match"),
        "{}",
        first.text_of("main")
    );
    assert_eq!(rows(&first.body), 50);
    assert!(first.body.contains("P00 Match") && first.body.contains("P49 Match"));
    assert!(!first.body.contains("P50 Match"));
    assert!(
        first.body.contains(&format!("href=\"{path}?page=2\"")),
        "a link to page 2"
    );
    assert!(
        first.body.contains("Check the invitation to 55 people"),
        "the invitation counts every match, not just the page"
    );
    let preview = app
        .get(&format!("/opportunities/{opportunity}/invite"))
        .await;
    assert!(
        preview.body.contains("Email an invitation to 55 people"),
        "and so does the invitation checked before it goes"
    );

    let second = app.get(&format!("{path}?page=2")).await;
    assert_eq!(rows(&second.body), 10, "the last 10 of 60");
    assert!(second.body.contains("60 people match"));
    assert!((50..60).all(|i| second.body.contains(&format!("P{i} Match"))));
    assert!(!second.body.contains("P49 Match"));
    assert!(second.body.contains(&format!("href=\"{path}?page=1\"")));

    let beyond = app.get(&format!("{path}?page=9")).await;
    assert_eq!(rows(&beyond.body), 10, "past the end, the last page");
    assert!(beyond.body.contains("P59 Match"));

    let sent = app
        .post(&format!("/opportunities/{opportunity}/invite"), &[])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let after = app.get(&format!("{path}?page=2")).await;
    assert_eq!(after.body.matches(">Invited</td>").count(), 5, "P50 to 54");
    assert_eq!(after.body.matches(">Does not get email</td>").count(), 5);
    assert!(
        !after.body.contains("Email an invitation to"),
        "everyone who gets email has been invited"
    );
}
