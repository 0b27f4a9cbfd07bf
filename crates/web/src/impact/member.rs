//! An involved person's own "you said, we did": every contribution of theirs (and of groups
//! they were part of) and what became of it, with their right to ask again or complain when
//! the answer was no; and the questionnaires waiting for them.

use std::collections::HashMap;

use axum::extract::Query;
use axum::response::Response;
use uuid::Uuid;
use withus_db::entities::{contribution, opportunity};

use super::{AREAS, areas_of, queries, status_tag};
use crate::kit::blocks::{inset, paragraph_of, strong, summary_card};
use crate::kit::components::escape;
use crate::kit::dates::day;
use crate::kit::error::{AppError, AppResult};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Saved, Sections, heading_m, paragraph, words};
use crate::kit::tenancy::Tenant;
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

pub async fn show(tenant: Tenant, page: Page, Query(q): Query<Saved>) -> AppResult<Response> {
    let scope = &tenant.scope;
    let me = crate::people::id_for_account(scope, tenant.user.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let confirmed = queries::opportunities_confirmed_in(scope, me).await?;
    let mine = queries::contribution_ids_of(scope, me).await?;
    let theirs = queries::contributions(scope, None, Some(mine.clone())).await?;
    // The groups they were part of: contributions of their opportunities with nobody named.
    let all = queries::contributions(scope, Some(confirmed.clone()), None).await?;
    let named = queries::people_of(scope, &all).await?;
    let group: Vec<_> = all
        .into_iter()
        .filter(|c| !named.contains_key(&c.id))
        .collect();
    let titles: HashMap<Uuid, opportunity::Model> = queries::opportunities_in(
        scope,
        confirmed
            .iter()
            .copied()
            .chain(theirs.iter().map(|c| c.opportunity_id)),
    )
    .await?
    .into_iter()
    .map(|o| (o.id, o))
    .collect();
    let title = |id: &Uuid| titles.get(id).map_or(String::new(), |o| o.title.clone());
    let waiting = questionnaires_waiting(scope, me).await?;
    let mut sections = Sections::new(page, t("my-said-title"))
        .back("/home")
        .banner((q.saved == "questionnaire").then(|| t("questionnaire-thanks")))
        .paragraph(&t("my-said-intro"));
    if !waiting.is_empty() {
        sections = sections
            .heading_m(&t("my-said-waiting"), "questionnaires")
            .paragraph(&t("my-said-waiting-intro"))
            .links(&waiting);
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
