use crate::kit::sections::link;
use crate::people::SELECTION_CONSENT;
use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Utc};
use uuid::Uuid;

use crate::equality::answers::Answers;
use crate::equality::queries;
use crate::kit::audit;
use crate::kit::components::{
    Button, Cell, ErrorSummary, Input, NotificationBanner, Pagination, Table,
};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::{Page, url_encode};
use crate::kit::tenancy::Tenant;
use crate::people::display_name;
use crate::people::{self, Filters};

#[derive(Template)]
#[template(path = "equality/index.html")]
struct IndexPage {
    page: Page,
    search: Input,
    button: Button,
    table: Table,
    total: String,
    pagination: Option<Pagination>,
}

/// Finding whose answers to record: names only, nothing else from the register.
pub async fn index(
    tenant: Tenant,
    page: Page,
    Query(filters): Query<Filters>,
) -> AppResult<Response> {
    let filters = Filters {
        q: filters.q,
        page: filters.page,
        ..Filters::default()
    };
    let found = people::list(&tenant.scope, &filters).await?;
    let rows = found
        .people
        .iter()
        .map(|p| {
            vec![Cell::html(link(
                &format!("/equality/people/{}", p.id),
                &display_name(p),
            ))]
        })
        .collect();
    html(IndexPage {
        page: page.titled(t("equality-title")),
        search: Input::new("q", t("people-search"))
            .hint(t("people-search-hint"))
            .value(&filters.q)
            .spellcheck(false),
        button: Button::submit(t("people-search-button")).secondary(),
        table: Table {
            caption: Some(t("people-caption")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: vec![Cell::text(t("field-name"))],
            rows,
            ..Table::default()
        },
        total: crate::people::found_text(found.total),
        pagination: (found.pages > 1).then(|| {
            Pagination::numbered(
                &format!("/equality?q={}&page=", url_encode(&filters.q)),
                found.page,
                found.pages,
            )
        }),
    })
}

#[derive(Template)]
#[template(path = "equality/person.html")]
struct PersonPage {
    page: Page,
    name: String,
    id: Uuid,
    errors: Option<ErrorSummary>,
    banner: Option<NotificationBanner>,
    answered: Option<String>,
    fields: Vec<String>,
    button: Button,
}

async fn person_page(
    tenant: &Tenant,
    page: Page,
    id: Uuid,
    answers: Option<&Answers>,
    errors: &Errors,
    saved: bool,
) -> AppResult<PersonPage> {
    let person = people::find(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let stored = queries::latest(&tenant.scope, id).await?;
    let consent = queries::live_consent(&tenant.scope, id, SELECTION_CONSENT).await?;
    let from_store = Answers::from_stored(stored.as_ref(), consent.as_ref());
    let answers = answers.unwrap_or(&from_store);
    Ok(PersonPage {
        page: page.titled(t_args(
            "equality-person-title",
            &[("name", &display_name(&person))],
        )),
        name: display_name(&person),
        id,
        errors: errors.summary(),
        banner: saved.then(|| NotificationBanner::success(t("equality-saved"))),
        answered: stored.map(|s| {
            t_args(
                "equality-answered",
                &[(
                    "date",
                    &s.answered_at
                        .with_timezone(&chrono_tz::Europe::London)
                        .format("%-d %B %Y")
                        .to_string(),
                )],
            )
        }),
        fields: answers.fields(errors),
        button: Button::submit(t("equality-save")),
    })
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct Saved {
    #[serde(default)]
    saved: String,
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let built = person_page(
        &tenant,
        page,
        id,
        None,
        &Errors::default(),
        saved.saved == "yes",
    )
    .await?;
    tenant
        .audit("viewed", "equality answers", Some(id), None)
        .await?;
    html(built)
}

pub async fn save(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    people::find(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let answers = Answers::from_form(&data);
    let now = Utc::now();
    let birth_year = match answers.check(now.year()) {
        Ok(year) => year,
        Err(errors) => {
            let built = person_page(&tenant, page, id, Some(&answers), &errors, false).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, built);
        }
    };
    let actor = Some(tenant.user.account_id);
    queries::record_answers(&tenant.scope, id, &answers, birth_year, actor, now).await?;
    let existing = queries::live_consent(&tenant.scope, id, SELECTION_CONSENT).await?;
    match (answers.consent, existing) {
        (true, None) => {
            let how = answers.how.clone();
            queries::give_consent(&tenant.scope, id, SELECTION_CONSENT, how, actor, now).await?
        }
        (false, Some(given)) => queries::withdraw_consent(&tenant.scope, given.id, now).await?,
        _ => {}
    }
    audit::record(
        &tenant.scope,
        actor,
        "changed",
        "equality answers",
        Some(id),
        None,
    )
    .await?;
    Ok(Redirect::to(&format!("/equality/people/{id}?saved=yes")).into_response())
}
