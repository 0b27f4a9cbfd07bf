//! The annual report's downloads read back, on both databases: every table of the page is a
//! sheet of the spreadsheet with the same caption, headings and cells (numbers as numbers),
//! and the PDF's text, as `pdftotext` reads it, holds every caption and the figures of the
//! tables row by row. With CI=true a missing `pdftotext` fails; otherwise the PDF is skipped.

use std::collections::BTreeMap;
use std::io::Read;

use axum::http::StatusCode;
use uuid::Uuid;
use withus_db::entities::meeting;

use crate::both_databases;
use crate::reports::{fixture, more_of_the_year};

fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A table as the page shows it.
struct Shown {
    caption: String,
    head: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn tables_on(body: &str) -> Vec<Shown> {
    let html = scraper::Html::parse_document(body);
    let select = |s: &str| scraper::Selector::parse(s).unwrap();
    let (tables, caption, head, rows, cells) = (
        select("table"),
        select("caption"),
        select("thead th, thead td"),
        select("tbody tr"),
        select("th, td"),
    );
    let text = |e: scraper::ElementRef| fold(&e.text().collect::<Vec<_>>().join(" "));
    let row_cells = |r: scraper::ElementRef| r.select(&cells).map(text).collect::<Vec<_>>();
    html.select(&tables)
        .map(|t| Shown {
            caption: t.select(&caption).next().map(text).unwrap_or_default(),
            head: t.select(&head).map(text).collect(),
            rows: t.select(&rows).map(&row_cells).collect(),
        })
        .collect()
}

#[derive(Debug, PartialEq)]
enum Value {
    Number(f64),
    Text(String),
}

/// A sheet: its name, and its cells by (row, column) from 0.
struct Sheet {
    name: String,
    cells: BTreeMap<(usize, usize), Value>,
}

/// XML's escapes undone; "&amp;" last, so "&amp;lt;" stays "&lt;".
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&#xA;", "\n")
        .replace("&amp;", "&")
}

/// The value of `name="…"` in an element's opening tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(unescape(&tag[start..end]))
}

/// The text of every `<t>` element in `xml`, joined (a rich string has several).
fn texts(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<t") {
        rest = &rest[at + 2..];
        if !(rest.starts_with('>') || rest.starts_with(' ')) {
            continue;
        }
        let (Some(open), Some(close)) = (rest.find('>'), rest.find("</t>")) else {
            break;
        };
        out.push_str(&unescape(&rest[open + 1..close]));
        rest = &rest[close..];
    }
    out
}

/// "B12" as (11, 1).
fn position(reference: &str) -> (usize, usize) {
    let letters: String = reference
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    let column = letters
        .bytes()
        .fold(0, |n, b| n * 26 + usize::from(b - b'A' + 1));
    let row: usize = reference[letters.len()..].parse().unwrap();
    (row - 1, column - 1)
}

fn part(zip: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str) -> String {
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name} in the workbook: {e}"))
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Every sheet of a workbook, in order, with the cells it holds.
fn read_workbook(bytes: Vec<u8>) -> Vec<Sheet> {
    let cursor = std::io::Cursor::new(bytes);
    let mut zip = zip::ZipArchive::new(cursor).expect("an xlsx is a zip");
    let shared: Vec<String> = if zip.by_name("xl/sharedStrings.xml").is_ok() {
        part(&mut zip, "xl/sharedStrings.xml")
            .split("<si>")
            .skip(1)
            .map(|si| texts(si.split("</si>").next().unwrap_or_default()))
            .collect()
    } else {
        Vec::new()
    };
    let workbook = part(&mut zip, "xl/workbook.xml");
    let names: Vec<String> = workbook
        .split("<sheet ")
        .skip(1)
        .map(|tag| attribute(&format!(" {tag}"), "name").expect("a sheet's name"))
        .collect();
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let xml = part(&mut zip, &format!("xl/worksheets/sheet{}.xml", i + 1));
            let mut cells = BTreeMap::new();
            for cell in xml.split("<c ").skip(1) {
                let tag_end = cell.find('>').unwrap();
                let tag = format!(" {}", &cell[..tag_end]);
                if tag.ends_with('/') {
                    continue; // an empty, formatted cell
                }
                let content = &cell[tag_end + 1..cell.find("</c>").unwrap()];
                let v = || {
                    let start = content.find("<v>").map(|s| s + 3).unwrap_or(0);
                    let end = content.find("</v>").unwrap_or(content.len());
                    unescape(&content[start..end])
                };
                let value = match attribute(&tag, "t").as_deref() {
                    Some("s") => Value::Text(shared[v().parse::<usize>().unwrap()].clone()),
                    Some("inlineStr") => Value::Text(texts(content)),
                    Some("str") => Value::Text(v()),
                    _ => Value::Number(v().parse().unwrap()),
                };
                let reference = attribute(&tag, "r").expect("a cell's reference");
                cells.insert(position(&reference), value);
            }
            Sheet { name, cells }
        })
        .collect()
}

/// The cell as the spreadsheet holds it matches the page's text: numbers by value.
fn same(shown: &str, held: Option<&Value>) -> bool {
    match held {
        None => shown.is_empty(),
        Some(Value::Text(text)) => fold(text) == shown,
        Some(Value::Number(n)) => {
            let m: Option<f64> = shown.replace(',', "").parse().ok();
            m.is_some_and(|m| (m - n).abs() < 1e-9)
        }
    }
}

/// The PDF's text as `pdftotext -layout` reads it; None (with a message) when it is not
/// installed, except in CI.
pub(crate) fn pdf_text(bytes: &[u8]) -> Option<String> {
    let name = format!("withus-annual-{}.pdf", Uuid::new_v4().simple());
    let path = std::env::temp_dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    let run = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output();
    let _ = std::fs::remove_file(&path);
    match run {
        Ok(out) => {
            assert!(
                out.status.success(),
                "pdftotext: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(String::from_utf8(out.stdout).expect("UTF-8 text"))
        }
        Err(e) if std::env::var("CI").as_deref() != Ok("true") => {
            eprintln!("skipped reading the PDF: pdftotext is not installed ({e})");
            None
        }
        Err(e) => panic!("pdftotext (poppler-utils) is required when CI=true: {e}"),
    }
}

/// Whether a line of the PDF holds the row: the start of its first cell (the rest may wrap
/// onto the lines below), then each figure in order.
fn row_in_pdf(lines: &[String], row: &[String]) -> bool {
    let figures = row[1..]
        .iter()
        .filter(|c| !c.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    lines.iter().any(|line| {
        let Some(start) = line.strip_suffix(&figures).map(str::trim_end) else {
            return false;
        };
        !start.is_empty()
            && row[0].starts_with(start)
            && (start.len() == row[0].len() || row[0][start.len()..].starts_with(' '))
    })
}

/// Where the table captioned `caption` is among the page's tables.
fn index_of(shown: &[Shown], caption: &str) -> usize {
    shown
        .iter()
        .position(|t| t.caption == caption)
        .unwrap_or_else(|| panic!("no table captioned {caption} on the page"))
}

/// Tables whose figures fit their columns, so each row's figures share a line in the PDF.
const FIGURES: [&str; 6] = [
    "Activity by area",
    "Activity by step of the ladder",
    "Payments",
    "Feedback to the people involved",
    "Changes by impact area",
    "End-of-involvement questionnaires",
];

both_databases!(
    the_annual_reports_pdf_and_spreadsheet_hold_the_pages_figures,
    downloads
);
async fn downloads(url: String) {
    let (mut app, org, scope) = crate::impact::coordinator(&url).await;
    let f = fixture(&app, &org).await;
    let meeting_a = scope
        .find::<meeting::Entity>()
        .all(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .find(|m| !m.high_level)
        .unwrap()
        .id;
    more_of_the_year(&scope, &f, meeting_a).await;
    let page = app.get(&format!("/reports/annual?{}", f.query)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let shown = tables_on(&page.body);
    // The fixture's known figures are on the page, so the files are checked against them.
    let payments = &shown[index_of(&shown, "Payments")];
    assert_eq!(payments.rows[2], ["Total paid", "£25.00"]);
    let areas = &shown[index_of(&shown, "Activity by area")];
    assert_eq!(areas.rows, [["Designing services", "1", "2", "12", "23.5"]]);

    let xlsx = app.get(&format!("/reports/annual.xlsx?{}", f.query)).await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let sheets = read_workbook(xlsx.raw);
    assert_eq!(sheets.len(), shown.len(), "one sheet for each table");
    for (table, sheet) in shown.iter().zip(&sheets) {
        let allowed: String = table
            .caption
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .collect();
        let name = sheet.name.trim_end_matches('+');
        assert!(
            !name.is_empty() && allowed.starts_with(name) && sheet.name.chars().count() <= 31,
            "sheet {:?} for the table {:?}",
            sheet.name,
            table.caption
        );
        let mut expected = vec![table.head.clone()];
        expected.extend(table.rows.iter().cloned());
        for (r, row) in expected.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                let held = sheet.cells.get(&(r, c));
                assert!(
                    same(text, held),
                    "{}: row {r} column {c} is {text:?} on the page, {held:?} in the sheet",
                    table.caption
                );
            }
        }
        let inside = |&(r, c): &(usize, usize)| expected.get(r).is_some_and(|row| c < row.len());
        assert!(
            sheet.cells.keys().all(inside),
            "{}: the sheet holds cells the page does not",
            table.caption
        );
    }
    // The known figures, as numbers where they are numbers.
    let areas_sheet = &sheets[index_of(&shown, "Activity by area")];
    assert_eq!(areas_sheet.cells.get(&(1, 4)), Some(&Value::Number(23.5)));
    assert_eq!(
        areas_sheet.cells.get(&(1, 0)),
        Some(&Value::Text("Designing services".into()))
    );

    let pdf = app.get(&format!("/reports/annual.pdf?{}", f.query)).await;
    assert_eq!(pdf.status, StatusCode::OK);
    let Some(text) = pdf_text(&pdf.raw) else {
        return;
    };
    let all = fold(&text);
    let title = page.text_of("h1");
    assert!(all.contains(&title), "the title {title:?} in {all}");
    for table in &shown {
        assert!(
            all.contains(&table.caption),
            "the caption {:?} in the PDF: {all}",
            table.caption
        );
    }
    let lines: Vec<String> = text.lines().map(fold).collect();
    for caption in FIGURES {
        for row in &shown[index_of(&shown, caption)].rows {
            assert!(
                row_in_pdf(&lines, row),
                "{caption}: the row {row:?} in the PDF:\n{text}"
            );
        }
    }
    let designing = ["Designing services", "1", "2", "12", "23.5"].map(String::from);
    assert!(row_in_pdf(&lines, &designing), "{text}");
}
