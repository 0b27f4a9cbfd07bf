//! What the fuzzer sends and what it accepts back: requests in every encoding a client might
//! use, the rules every answer must keep, and a cheap picture of every table to prove that a
//! refused form changed nothing.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::http::{Request, header};
use scraper::{Html, Selector};
use withus_db::sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement};

use super::values::Case;
use crate::harness::{Response, TestApp};

/// Tables a refused request may still change, each with why. Sessions and the audit trail are
/// compared like every other table: no refused form may start or end a session, and the
/// audit trail records only what was shown or done.
const MAY_CHANGE: &[(&str, &str)] = &[(
    "sign_in_attempts",
    "a refused sign-in (a wrong password, a rate-limited try) is counted before the page \
     answers: counting refusals is what the table is for",
)];

/// Statuses a form may answer: accepted (200, or a redirect), or refused in words a person can
/// read. 410 is a sign-in link already used.
const ALLOWED: [u16; 13] = [
    200, 302, 303, 400, 403, 404, 405, 409, 410, 413, 415, 422, 429,
];

const BOUNDARY: &str = "withus-fuzz-7MA4YWxkTrZu0gW";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Form,
    Multipart,
    /// As a browser sends a form with `enctype="text/plain"`: `name=value` lines.
    TextPlain,
    Json,
    MultipartWithoutBoundary,
    Nothing,
}

/// Sends one request from `browser`, with its cookies and address, the token in the
/// `x-csrf-token` header when given.
pub async fn send(
    browser: &mut TestApp,
    method: &str,
    uri: &str,
    encoding: Encoding,
    pairs: &[(String, String)],
    files: &[String],
    token_header: Option<&str>,
) -> Response {
    let (content_type, body) = encode(encoding, pairs, files);
    let cookies = browser
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let mut request = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::COOKIE, cookies)
        .header("x-forwarded-for", browser.address.clone());
    if let Some(content_type) = content_type {
        request = request.header(header::CONTENT_TYPE, content_type);
    }
    if let Some(token) = token_header {
        request = request.header("x-csrf-token", token);
    }
    let request = request.body(Body::from(body)).expect("request");
    browser.request(request).await
}

fn encode(
    encoding: Encoding,
    pairs: &[(String, String)],
    files: &[String],
) -> (Option<String>, Vec<u8>) {
    let form = || {
        serde_urlencoded::to_string(pairs)
            .expect("form")
            .into_bytes()
    };
    match encoding {
        Encoding::Form => (Some("application/x-www-form-urlencoded".into()), form()),
        Encoding::Multipart => (
            Some(format!("multipart/form-data; boundary={BOUNDARY}")),
            multipart(pairs, files),
        ),
        Encoding::TextPlain => {
            let lines: String = pairs.iter().map(|(k, v)| format!("{k}={v}\r\n")).collect();
            (Some("text/plain".into()), lines.into_bytes())
        }
        Encoding::Json => {
            let object: serde_json::Map<String, serde_json::Value> = pairs
                .iter()
                .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
                .collect();
            let json = serde_json::Value::Object(object).to_string();
            (Some("application/json".into()), json.into_bytes())
        }
        Encoding::MultipartWithoutBoundary => (Some("multipart/form-data".into()), form()),
        Encoding::Nothing => (None, Vec::new()),
    }
}

/// A multipart body as a browser builds it; each file input sent empty, as when none is chosen.
fn multipart(pairs: &[(String, String)], files: &[String]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in pairs {
        let head =
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n");
        body.extend_from_slice(head.as_bytes());
        body.extend_from_slice(value.as_bytes());
        body.extend_from_slice(b"\r\n");
    }
    for name in files {
        let head = format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n\r\n"
        );
        body.extend_from_slice(head.as_bytes());
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// What an answer must be beyond the rules every answer keeps.
pub enum Rule<'a> {
    Any,
    /// Refused (4xx), whatever the reason.
    Refused,
    Exactly(u16),
    /// Refused with 422 and an error summary naming the field. With `strict` false (a file
    /// upload, whose handler may look at what it belongs to first) another refusal will do.
    Named {
        case: &'a Case,
        strict: bool,
    },
}

/// Everything wrong with one answer: a server error, a status no form should answer, a body
/// that is not a GOV.UK page, a redirect off the site, or the rule broken.
pub fn judge(response: &Response, what: &str, rule: &Rule) -> Vec<String> {
    let status = response.status.as_u16();
    let mut problems = Vec::new();
    if status >= 500 {
        let main = excerpt(&response.text_of("main"));
        problems.push(format!("{what}: server error {status}: {main}"));
        return problems;
    }
    if !ALLOWED.contains(&status) {
        problems.push(format!("{what}: answered {status}"));
    }
    if matches!(status, 302 | 303) {
        let to = response.location();
        if !same_site(to) {
            problems.push(format!("{what}: redirected off the site, to {to:?}"));
        }
    } else {
        let content_type = response
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if !content_type.starts_with("text/html") || !response.body.contains("govuk-template") {
            let body = excerpt(&response.body);
            problems.push(format!(
                "{what}: {status} is not a GOV.UK page ({content_type:?}): {body}"
            ));
        } else if status == 422 && !response.body.contains("govuk-error-summary") {
            problems.push(format!("{what}: 422 without an error summary"));
        }
    }
    match rule {
        Rule::Any => {}
        Rule::Refused if status < 400 => {
            problems.push(format!("{what}: accepted ({status}) but must be refused"));
        }
        Rule::Refused => {}
        Rule::Exactly(expected) if status != *expected => {
            problems.push(format!("{what}: answered {status}, not {expected}"));
        }
        Rule::Exactly(_) => {}
        Rule::Named { case, strict } => {
            if status < 400 {
                problems.push(format!(
                    "{what}: accepted ({status}) a value no field may keep"
                ));
            } else if status == 422 && !names_field(&response.body, case) {
                let summary = response.text_of(".govuk-error-summary");
                problems.push(format!(
                    "{what}: the error summary does not name {}: {summary}",
                    case.field
                ));
            } else if status != 422 && *strict {
                problems.push(format!(
                    "{what}: refused with {status}, not 422 naming the field"
                ));
            }
        }
    }
    problems
}

/// A path of ours: not another site, not protocol-relative, nothing a browser would rewrite.
pub fn same_site(to: &str) -> bool {
    to.starts_with('/')
        && !to.starts_with("//")
        && !to.starts_with("/\\")
        && to.chars().all(|c| c.is_ascii_graphic())
}

/// Whether an error summary's link points at the field (its id starts with the field's name
/// or id, or is the date the field is a part of) or says its label.
fn names_field(body: &str, case: &Case) -> bool {
    let html = Html::parse_document(body);
    let links = Selector::parse(".govuk-error-summary a").expect("selector");
    let wanted: Vec<String> = case
        .names
        .iter()
        .map(|n| id_of(n))
        .filter(|n| !n.is_empty())
        .collect();
    let label = case.label.to_lowercase();
    html.select(&links).any(|a| {
        let href = a.value().attr("href").unwrap_or_default();
        let id = href.rsplit_once('#').map_or("", |(_, id)| id);
        let text = a.text().collect::<String>().to_lowercase();
        let by_id = !id.is_empty()
            && wanted
                .iter()
                .any(|n| id.starts_with(n.as_str()) || n.starts_with(&format!("{id}-")));
        by_id || (!label.is_empty() && text.contains(&label))
    })
}

/// A name as an id can hold it: the characters an id may not hold dropped.
fn id_of(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect()
}

fn excerpt(text: &str) -> String {
    text.chars().take(300).collect()
}

/// Every table's row count and contents, as one string per table (SQLite) or its MD5
/// (PostgreSQL), read in one statement.
#[derive(PartialEq, Eq)]
pub struct Snapshot(Vec<(String, i64, String)>);

/// The statement that reads a snapshot, built once from the tables the database has.
pub async fn snapshot_sql(db: &DatabaseConnection) -> String {
    let backend = db.get_database_backend();
    let skip = |t: &str| MAY_CHANGE.iter().any(|(name, _)| *name == t);
    let parts: Vec<String> = match backend {
        DatabaseBackend::Sqlite => {
            let sql = "SELECT m.name AS t, p.name AS c FROM sqlite_master m \
                       JOIN pragma_table_info(m.name) p \
                       WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' \
                       ORDER BY m.name, p.cid";
            let mut columns: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for row in rows(db, sql).await {
                let table: String = row.try_get("", "t").expect("table");
                let column: String = row.try_get("", "c").expect("column");
                columns.entry(table).or_default().push(column);
            }
            columns
                .into_iter()
                .filter(|(t, _)| !skip(t.as_str()))
                .map(|(t, cs)| {
                    let row = cs
                        .iter()
                        .map(|c| format!("quote(\"{c}\")"))
                        .collect::<Vec<_>>()
                        .join(" || ',' || ");
                    format!(
                        "SELECT '{t}' AS t, COUNT(*) AS n, \
                         COALESCE(group_concat({row}, char(30)), '') AS v FROM \"{t}\""
                    )
                })
                .collect()
        }
        _ => {
            let sql = "SELECT table_name::text AS t FROM information_schema.tables \
                       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
                       ORDER BY 1";
            let mut tables = Vec::new();
            for row in rows(db, sql).await {
                let table: String = row.try_get("", "t").expect("table");
                tables.push(table);
            }
            tables
                .into_iter()
                .filter(|t| !skip(t.as_str()))
                .map(|t| {
                    format!(
                        "SELECT '{t}' AS t, COUNT(*) AS n, \
                         md5(COALESCE(string_agg(x::text, chr(30) ORDER BY x::text), '')) AS v \
                         FROM \"{t}\" x"
                    )
                })
                .collect()
        }
    };
    assert!(parts.len() > 20, "found only {} tables", parts.len());
    parts.join(" UNION ALL ")
}

async fn rows(db: &DatabaseConnection, sql: &str) -> Vec<withus_db::sea_orm::QueryResult> {
    let backend = db.get_database_backend();
    db.query_all_raw(Statement::from_string(backend, sql.to_owned()))
        .await
        .unwrap_or_else(|e| panic!("{e}: {sql}"))
}

pub async fn snapshot(db: &DatabaseConnection, sql: &str) -> Snapshot {
    let mut tables = Vec::new();
    for row in rows(db, sql).await {
        let table: String = row.try_get("", "t").expect("table");
        let count: i64 = row.try_get("", "n").expect("count");
        let contents: String = row.try_get("", "v").expect("contents");
        tables.push((table, count, contents));
    }
    tables.sort();
    Snapshot(tables)
}

/// The tables that differ, with their row counts before and after.
pub fn changed(before: &Snapshot, after: &Snapshot) -> Vec<String> {
    after
        .0
        .iter()
        .filter(|t| !before.0.contains(*t))
        .map(|(table, count, _)| {
            let was = before
                .0
                .iter()
                .find(|(t, _, _)| t == table)
                .map_or(0, |(_, n, _)| *n);
            format!("{table} ({was} rows, now {count})")
        })
        .collect()
}
