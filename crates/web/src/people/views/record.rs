//! A person's record as staff and the person both see it: the summary with its change links,
//! access needs, the times they cannot do, status and its history.

use withus_db::entities::person;

use super::{Voice, display_name, form_from, label, labels, pairs};
use crate::kit::components::{
    Cell, Choices, DateInput, Fieldset, Hint, Input, SummaryAction, SummaryActions, SummaryList,
    SummaryRow, Table, render,
};
use crate::kit::dates::show_time;
use crate::kit::form_parts::link_button;
use crate::kit::forms::Errors;
use crate::kit::i18n::t;
use crate::kit::vocab;
use crate::people::forms::{StatusForm, TimeForm};
use crate::people::queries::Details;

/// Where the record's links and buttons go: staff pages or the person's own.
pub struct Links {
    /// The form to change details, e.g. "/people/{id}/edit"; `#field` is added.
    pub change: String,
    /// The prefix of a time's remove button, e.g. "/people/{id}/unavailable"; "/{time}/remove" is added.
    pub times: String,
    /// Fields changed on a page of their own (the field, its page), rather than on `change`.
    pub pages: Vec<(&'static str, String)>,
}

pub struct Record {
    pub summary: SummaryList,
    pub access: SummaryList,
    pub times: Option<Table>,
    pub time_fields: Vec<String>,
    pub status_fields: Vec<String>,
    pub history: Table,
}

pub struct Typed<'a> {
    pub errors: &'a Errors,
    pub times: &'a TimeForm,
    pub status: &'a StatusForm,
}

pub fn record(
    details: &Details,
    typed: &Typed<'_>,
    csrf: &str,
    voice: Voice,
    links: &Links,
) -> Record {
    let contact_name = details.named_contact.clone().unwrap_or_default();
    let p = &details.person;
    let l = |key: &str| label(voice, key);
    let mut summary = SummaryList::default();
    let mut push = |key: &str, value: String, field: &str| {
        summary.rows.push(SummaryRow {
            key: Cell::text(l(key)),
            value: Cell::text(if value.is_empty() {
                t("none-recorded")
            } else {
                value
            }),
            actions: Some(SummaryActions {
                items: vec![SummaryAction {
                    href: links.pages.iter().find(|(f, _)| *f == field).map_or_else(
                        || format!("{}#{field}", links.change),
                        |(_, page)| page.clone(),
                    ),
                    text: t("change"),
                    visually_hidden_text: Some(l(key).to_lowercase()),
                }],
            }),
        });
    };
    let contact: Vec<String> = form_from(details).contact;
    push("field-name", display_name(p), "given_name");
    push(
        "field-preferred-name",
        p.preferred_name.clone().unwrap_or_default(),
        "preferred_name",
    );
    push(
        "field-pronouns",
        p.pronouns.clone().unwrap_or_default(),
        "pronouns",
    );
    push(
        "field-involvement-role",
        vocab::label(vocab::INVOLVEMENT_ROLES, &p.involvement_role),
        "involvement_role",
    );
    push("field-email", p.email.clone().unwrap_or_default(), "email");
    push("field-phone", p.phone.clone().unwrap_or_default(), "phone");
    push(
        "field-postcode",
        p.postcode.clone().unwrap_or_default(),
        "postcode",
    );
    push(
        "field-contact",
        labels(vocab::CONTACT_CHANNELS, &contact),
        "contact",
    );
    push(
        "field-ways",
        labels(vocab::WAYS, &details.chosen("way")),
        "ways",
    );
    push(
        "field-topics",
        labels(vocab::TOPICS, &details.chosen("topic")),
        "topics",
    );
    push(
        "field-areas",
        labels(vocab::AREAS, &details.chosen("area")),
        "areas",
    );
    push(
        "field-roles",
        labels(vocab::PARTICIPATION_ROLES, &details.chosen("role")),
        "roles",
    );
    push(
        "field-levels",
        labels(vocab::LEVELS, &details.chosen("level")),
        "levels",
    );
    let time = p
        .time_commitment
        .as_deref()
        .map(|v| vocab::label(vocab::TIME_COMMITMENTS, v))
        .unwrap_or_default();
    push("field-time-commitment", time, "time_commitment");
    push(
        "field-paid-preference",
        vocab::label(vocab::PAID_PREFERENCES, &p.paid_preference),
        "paid_preference",
    );
    push("field-named-contact", contact_name, "named_contact");

    let access = SummaryList::default()
        .row(
            l("field-access-needs"),
            labels(vocab::ACCESS_NEEDS, &details.chosen("access_need")),
        )
        .row(
            l("field-access-notes"),
            p.access_notes.clone().unwrap_or_else(|| t("none-recorded")),
        );

    Record {
        summary,
        access,
        times: times_table(details, csrf, &links.times),
        time_fields: time_fields(typed.times, typed.errors),
        status_fields: status_fields(p, typed.status, typed.errors, voice),
        history: history_table(details),
    }
}

fn times_table(details: &Details, csrf: &str, remove_base: &str) -> Option<Table> {
    let rows: Vec<Vec<Cell>> = details
        .times
        .iter()
        .map(|time| {
            let day = vocab::label(vocab::WEEKDAYS, &time.weekday.to_string());
            let when = format!(
                "{} to {}",
                show_time(time.start_minute),
                show_time(time.end_minute)
            );
            let remove = link_button(
                csrf,
                &format!("{remove_base}/{}/remove", time.id),
                &t("remove"),
                &format!("{day} {when}"),
            );
            let weeks = if time.term_time_only {
                t("term-time-only")
            } else {
                t("every-week")
            };
            vec![
                Cell::text(day),
                Cell::text(when),
                Cell::text(weeks),
                Cell::html(remove),
            ]
        })
        .collect();
    (!rows.is_empty()).then(|| Table {
        caption: Some(t("times-caption")),
        caption_classes: Some("govuk-table__caption--s".into()),
        head: ["field-day", "field-times", "field-weeks", "field-action"]
            .iter()
            .map(|k| Cell::text(t(k)))
            .collect(),
        rows,
        ..Table::default()
    })
}

fn time_fields(times: &TimeForm, errors: &Errors) -> Vec<String> {
    let days: Vec<&str> = times.days.iter().map(String::as_str).collect();
    let weekdays = vocab::options(vocab::WEEKDAYS);
    let term_label = t("term-time-only-label");
    let legend = |key: &str| Fieldset::legend(t(key), "govuk-fieldset__legend--s", false);
    let time = |name: &str, key: &str, value: &str| {
        render(
            &Input::new(name, t(key))
                .hint(t("time-hint"))
                .value(value)
                .classes("govuk-input--width-5")
                .error(errors.get(name)),
        )
    };
    vec![
        render(
            &Choices::checkboxes("days", legend("field-days"), &pairs(&weekdays), &days)
                .error(errors.get("days")),
        ),
        time("from", "field-from", &times.from),
        time("to", "field-to", &times.to),
        render(&Choices::checkboxes(
            "term_time_only",
            legend("field-weeks"),
            &[("yes", term_label.as_str())],
            if times.term_time_only { &["yes"] } else { &[] },
        )),
    ]
}

fn status_fields(
    p: &person::Model,
    status: &StatusForm,
    errors: &Errors,
    voice: Voice,
) -> Vec<String> {
    let value = if status.status.is_empty() {
        p.status.clone()
    } else {
        status.status.clone()
    };
    let options = vocab::options(vocab::STATUSES);
    let legend =
        |key: &str| Fieldset::legend(label(voice, key), "govuk-fieldset__legend--s", false);
    let mut until = DateInput::new(
        "until",
        legend("field-break-until"),
        &status.day,
        &status.month,
        &status.year,
    )
    .error(errors.get("until"));
    until.hint = Some(Hint::text(t("break-until-hint")));
    vec![
        render(
            &Choices::radios(
                "status",
                legend("field-status"),
                &pairs(&options),
                &[value.as_str()],
            )
            .error(errors.get("status")),
        ),
        render(&until),
    ]
}

fn history_table(details: &Details) -> Table {
    let rows = details
        .history
        .iter()
        .map(|change| {
            let status = vocab::label(vocab::STATUSES, &change.status);
            let until = change
                .break_until
                .map(|d| format!(" {} {}", t("until"), d.format("%-d %B %Y")))
                .unwrap_or_default();
            vec![
                Cell::text(crate::kit::dates::london(change.changed_at)),
                Cell::text(format!("{status}{until}")),
            ]
        })
        .collect();
    Table {
        caption: Some(t("status-history")),
        caption_classes: Some("govuk-table__caption--s".into()),
        head: vec![Cell::text(t("audit-when")), Cell::text(t("field-status"))],
        rows,
        ..Table::default()
    }
}
