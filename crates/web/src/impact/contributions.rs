//! "You said, we did": each contribution involved people made and what became of it, the
//! change made or the honest reason it was not (seed 001 Gateshead), tagged with seed 002's
//! six impact areas and a level, with evidence and a date.

use std::collections::HashMap;

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, QueryFilter};
use serde::Deserialize;
use uuid::Uuid;
use withus_db::entities::{contribution, interest, meeting_attendee, opportunity};
use withus_db::sea_orm;

use super::queries::{self, ContributionInput};
use super::{AREAS, KINDS, LEVELS, STATUSES, areas_of, status_tag};
use crate::kit::components::{Cell, Table, escape, render};
use crate::kit::dates::{day, today};
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{
    Sections, TypedDate, checkboxes, choices_of, link, paragraph, radios, select, textarea,
};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::{Vocab, contains, label};
use crate::opportunities::Full;
use crate::people::views::labels;

#[derive(Clone, Debug, Default)]
pub struct ContributionForm {
    pub meeting: String,
    pub kind: String,
    pub said: String,
    pub said_on: TypedDate,
    pub people: Vec<String>,
    pub status: String,
    pub outcome: String,
    pub level: String,
    pub areas: Vec<String>,
    pub evidence: String,
    pub outcome_on: TypedDate,
}

/// What the form offers for one opportunity: its meetings and the people involved in it.
pub struct Offered {
    pub meetings: Vec<(String, String)>,
    pub people: Vec<(String, String)>,
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

impl ContributionForm {
    pub fn from_data(data: &FormData) -> Self {
        ContributionForm {
            meeting: data.one("meeting"),
            kind: data.one("kind"),
            said: data.one("said").trim().to_owned(),
            said_on: TypedDate::from_data(data, "said_on"),
            people: data.all("people"),
            status: data.one("status"),
            outcome: data.one("outcome").trim().to_owned(),
            level: data.one("level"),
            areas: data.all("areas"),
            evidence: data.one("evidence").trim().to_owned(),
            outcome_on: TypedDate::from_data(data, "outcome_on"),
        }
    }

    fn from_row(c: &contribution::Model, people: &[Uuid]) -> Self {
        ContributionForm {
            meeting: c.meeting_id.map(|m| m.to_string()).unwrap_or_default(),
            kind: c.kind.clone(),
            said: c.said.clone(),
            said_on: TypedDate::of(c.said_on),
            people: people.iter().map(Uuid::to_string).collect(),
            status: c.status.clone(),
            outcome: c.outcome.clone().unwrap_or_default(),
            level: c.level.clone().unwrap_or_default(),
            areas: areas_of(&c.areas),
            evidence: c.evidence.clone().unwrap_or_default(),
            outcome_on: c.outcome_on.map(TypedDate::of).unwrap_or_default(),
        }
    }

    /// The checked values, or what to fix. `offered` limits meetings and people to the
    /// opportunity's own.
    pub fn check(
        &self,
        opportunity_id: Uuid,
        offered: &Offered,
        today: NaiveDate,
    ) -> Result<ContributionInput, Errors> {
        let mut errors = Errors::default();
        let is_offered = |list: &[(String, String)], v: &str| list.iter().any(|(id, _)| id == v);
        if !contains(KINDS, &self.kind) {
            errors.add("kind", t("contribution-error-kind"));
        }
        if self.said.is_empty() {
            errors.add("said", t("contribution-error-said"));
        }
        let said_on = self.said_on.date().filter(|d| *d <= today);
        if said_on.is_none() {
            errors.add("said_on", t("contribution-error-said-on"));
        }
        if !self.meeting.is_empty() && !is_offered(&offered.meetings, &self.meeting) {
            errors.add("meeting", t("contribution-error-meeting"));
        }
        if !contains(STATUSES, &self.status) {
            errors.add("status", t("contribution-error-status"));
        }
        let decided = self.status == "changed" || self.status == "not_changed";
        let mut outcome_on = None;
        if decided {
            if self.outcome.is_empty() {
                let key = if self.status == "changed" {
                    "contribution-error-change"
                } else {
                    "contribution-error-reason"
                };
                errors.add("outcome", t(key));
            }
            outcome_on = self
                .outcome_on
                .date()
                .filter(|d| *d <= today && said_on.is_none_or(|s| *d >= s));
            if outcome_on.is_none() {
                errors.add("outcome_on", t("contribution-error-outcome-on"));
            }
        }
        let areas: Vec<String> = self
            .areas
            .iter()
            .filter(|a| contains(AREAS, a))
            .cloned()
            .collect();
        if self.status == "changed" {
            if !contains(LEVELS, &self.level) {
                errors.add("level", t("contribution-error-level"));
            }
            if areas.is_empty() {
                errors.add("areas", t("contribution-error-areas"));
            }
        }
        match (said_on, errors.is_empty()) {
            (Some(said_on), true) => Ok(ContributionInput {
                opportunity_id,
                meeting_id: Uuid::parse_str(&self.meeting).ok(),
                kind: self.kind.clone(),
                said: self.said.clone(),
                said_on,
                people: self
                    .people
                    .iter()
                    .filter(|p| is_offered(&offered.people, p))
                    .filter_map(|p| Uuid::parse_str(p).ok())
                    .collect(),
                status: self.status.clone(),
                outcome: decided.then(|| optional(&self.outcome)).flatten(),
                level: contains(LEVELS, &self.level).then(|| self.level.clone()),
                areas,
                evidence: optional(&self.evidence),
                outcome_on,
            }),
            _ => Err(errors),
        }
    }

    fn fields(&self, offered: &Offered, errors: &Errors) -> Vec<String> {
        let radios = |name: &str, key: &str, vocab: Vocab, chosen: &str| {
            radios(name, key, vocab, chosen, errors)
        };
        let checkboxes =
            |name: &str, key: &str, items: &[(String, String)], chosen: &[String], hint: &str| {
                checkboxes(name, t(key), items, chosen, Some(t(hint)), errors)
            };
        let area = |name: &str, key: &str, value: &str| textarea(name, key, value, errors);
        let mut meetings = vec![(String::new(), t("contribution-no-meeting"))];
        meetings.extend(offered.meetings.iter().cloned());
        let people = &offered.people;
        let areas = choices_of(AREAS);
        let mut fields = vec![
            format!(
                "<h2 class=\"govuk-heading-m\">{}</h2>",
                escape(&t("contribution-said-heading"))
            ),
            radios("kind", "contribution-kind", KINDS, &self.kind),
            area("said", "contribution-said", &self.said),
            self.said_on
                .field("said_on", t("contribution-said-on"), errors),
            select(
                "meeting",
                t("contribution-meeting"),
                &meetings,
                &self.meeting,
                errors,
            ),
        ];
        if people.is_empty() {
            fields.push(paragraph(&t("contribution-group-only")));
        } else {
            fields.push(checkboxes(
                "people",
                "contribution-people",
                people,
                &self.people,
                "contribution-people-hint",
            ));
        }
        fields.extend([
            format!(
                "<h2 class=\"govuk-heading-m\">{}</h2>",
                escape(&t("contribution-did-heading"))
            ),
            radios("status", "contribution-status", STATUSES, &self.status),
            area("outcome", "contribution-outcome", &self.outcome),
            radios("level", "contribution-level", LEVELS, &self.level),
            checkboxes(
                "areas",
                "contribution-areas",
                &areas,
                &self.areas,
                "contribution-areas-hint",
            ),
            area("evidence", "contribution-evidence", &self.evidence),
            self.outcome_on
                .field("outcome_on", t("contribution-outcome-on"), errors),
        ]);
        fields
    }
}

/// The opportunity's meetings, and the people confirmed in it or expected at its meetings.
async fn offered(tenant: &Tenant, opportunity_id: Uuid) -> AppResult<Offered> {
    let scope = &tenant.scope;
    let meetings = crate::meetings::for_opportunity(scope, opportunity_id).await?;
    let mut ids: Vec<Uuid> = scope
        .find::<interest::Entity>()
        .filter(interest::Column::OpportunityId.eq(opportunity_id))
        .filter(interest::Column::Status.eq("confirmed"))
        .all(scope.db())
        .await?
        .into_iter()
        .map(|i| i.person_id)
        .collect();
    ids.extend(
        scope
            .find::<meeting_attendee::Entity>()
            .filter(meeting_attendee::Column::MeetingId.is_in(meetings.iter().map(|m| m.id)))
            .all(scope.db())
            .await?
            .into_iter()
            .filter_map(|a| a.person_id),
    );
    let names = crate::support::names_of_people(scope, ids).await?;
    let mut people: Vec<(String, String)> = names
        .into_iter()
        .map(|(id, n)| (id.to_string(), n))
        .collect();
    people.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(Offered {
        meetings: meetings
            .iter()
            .filter(|m| m.cancelled_at.is_none())
            .map(|m| {
                (
                    m.id.to_string(),
                    format!(
                        "{} ({})",
                        m.title,
                        crate::meetings::when(m.starts_at, m.ends_at)
                    ),
                )
            })
            .collect(),
        people,
    })
}

/// Rows of a "you said, we did" table, with who said each.
async fn rows(
    tenant: &Tenant,
    items: &[contribution::Model],
    with_opportunity: bool,
) -> AppResult<Vec<Vec<Cell>>> {
    let people = queries::people_of(&tenant.scope, items).await?;
    let names = crate::support::names_of_people(
        &tenant.scope,
        people.values().flatten().copied().collect(),
    )
    .await?;
    let titles: HashMap<Uuid, String> = if with_opportunity {
        tenant
            .scope
            .find::<opportunity::Entity>()
            .filter(opportunity::Column::Id.is_in(items.iter().map(|c| c.opportunity_id)))
            .all(tenant.scope.db())
            .await?
            .into_iter()
            .map(|o| (o.id, o.title))
            .collect()
    } else {
        HashMap::new()
    };
    Ok(items
        .iter()
        .map(|c| {
            let who: Vec<String> = people
                .get(&c.id)
                .map(|ids| ids.iter().filter_map(|p| names.get(p).cloned()).collect())
                .unwrap_or_default();
            let who = if who.is_empty() { t("contribution-the-group") } else { who.join(", ") };
            let mut said = format!(
                "<a class=\"govuk-link\" href=\"/impact/{}\">{}</a><br><span class=\"govuk-body-s\">{} · {}</span>",
                c.id,
                escape(&c.said),
                escape(&who),
                escape(&day(c.said_on))
            );
            if let Some(title) = titles.get(&c.opportunity_id) {
                said.push_str(&format!("<br><span class=\"govuk-body-s\">{}</span>", escape(title)));
            }
            let did = match &c.outcome {
                Some(outcome) => format!("{}<p class=\"govuk-body-s withus-pre-line\">{}</p>", status_tag(&c.status), escape(outcome)),
                None => status_tag(&c.status),
            };
            vec![
                Cell::html(said),
                Cell::html(did),
                Cell::text(labels(AREAS, &areas_of(&c.areas))),
            ]
        })
        .collect())
}

fn said_table(rows: Vec<Vec<Cell>>) -> String {
    render(&Table {
        head: vec![
            Cell::text(t("contribution-you-said")),
            Cell::text(t("contribution-we-did")),
            Cell::text(t("contribution-areas")),
        ],
        rows,
        ..Table::default()
    })
}

/// The opportunity's contributions, for its evaluation page.
pub async fn for_opportunity(tenant: &Tenant, opportunity_id: Uuid) -> AppResult<Vec<String>> {
    let items = queries::contributions(&tenant.scope, Some(vec![opportunity_id]), None).await?;
    let mut blocks = Vec::new();
    if items.is_empty() {
        blocks.push(paragraph(&t("impact-none")));
    } else {
        blocks.push(said_table(rows(tenant, &items, false).await?));
    }
    blocks.push(link(
        &format!("/impact/new?opportunity={opportunity_id}"),
        &t("impact-record"),
    ));
    Ok(blocks)
}

#[derive(Deserialize, Default)]
pub struct IndexQuery {
    #[serde(default)]
    area: String,
    #[serde(default)]
    saved: String,
}

/// Changes in each impact area, at each level.
fn area_counts(items: &[contribution::Model]) -> String {
    let rows = AREAS
        .iter()
        .map(|(area, key)| {
            let count = |level: &str| {
                items
                    .iter()
                    .filter(|c| {
                        c.status == "changed"
                            && c.level.as_deref() == Some(level)
                            && areas_of(&c.areas).iter().any(|a| a == area)
                    })
                    .count()
            };
            vec![
                Cell::html(link(&format!("/impact?area={area}"), &t(key))),
                Cell::text(count("individual").to_string()).numeric(),
                Cell::text(count("strategic").to_string()).numeric(),
            ]
        })
        .collect();
    render(&Table {
        caption: Some(t("impact-areas-caption")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: vec![
            Cell::text(t("contribution-areas")),
            Cell::text(t("impact-level-individual")).numeric(),
            Cell::text(t("impact-level-strategic")).numeric(),
        ],
        rows,
        ..Table::default()
    })
}

pub async fn index(tenant: Tenant, page: Page, Query(q): Query<IndexQuery>) -> AppResult<Response> {
    let all = queries::contributions(&tenant.scope, None, None).await?;
    let shown: Vec<contribution::Model> = all
        .iter()
        .filter(|c| q.area.is_empty() || areas_of(&c.areas).contains(&q.area))
        .cloned()
        .collect();
    let mut sections = Sections::new(page, t("impact-title"))
        .banner((!q.saved.is_empty()).then(|| t("impact-saved")))
        .paragraph(&t("impact-intro"))
        .links(&[
            ("/impact/new".into(), t("impact-record")),
            ("/impact/feedback".into(), t("feedback-owed-title")),
        ])
        .block(area_counts(&all))
        .wide();
    let heading = if contains(AREAS, &q.area) {
        t_args("impact-in-area", &[("area", &label(AREAS, &q.area))])
    } else {
        t("impact-all")
    };
    sections = sections.heading_m(&heading, "list");
    sections = if shown.is_empty() {
        sections.paragraph(&t("impact-none"))
    } else {
        sections.block(said_table(rows(&tenant, &shown, true).await?))
    };
    sections.respond()
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    opportunity: String,
}

async fn opportunity_of(tenant: &Tenant, id: &str) -> AppResult<Full> {
    crate::opportunities::load(tenant, id).await
}

fn form_page(
    page: Page,
    full: &Full,
    action: &str,
    form: &ContributionForm,
    offered: &Offered,
    errors: &Errors,
) -> AppResult<Response> {
    Sections::new(page, t("impact-record"))
        .caption(full.opportunity.title.clone())
        .back(format!(
            "/opportunities/{}/evaluation#said",
            full.opportunity.id
        ))
        .errors(errors)
        .paragraph(&t("contribution-form-intro"))
        .form(
            action,
            &form.fields(offered, errors),
            &t("contribution-save"),
        )
        .respond()
}

pub async fn new(tenant: Tenant, page: Page, Query(q): Query<NewQuery>) -> AppResult<Response> {
    if q.opportunity.is_empty() {
        // First, which opportunity: its meetings and people make the rest of the form.
        let mut choices: Vec<(String, String)> =
            vec![(String::new(), t("contribution-choose-opportunity"))];
        let all = tenant
            .scope
            .find::<opportunity::Entity>()
            .filter(opportunity::Column::Status.ne("draft"))
            .all(tenant.scope.db())
            .await?;
        choices.extend(all.into_iter().map(|o| (o.id.to_string(), o.title)));
        let select = select(
            "opportunity",
            t("contribution-opportunity"),
            &choices,
            "",
            &Errors::default(),
        );
        return Sections::new(page, t("impact-record"))
            .back("/impact")
            .block(format!(
                "<form method=\"get\" action=\"/impact/new\" novalidate>{select}<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">{}</button></form>",
                escape(&t("continue"))
            ))
            .respond();
    }
    let full = opportunity_of(&tenant, &q.opportunity).await?;
    let offered = offered(&tenant, full.opportunity.id).await?;
    let form = ContributionForm {
        status: "open".into(),
        said_on: TypedDate::of(today()),
        ..ContributionForm::default()
    };
    let action = format!("/impact?opportunity={}", full.opportunity.id);
    form_page(page, &full, &action, &form, &offered, &Errors::default())
}

pub async fn create(
    tenant: Tenant,
    page: Page,
    Query(q): Query<NewQuery>,
    data: FormData,
) -> AppResult<Response> {
    let full = opportunity_of(&tenant, &q.opportunity).await?;
    let offered = offered(&tenant, full.opportunity.id).await?;
    let form = ContributionForm::from_data(&data);
    match form.check(full.opportunity.id, &offered, today()) {
        Ok(input) => {
            let id =
                queries::save_contribution(&tenant.scope, None, &input, tenant.user.account_id)
                    .await?;
            tenant
                .audit("recorded contribution", "contribution", Some(id), None)
                .await?;
            Ok(Redirect::to(&format!(
                "/opportunities/{}/evaluation?saved=said#said",
                full.opportunity.id
            ))
            .into_response())
        }
        Err(errors) => {
            let action = format!("/impact?opportunity={}", full.opportunity.id);
            form_page(page, &full, &action, &form, &offered, &errors)
        }
    }
}

async fn load(tenant: &Tenant, id: &str) -> AppResult<(contribution::Model, Full)> {
    let c = queries::contribution(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let full = opportunity_of(tenant, &c.opportunity_id.to_string()).await?;
    Ok((c, full))
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let (c, full) = load(&tenant, &id).await?;
    let people = queries::people_of(&tenant.scope, std::slice::from_ref(&c)).await?;
    let form = ContributionForm::from_row(&c, people.get(&c.id).map_or(&[], Vec::as_slice));
    let offered = offered(&tenant, full.opportunity.id).await?;
    form_page(
        page,
        &full,
        &format!("/impact/{}", c.id),
        &form,
        &offered,
        &Errors::default(),
    )
}

pub async fn update(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let (c, full) = load(&tenant, &id).await?;
    let offered = offered(&tenant, full.opportunity.id).await?;
    let form = ContributionForm::from_data(&data);
    match form.check(full.opportunity.id, &offered, today()) {
        Ok(input) => {
            queries::save_contribution(&tenant.scope, Some(c.id), &input, tenant.user.account_id)
                .await?;
            tenant
                .audit(
                    "recorded impact",
                    "contribution",
                    Some(c.id),
                    Some(&input.status),
                )
                .await?;
            Ok(Redirect::to("/impact?saved=yes").into_response())
        }
        Err(errors) => form_page(
            page,
            &full,
            &format!("/impact/{}", c.id),
            &form,
            &offered,
            &errors,
        ),
    }
}
