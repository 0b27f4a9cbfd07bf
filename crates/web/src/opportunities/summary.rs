//! An opportunity in plain words, as staff and involved people both read it: its summary, when
//! it happens, what it pays, and the tags for its status and someone's interest.

use chrono_tz::Europe::London;
use withus_db::entities::opportunity;

use crate::kit::blocks::{bullets, on_lines, paragraph_of, strong};
use crate::kit::components::{SummaryList, Tag, escape, render};
use crate::kit::i18n::{t, t_args};
use crate::opportunities::forms::show_pence;
use crate::opportunities::queries::Full;
use crate::opportunities::vocab::{self};
use crate::people::labels;

pub fn status_tag(status: &str) -> String {
    let colour = match status {
        "draft" => "grey",
        "open" | "recruiting" => "green",
        "active" => "blue",
        "evaluating" => "purple",
        _ => "grey",
    };
    render(&Tag::new(vocab::label(vocab::STATUSES, status), colour))
}

pub fn interest_tag(status: &str) -> String {
    let colour = match status {
        "confirmed" => "green",
        "offered" => "turquoise",
        "reserve" => "yellow",
        "not_selected" => "orange",
        "withdrawn" => "grey",
        _ => "blue",
    };
    render(&Tag::new(
        vocab::label(vocab::INTEREST_STATUSES, status),
        colour,
    ))
}

/// "Tuesday 6 July 2027, 10:00 to 12:00".
pub fn when(o: &opportunity::Model) -> String {
    match (o.starts_at, o.ends_at) {
        (Some(s), Some(e)) => {
            let s = s.with_timezone(&London);
            let e = e.with_timezone(&London);
            format!(
                "{}, {} to {}",
                s.format("%A %-d %B %Y"),
                s.format("%H:%M"),
                e.format("%H:%M")
            )
        }
        _ => t("opp-when-not-set"),
    }
}

pub fn pay(o: &opportunity::Model) -> String {
    match (o.paid, o.rate_pence) {
        (true, Some(p)) => match o.rate_unit.as_deref() {
            Some(unit) => t_args(
                "opp-pay-for-each",
                &[
                    ("amount", &show_pence(p)),
                    ("unit", &vocab::label(vocab::RATE_UNITS, unit)),
                ],
            ),
            None => show_pence(p),
        },
        (true, None) => t("opp-paid-yes"),
        _ => t("opp-unpaid"),
    }
}

fn or_none(text: &str) -> String {
    if text.trim().is_empty() {
        t("none-recorded")
    } else {
        text.to_owned()
    }
}

/// The plain-words account both staff and involved people read.
pub fn summary(full: &Full) -> SummaryList {
    let o = &full.opportunity;
    let outcomes = if full.outcomes.is_empty() {
        escape(&t("none-recorded"))
    } else {
        let outcomes: Vec<String> = full.outcomes.iter().map(|o| escape(o)).collect();
        bullets(&outcomes)
    };
    let roles = if full.roles.is_empty() {
        escape(&t("none-recorded"))
    } else {
        full.roles
            .iter()
            .map(|r| {
                let description = escape(&or_none(&r.description));
                paragraph_of("govuk-body", &on_lines(&[strong(&r.name), description]))
            })
            .collect()
    };
    let level = o
        .level
        .as_deref()
        .map(|l| {
            let key = vocab::LEVELS
                .iter()
                .find(|(v, _)| *v == l)
                .map(|(_, k)| *k)
                .unwrap_or("");
            format!("{}: {}", t(key), t(&format!("{key}-explained")))
        })
        .unwrap_or_else(|| t("none-recorded"));
    SummaryList::default()
        .row(t("opp-read-summary"), or_none(&o.summary))
        .row(t("opp-field-purpose"), or_none(&o.purpose))
        .html_row(t("opp-read-outcomes"), outcomes)
        .row(t("opp-field-level"), level)
        .row(t("opp-field-can-change"), or_none(&o.can_change))
        .row(t("opp-field-cannot-change"), or_none(&o.cannot_change))
        .row(t("opp-field-who-decides"), or_none(&o.who_decides))
        .html_row(t("opp-roles-heading"), roles)
        .row(
            t("opp-field-topics"),
            labels(vocab::TOPICS, &full.tagged("topic")),
        )
        .row(t("opp-field-when"), when(o))
        .row(t("opp-field-way"), vocab::label(vocab::WAYS, &o.way))
        .row(
            t("opp-field-venue"),
            o.venue.clone().unwrap_or_else(|| t("none-recorded")),
        )
        .row(
            t("opp-field-time"),
            o.time_commitment
                .as_deref()
                .map(|c| vocab::label(vocab::TIME_COMMITMENTS, c))
                .unwrap_or_else(|| t("none-recorded")),
        )
        .row(t("opp-field-pay"), pay(o))
        .row(
            t("opp-field-access"),
            labels(vocab::ACCESS_NEEDS, &full.tagged("access")),
        )
        .row(
            t("opp-read-places"),
            t_args(
                "opp-places-with-reserves",
                &[
                    ("places", &o.places.to_string()),
                    ("reserves", &o.reserves.to_string()),
                ],
            ),
        )
}
