//! Retention's part of the background worker, for every organisation that turned it on: tell
//! the people due (once), erase those told at least the notice period ago who are still due
//! and not kept, and remove old uploaded files. Each notice and each erasure is claimed in the
//! database first, so servers running this side by side never tell or erase anyone twice.
//! Everything takes `now`, so tests can move the clock on.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use uuid::Uuid;
use withus_db::OrgScope;

use super::due::{self, Due, Why};
use super::queries::{self, DatabaseConnection, DbErr, NewMessage};
use super::{EMAIL, LETTER, Setting, day};
use crate::kit::audit;
use crate::kit::i18n::{t, t_args};

/// What a run did, for the log and for tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Done {
    pub emailed: usize,
    pub letters: usize,
    pub erased: usize,
    /// Uploaded spreadsheets and receipts removed.
    pub files: u64,
}

impl Done {
    fn add(&mut self, other: Done) {
        self.emailed += other.emailed;
        self.letters += other.letters;
        self.erased += other.erased;
        self.files += other.files;
    }
}

/// Runs retention in every organisation that has it on. One organisation's failure is logged
/// and does not hold up the others.
pub async fn run(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Done, DbErr> {
    let mut total = Done::default();
    for org in queries::organisations(db).await? {
        let Some(years) = org.retention_years else {
            continue;
        };
        let scope = OrgScope::new(db.clone(), org.id);
        let setting = Setting {
            years,
            notice_days: org.retention_notice_days,
        };
        match step(&scope, &org.name, setting, now).await {
            Ok(done) => total.add(done),
            Err(e) => tracing::error!(organisation = %org.id, "retention: {e}"),
        }
    }
    Ok(total)
}

/// One organisation's run. `organisation` is its name, for the notices.
pub async fn step(
    scope: &OrgScope,
    organisation: &str,
    setting: Setting,
    now: DateTime<Utc>,
) -> Result<Done, DbErr> {
    let due = due::due(scope, setting.years, now).await?;
    let rows = queries::rows(scope).await?;
    let still_due: HashSet<Uuid> = due.iter().map(|d| d.person.id).collect();
    let stale: Vec<Uuid> = rows
        .values()
        .filter(|r| r.kept_at.is_none() && !still_due.contains(&r.person_id))
        .map(|r| r.id)
        .collect();
    queries::forget(scope, &stale).await?;
    let told_before = now - setting.notice();
    let mut done = Done::default();
    for d in &due {
        match rows.get(&d.person.id) {
            None => match tell(scope, organisation, setting, d, now).await? {
                Told::Email => done.emailed += 1,
                Told::Letter => done.letters += 1,
                Told::Already => {}
            },
            Some(row)
                if row.kept_at.is_none() && row.told_at.is_some_and(|at| at <= told_before) =>
            {
                if queries::claim_erasure(scope, d.person.id, told_before).await? {
                    crate::people::queries::erase(scope, d.person.id).await?;
                    audit::record(
                        scope,
                        None,
                        "erased",
                        "person",
                        Some(d.person.id),
                        Some("retention"),
                    )
                    .await?;
                    done.erased += 1;
                }
            }
            // Kept, waiting for a letter to be posted, or told too recently.
            Some(_) => {}
        }
    }
    done.files = queries::remove_old_files(scope, setting, now).await?;
    Ok(done)
}

enum Told {
    Email,
    Letter,
    Already,
}

/// Tells one person due: by email when they agreed to it and we have their address, else by
/// a letter, which waits on the coordinators' page until someone posts it.
async fn tell(
    scope: &OrgScope,
    organisation: &str,
    setting: Setting,
    d: &Due,
    now: DateTime<Utc>,
) -> Result<Told, DbErr> {
    let p = &d.person;
    let address = p
        .email
        .as_deref()
        .filter(|e| p.contact_by_email && !e.trim().is_empty());
    let by = if address.is_some() { EMAIL } else { LETTER };
    let subject = t("retention-notice-subject");
    let body = notice(organisation, setting, d, now);
    let email = address.map(|to| NewMessage {
        to,
        subject: &subject,
        body: &body,
        calendar: None,
    });
    if !queries::give_notice(scope, p.id, by, email, now).await? {
        return Ok(Told::Already);
    }
    let detail = if address.is_some() {
        "retention: told by email"
    } else {
        "retention: letter to send"
    };
    audit::record(scope, None, "told", "person", Some(p.id), Some(detail)).await?;
    Ok(if address.is_some() {
        Told::Email
    } else {
        Told::Letter
    })
}

/// The words of the notice, by email or in a letter posted on `now`.
pub fn notice(organisation: &str, setting: Setting, d: &Due, now: DateTime<Utc>) -> String {
    let p = &d.person;
    let name = p
        .preferred_name
        .clone()
        .unwrap_or_else(|| p.given_name.clone());
    let since = day(d.since);
    let why_key = match d.why {
        Why::Left => "retention-notice-left",
        Why::Idle => "retention-notice-idle",
        Why::Never => "retention-notice-never",
    };
    let why = t_args(why_key, &[("date", &since)]);
    t_args(
        "retention-notice-email",
        &[
            ("name", &name),
            ("why", &why),
            ("organisation", organisation),
            ("date", &day(now + setting.notice())),
        ],
    )
}
