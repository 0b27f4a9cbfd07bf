use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use uuid::Uuid;
use withus_db::entities::person;

use super::forms::{PersonForm, StatusForm, TimeForm, show_time};
use super::queries::{self, Details, Filters};
use super::vocab::{self, Vocab};
use crate::audit;
use crate::components::{
    Button, Cell, ChoiceKind, Choices, DateInput, ErrorSummary, Fieldset, Input,
    NotificationBanner, Pagination, Select, SummaryList, Table, Tag, Textarea, escape, render,
};
use crate::error::{AppError, AppResult, html, html_status};
use crate::forms::{Errors, FormData};
use crate::i18n::{t, t_args};
use crate::page::{Page, url_encode};
use crate::tenancy::Tenant;

fn parse_id(id: &str) -> AppResult<Uuid> {
    Uuid::parse_str(id).map_err(|_| AppError::NotFound)
}

pub fn display_name(p: &person::Model) -> String {
    format!("{} {}", p.given_name, p.family_name)
}

fn labels(vocab: Vocab, values: &[String]) -> String {
    if values.is_empty() {
        return t("none-recorded");
    }
    // In the list's own order, whatever order the database returned them in.
    vocab
        .iter()
        .filter(|(v, _)| values.iter().any(|chosen| chosen == v))
        .map(|(_, key)| t(key))
        .collect::<Vec<_>>()
        .join(", ")
}

fn status_tag(p: &person::Model) -> String {
    let colour = match p.status.as_str() {
        "active" => "green",
        "break" => "yellow",
        _ => "grey",
    };
    render(&Tag::new(vocab::label(vocab::STATUSES, &p.status), colour))
}

fn select_filter(name: &str, label: String, vocab: Vocab, value: &str) -> Select {
    let all = t("filter-any");
    let options = vocab::options(vocab);
    let mut pairs: Vec<(&str, &str)> = vec![("", all.as_str())];
    pairs.extend(options.iter().map(|(v, l)| (*v, l.as_str())));
    Select::new(name, label, &pairs, value)
}

#[derive(Template)]
#[template(path = "people/index.html")]
struct IndexPage {
    page: Page,
    search: Input,
    role: Select,
    status: Select,
    need: Select,
    way: Select,
    topic: Select,
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
                Cell::html(format!(
                    "<a class=\"govuk-link\" href=\"/people/{}\">{}</a>",
                    p.id,
                    escape(&display_name(p))
                )),
                Cell::text(vocab::label(vocab::INVOLVEMENT_ROLES, &p.involvement_role)),
                Cell::html(status_tag(p)),
                Cell::text(p.postcode.clone().unwrap_or_default()),
            ]
        })
        .collect();
    let query = format!(
        "/people?q={}&role={}&status={}&need={}&way={}&topic={}&page=",
        url_encode(&filters.q),
        url_encode(&filters.role),
        url_encode(&filters.status),
        url_encode(&filters.need),
        url_encode(&filters.way),
        url_encode(&filters.topic)
    );
    audit::record(
        &tenant.scope,
        Some(tenant.user.account_id),
        "viewed",
        "people list",
        None,
        None,
    )
    .await?;
    html(IndexPage {
        page: page.titled(t("people-title")),
        search: Input::new("q", t("people-search"))
            .hint(t("people-search-hint"))
            .value(&filters.q)
            .spellcheck(false),
        role: select_filter(
            "role",
            t("field-involvement-role"),
            vocab::INVOLVEMENT_ROLES,
            &filters.role,
        ),
        status: select_filter(
            "status",
            t("field-status"),
            vocab::STATUSES,
            &filters.status,
        ),
        need: select_filter(
            "need",
            t("field-access-need"),
            vocab::ACCESS_NEEDS,
            &filters.need,
        ),
        way: select_filter("way", t("field-way"), vocab::WAYS, &filters.way),
        topic: select_filter("topic", t("field-topic"), vocab::TOPICS, &filters.topic),
        button: Button::submit(t("people-search-button")).secondary(),
        add: Button::link(t("people-add"), "/people/new"),
        table: Table {
            caption: Some(t("people-caption")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: vec![
                Cell::text(t("field-name")),
                Cell::text(t("field-involvement-role")),
                Cell::text(t("field-status")),
                Cell::text(t("field-postcode")),
            ],
            rows,
            ..Table::default()
        },
        total: t_args("people-found", &[("count", &found.total.to_string())]),
        pagination: (found.pages > 1)
            .then(|| Pagination::numbered(&query, found.page, found.pages)),
    })
}

#[derive(Template)]
#[template(path = "people/form.html")]
struct FormPage {
    page: Page,
    errors: Option<ErrorSummary>,
    heading: String,
    action: String,
    back: String,
    fields: Vec<String>,
    button: Button,
}

fn choices(
    kind: ChoiceKind,
    name: &str,
    legend: String,
    vocab: Vocab,
    chosen: &[String],
    errors: &Errors,
) -> String {
    let options = vocab::options(vocab);
    let pairs: Vec<(&str, &str)> = options.iter().map(|(v, l)| (*v, l.as_str())).collect();
    let chosen: Vec<&str> = chosen.iter().map(String::as_str).collect();
    render(
        &Choices::new(
            kind,
            name,
            Fieldset::legend(legend, "govuk-fieldset__legend--m", false),
            &pairs,
            &chosen,
        )
        .error(errors.get(name)),
    )
}

fn person_fields(form: &PersonForm, errors: &Errors) -> Vec<String> {
    let input = |name: &str, label: String, value: &str| {
        Input::new(name, label).value(value).error(errors.get(name))
    };
    vec![
        render(
            &input("given_name", t("field-given-name"), &form.given_name)
                .autocomplete("off")
                .spellcheck(false),
        ),
        render(
            &input("family_name", t("field-family-name"), &form.family_name)
                .autocomplete("off")
                .spellcheck(false),
        ),
        render(
            &input(
                "preferred_name",
                t("field-preferred-name"),
                &form.preferred_name,
            )
            .hint(t("preferred-name-hint"))
            .spellcheck(false),
        ),
        render(
            &input("pronouns", t("field-pronouns"), &form.pronouns)
                .hint(t("pronouns-hint"))
                .classes("govuk-input--width-10"),
        ),
        render(
            &input("email", t("field-email"), &form.email)
                .kind("email")
                .autocomplete("off")
                .spellcheck(false),
        ),
        render(
            &input("phone", t("field-phone"), &form.phone)
                .kind("tel")
                .autocomplete("off")
                .classes("govuk-input--width-20"),
        ),
        render(
            &input("postcode", t("field-postcode"), &form.postcode)
                .autocomplete("off")
                .classes("govuk-input--width-10"),
        ),
        render(
            &Choices::radios(
                "involvement_role",
                Fieldset::legend(
                    t("field-involvement-role"),
                    "govuk-fieldset__legend--m",
                    false,
                ),
                &vocab::options(vocab::INVOLVEMENT_ROLES)
                    .iter()
                    .map(|(v, l)| (*v, l.as_str()))
                    .collect::<Vec<_>>(),
                &[form.involvement_role.as_str()],
            )
            .hint(t("involvement-role-hint"))
            .error(errors.get("involvement_role")),
        ),
        choices(
            ChoiceKind::Checkboxes,
            "contact",
            t("field-contact"),
            vocab::CONTACT_CHANNELS,
            &form.contact,
            errors,
        ),
        choices(
            ChoiceKind::Checkboxes,
            "ways",
            t("field-ways"),
            vocab::WAYS,
            &form.ways,
            errors,
        ),
        choices(
            ChoiceKind::Checkboxes,
            "topics",
            t("field-topics"),
            vocab::TOPICS,
            &form.topics,
            errors,
        ),
        choices(
            ChoiceKind::Checkboxes,
            "access_needs",
            t("field-access-needs"),
            vocab::ACCESS_NEEDS,
            &form.access_needs,
            errors,
        ),
        render(
            &Textarea::new("access_notes", t("field-access-notes"))
                .value(&form.access_notes)
                .error(errors.get("access_notes")),
        ),
        choices(
            ChoiceKind::Checkboxes,
            "areas",
            t("field-areas"),
            vocab::AREAS,
            &form.areas,
            errors,
        ),
        choices(
            ChoiceKind::Checkboxes,
            "roles",
            t("field-roles"),
            vocab::PARTICIPATION_ROLES,
            &form.roles,
            errors,
        ),
        choices(
            ChoiceKind::Checkboxes,
            "levels",
            t("field-levels"),
            vocab::LEVELS,
            &form.levels,
            errors,
        ),
        choices(
            ChoiceKind::Radios,
            "time_commitment",
            t("field-time-commitment"),
            vocab::TIME_COMMITMENTS,
            std::slice::from_ref(&form.time_commitment),
            errors,
        ),
        choices(
            ChoiceKind::Radios,
            "paid_preference",
            t("field-paid-preference"),
            vocab::PAID_PREFERENCES,
            std::slice::from_ref(&form.paid_preference),
            errors,
        ),
    ]
}

fn form_page(
    page: Page,
    heading: String,
    action: String,
    back: String,
    form: &PersonForm,
    errors: &Errors,
) -> FormPage {
    FormPage {
        page: page.titled(heading.clone()),
        errors: errors.summary(),
        heading,
        action,
        back,
        fields: person_fields(form, errors),
        button: Button::submit(t("person-save")),
    }
}

pub async fn new(page: Page) -> AppResult<Response> {
    let form = PersonForm {
        paid_preference: "either".into(),
        ..PersonForm::default()
    };
    html(form_page(
        page,
        t("person-new-title"),
        "/people".into(),
        "/people".into(),
        &form,
        &Errors::default(),
    ))
}

pub async fn create(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let form = PersonForm::from_form(&data);
    let input = match form.check() {
        Ok(input) => input,
        Err(errors) => {
            let page = form_page(
                page,
                t("person-new-title"),
                "/people".into(),
                "/people".into(),
                &form,
                &errors,
            );
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, page);
        }
    };
    let id = queries::create(&tenant.scope, &input, Some(tenant.user.account_id)).await?;
    audit::record(
        &tenant.scope,
        Some(tenant.user.account_id),
        "created",
        "person",
        Some(id),
        None,
    )
    .await?;
    Ok(Redirect::to(&format!("/people/{id}?saved=added")).into_response())
}

fn form_from(details: &Details) -> PersonForm {
    let p = &details.person;
    let mut contact = vec![];
    for (on, channel) in [
        (p.contact_by_email, "email"),
        (p.contact_by_phone, "phone"),
        (p.contact_by_text, "text"),
        (p.contact_by_post, "post"),
    ] {
        if on {
            contact.push(channel.to_owned());
        }
    }
    PersonForm {
        given_name: p.given_name.clone(),
        family_name: p.family_name.clone(),
        preferred_name: p.preferred_name.clone().unwrap_or_default(),
        pronouns: p.pronouns.clone().unwrap_or_default(),
        email: p.email.clone().unwrap_or_default(),
        phone: p.phone.clone().unwrap_or_default(),
        postcode: p.postcode.clone().unwrap_or_default(),
        involvement_role: p.involvement_role.clone(),
        contact,
        ways: details.chosen("way"),
        topics: details.chosen("topic"),
        access_needs: details.chosen("access_need"),
        areas: details.chosen("area"),
        roles: details.chosen("role"),
        levels: details.chosen("level"),
        access_notes: p.access_notes.clone().unwrap_or_default(),
        paid_preference: p.paid_preference.clone(),
        time_commitment: p.time_commitment.clone().unwrap_or_default(),
    }
}

pub async fn edit(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let id = parse_id(&id)?;
    let details = queries::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    audit::record(
        &tenant.scope,
        Some(tenant.user.account_id),
        "viewed",
        "person",
        Some(id),
        Some("to change"),
    )
    .await?;
    let heading = t_args(
        "person-edit-title",
        &[("name", &display_name(&details.person))],
    );
    let (action, back) = (format!("/people/{id}"), format!("/people/{id}"));
    html(form_page(
        page,
        heading,
        action,
        back,
        &form_from(&details),
        &Errors::default(),
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
    let form = PersonForm::from_form(&data);
    let input = match form.check() {
        Ok(input) => input,
        Err(errors) => {
            let heading = t_args("person-edit-title", &[("name", &display_name(&existing))]);
            let page = form_page(
                page,
                heading,
                format!("/people/{id}"),
                format!("/people/{id}"),
                &form,
                &errors,
            );
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, page);
        }
    };
    queries::update(&tenant.scope, id, &input).await?;
    audit::record(
        &tenant.scope,
        Some(tenant.user.account_id),
        "changed",
        "person",
        Some(id),
        Some("details"),
    )
    .await?;
    Ok(Redirect::to(&format!("/people/{id}?saved=changed")).into_response())
}

#[derive(Template)]
#[template(path = "people/show.html")]
struct ShowPage {
    page: Page,
    id: Uuid,
    name: String,
    errors: Option<ErrorSummary>,
    banner: Option<NotificationBanner>,
    summary: SummaryList,
    access: SummaryList,
    times: Option<Table>,
    time_fields: Vec<String>,
    time_button: Button,
    status_fields: Vec<String>,
    status_button: Button,
    history: Table,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct Saved {
    #[serde(default)]
    saved: String,
}

fn show_page(
    page: Page,
    details: &Details,
    errors: &Errors,
    times: &TimeForm,
    status: &StatusForm,
    saved: &str,
) -> ShowPage {
    let p = &details.person;
    let id = p.id;
    let change = |field: &str| crate::components::SummaryActions {
        items: vec![crate::components::SummaryAction {
            href: format!("/people/{id}/edit#{field}"),
            text: t("change"),
            visually_hidden_text: Some(
                t(&format!("field-{}", field.replace('_', "-"))).to_lowercase(),
            ),
        }],
    };
    let mut summary = SummaryList::default();
    let mut push = |key: String, value: String, field: &str| {
        summary.rows.push(crate::components::SummaryRow {
            key: Cell::text(key),
            value: Cell::text(if value.is_empty() {
                t("none-recorded")
            } else {
                value
            }),
            actions: Some(change(field)),
        });
    };
    push(t("field-name"), display_name(p), "given_name");
    push(
        t("field-preferred-name"),
        p.preferred_name.clone().unwrap_or_default(),
        "preferred_name",
    );
    push(
        t("field-pronouns"),
        p.pronouns.clone().unwrap_or_default(),
        "pronouns",
    );
    push(
        t("field-involvement-role"),
        vocab::label(vocab::INVOLVEMENT_ROLES, &p.involvement_role),
        "involvement_role",
    );
    push(
        t("field-email"),
        p.email.clone().unwrap_or_default(),
        "email",
    );
    push(
        t("field-phone"),
        p.phone.clone().unwrap_or_default(),
        "phone",
    );
    push(
        t("field-postcode"),
        p.postcode.clone().unwrap_or_default(),
        "postcode",
    );
    let contact: Vec<String> = [
        (p.contact_by_email, "email"),
        (p.contact_by_phone, "phone"),
        (p.contact_by_text, "text"),
        (p.contact_by_post, "post"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, c)| (*c).to_owned())
    .collect();
    push(
        t("field-contact"),
        labels(vocab::CONTACT_CHANNELS, &contact),
        "contact",
    );
    push(
        t("field-ways"),
        labels(vocab::WAYS, &details.chosen("way")),
        "ways",
    );
    push(
        t("field-topics"),
        labels(vocab::TOPICS, &details.chosen("topic")),
        "topics",
    );
    push(
        t("field-areas"),
        labels(vocab::AREAS, &details.chosen("area")),
        "areas",
    );
    push(
        t("field-roles"),
        labels(vocab::PARTICIPATION_ROLES, &details.chosen("role")),
        "roles",
    );
    push(
        t("field-levels"),
        labels(vocab::LEVELS, &details.chosen("level")),
        "levels",
    );
    push(
        t("field-time-commitment"),
        p.time_commitment
            .as_deref()
            .map(|v| vocab::label(vocab::TIME_COMMITMENTS, v))
            .unwrap_or_default(),
        "time_commitment",
    );
    push(
        t("field-paid-preference"),
        vocab::label(vocab::PAID_PREFERENCES, &p.paid_preference),
        "paid_preference",
    );

    let access = SummaryList::default()
        .row(
            t("field-access-needs"),
            labels(vocab::ACCESS_NEEDS, &details.chosen("access_need")),
        )
        .row(
            t("field-access-notes"),
            p.access_notes.clone().unwrap_or_else(|| t("none-recorded")),
        );

    let csrf = page.csrf.clone();
    let time_rows: Vec<Vec<Cell>> = details
        .times
        .iter()
        .map(|time| {
            let when = format!("{} to {}", show_time(time.start_minute), show_time(time.end_minute));
            let remove = format!(
                "<form method=\"post\" action=\"/people/{id}/unavailable/{}/remove\"><input type=\"hidden\" name=\"csrf_token\" value=\"{}\"><button type=\"submit\" class=\"withus-link-button\">{}<span class=\"govuk-visually-hidden\"> {}</span></button></form>",
                time.id,
                escape(&csrf),
                escape(&t("remove")),
                escape(&format!("{} {when}", vocab::label(vocab::WEEKDAYS, &time.weekday.to_string()))),
            );
            vec![
                Cell::text(vocab::label(vocab::WEEKDAYS, &time.weekday.to_string())),
                Cell::text(when),
                Cell::text(if time.term_time_only { t("term-time-only") } else { t("every-week") }),
                Cell::html(remove),
            ]
        })
        .collect();
    let times_table = (!time_rows.is_empty()).then(|| Table {
        caption: Some(t("times-caption")),
        caption_classes: Some("govuk-table__caption--s".into()),
        head: vec![
            Cell::text(t("field-day")),
            Cell::text(t("field-times")),
            Cell::text(t("field-weeks")),
            Cell::text(t("field-action")),
        ],
        rows: time_rows,
        ..Table::default()
    });
    let days: Vec<&str> = times.days.iter().map(String::as_str).collect();
    let weekday_options = vocab::options(vocab::WEEKDAYS);
    let weekday_pairs: Vec<(&str, &str)> = weekday_options
        .iter()
        .map(|(v, l)| (*v, l.as_str()))
        .collect();
    let term_label = t("term-time-only-label");
    let time_fields = vec![
        render(
            &Choices::checkboxes(
                "days",
                Fieldset::legend(t("field-days"), "govuk-fieldset__legend--s", false),
                &weekday_pairs,
                &days,
            )
            .error(errors.get("days")),
        ),
        render(
            &Input::new("from", t("field-from"))
                .hint(t("time-hint"))
                .value(&times.from)
                .classes("govuk-input--width-5")
                .error(errors.get("from")),
        ),
        render(
            &Input::new("to", t("field-to"))
                .hint(t("time-hint"))
                .value(&times.to)
                .classes("govuk-input--width-5")
                .error(errors.get("to")),
        ),
        render(&Choices::checkboxes(
            "term_time_only",
            Fieldset::legend(t("field-weeks"), "govuk-fieldset__legend--s", false),
            &[("yes", term_label.as_str())],
            if times.term_time_only { &["yes"] } else { &[] },
        )),
    ];

    let status_value = if status.status.is_empty() {
        p.status.clone()
    } else {
        status.status.clone()
    };
    let status_options = vocab::options(vocab::STATUSES);
    let status_pairs: Vec<(&str, &str)> = status_options
        .iter()
        .map(|(v, l)| (*v, l.as_str()))
        .collect();
    let status_fields = vec![
        render(
            &Choices::radios(
                "status",
                Fieldset::legend(t("field-status"), "govuk-fieldset__legend--s", false),
                &status_pairs,
                &[status_value.as_str()],
            )
            .error(errors.get("status")),
        ),
        render(&{
            let mut date = DateInput::new(
                "until",
                Fieldset::legend(t("field-break-until"), "govuk-fieldset__legend--s", false),
                &status.day,
                &status.month,
                &status.year,
            )
            .error(errors.get("until"));
            date.hint = Some(crate::components::Hint::text(t("break-until-hint")));
            date
        }),
    ];

    let history_rows = details
        .history
        .iter()
        .map(|change| {
            let label = vocab::label(vocab::STATUSES, &change.status);
            let until = change
                .break_until
                .map(|d| format!(" {} {}", t("until"), d.format("%-d %B %Y")))
                .unwrap_or_default();
            vec![
                Cell::text(crate::admin::routes::london(change.changed_at)),
                Cell::text(format!("{label}{until}")),
            ]
        })
        .collect();
    let banner = match saved {
        "added" => Some(NotificationBanner::success(t("person-added"))),
        "changed" => Some(NotificationBanner::success(t("person-changed"))),
        _ => None,
    };
    ShowPage {
        page: page.titled(display_name(p)),
        id,
        name: display_name(p),
        errors: errors.summary(),
        banner,
        summary,
        access,
        times: times_table,
        time_fields,
        time_button: Button::submit(t("times-add-button")).secondary(),
        status_fields,
        status_button: Button::submit(t("status-button")).secondary(),
        history: Table {
            caption: Some(t("status-history")),
            caption_classes: Some("govuk-table__caption--s".into()),
            head: vec![Cell::text(t("audit-when")), Cell::text(t("field-status"))],
            rows: history_rows,
            ..Table::default()
        },
    }
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
    audit::record(
        &tenant.scope,
        Some(tenant.user.account_id),
        "viewed",
        "person",
        Some(id),
        None,
    )
    .await?;
    html(show_page(
        page,
        &details,
        &Errors::default(),
        &TimeForm::default(),
        &StatusForm::default(),
        &saved.saved,
    ))
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
    let form = TimeForm::from_form(&data);
    match form.check() {
        Ok(input) => {
            queries::add_times(&tenant.scope, id, &input).await?;
            audit::record(
                &tenant.scope,
                Some(tenant.user.account_id),
                "changed",
                "person",
                Some(id),
                Some("times they cannot do"),
            )
            .await?;
            Ok(Redirect::to(&format!("/people/{id}#times")).into_response())
        }
        Err(errors) => {
            let page = show_page(page, &details, &errors, &form, &StatusForm::default(), "");
            html_status(StatusCode::UNPROCESSABLE_ENTITY, page)
        }
    }
}

pub async fn remove_time(
    tenant: Tenant,
    Path((id, time_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let (id, time_id) = (parse_id(&id)?, parse_id(&time_id)?);
    if !queries::remove_time(&tenant.scope, id, time_id).await? {
        return Err(AppError::NotFound);
    }
    audit::record(
        &tenant.scope,
        Some(tenant.user.account_id),
        "changed",
        "person",
        Some(id),
        Some("removed a time they cannot do"),
    )
    .await?;
    Ok(Redirect::to(&format!("/people/{id}#times")).into_response())
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
    let form = StatusForm::from_form(&data);
    match form.check(Utc::now().date_naive()) {
        Ok((status, until)) => {
            queries::set_status(
                &tenant.scope,
                id,
                &status,
                until,
                Some(tenant.user.account_id),
            )
            .await?;
            audit::record(
                &tenant.scope,
                Some(tenant.user.account_id),
                "changed",
                "person",
                Some(id),
                Some("status"),
            )
            .await?;
            Ok(Redirect::to(&format!("/people/{id}?saved=changed")).into_response())
        }
        Err(errors) => {
            let page = show_page(page, &details, &errors, &TimeForm::default(), &form, "");
            html_status(StatusCode::UNPROCESSABLE_ENTITY, page)
        }
    }
}
