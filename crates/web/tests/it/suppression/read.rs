//! Counts of people read back out of pages, and the check that none a line hides can be
//! worked out from what it shows.

use std::collections::BTreeSet;

/// A count as it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    Count(u64),
    /// "fewer than 5": from none to 4.
    Small,
    /// "withheld": 5 or more.
    Withheld,
    /// "Not shown": nothing said of it.
    Unknown,
}

impl Seen {
    pub fn read(text: &str) -> Option<Seen> {
        let text = text.trim();
        if let Ok(n) = text.parse() {
            return Some(Seen::Count(n));
        }
        match text {
            "withheld" => Some(Seen::Withheld),
            "Not shown" => Some(Seen::Unknown),
            _ if text.starts_with("fewer than") => Some(Seen::Small),
            _ => None,
        }
    }

    fn expect(what: &str, text: &str) -> Seen {
        Seen::read(text).unwrap_or_else(|| panic!("{what}: {text:?} is not a count"))
    }
}

/// One line of counts of people as shown: its counts and its total.
#[derive(Clone, Debug)]
pub struct Line {
    pub what: String,
    pub cells: Vec<Seen>,
    pub total: Seen,
}

/// Every value each hidden count of `line` could take, given its shown counts, its total and
/// `known`, the same people's total shown somewhere else. Panics unless every hidden count has
/// at least two; returns how many were hidden.
pub fn nothing_pinned(line: &Line, known: Option<u64>, threshold: u64) -> usize {
    let shown: u64 = line
        .cells
        .iter()
        .map(|c| if let Seen::Count(n) = c { *n } else { 0 })
        .sum();
    let hidden: Vec<usize> = (0..line.cells.len())
        .filter(|&i| !matches!(line.cells[i], Seen::Count(_)))
        .collect();
    let exact: Vec<u64> = known
        .into_iter()
        .chain(match line.total {
            Seen::Count(n) => Some(n),
            _ => None,
        })
        .collect();
    // No count is more than an exact total; without one, room for any count to take two values.
    let cap = exact
        .iter()
        .copied()
        .min()
        .unwrap_or(shown + threshold * (hidden.len() as u64 + 2));
    let range = |c: Seen| match c {
        Seen::Small => (0, threshold - 1),
        Seen::Withheld => (threshold, cap.max(threshold)),
        _ => (0, cap),
    };
    let fits = |sum: u64| {
        exact.iter().all(|&n| n == sum)
            && match line.total {
                Seen::Small => sum < threshold,
                Seen::Withheld => sum >= threshold,
                _ => true,
            }
    };
    assert!(
        !hidden.is_empty() || fits(shown),
        "{}: the counts do not add up to the total: {line:?}",
        line.what
    );
    for &k in &hidden {
        // Every sum the other hidden counts can make, one count at a time.
        let mut others = BTreeSet::from([0u64]);
        for &j in hidden.iter().filter(|&&j| j != k) {
            let (low, high) = range(line.cells[j]);
            others = others
                .iter()
                .flat_map(|s| (low..=high).map(move |v| s + v))
                .collect();
        }
        let (low, high) = range(line.cells[k]);
        let possible: Vec<u64> = (low..=high)
            .filter(|v| others.iter().any(|o| fits(shown + v + o)))
            .collect();
        assert!(
            possible.len() >= 2,
            "{}: hidden count {k} can only be {possible:?} (total known elsewhere: {known:?}): {line:?}",
            line.what
        );
    }
    hidden.len()
}

/// A count of people by group is never shown under the threshold, nor is the line's total.
pub fn no_small_count(line: &Line, threshold: u64) {
    for seen in line.cells.iter().chain([&line.total]) {
        if let Seen::Count(n) = seen {
            assert!(*n >= threshold, "{}: {n} is shown: {line:?}", line.what);
        }
    }
}

/// Both checks, for a line of people by equality group; returns how many counts were hidden.
pub fn check(line: &Line, known: Option<u64>, threshold: u64) -> usize {
    no_small_count(line, threshold);
    nothing_pinned(line, known, threshold)
}

/// A line from rows whose last is the total, with the counts in `column`.
pub fn line_of(what: &str, rows: &[Vec<String>], column: usize) -> Line {
    let (total, groups) = rows
        .split_last()
        .unwrap_or_else(|| panic!("{what}: no rows"));
    assert_eq!(total[0], "Total", "{what}: the last row is the total");
    Line {
        what: what.to_owned(),
        cells: groups
            .iter()
            .map(|r| Seen::expect(what, &r[column]))
            .collect(),
        total: Seen::expect(what, &total[column]),
    }
}

/// Lines of any other figures a page shows (activities, meetings, what people said), a row
/// at a time and with no total: whatever they hide must still not be pinned.
pub fn other_lines(what: &str, tables: &[(String, Vec<Vec<String>>)]) -> Vec<Line> {
    tables
        .iter()
        .flat_map(|(caption, rows)| {
            rows.iter().map(move |r| Line {
                what: format!("{what}, {caption}, {}", r[0]),
                cells: r.iter().skip(1).filter_map(|c| Seen::read(c)).collect(),
                total: Seen::Unknown,
            })
        })
        .collect()
}

fn fold(e: scraper::ElementRef) -> String {
    e.text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn selector(s: &str) -> scraper::Selector {
    scraper::Selector::parse(s).expect("selector")
}

/// Every table of a page: its caption and the rows of its body, as text.
pub fn html_tables(body: &str) -> Vec<(String, Vec<Vec<String>>)> {
    let html = scraper::Html::parse_document(body);
    let (caption, row, cell) = (
        selector("caption"),
        selector("tbody tr"),
        selector("th, td"),
    );
    html.select(&selector("table"))
        .map(|t| {
            let name = t.select(&caption).next().map(fold).unwrap_or_default();
            let rows: Vec<Vec<String>> = t
                .select(&row)
                .map(|r| r.select(&cell).map(fold).collect())
                .collect();
            (name, rows)
        })
        .collect()
}

/// The quotas page's line for each equality category captioned in `captions`: the "In the
/// pool" column, then the count not known from the sentence under the table ("–" when there
/// is none), with the table's total.
pub fn quota_lines(body: &str, captions: &[&str]) -> Vec<Line> {
    let html = scraper::Html::parse_document(body);
    let (caption, row, cell) = (selector("caption"), selector("tbody tr"), selector("td"));
    html.select(&selector("table"))
        .filter_map(|t| {
            let name = t.select(&caption).next().map(fold)?;
            captions.contains(&name.as_str()).then_some((t, name))
        })
        .map(|(t, name)| {
            let table: Vec<Vec<String>> = t
                .select(&row)
                .map(|r| r.select(&cell).map(fold).collect())
                .collect();
            let mut line = line_of(&format!("quotas, {name}"), &table, 2);
            // The sentence follows the table's scrolling box (or the table, unboxed).
            let boxed = t
                .parent()
                .and_then(scraper::ElementRef::wrap)
                .filter(|p| p.value().classes().any(|c| c == "withus-table-scroll"));
            let sentence = boxed
                .unwrap_or(t)
                .next_siblings()
                .find_map(scraper::ElementRef::wrap)
                .map(fold)
                .and_then(|s| {
                    let count = s.strip_prefix("Not known for ")?;
                    Some(count.split(" people in the pool").next()?.to_owned())
                });
            line.cells
                .push(sentence.map_or(Seen::Unknown, |count| Seen::expect(&line.what, &count)));
            line
        })
        .collect()
}

/// The whole number just before `after` in `text`, as in "20 people took part".
pub fn number_before(text: &str, after: &str) -> Option<u64> {
    let at = text.find(after)?;
    let digits: String = text[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.chars().rev().collect::<String>().parse().ok()
}

/// The whole number just after `before` in `text`, as in "In this period 20".
pub fn number_after(text: &str, before: &str) -> Option<u64> {
    let at = text.find(before)? + before.len();
    let digits: String = text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}
