//! Tables of feedback owed: person by person for one opportunity, and activity by activity
//! for the whole organisation (the dashboard and Feedback owed), with the names they need.

use std::collections::HashMap;

use uuid::Uuid;
use withus_db::entities::{meeting, opportunity};

use crate::impact::owed::{About, Owed, Waiting};
use crate::impact::queries::titles;
use crate::kit::components::{Cell, Table, Tag, render};
use crate::kit::dates::{day, today};
use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;

fn head(keys: &[&str]) -> Vec<Cell> {
    keys.iter().map(|k| Cell::text(t(k))).collect()
}

fn unsent_tag(due: chrono::NaiveDate, now: chrono::NaiveDate) -> String {
    if now > due {
        render(&Tag::new(t("feedback-overdue"), "red"))
    } else {
        render(&Tag::new(t("feedback-to-send"), "grey"))
    }
}

/// Each person owed feedback about one opportunity or its meetings, and whether it went.
pub fn owed_table(
    owed: &[Owed],
    names: &HashMap<Uuid, String>,
    about: &HashMap<About, String>,
) -> String {
    let now = today();
    render(&Table {
        head: head(&[
            "feedback-person",
            "feedback-about",
            "feedback-due",
            "feedback-state",
        ]),
        rows: owed
            .iter()
            .map(|w| {
                let state = match w.sent_at {
                    Some(at) => render(&Tag::new(
                        t_args(
                            "feedback-sent-on",
                            &[("date", &crate::kit::dates::london(at))],
                        ),
                        if w.sent_late() { "yellow" } else { "green" },
                    )),
                    None => unsent_tag(w.due, now),
                };
                vec![
                    Cell::text(names.get(&w.person_id).cloned().unwrap_or_default()),
                    Cell::text(about.get(&w.about).cloned().unwrap_or_default()),
                    Cell::text(day(w.due)),
                    Cell::html(state),
                ]
            })
            .collect(),
        ..Table::default()
    })
}

/// Each activity with feedback still to send: how many people wait, by when, and a link to
/// where it is sent from.
pub fn waiting_table(waiting: &[Waiting], about: &HashMap<About, String>) -> String {
    let now = today();
    render(&Table {
        head: vec![
            Cell::text(t("feedback-about")),
            Cell::text(t("feedback-waiting")).numeric(),
            Cell::text(t("feedback-due")),
            Cell::text(t("feedback-state")),
        ],
        rows: waiting
            .iter()
            .map(|w| {
                let title = about.get(&w.about).cloned().unwrap_or_default();
                let href = format!("/opportunities/{}/evaluation#feedback", w.opportunity_id);
                vec![
                    Cell::html(link(&href, &title)),
                    Cell::text(w.people.to_string()).numeric(),
                    Cell::text(day(w.due)),
                    Cell::html(unsent_tag(w.due, now)),
                ]
            })
            .collect(),
        ..Table::default()
    })
}

/// Titles of what feedback is about: opportunities and meetings.
pub async fn about_names(
    tenant: &Tenant,
    items: impl Iterator<Item = (Uuid, About)>,
) -> AppResult<HashMap<About, String>> {
    let (mut opportunities, mut meetings) = (Vec::new(), Vec::new());
    for (opportunity, about) in items {
        opportunities.push(opportunity);
        if let About::Meeting(m) = about {
            meetings.push(m);
        }
    }
    use opportunity::Column as O;
    let scope = &tenant.scope;
    let opportunities =
        titles::<opportunity::Entity>(scope, O::Id, O::Title, opportunities).await?;
    let meetings =
        titles::<meeting::Entity>(scope, meeting::Column::Id, meeting::Column::Title, meetings)
            .await?;
    Ok(opportunities
        .into_iter()
        .map(|(id, title)| (About::Opportunity(id), title))
        .chain(
            meetings
                .into_iter()
                .map(|(id, title)| (About::Meeting(id), title)),
        )
        .collect())
}

/// Names of the people owed feedback, and of what it is about.
pub async fn owed_names(
    tenant: &Tenant,
    owed: &[Owed],
) -> AppResult<(HashMap<Uuid, String>, HashMap<About, String>)> {
    let names =
        crate::support::names_of_people(&tenant.scope, owed.iter().map(|w| w.person_id).collect())
            .await?;
    let about = about_names(tenant, owed.iter().map(|w| (w.opportunity_id, w.about))).await?;
    Ok((names, about))
}
