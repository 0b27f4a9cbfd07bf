//! Building the pages of what Withus has sent and done: the outbox of messages, one message,
//! and the audit trail.

use askama::Template;
use uuid::Uuid;
use withus_db::entities::{account, audit_event, outbox_message};

use crate::kit::components::{Cell, SummaryList, Table, Tag, render};
use crate::kit::dates::london;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::link;

#[derive(Template)]
#[template(path = "admin/outbox.html")]
pub struct OutboxPage {
    page: Page,
    table: Table,
    empty: bool,
}

fn status_tag(status: &str) -> String {
    let (key, colour) = match status {
        "sent" => ("outbox-status-sent", "green"),
        "kept" => ("outbox-status-kept", "blue"),
        "failed" => ("outbox-status-failed", "red"),
        _ => ("outbox-status-pending", "yellow"),
    };
    render(&Tag::new(t(key), colour))
}

pub fn outbox_page(page: Page, messages: &[outbox_message::Model]) -> OutboxPage {
    let rows = messages
        .iter()
        .map(|m| {
            vec![
                Cell::text(london(m.created_at)),
                Cell::text(m.to_address.clone()),
                Cell::html(link(&format!("/admin/outbox/{}", m.id), &m.subject)),
                Cell::html(status_tag(&m.status)),
            ]
        })
        .collect();
    OutboxPage {
        page: page.titled(t("outbox-title")),
        empty: messages.is_empty(),
        table: Table {
            caption: Some(t("outbox-caption")),
            caption_classes: Some("govuk-table__caption--m".into()),
            head: vec![
                Cell::text(t("outbox-created")),
                Cell::text(t("outbox-to")),
                Cell::text(t("outbox-subject")),
                Cell::text(t("outbox-status")),
            ],
            rows,
            ..Table::default()
        },
    }
}

#[derive(Template)]
#[template(path = "admin/message.html")]
pub struct MessagePage {
    page: Page,
    subject: String,
    summary: SummaryList,
    body: String,
}

pub fn message_page(page: Page, message: &outbox_message::Model) -> MessagePage {
    let mut summary = SummaryList::default()
        .row(t("outbox-to"), message.to_address.clone())
        .row(t("outbox-created"), london(message.created_at))
        .row(t("outbox-attempts"), message.attempts.to_string());
    summary.rows.push(crate::kit::components::SummaryRow {
        key: Cell::text(t("outbox-status")),
        value: Cell::html(status_tag(&message.status)),
        actions: None,
    });
    if let Some(error) = &message.last_error {
        summary = summary.row(t("outbox-last-error"), error.clone());
    }
    MessagePage {
        page: page.titled(message.subject.clone()),
        subject: message.subject.clone(),
        summary,
        body: message.body_text.clone(),
    }
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    page: Page,
    table: Table,
}

/// The audit trail's events, each with the name of the account that acted (`actors`).
pub fn audit_page(
    page: Page,
    events: &[audit_event::Model],
    actors: &[account::Model],
) -> AuditPage {
    let name_of = |id: Option<Uuid>| {
        id.and_then(|id| actors.iter().find(|a| a.id == id))
            .map(|a| a.display_name.clone())
            .unwrap_or_else(|| t("audit-system"))
    };
    let rows = events
        .iter()
        .map(|e| {
            vec![
                Cell::text(london(e.at)),
                Cell::text(name_of(e.account_id)),
                Cell::text(e.action.clone()),
                Cell::text(format!(
                    "{} {}",
                    e.subject_type,
                    e.detail.clone().unwrap_or_default()
                )),
            ]
        })
        .collect();
    AuditPage {
        page: page.titled(t("audit-title")),
        table: Table {
            caption: Some(t("audit-caption")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: vec![
                Cell::text(t("audit-when")),
                Cell::text(t("audit-who")),
                Cell::text(t("audit-action")),
                Cell::text(t("audit-subject")),
            ],
            rows,
            ..Table::default()
        },
    }
}
