//! An involved person's own "you said, we did" as a page: each contribution as a card with
//! what became of it, and the questionnaires waiting for them.

use std::collections::HashMap;

use axum::response::Response;
use uuid::Uuid;
use withus_db::entities::{contribution, opportunity};

use crate::impact::{AREAS, areas_of, queries, status_tag};
use crate::kit::blocks::{inset, paragraph_of, strong, summary_card};
use crate::kit::components::escape;
use crate::kit::dates::day;
use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, heading_m, paragraph, words};
use crate::people::labels;

/// One contribution as a summary card; `said` is "You said" or "Your group said".
fn item(c: &contribution::Model, title: &str, said: &str) -> String {
    let mut out = format!(
        "{}{}",
        paragraph_of("govuk-body", &strong(&t(said))),
        words(&c.said)
    );
    out.push_str(&paragraph_of(
        "govuk-body",
        &format!("{} {}", strong(&t("my-said-stands")), status_tag(&c.status)),
    ));
    match (&c.outcome, c.status.as_str()) {
        (Some(outcome), _) => out.push_str(&words(outcome)),
        (None, _) => out.push_str(&paragraph(&t("my-said-not-decided"))),
    }
    let areas = areas_of(&c.areas);
    if c.status == "changed" && !areas.is_empty() {
        out.push_str(&paragraph(&t_args(
            "my-said-areas",
            &[("areas", &labels(AREAS, &areas))],
        )));
    }
    if c.status == "not_changed" {
        out.push_str(&inset(&escape(&t("my-said-appeal"))));
    }
    summary_card(
        &t_args("my-said-on", &[("date", &day(c.said_on)), ("title", title)]),
        &out,
    )
}

/// Links to the questionnaires the person has yet to answer: opportunities they were confirmed
/// in that are being evaluated.
pub async fn questionnaires_waiting(
    scope: &withus_db::OrgScope,
    person: Uuid,
) -> AppResult<Vec<(String, String)>> {
    Ok(queries::questionnaires_unanswered(scope, person)
        .await?
        .into_iter()
        .map(|o| {
            (
                format!("/my/questionnaires/{}", o.id),
                t_args("my-said-questionnaire", &[("title", &o.title)]),
            )
        })
        .collect())
}

/// Their contributions (`theirs`) and their groups' (`group`), under the questionnaires
/// waiting; `titles` names each opportunity.
pub fn page(
    page: Page,
    saved: &str,
    waiting: &[(String, String)],
    (theirs, group): (&[contribution::Model], &[contribution::Model]),
    titles: &HashMap<Uuid, opportunity::Model>,
) -> AppResult<Response> {
    let title = |id: &Uuid| titles.get(id).map_or(String::new(), |o| o.title.clone());
    let mut sections = Sections::new(page, t("my-said-title"))
        .back("/home")
        .banner((saved == "questionnaire").then(|| t("questionnaire-thanks-next")))
        .paragraph(&t("my-said-intro"));
    if !waiting.is_empty() {
        sections = sections
            .heading_m(&t("my-said-waiting"), "questionnaires")
            .paragraph(&t("my-said-waiting-intro"))
            .links(waiting);
    }
    sections = sections.block(heading_m(&t("my-said-yours"), "yours"));
    sections = if theirs.is_empty() {
        sections.paragraph(&t("my-said-none"))
    } else {
        theirs.iter().fold(sections, |s, c| {
            s.block(item(c, &title(&c.opportunity_id), "contribution-you-said"))
        })
    };
    if !group.is_empty() {
        sections = sections.heading_m(&t("my-said-group"), "group");
        sections = group.iter().fold(sections, |s, c| {
            s.block(item(c, &title(&c.opportunity_id), "my-said-your-group"))
        });
    }
    sections.respond()
}
