//! No count of people that Withus hides can be worked out from what it shows (issue 23): the
//! lottery's quotas page with the pools the issue named, then every page and file that shows
//! counts of people, read back and checked value by value against the totals shown with them
//! and elsewhere. Shares and "under-represented" are not read: only counts and totals.

mod files;
mod fixture;
mod read;

use axum::http::StatusCode;
use uuid::Uuid;

use crate::both_databases;
use crate::harness::TestApp;
use fixture::{Said, new_opportunity, someone, twenty};
use read::{
    Line, Seen, check, html_tables, line_of, nothing_pinned, number_after, number_before,
    other_lines, quota_lines,
};

type Tables = Vec<(String, Vec<Vec<String>>)>;

/// The quotas page's and the organisation's (the default) threshold.
const THRESHOLD: u64 = 5;
const QUOTA_CAPTIONS: &[&str] = &["Age", "Sex", "Ethnic group", "Disability", "Unpaid care"];
const PRESENCE_CAPTIONS: &[&str] = &[
    "Age",
    "Sex",
    "Gender identity",
    "Sexual orientation",
    "Ethnic group",
    "Religion",
    "Disability",
    "Unpaid care",
];

/// Checks the quotas page of `opportunity` against the pool's size it shows, which the draw
/// page and the list of people interested show too; returns the lines and how many counts
/// they hide.
async fn quotas(app: &mut TestApp, opportunity: Uuid, pool: u64) -> (Vec<Line>, usize) {
    let page = app
        .get(&format!("/opportunities/{opportunity}/quotas"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let main = page.text_of("main");
    let shown = number_before(&main, " people waiting for a decision");
    assert_eq!(shown, Some(pool), "{main}");
    let lines = quota_lines(&page.body, QUOTA_CAPTIONS);
    assert_eq!(lines.len(), QUOTA_CAPTIONS.len(), "{main}");
    let hidden: usize = lines.iter().map(|l| check(l, shown, THRESHOLD)).sum();
    (lines, hidden)
}

both_databases!(quotas_page_gives_no_small_pool_away, small_pools);
async fn small_pools(url: String) {
    let (mut app, org, scope) = crate::impact::coordinator(&url).await;
    // Five who all said female.
    let five = new_opportunity(&app, &org, "Five").await;
    for n in 0..5 {
        let said = Said {
            sex: Some("female"),
            ..Said::default()
        };
        someone(&scope, n, five, said, true, None).await;
    }
    // Twelve: four women and four men who agreed, four whose answers may not be used.
    let twelve = new_opportunity(&app, &org, "Twelve").await;
    for n in 0..12 {
        let said = Said {
            sex: Some(if n % 3 == 1 { "male" } else { "female" }),
            ..Said::default()
        };
        someone(&scope, 100 + n, twelve, said, n % 3 != 2, None).await;
    }
    for (opportunity, pool) in [(five, 5), (twelve, 12)] {
        let (lines, _) = quotas(&mut app, opportunity, pool).await;
        let sex = &lines[1];
        assert_eq!(sex.what, "quotas, Sex");
        // "withheld, fewer than 5, fewer than 5" beside 5, or three "fewer than 5" beside 12,
        // would say what every count is: the total is the pool's size, known anyway.
        assert_eq!(sex.total, Seen::Count(pool), "{sex:?}");
        assert!(
            sex.cells.iter().all(|c| *c == Seen::Unknown),
            "beside the pool's size no count of the line can be shown: {sex:?}"
        );
    }
}

/// Every presence table among `tables`, checked against `known`, the count of people the same
/// page or file gives; returns how many counts they hide.
fn presence(what: &str, tables: &Tables, known: Option<u64>) -> usize {
    let hidden: usize = PRESENCE_CAPTIONS
        .iter()
        .map(|caption| {
            let (_, rows) = tables
                .iter()
                .find(|(c, _)| c == caption)
                .unwrap_or_else(|| panic!("{what}: no table {caption}"));
            let line = line_of(&format!("{what}, {caption}"), rows, 1);
            // A share beside a shown count says how many answered, and so what the hidden
            // groups add up to: none when a group is hidden.
            let groups = line.cells.len().saturating_sub(2);
            if line.cells[..groups]
                .iter()
                .any(|c| !matches!(c, Seen::Count(_)))
            {
                for row in rows {
                    assert!(
                        row.iter().skip(2).take(1).all(|c| !c.contains('%')),
                        "{what}, {caption}: a share beside hidden groups: {row:?}"
                    );
                }
            }
            if *caption == "Sex" {
                assert_eq!(line.cells[0], Seen::Count(13), "{what}: the thirteen women");
            }
            check(&line, known, THRESHOLD)
        })
        .sum();
    assert!(hidden > 0, "{what}: the fixture's small counts are hidden");
    hidden
}

/// Tables with no counts of people by group: no row is an equality group, and whatever else
/// they hide is not pinned either.
fn no_groups(what: &str, tables: &Tables) {
    for category in withus_reports::presence::CATEGORIES {
        for (caption, rows) in tables {
            for row in rows {
                assert!(
                    !category.groups.contains(&row[0].as_str()),
                    "{what}: {caption} counts people by {}",
                    category.key
                );
            }
        }
    }
    for line in other_lines(what, tables) {
        nothing_pinned(&line, None, THRESHOLD);
    }
}

/// "You said, we did" rows (year, area, said, changed, not changed, open): things said, not
/// people, and each row's three outcomes add up to what was said.
fn open_data(what: &str, rows: &[Vec<String>]) {
    assert!(!rows.is_empty(), "{what}: no rows");
    for row in rows {
        let count = |i: usize| Seen::read(&row[i]).unwrap_or_else(|| panic!("{what}: {row:?}"));
        let line = Line {
            what: format!("{what}, {} {}", row[0], row[1]),
            cells: vec![count(3), count(4), count(5)],
            total: count(2),
        };
        nothing_pinned(&line, None, THRESHOLD);
    }
}

both_databases!(no_page_or_file_gives_a_hidden_count_away, every_page);
async fn every_page(url: String) {
    let (mut app, org, scope) = crate::impact::coordinator(&url).await;
    let published = app
        .post(
            "/reports/settings",
            &[
                ("suppress_below", "5"),
                ("area", "E08000037"),
                ("publish", "yes"),
            ],
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let opportunity = twenty(&app, &org, &scope).await;

    let (lines, hidden) = quotas(&mut app, opportunity, 20).await;
    assert_eq!(lines[1].cells[0], Seen::Count(13), "the thirteen women");
    assert!(
        hidden > 0,
        "the quotas page hides the fixture's small counts"
    );

    let page = app.get("/reports/presence").await;
    assert_eq!(page.status, StatusCode::OK);
    let counted = number_before(&page.text_of("main"), " people took part");
    assert_eq!(counted, Some(20));
    presence("presence", &html_tables(&page.body), counted);

    let page = app.get("/reports/participation").await;
    assert_eq!(page.status, StatusCode::OK);
    no_groups("participation", &html_tables(&page.body));

    // The dashboard's one count of people is the total every presence line shows.
    let page = app.get("/reports").await;
    assert_eq!(page.status, StatusCode::OK);
    let tables = html_tables(&page.body);
    no_groups("dashboard", &tables);
    let involved = tables
        .iter()
        .flat_map(|(_, rows)| rows)
        .find(|r| r[0] == "People involved")
        .map(|r| r[1].clone());
    assert_eq!(involved.as_deref(), Some("20"));

    let page = app.get("/reports/annual").await;
    assert_eq!(page.status, StatusCode::OK);
    let counted = number_after(&page.text_of("main"), "In this period ");
    assert_eq!(counted, Some(20));
    let (groups, others): (Tables, Tables) = html_tables(&page.body)
        .into_iter()
        .partition(|(c, _)| PRESENCE_CAPTIONS.contains(&c.as_str()));
    presence("annual report", &groups, counted);
    no_groups("annual report", &others);

    let pdf = app.get("/reports/annual.pdf").await;
    assert_eq!(pdf.status, StatusCode::OK);
    let drawn = files::pdf_lines(&pdf.raw);
    let text: Vec<&str> = drawn.iter().map(|(_, _, t)| t.as_str()).collect();
    let counted = number_after(&text.join(" "), "In this period ");
    assert_eq!(counted, Some(20), "{text:?}");
    presence("PDF", &files::pdf_tables(&drawn), counted);

    let xlsx = app.get("/reports/annual.xlsx").await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let sheets: Tables = files::xlsx_sheets(&xlsx.raw)
        .into_iter()
        .map(|(name, rows)| (name, rows.into_iter().skip(1).collect()))
        .collect();
    presence("spreadsheet", &sheets, Some(20));

    for path in ["/reports/open-data", "/open/northbrook"] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        let tables = html_tables(&page.body);
        no_groups(path, &tables);
        let (_, rows) = tables
            .iter()
            .find(|(c, _)| c == "You said, we did, by year and impact area")
            .unwrap_or_else(|| panic!("{path}: no table"));
        open_data(path, rows);
    }
    let download = app.get("/open/northbrook/you-said-we-did.csv").await;
    assert_eq!(download.status, StatusCode::OK);
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(download.raw.as_slice())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    open_data("CSV", &rows);
}
