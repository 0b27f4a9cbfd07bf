//! The coordinators' retention page (/people/retention): the setting, then, while it is on,
//! letters to send and the people due, and the people kept. Keeping someone needs a reason.
//! Every change is audited, and so is every view, since the page lists people's details.

use std::ops::RangeInclusive;

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use withus_db::OrgScope;
use withus_db::entities::person;

use super::{NOTICE_DAYS, REASON_MAX, Setting, YEARS, due, lists, queries};
use crate::kit::components::{Choices, Fieldset, render};
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Saved, Sections, input, textarea};
use crate::kit::tenancy::Tenant;
use crate::people::views::display_name;

const PAGE: &str = "/people/retention";

fn number(typed: &str, range: &RangeInclusive<i32>) -> Option<i32> {
    typed
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|n| range.contains(n))
}

/// The setting's fields: as stored, or as typed when the form came back with errors.
fn setting_fields(
    stored: (Option<i32>, i32),
    data: Option<&FormData>,
    errors: &Errors,
) -> Vec<String> {
    let (years, notice_days) = stored;
    let value = |name: &str, current: String| data.map_or(current, |d| d.one(name));
    let on = value(
        "retention",
        if years.is_some() { "yes" } else { "no" }.to_owned(),
    );
    let options = [("yes", t("retention-on")), ("no", t("retention-off"))];
    let options: Vec<(&str, &str)> = options.iter().map(|(v, l)| (*v, l.as_str())).collect();
    vec![
        render(
            &Choices::radios(
                "retention",
                Fieldset::legend(t("retention-question"), "govuk-fieldset__legend--s", false),
                &options,
                &[on.as_str()],
            )
            .error(errors.get("retention")),
        ),
        input(
            "years",
            t("retention-years"),
            Some(t("retention-years-hint")),
            &value("years", years.map_or_else(String::new, |y| y.to_string())),
            errors,
        ),
        input(
            "notice_days",
            t("retention-notice-days"),
            Some(t("retention-notice-days-hint")),
            &value("notice_days", notice_days.to_string()),
            errors,
        ),
    ]
}

async fn page_with(
    tenant: &Tenant,
    page: Page,
    banner: Option<String>,
    data: Option<&FormData>,
    errors: &Errors,
) -> AppResult<Response> {
    let scope = &tenant.scope;
    let stored = queries::stored(scope).await?;
    let csrf = page.csrf.clone();
    let mut sections = Sections::new(page, t("retention-title"))
        .back("/people")
        .wide()
        .banner(banner)
        .errors(errors)
        .paragraph(&t("retention-intro"))
        .form(PAGE, &setting_fields(stored, data, errors), &t("save"));
    let rows = queries::rows(scope).await?;
    match stored {
        (Some(years), notice_days) => {
            let setting = Setting { years, notice_days };
            let now = Utc::now();
            let due = due::due(scope, years, now).await?;
            let organisation = tenant.user.organisation_name.as_str();
            sections = sections
                .block(lists::letters(
                    &due,
                    &rows,
                    organisation,
                    setting,
                    now,
                    &csrf,
                ))
                .block(lists::due_list(&due, &rows, setting));
        }
        (None, _) => sections = sections.paragraph(&t("retention-is-off")),
    }
    let kept = lists::kept(scope, &rows, &csrf).await?;
    // A form sent back with errors is the same view again, and a refused form changes nothing.
    if data.is_none() {
        tenant.audit("viewed", "retention list", None, None).await?;
    }
    sections.block(kept).respond()
}

pub async fn show(tenant: Tenant, page: Page, Query(saved): Query<Saved>) -> AppResult<Response> {
    let banner = match saved.saved.as_str() {
        "settings" => Some(t("retention-saved")),
        "kept" => Some(t("retention-kept-saved")),
        "released" => Some(t("retention-released-saved")),
        "letter" => Some(t("retention-letter-saved")),
        _ => None,
    };
    page_with(&tenant, page, banner, None, &Errors::default()).await
}

pub async fn save(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let mut errors = Errors::default();
    let on = data.one("retention");
    if on != "yes" && on != "no" {
        errors.add("retention", t("retention-question-error"));
    }
    let years = number(&data.one("years"), &YEARS);
    if on == "yes" && years.is_none() {
        errors.add("years", t("retention-years-error"));
    }
    let notice_days = number(&data.one("notice_days"), &NOTICE_DAYS);
    if notice_days.is_none() {
        errors.add("notice_days", t("retention-notice-days-error"));
    }
    let (Some(notice_days), true) = (notice_days, errors.is_empty()) else {
        return page_with(&tenant, page, None, Some(&data), &errors).await;
    };
    let years = if on == "yes" { years } else { None };
    queries::save_setting(&tenant.scope, years, notice_days).await?;
    if years.is_none() {
        queries::forget_all_notices(&tenant.scope).await?;
    }
    let detail = match years {
        Some(years) => format!("retention: {years} years, {notice_days} days' notice"),
        None => "retention: off".to_owned(),
    };
    tenant
        .audit("changed", "organisation", None, Some(&detail))
        .await?;
    Ok(Redirect::to(&format!("{PAGE}?saved=settings")).into_response())
}

/// The person in the address, if they are this organisation's and not erased.
async fn live_person(scope: &OrgScope, id: &str) -> AppResult<person::Model> {
    let id = parse_id(id)?;
    crate::people::queries::find(scope, id)
        .await?
        .filter(|p| p.erased_at.is_none())
        .ok_or(AppError::NotFound)
}

fn keep_page(
    page: Page,
    person: &person::Model,
    typed: &str,
    errors: &Errors,
) -> AppResult<Response> {
    let name = display_name(person);
    Sections::new(page, t_args("retention-keep-heading", &[("name", &name)]))
        .caption(t("retention-title"))
        .back(PAGE)
        .errors(errors)
        .paragraph(&t("retention-keep-intro"))
        .form(
            &format!("{PAGE}/{}/keep", person.id),
            &[textarea("reason", "retention-reason", typed, errors)],
            &t("retention-keep-button"),
        )
        .respond()
}

pub async fn keep_form(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let person = live_person(&tenant.scope, &id).await?;
    keep_page(page, &person, "", &Errors::default())
}

pub async fn keep(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let person = live_person(&tenant.scope, &id).await?;
    let reason = data.one("reason");
    let mut errors = Errors::default();
    if reason.is_empty() {
        errors.add("reason", t("retention-reason-error"));
    } else if reason.chars().count() > REASON_MAX {
        errors.add("reason", t("retention-reason-too-long"));
    }
    if !errors.is_empty() {
        return keep_page(page, &person, &reason, &errors);
    }
    queries::keep(
        &tenant.scope,
        person.id,
        &reason,
        tenant.user.account_id,
        Utc::now(),
    )
    .await?;
    // The reason stays out of the audit trail: it is words about the person.
    tenant
        .audit(
            "changed",
            "person",
            Some(person.id),
            Some("retention: kept"),
        )
        .await?;
    Ok(Redirect::to(&format!("{PAGE}?saved=kept#kept")).into_response())
}

pub async fn release(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let person = live_person(&tenant.scope, &id).await?;
    if queries::release(&tenant.scope, person.id).await? {
        tenant
            .audit(
                "changed",
                "person",
                Some(person.id),
                Some("retention: stopped keeping"),
            )
            .await?;
    }
    Ok(Redirect::to(&format!("{PAGE}?saved=released")).into_response())
}

pub async fn letter_posted(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let person = live_person(&tenant.scope, &id).await?;
    if queries::letter_posted(&tenant.scope, person.id, Utc::now()).await? {
        tenant
            .audit(
                "told",
                "person",
                Some(person.id),
                Some("retention: letter posted"),
            )
            .await?;
    }
    Ok(Redirect::to(&format!("{PAGE}?saved=letter#letters")).into_response())
}
