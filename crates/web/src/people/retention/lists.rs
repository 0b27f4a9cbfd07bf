//! The lists on the coordinators' retention page: letters to send, the people due with what
//! happens next, and the people kept with the reason, built from our GOV.UK components.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{person, retention_person};

use super::due::{Due, Why};
use super::{LETTER, Setting, day, worker};
use crate::kit::blocks::{on_lines, row_link, visually_hidden};
use crate::kit::components::{Cell, Table, escape, render};
use crate::kit::error::AppResult;
use crate::kit::form_parts::row_button;
use crate::kit::i18n::{t, t_args};
use crate::kit::sections::{details, heading_m, link, paragraph, words};
use crate::kit::vocab;
use crate::people::views::{display_name, labels};

/// The most people the page lists at once; the count above says how many there are.
pub const SHOWN: usize = 200;

pub type Rows = HashMap<Uuid, retention_person::Model>;

/// A table whose last column holds an action, named for screen readers only.
fn table(head: &[&str], rows: Vec<Vec<Cell>>) -> String {
    let mut cells: Vec<Cell> = head.iter().map(|key| Cell::text(t(key))).collect();
    cells.push(Cell::html(visually_hidden(&t("retention-action"))));
    render(&Table {
        head: cells,
        rows,
        ..Table::default()
    })
}

fn waiting_letter(r: &retention_person::Model) -> bool {
    r.notice_by.as_deref() == Some(LETTER) && r.told_at.is_none() && r.kept_at.is_none()
}

/// How to reach someone by post or phone: what the register holds, and the ways they agreed.
fn reach(p: &person::Model) -> String {
    let mut lines = Vec::new();
    for (key, value) in [
        ("retention-reach-postcode", &p.postcode),
        ("retention-reach-phone", &p.phone),
        ("retention-reach-email", &p.email),
    ] {
        if let Some(value) = value.as_deref().filter(|v| !v.trim().is_empty()) {
            lines.push(format!("{}: {}", escape(&t(key)), escape(value)));
        }
    }
    let agreed: Vec<String> = [
        (p.contact_by_email, "email"),
        (p.contact_by_phone, "phone"),
        (p.contact_by_text, "text"),
        (p.contact_by_post, "post"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, way)| (*way).to_owned())
    .collect();
    if !agreed.is_empty() {
        lines.push(format!(
            "{}: {}",
            escape(&t("retention-reach-agreed")),
            escape(&labels(vocab::CONTACT_CHANNELS, &agreed))
        ));
    }
    if lines.is_empty() {
        return escape(&t("retention-reach-none"));
    }
    on_lines(&lines)
}

/// Letters the worker could not send by email, each with the words to write.
pub fn letters(
    due: &[Due],
    rows: &Rows,
    organisation: &str,
    setting: Setting,
    now: DateTime<Utc>,
    csrf: &str,
) -> String {
    let waiting: Vec<&Due> = due
        .iter()
        .filter(|d| rows.get(&d.person.id).is_some_and(waiting_letter))
        .collect();
    let mut out = heading_m(&t("retention-letters"), "letters");
    if waiting.is_empty() {
        out.push_str(&paragraph(&t("retention-letters-none")));
        return out;
    }
    out.push_str(&paragraph(&t("retention-letters-intro")));
    let body = waiting
        .iter()
        .map(|d| {
            let name = display_name(&d.person);
            let action = format!("/people/retention/{}/letter", d.person.id);
            vec![
                Cell::text(name.clone()),
                Cell::html(reach(&d.person)),
                Cell::html(row_button(
                    csrf,
                    &action,
                    &[],
                    &t("retention-letter-posted"),
                    &name,
                )),
            ]
        })
        .collect();
    out.push_str(&table(&["retention-name", "retention-reach"], body));
    for d in &waiting {
        let summary = t_args(
            "retention-letter-words",
            &[("name", &display_name(&d.person))],
        );
        // Dated as if posted today: the notice period runs from the day it goes.
        let text = worker::notice(organisation, setting, d, now);
        out.push_str(&details(&summary, &words(&text)));
    }
    out
}

pub fn why(d: &Due) -> String {
    let key = match d.why {
        Why::Left => "retention-why-left",
        Why::Idle => "retention-why-idle",
        Why::Never => "retention-why-never",
    };
    t_args(key, &[("date", &day(d.since))])
}

fn next(row: Option<&retention_person::Model>, setting: Setting) -> String {
    match row.map(|r| r.told_at) {
        None => t("retention-next-tell"),
        Some(None) => t("retention-next-letter"),
        Some(Some(at)) => t_args(
            "retention-next-erase",
            &[("told", &day(at)), ("date", &day(at + setting.notice()))],
        ),
    }
}

/// Everyone due and not kept, longest waiting first, with why and what happens next.
pub fn due_list(due: &[Due], rows: &Rows, setting: Setting) -> String {
    let waiting: Vec<&Due> = due
        .iter()
        .filter(|d| rows.get(&d.person.id).is_none_or(|r| r.kept_at.is_none()))
        .collect();
    let mut out = heading_m(&t("retention-due"), "due");
    if waiting.is_empty() {
        out.push_str(&paragraph(&t("retention-due-none")));
        return out;
    }
    let count = waiting.len().to_string();
    out.push_str(&paragraph(&t_args(
        "retention-due-count",
        &[("count", &count)],
    )));
    if waiting.len() > SHOWN {
        let shown = SHOWN.to_string();
        out.push_str(&paragraph(&t_args(
            "retention-due-shown",
            &[("count", &shown)],
        )));
    }
    let body = waiting
        .iter()
        .take(SHOWN)
        .map(|d| {
            let name = display_name(&d.person);
            let keep = row_link(
                &format!("/people/retention/{}/keep", d.person.id),
                &t("retention-keep"),
                &name,
            );
            vec![
                Cell::html(link(&format!("/people/{}", d.person.id), &name)),
                Cell::text(why(d)),
                Cell::text(next(rows.get(&d.person.id), setting)),
                Cell::html(keep),
            ]
        })
        .collect();
    out.push_str(&table(
        &["retention-name", "retention-why", "retention-next"],
        body,
    ));
    out
}

/// The people a coordinator keeps, with the reason, who decided and when.
pub async fn kept(scope: &OrgScope, rows: &Rows, csrf: &str) -> AppResult<String> {
    let mut kept: Vec<&retention_person::Model> =
        rows.values().filter(|r| r.kept_at.is_some()).collect();
    kept.sort_by_key(|r| r.kept_at);
    let ids: Vec<Uuid> = kept.iter().map(|r| r.person_id).collect();
    let people: HashMap<Uuid, person::Model> = crate::people::queries::by_ids(scope, &ids)
        .await?
        .into_iter()
        .filter(|p| p.erased_at.is_none())
        .map(|p| (p.id, p))
        .collect();
    let staff = crate::people::queries::names_of_staff(
        scope,
        kept.iter().filter_map(|r| r.kept_by).collect(),
    )
    .await?;
    let body: Vec<Vec<Cell>> = kept
        .iter()
        .filter_map(|r| {
            let p = people.get(&r.person_id)?;
            let name = display_name(p);
            let on = r.kept_at.map(day).unwrap_or_default();
            let decided = match r.kept_by.and_then(|a| staff.get(&a)) {
                Some(by) => t_args("retention-kept-on", &[("name", by), ("date", &on)]),
                None => on,
            };
            let action = format!("/people/retention/{}/release", p.id);
            Some(vec![
                Cell::html(link(&format!("/people/{}", p.id), &name)),
                Cell::text(r.kept_reason.clone().unwrap_or_default()),
                Cell::text(decided),
                Cell::html(row_button(csrf, &action, &[], &t("retention-stop"), &name)),
            ])
        })
        .collect();
    let mut out = heading_m(&t("retention-kept"), "kept");
    if body.is_empty() {
        out.push_str(&paragraph(&t("retention-kept-none")));
    } else {
        out.push_str(&table(
            &[
                "retention-name",
                "retention-kept-reason",
                "retention-kept-by",
            ],
            body,
        ));
    }
    Ok(out)
}
