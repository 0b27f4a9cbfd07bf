use crate::kit::sections::link;
use crate::people::SELECTION_CONSENT;
use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Utc};
use uuid::Uuid;
use withus_db::OrgScope;
use withus_db::entities::{consent, equality_answer};
use withus_db::sea_orm::{
    ActiveValue::Set, ColumnTrait, DbErr, QueryFilter, QueryOrder, sea_query::Expr,
};

use crate::equality::answers::Answers;
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

async fn latest(scope: &OrgScope, person: Uuid) -> Result<Option<equality_answer::Model>, DbErr> {
    scope
        .find::<equality_answer::Entity>()
        .filter(equality_answer::Column::PersonId.eq(person))
        .order_by_desc(equality_answer::Column::AnsweredAt)
        .one(scope.db())
        .await
}

/// The person's live (not withdrawn) consent for `purpose`.
pub async fn live_consent(
    scope: &OrgScope,
    person: Uuid,
    purpose: &str,
) -> Result<Option<consent::Model>, DbErr> {
    scope
        .find::<consent::Entity>()
        .filter(consent::Column::PersonId.eq(person))
        .filter(consent::Column::Purpose.eq(purpose))
        .filter(consent::Column::WithdrawnAt.is_null())
        .one(scope.db())
        .await
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
    let stored = latest(&tenant.scope, id).await?;
    let consent = live_consent(&tenant.scope, id, SELECTION_CONSENT).await?;
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
    let stored = |name: &str| {
        let value = answers.get(name);
        (!value.is_empty()).then(|| value.to_owned())
    };
    let actor = Some(tenant.user.account_id);
    tenant
        .scope
        .insert(equality_answer::ActiveModel {
            id: Set(Uuid::now_v7()),
            organisation_id: Set(tenant.scope.organisation_id()),
            person_id: Set(id),
            birth_year: Set(birth_year),
            // A year of birth gives the band as it is now; reports work out the band at any date.
            age_band: Set(stored("age_band").or_else(|| {
                birth_year
                    .map(|y| crate::kit::equality_questions::age_band(y, now.year()).to_owned())
            })),
            sex: Set(stored("sex")),
            gender_same_as_birth: Set(stored("gender_same_as_birth")),
            sexual_orientation: Set(stored("sexual_orientation")),
            ethnic_group: Set(stored("ethnic_group")),
            religion: Set(stored("religion")),
            long_term_condition: Set(stored("long_term_condition")),
            condition_impact: Set(stored("condition_impact")),
            unpaid_care: Set(stored("unpaid_care")),
            answered_at: Set(now),
            recorded_by: Set(actor),
        })
        .await?;
    let existing = live_consent(&tenant.scope, id, SELECTION_CONSENT).await?;
    match (answers.consent, existing) {
        (true, None) => {
            tenant
                .scope
                .insert(consent::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    organisation_id: Set(tenant.scope.organisation_id()),
                    person_id: Set(id),
                    purpose: Set(SELECTION_CONSENT.into()),
                    how: Set(answers.how.clone()),
                    given_at: Set(now),
                    withdrawn_at: Set(None),
                    recorded_by: Set(actor),
                })
                .await?
        }
        (false, Some(given)) => {
            tenant
                .scope
                .update_many::<consent::Entity>()
                .col_expr(consent::Column::WithdrawnAt, Expr::value(now))
                .filter(consent::Column::Id.eq(given.id))
                .exec(tenant.scope.db())
                .await?;
        }
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
