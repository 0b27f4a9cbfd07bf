use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;

use super::queries::{self, NewGroup};
use crate::kit::components::{
    Button, Cell, Choices, ErrorSummary, Fieldset, Input, SummaryList, Table, Tag, Textarea, render,
};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::form_parts::link_button;
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData, looks_like_email};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::{self, Vocab};
use crate::people::display_name;
use crate::people::{self, Filters};

pub const KINDS: Vocab = &[
    ("group", "group-kind-group"),
    ("user_led_organisation", "group-kind-ulo"),
];

#[derive(Template)]
#[template(path = "groups/index.html")]
struct IndexPage {
    page: Page,
    add: Button,
    table: Option<Table>,
}

pub async fn index(tenant: Tenant, page: Page) -> AppResult<Response> {
    let groups = queries::groups(&tenant.scope).await?;
    let rows: Vec<Vec<Cell>> = groups
        .iter()
        .map(|g| {
            vec![
                Cell::html(link(&format!("/groups/{}", g.id), &g.name)),
                Cell::text(vocab::label(KINDS, &g.kind)),
            ]
        })
        .collect();
    html(IndexPage {
        page: page.titled(t("groups-title")),
        add: Button::link(t("groups-add"), "/groups/new"),
        table: (!rows.is_empty()).then(|| Table {
            caption: Some(t("groups-title")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: vec![Cell::text(t("field-name")), Cell::text(t("group-kind"))],
            rows,
            ..Table::default()
        }),
    })
}

#[derive(Template)]
#[template(path = "groups/new.html")]
struct NewPage {
    page: Page,
    errors: Option<ErrorSummary>,
    fields: Vec<String>,
    button: Button,
}

fn new_page(page: Page, data: &FormData, errors: &Errors) -> NewPage {
    let kinds = vocab::options(KINDS);
    let kind_pairs: Vec<(&str, &str)> = kinds.iter().map(|(v, l)| (*v, l.as_str())).collect();
    let kind = data.one("kind");
    NewPage {
        page: page.titled(t("groups-add")),
        errors: errors.summary(),
        fields: vec![
            render(
                &Input::new("name", t("group-name"))
                    .value(&data.one("name"))
                    .error(errors.get("name")),
            ),
            render(
                &Choices::radios(
                    "kind",
                    Fieldset::legend(t("group-kind"), "govuk-fieldset__legend--s", false),
                    &kind_pairs,
                    &[kind.as_str()],
                )
                .error(errors.get("kind")),
            ),
            render(&Textarea::new("about", t("group-about")).value(&data.one("about"))),
            render(
                &Input::new("email", t("field-email"))
                    .kind("email")
                    .spellcheck(false)
                    .value(&data.one("email"))
                    .error(errors.get("email")),
            ),
        ],
        button: Button::submit(t("groups-add")),
    }
}

pub async fn new(page: Page) -> AppResult<Response> {
    html(new_page(page, &FormData::default(), &Errors::default()))
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let mut errors = Errors::default();
    let (name, kind, email) = (
        data.one("name"),
        data.one("kind"),
        data.one("email").to_lowercase(),
    );
    if name.is_empty() {
        errors.add("name", t("error-group-name"));
    }
    if !vocab::contains(KINDS, &kind) {
        errors.add("kind", t("error-group-kind"));
    }
    if !email.is_empty() && !looks_like_email(&email) {
        errors.add("email", t("error-email-format"));
    }
    if !errors.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            new_page(page, &data, &errors),
        );
    }
    let about = data.one("about");
    let new = NewGroup {
        name,
        kind,
        about: (!about.is_empty()).then_some(about),
        email: (!email.is_empty()).then_some(email),
    };
    let id = queries::create(&tenant.scope, new).await?;
    tenant.audit("created", "group", Some(id), None).await?;
    Ok(Redirect::to(&format!("/groups/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "groups/show.html")]
struct ShowPage {
    page: Page,
    id: Uuid,
    name: String,
    summary: SummaryList,
    members: Option<Table>,
    search: Input,
    search_button: Button,
    found: Vec<(Uuid, String)>,
    q: String,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct Search {
    #[serde(default)]
    q: String,
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(search): Query<Search>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let group = queries::find(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (members, people) = queries::members(&tenant.scope, id).await?;
    let csrf = page.csrf.clone();
    let rows: Vec<Vec<Cell>> = people
        .iter()
        .map(|p| {
            let represents = members.iter().any(|m| m.person_id == p.id && m.represents);
            let remove = link_button(
                &csrf,
                &format!("/groups/{id}/members/{}/remove", p.id),
                &t("remove"),
                &display_name(p),
            );
            vec![
                Cell::html(link(&format!("/people/{}", p.id), &display_name(p))),
                Cell::html(if represents {
                    render(&Tag::new(t("group-represents"), "blue"))
                } else {
                    String::new()
                }),
                Cell::html(remove),
            ]
        })
        .collect();
    let found = if search.q.trim().is_empty() {
        vec![]
    } else {
        let filters = Filters {
            q: search.q.clone(),
            ..Filters::default()
        };
        people::list(&tenant.scope, &filters)
            .await?
            .people
            .iter()
            .filter(|p| !members.iter().any(|m| m.person_id == p.id))
            .map(|p| (p.id, display_name(p)))
            .collect()
    };
    let mut summary = SummaryList::default().row(t("group-kind"), vocab::label(KINDS, &group.kind));
    if let Some(about) = &group.about {
        summary = summary.row(t("group-about"), about.clone());
    }
    if let Some(email) = &group.email {
        summary = summary.row(t("field-email"), email.clone());
    }
    tenant.audit("viewed", "group", Some(id), None).await?;
    html(ShowPage {
        page: page.titled(group.name.clone()),
        id,
        name: group.name,
        summary,
        members: (!rows.is_empty()).then(|| Table {
            caption: Some(t("group-members")),
            caption_classes: Some("govuk-table__caption--m".into()),
            head: vec![
                Cell::text(t("field-name")),
                Cell::text(t("group-role")),
                Cell::text(t("field-action")),
            ],
            rows,
            ..Table::default()
        }),
        search: Input::new("q", t("group-find-person"))
            .hint(t("people-search-hint"))
            .value(&search.q)
            .spellcheck(false),
        search_button: Button::submit(t("group-find-button")).secondary(),
        found,
        q: search.q,
    })
}

pub async fn add_member(
    tenant: Tenant,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    queries::find(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let person = parse_id(&data.one("person_id"))?;
    people::find(&tenant.scope, person)
        .await?
        .ok_or(AppError::NotFound)?;
    let represents = data.one("represents") == "yes";
    if queries::add_member(&tenant.scope, id, person, represents).await? {
        tenant
            .audit("changed", "group", Some(id), Some("member added"))
            .await?;
    }
    Ok(Redirect::to(&format!("/groups/{id}")).into_response())
}

pub async fn remove_member(
    tenant: Tenant,
    Path((id, person)): Path<(String, String)>,
) -> AppResult<Response> {
    let (id, person) = (parse_id(&id)?, parse_id(&person)?);
    if !queries::remove_member(&tenant.scope, id, person).await? {
        return Err(AppError::NotFound);
    }
    tenant
        .audit("changed", "group", Some(id), Some("member removed"))
        .await?;
    Ok(Redirect::to(&format!("/groups/{id}")).into_response())
}
