//! Staff pages for opportunities: the list, the form, and moving one through its lifecycle.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::forms::{OpportunityForm, ROLE_SLOTS, form_from};
use super::lifecycle::{self, Readiness};
use super::queries::{self, Full};
use super::views;
use super::vocab;
use crate::AppState;
use crate::components::{
    Button, Cell, ErrorSummary, NotificationBanner, Select, SummaryList, Table, escape, render,
};
use crate::error::{AppError, AppResult, html, html_status};
use crate::forms::{Errors, FormData};
use crate::i18n::t;
use crate::page::Page;
use crate::people::queries::staff_contacts;
use crate::people::routes::{FormPage, parse_id};
use crate::tenancy::Tenant;

pub async fn load(tenant: &Tenant, id: &str) -> AppResult<Full> {
    queries::load(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
}

#[derive(Template)]
#[template(path = "opportunities/index.html")]
struct IndexPage {
    page: Page,
    filter: String,
    button: Button,
    add: Button,
    table: Option<Table>,
}

pub async fn index(tenant: Tenant, page: Page, Query(q): Query<ListQuery>) -> AppResult<Response> {
    let found = queries::list(&tenant.scope, &q.status).await?;
    let any = t("filter-any");
    let options = vocab::options(vocab::STATUSES);
    let mut pairs: Vec<(&str, &str)> = vec![("", any.as_str())];
    pairs.extend(options.iter().map(|(v, l)| (*v, l.as_str())));
    let rows: Vec<Vec<Cell>> = found
        .iter()
        .map(|o| {
            vec![
                Cell::html(format!(
                    "<a class=\"govuk-link\" href=\"/opportunities/{}\">{}</a>",
                    o.id,
                    escape(&o.title)
                )),
                Cell::text(
                    o.level
                        .as_deref()
                        .map(|l| vocab::label(vocab::LEVELS, l))
                        .unwrap_or_default(),
                ),
                Cell::html(views::status_tag(&o.status)),
                Cell::text(views::when(o)),
            ]
        })
        .collect();
    html(IndexPage {
        page: page.titled(t("opp-title")),
        filter: render(&Select::new(
            "status",
            t("opp-field-status"),
            &pairs,
            &q.status,
        )),
        button: Button::submit(t("people-search-button")).secondary(),
        add: Button::link(t("opp-add"), "/opportunities/new"),
        table: (!rows.is_empty()).then(|| Table {
            caption: Some(t("opp-title")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: [
                "opp-field-title",
                "opp-field-level",
                "opp-field-status",
                "opp-field-when",
            ]
            .iter()
            .map(|k| Cell::text(t(k)))
            .collect(),
            rows,
            ..Table::default()
        }),
    })
}

fn form_page(
    page: Page,
    heading: String,
    action: String,
    form: &OpportunityForm,
    errors: &Errors,
    lists: &Lists,
) -> FormPage {
    FormPage {
        page: page.titled(heading.clone()),
        errors: errors.summary(),
        heading,
        back: action.clone(),
        action,
        fields: views::fields(form, errors, lists),
        button: Button::submit(t("opp-save")),
    }
}

pub async fn new(tenant: Tenant, page: Page) -> AppResult<Response> {
    let lists = lists(&tenant).await?;
    let form = OpportunityForm {
        roles: vec![Default::default(); ROLE_SLOTS],
        places: "8".into(),
        reserves: "2".into(),
        paid: "no".into(),
        ..OpportunityForm::default()
    };
    html(form_page(
        page,
        t("opp-add"),
        "/opportunities".into(),
        &form,
        &Errors::default(),
        &lists,
    ))
}

/// What the form offers to choose from: the organisation's staff and its courses.
pub struct Lists {
    pub staff: Vec<(Uuid, String)>,
    pub courses: Vec<(Uuid, String)>,
}

async fn lists(tenant: &Tenant) -> AppResult<Lists> {
    Ok(Lists {
        staff: staff_contacts(&tenant.scope).await?,
        courses: crate::support::queries::course_names(&tenant.scope).await?,
    })
}

/// The owner must be one of the organisation's staff and a role's requirement one of its
/// courses; anything else is dropped.
fn checked(
    form: &OpportunityForm,
    lists: &Lists,
) -> Result<super::forms::OpportunityInput, Errors> {
    let known = |list: &[(Uuid, String)], id: Uuid| list.iter().any(|(i, _)| *i == id);
    let mut input = form.check()?;
    if input.owner.is_some_and(|o| !known(&lists.staff, o)) {
        input.owner = None;
    }
    for role in &mut input.roles {
        if role.requires.is_some_and(|c| !known(&lists.courses, c)) {
            role.requires = None;
        }
    }
    Ok(input)
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let form = OpportunityForm::from_form(&data);
    let lists = lists(&tenant).await?;
    match checked(&form, &lists) {
        Ok(input) => {
            let id = queries::save(&tenant.scope, None, &input, tenant.user.account_id).await?;
            tenant
                .audit("created", "opportunity", Some(id), Some(&input.title))
                .await?;
            Ok(Redirect::to(&format!("/opportunities/{id}?saved=added")).into_response())
        }
        Err(errors) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(
                page,
                t("opp-add"),
                "/opportunities".into(),
                &form,
                &errors,
                &lists,
            ),
        ),
    }
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let lists = lists(&tenant).await?;
    let form = form_from(&full.opportunity, &full.outcomes, &full.roles, &full.tags);
    let action = format!("/opportunities/{}", full.opportunity.id);
    html(form_page(
        page,
        t("opp-change"),
        action,
        &form,
        &Errors::default(),
        &lists,
    ))
}

pub async fn update(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let id = full.opportunity.id;
    let form = OpportunityForm::from_form(&data);
    let lists = lists(&tenant).await?;
    match checked(&form, &lists) {
        Ok(input) => {
            queries::save(&tenant.scope, Some(id), &input, tenant.user.account_id).await?;
            tenant
                .audit("changed", "opportunity", Some(id), None)
                .await?;
            Ok(Redirect::to(&format!("/opportunities/{id}?saved=changed")).into_response())
        }
        Err(errors) => html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(
                page,
                t("opp-change"),
                format!("/opportunities/{id}"),
                &form,
                &errors,
                &lists,
            ),
        ),
    }
}

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    #[serde(default)]
    saved: String,
}

#[derive(Template)]
#[template(path = "opportunities/show.html")]
struct ShowPage {
    page: Page,
    id: Uuid,
    title: String,
    status: String,
    errors: Option<ErrorSummary>,
    banner: Option<NotificationBanner>,
    summary: SummaryList,
    next: Option<(String, Button)>,
    back_to_draft: Option<Button>,
    history: Table,
    takes_interest: bool,
    meetings: Vec<(Uuid, String, String)>,
    plain: String,
    /// Once evaluating: each outcome with its evidence, and the questionnaire side by side.
    impact: Vec<String>,
    /// While a draft: lessons from similar opportunities.
    lessons: String,
}

/// Adds what closing the loop shows: the evaluation once it has started, lessons while a draft.
async fn with_loop(tenant: &Tenant, full: &Full, mut page: ShowPage) -> AppResult<ShowPage> {
    match full.opportunity.status.as_str() {
        "evaluating" | "closed" => {
            page.impact = crate::impact::evaluation::summary_blocks(tenant, full).await?;
        }
        "draft" => {
            let lessons = crate::impact::evaluation::lessons_for(tenant, full).await?;
            page.lessons = crate::impact::evaluation::lessons_block(&lessons);
        }
        _ => {}
    }
    Ok(page)
}

fn readiness(full: &Full) -> Readiness<'_> {
    let o = &full.opportunity;
    Readiness {
        purpose: &o.purpose,
        outcomes: full.outcomes.len(),
        level: o.level.as_deref(),
        can_change: &o.can_change,
        cannot_change: &o.cannot_change,
        who_decides: &o.who_decides,
        roles_without_description: full
            .roles
            .iter()
            .filter(|r| r.description.trim().is_empty())
            .count(),
        // Only closing looks at these; move_status fills them in before it checks.
        feedback_unsent: 0,
        evaluated: true,
    }
}

fn show_page(
    page: Page,
    full: &Full,
    problems: &[&str],
    saved: &str,
    meetings: &[withus_db::entities::meeting::Model],
    plain: String,
) -> ShowPage {
    let o = &full.opportunity;
    let errors = (!problems.is_empty()).then(|| {
        let mut summary = ErrorSummary::of(
            &problems
                .iter()
                .map(|p| ("next-step".to_owned(), t(p)))
                .collect::<Vec<_>>(),
        );
        summary.description_text = Some(t("opp-problems-intro"));
        summary
    });
    let banner = match saved {
        "added" => Some(NotificationBanner::success(t("opp-added"))),
        "changed" => Some(NotificationBanner::success(t("opp-changed"))),
        "moved" => Some(NotificationBanner::success(t("opp-moved"))),
        _ => None,
    };
    ShowPage {
        page: page.titled(o.title.clone()),
        id: o.id,
        title: o.title.clone(),
        status: views::status_tag(&o.status),
        errors,
        banner,
        summary: views::summary(full),
        next: lifecycle::next(&o.status).map(|next| {
            (
                next.to_owned(),
                Button::submit(crate::i18n::t_args(
                    "opp-move-to",
                    &[(
                        "status",
                        &vocab::label(vocab::STATUSES, next).to_lowercase(),
                    )],
                )),
            )
        }),
        back_to_draft: matches!(o.status.as_str(), "open" | "recruiting")
            .then(|| Button::submit(t("opp-back-to-draft")).secondary()),
        history: Table {
            caption: Some(t("opp-history")),
            caption_classes: Some("govuk-table__caption--m".into()),
            head: vec![
                Cell::text(t("opp-field-status")),
                Cell::text(t("opp-history-when")),
            ],
            rows: full
                .history
                .iter()
                .map(|h| {
                    vec![
                        Cell::text(vocab::label(vocab::STATUSES, &h.status)),
                        Cell::text(crate::admin::routes::london(h.changed_at)),
                    ]
                })
                .collect(),
            ..Table::default()
        },
        takes_interest: o.status != "draft",
        plain,
        impact: Vec::new(),
        lessons: String::new(),
        meetings: meetings
            .iter()
            .map(|m| {
                let title = if m.cancelled_at.is_some() {
                    crate::i18n::t_args("meeting-cancelled-title", &[("title", &m.title)])
                } else {
                    m.title.clone()
                };
                (m.id, title, crate::meetings::when(m.starts_at, m.ends_at))
            })
            .collect(),
    }
}

/// What the plain-language checker makes of the words involved people will read.
async fn plain_findings(tenant: &Tenant, full: &Full) -> AppResult<String> {
    let o = &full.opportunity;
    let text = [
        o.summary.as_str(),
        &o.purpose,
        &o.can_change,
        &o.cannot_change,
    ]
    .iter()
    .filter(|t| !t.trim().is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join("\n\n");
    let checked = crate::plain::report(tenant, &text).await?;
    Ok(crate::plain::findings_html(&checked, &t("opp-plain-what")))
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let meetings =
        crate::meetings::queries::for_opportunity(&tenant.scope, full.opportunity.id).await?;
    let plain = plain_findings(&tenant, &full).await?;
    let shown = show_page(page, &full, &[], &q.saved, &meetings, plain);
    html(with_loop(&tenant, &full, shown).await?)
}

pub async fn move_status(
    State(state): State<AppState>,
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let full = load(&tenant, &id).await?;
    let o = &full.opportunity;
    let to = data.one("to");
    let meetings = crate::meetings::queries::for_opportunity(&tenant.scope, o.id).await?;
    let plain = plain_findings(&tenant, &full).await?;
    let mut ready = readiness(&full);
    if to == "closed" {
        let loop_state = crate::impact::closing::state(&tenant.scope, &full).await?;
        ready.feedback_unsent = loop_state.unsent;
        ready.evaluated = loop_state.evaluated;
    }
    let problems = lifecycle::problems(&o.status, &to, &ready);
    if !problems.is_empty() {
        let shown = show_page(page, &full, &problems, "", &meetings, plain);
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            with_loop(&tenant, &full, shown).await?,
        );
    }
    if queries::set_status(&tenant.scope, o.id, &o.status, &to, tenant.user.account_id).await? {
        tenant
            .audit("moved", "opportunity", Some(o.id), Some(&to))
            .await?;
        if to == "evaluating" {
            crate::impact::questionnaire::invite(&state, &tenant, o).await?;
        }
    }
    Ok(Redirect::to(&format!("/opportunities/{}?saved=moved", o.id)).into_response())
}
