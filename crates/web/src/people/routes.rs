//! Staff pages of the register: the list, a person's record, and the forms that change it.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;

use crate::kit::components::{Button, Cell, ErrorSummary, Input, Pagination, Select, Table};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::{Page, url_encode};
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::{self, Vocab};
use crate::people::forms::{PersonForm, StatusForm, TimeForm};
use crate::people::person_fields::person_fields;
use crate::people::person_page::{Saved, show_page, still_held};
use crate::people::queries::{self, Filters};
use crate::people::record_changes::{self, Whose};
use crate::people::views::{Typed, Voice, display_name, status_tag};

use crate::kit::forms::parse_id;

/// "25 people", or "More than 1,000 people…" once the count stops.
pub fn found_text(total: u64) -> String {
    if total > queries::COUNT_LIMIT {
        // Written with its comma: a plain number would reach Fluent as a number, without one.
        t_args("people-found-many", &[("count", "1,000")])
    } else {
        t_args("people-found", &[("count", &total.to_string())])
    }
}

fn select_filter(name: &str, label: String, vocab: Vocab, value: &str) -> Select {
    let any = t("filter-any");
    let options = vocab::options(vocab);
    let mut pairs: Vec<(&str, &str)> = vec![("", any.as_str())];
    pairs.extend(options.iter().map(|(v, l)| (*v, l.as_str())));
    Select::new(name, label, &pairs, value)
}

#[derive(Template)]
#[template(path = "people/index.html")]
struct IndexPage {
    page: Page,
    filters: Vec<String>,
    button: Button,
    add: Button,
    table: Table,
    total: String,
    pagination: Option<Pagination>,
}

pub async fn index(
    tenant: Tenant,
    page: Page,
    Query(filters): Query<Filters>,
) -> AppResult<Response> {
    let found = queries::list(&tenant.scope, &filters).await?;
    let rows = found
        .people
        .iter()
        .map(|p| {
            vec![
                Cell::html(link(&format!("/people/{}", p.id), &display_name(p))),
                Cell::text(vocab::label(vocab::INVOLVEMENT_ROLES, &p.involvement_role)),
                Cell::html(status_tag(p)),
                Cell::text(p.postcode.clone().unwrap_or_default()),
            ]
        })
        .collect();
    let query = format!(
        "/people?q={}&role={}&status={}&need={}&way={}&topic={}&involved={}&page=",
        url_encode(&filters.q),
        url_encode(&filters.role),
        url_encode(&filters.status),
        url_encode(&filters.need),
        url_encode(&filters.way),
        url_encode(&filters.topic),
        url_encode(&filters.involved),
    );
    tenant.audit("viewed", "people list", None, None).await?;
    let search = Input::new("q", t("people-search"))
        .hint(t("people-search-hint"))
        .value(&filters.q)
        .spellcheck(false);
    html(IndexPage {
        page: page.titled(t("people-title")),
        filters: std::iter::once(crate::kit::components::render(&search))
            .chain(
                [
                    (
                        "role",
                        "field-involvement-role",
                        vocab::INVOLVEMENT_ROLES,
                        &filters.role,
                    ),
                    ("status", "field-status", vocab::STATUSES, &filters.status),
                    (
                        "need",
                        "field-access-need",
                        vocab::ACCESS_NEEDS,
                        &filters.need,
                    ),
                    ("way", "field-way", vocab::WAYS, &filters.way),
                    ("topic", "field-topic", vocab::TOPICS, &filters.topic),
                    (
                        "involved",
                        "field-last-involved",
                        vocab::LAST_INVOLVED,
                        &filters.involved,
                    ),
                ]
                .into_iter()
                .map(|(name, label, list, value)| {
                    crate::kit::components::render(&select_filter(name, t(label), list, value))
                }),
            )
            .collect(),
        button: Button::submit(t("people-search-button")).secondary(),
        add: Button::link(t("people-add"), "/people/new"),
        table: Table {
            caption: Some(t("people-caption")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: [
                "field-name",
                "field-involvement-role",
                "field-status",
                "field-postcode",
            ]
            .iter()
            .map(|k| Cell::text(t(k)))
            .collect(),
            rows,
            ..Table::default()
        },
        total: found_text(found.total),
        pagination: (found.pages > 1)
            .then(|| Pagination::numbered(&query, found.page, found.pages)),
    })
}

#[derive(Template)]
#[template(path = "people/form.html")]
pub struct FormPage {
    pub page: Page,
    pub errors: Option<ErrorSummary>,
    pub heading: String,
    pub action: String,
    pub back: String,
    pub fields: Vec<String>,
    pub button: Button,
}

impl FormPage {
    /// The form for a person; its Back link returns to where the form saves.
    pub fn new(
        page: Page,
        heading: String,
        action: String,
        form: &PersonForm,
        errors: &Errors,
        voice: Voice,
        contacts: &[(Uuid, String)],
    ) -> Self {
        FormPage {
            page: page.titled(heading.clone()),
            errors: errors.summary(),
            heading,
            back: action.clone(),
            action,
            fields: person_fields(form, errors, voice, contacts),
            button: Button::submit(t("person-save")),
        }
    }
}

/// Checks the form, and that a named contact is one of the organisation's staff.
fn check_with_contacts(
    form: &PersonForm,
    contacts: &[(Uuid, String)],
) -> Result<super::forms::PersonInput, Errors> {
    let input = form.check()?;
    match input.named_contact {
        Some(chosen) if !contacts.iter().any(|(id, _)| *id == chosen) => {
            let mut errors = Errors::default();
            errors.add("named_contact", t("error-named-contact"));
            Err(errors)
        }
        _ => Ok(input),
    }
}

pub async fn new(tenant: Tenant, page: Page) -> AppResult<Response> {
    let contacts = queries::staff_contacts(&tenant.scope).await?;
    let form = PersonForm {
        paid_preference: "either".into(),
        ..PersonForm::default()
    };
    html(FormPage::new(
        page,
        t("person-new-title"),
        "/people".into(),
        &form,
        &Errors::default(),
        Voice::Staff,
        &contacts,
    ))
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let form = PersonForm::from_form(&data);
    let contacts = queries::staff_contacts(&tenant.scope).await?;
    let input = match check_with_contacts(&form, &contacts) {
        Ok(input) => input,
        Err(errors) => {
            let page = FormPage::new(
                page,
                t("person-new-title"),
                "/people".into(),
                &form,
                &errors,
                Voice::Staff,
                &contacts,
            );
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, page);
        }
    };
    let id = queries::create(&tenant.scope, &input, Some(tenant.user.account_id)).await?;
    tenant.audit("created", "person", Some(id), None).await?;
    Ok(Redirect::to(&format!("/people/{id}?saved=added")).into_response())
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let contacts = queries::staff_contacts(&tenant.scope).await?;
    let id = parse_id(&id)?;
    let details = queries::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    still_held(details.person.erased_at)?;
    tenant
        .audit("viewed", "person", Some(id), Some("to change"))
        .await?;
    let heading = t_args(
        "person-edit-title",
        &[("name", &display_name(&details.person))],
    );
    let url = format!("/people/{id}");
    let form = crate::people::form_from(&details);
    html(FormPage::new(
        page,
        heading,
        url.clone(),
        &form,
        &Errors::default(),
        Voice::Staff,
        &contacts,
    ))
}

pub async fn update(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let existing = queries::find(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    still_held(existing.erased_at)?;
    let form = PersonForm::from_form(&data);
    let contacts = queries::staff_contacts(&tenant.scope).await?;
    let input = match check_with_contacts(&form, &contacts) {
        Ok(input) => input,
        Err(errors) => {
            let heading = t_args("person-edit-title", &[("name", &display_name(&existing))]);
            let url = format!("/people/{id}");
            let page = FormPage::new(
                page,
                heading,
                url.clone(),
                &form,
                &errors,
                Voice::Staff,
                &contacts,
            );
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, page);
        }
    };
    queries::update(&tenant.scope, id, &input).await?;
    tenant
        .audit("changed", "person", Some(id), Some("details"))
        .await?;
    Ok(Redirect::to(&format!("/people/{id}?saved=changed")).into_response())
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(saved): Query<Saved>,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let details = queries::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let consents = queries::consents(&tenant.scope, id).await?;
    tenant.audit("viewed", "person", Some(id), None).await?;
    let typed = Typed {
        errors: &Errors::default(),
        times: &TimeForm::default(),
        status: &StatusForm::default(),
    };
    html(show_page(page, &details, &consents, &typed, &saved.saved))
}

pub async fn add_time(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let details = queries::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    still_held(details.person.erased_at)?;
    let consents = queries::consents(&tenant.scope, id).await?;
    let back = format!("/people/{id}");
    let whose = Whose {
        person: id,
        back: &back,
        own: false,
    };
    record_changes::add_time(&tenant, &whose, &data, |typed| {
        html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            show_page(page, &details, &consents, typed, ""),
        )
    })
    .await
}

pub async fn remove_time(
    tenant: Tenant,
    Path((id, time_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let (id, time_id) = (parse_id(&id)?, parse_id(&time_id)?);
    let back = format!("/people/{id}");
    let whose = Whose {
        person: id,
        back: &back,
        own: false,
    };
    record_changes::remove_time(&tenant, &whose, time_id).await
}

pub async fn set_status(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let details = queries::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    still_held(details.person.erased_at)?;
    let consents = queries::consents(&tenant.scope, id).await?;
    let back = format!("/people/{id}");
    let whose = Whose {
        person: id,
        back: &back,
        own: false,
    };
    record_changes::set_status(&tenant, &whose, &data, |typed| {
        html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            show_page(page, &details, &consents, typed, ""),
        )
    })
    .await
}
