//! What Withus has sent and done: the outbox of messages and the audit trail.

use askama::Template;
use axum::extract::Path;
use axum::response::Response;
use uuid::Uuid;

use crate::kit::components::{Cell, SummaryList, Table, Tag, render};
use crate::kit::error::{AppError, AppResult, html};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;

use crate::kit::dates::london;

use super::queries;

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct OutboxPage {
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

pub async fn outbox(tenant: Tenant, page: Page) -> AppResult<Response> {
    let messages = queries::latest_messages(&tenant.scope).await?;
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
    html(OutboxPage {
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
    })
}

#[derive(Template)]
#[template(path = "admin/message.html")]
struct MessagePage {
    page: Page,
    subject: String,
    summary: SummaryList,
    body: String,
}

pub async fn message(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let message = queries::message(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tenant
        .audit(
            "viewed",
            "outbox message",
            Some(id),
            Some(&message.to_address),
        )
        .await?;
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
    html(MessagePage {
        page: page.titled(message.subject.clone()),
        subject: message.subject.clone(),
        summary,
        body: message.body_text.clone(),
    })
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    page: Page,
    table: Table,
}

pub async fn audit(tenant: Tenant, page: Page) -> AppResult<Response> {
    let events = queries::latest_events(&tenant.scope).await?;
    let actor_ids: Vec<Uuid> = events.iter().filter_map(|e| e.account_id).collect();
    let actors = queries::accounts_among(&tenant.scope, actor_ids).await?;
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
    html(AuditPage {
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
    })
}
