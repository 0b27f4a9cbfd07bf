//! Outgoing mail: messages are rows in the outbox; a worker on every server claims due ones
//! with a lease and sends them through SMTP, or keeps them for the administrator's page
//! when no mail server is configured.

use std::time::Duration as StdDuration;

use chrono::{Duration, Utc};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, Message, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use withus_db::entities::outbox_message;
use withus_db::outbox;
use withus_db::sea_orm::DbErr;

use crate::AppState;

pub const LEASE_SECONDS: i64 = 120;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("bad address: {0}")]
    Address(String),
    #[error("could not build message: {0}")]
    Build(String),
    #[error("SMTP: {0}")]
    Smtp(String),
}

/// Sends (or keeps) one due message. Answers whether there was one, so callers can drain.
pub async fn deliver_one(state: &AppState) -> Result<bool, DbErr> {
    let now = Utc::now();
    let Some(message) = outbox::claim(&state.db, now, Duration::seconds(LEASE_SECONDS)).await?
    else {
        return Ok(false);
    };
    let outcome = match &state.config.smtp_url {
        None => Ok(outbox::KEPT),
        Some(url) => send(url, &state.config.mail_from, &message)
            .await
            .map(|()| outbox::SENT),
    };
    state
        .metrics
        .mail(outcome.as_ref().map_or(outbox::FAILED, |status| *status));
    match outcome {
        Ok(status) => outbox::finish(&state.db, message.id, status, Utc::now()).await?,
        Err(e) => {
            tracing::warn!(id = %message.id, attempts = message.attempts, "mail not sent: {e}");
            outbox::fail(&state.db, &message, &e.to_string(), Utc::now()).await?
        }
    }
    Ok(true)
}

async fn send(url: &str, from: &str, message: &outbox_message::Model) -> Result<(), MailError> {
    let from: Mailbox = from
        .parse()
        .map_err(|e: lettre::address::AddressError| MailError::Address(e.to_string()))?;
    let to: Mailbox = message
        .to_address
        .parse()
        .map_err(|e: lettre::address::AddressError| MailError::Address(e.to_string()))?;
    let builder = Message::builder()
        .from(from)
        .to(to)
        .subject(&message.subject)
        .message_id(Some(format!("<{}@withus>", message.id)));
    let email = match &message.calendar {
        None => builder.body(message.body_text.clone()),
        Some(ics) => {
            let kind = ContentType::parse(&format!(
                "text/calendar; charset=UTF-8; method={}",
                method_of(ics)
            ))
            .map_err(|e| MailError::Build(e.to_string()))?;
            builder.multipart(
                MultiPart::mixed()
                    .singlepart(SinglePart::plain(message.body_text.clone()))
                    .singlepart(Attachment::new("meeting.ics".into()).body(ics.clone(), kind)),
            )
        }
    }
    .map_err(|e| MailError::Build(e.to_string()))?;
    let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
        .map_err(|e| MailError::Smtp(e.to_string()))?
        .timeout(Some(StdDuration::from_secs(20)))
        .build();
    transport
        .send(email)
        .await
        .map_err(|e| MailError::Smtp(e.to_string()))?;
    Ok(())
}

/// "REQUEST" or "CANCEL", for the attachment's content type.
pub fn method_of(ics: &str) -> &'static str {
    if ics.contains("\r\nMETHOD:CANCEL\r\n") {
        "CANCEL"
    } else {
        "REQUEST"
    }
}
