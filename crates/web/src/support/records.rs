//! Staff pages for one person's support: their named contact, the support they have been
//! given (written for them to read, as they see it on their own page), their mentoring and
//! their training.

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use withus_db::entities::person;

use super::{KINDS, mine, queries};
use crate::kit::components::{Textarea, render};
use crate::kit::error::{AppError, AppResult};
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::{Saved, Sections, TypedDate, link, radios};
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::contains;
use crate::people::display_name;

#[derive(Default)]
struct SupportForm {
    kind: String,
    given: TypedDate,
    note: String,
}

impl SupportForm {
    fn from_data(data: &FormData) -> Self {
        SupportForm {
            kind: data.one("kind"),
            given: TypedDate::from_data(data, "given"),
            note: data.one("note").trim().to_owned(),
        }
    }

    fn errors(&self) -> Errors {
        let mut errors = Errors::default();
        if !contains(KINDS, &self.kind) {
            errors.add("kind", t("support-error-kind"));
        }
        if self
            .given
            .date()
            .is_none_or(|d| d > crate::kit::dates::today())
        {
            errors.add("given", t("support-error-date"));
        }
        if self.note.is_empty() {
            errors.add("note", t("support-error-note"));
        }
        errors
    }

    fn fields(&self, errors: &Errors) -> Vec<String> {
        vec![
            radios("kind", "support-kind", KINDS, &self.kind, errors),
            self.given.field("given", t("support-given-on"), errors),
            render(
                &Textarea::new("note", t("support-note"))
                    .value(&self.note)
                    .hint(t("support-note-hint"))
                    .error(errors.get("note")),
            ),
        ]
    }
}

async fn load(tenant: &Tenant, id: &str) -> AppResult<person::Model> {
    crate::people::find(&tenant.scope, parse_id(id)?)
        .await?
        .ok_or(AppError::NotFound)
}

async fn page_for(
    tenant: &Tenant,
    page: Page,
    p: &person::Model,
    form: &SupportForm,
    errors: &Errors,
    saved: bool,
) -> AppResult<Sections> {
    let name = display_name(p);
    let contact = match p.named_contact_id {
        Some(id) => crate::people::names_of_staff(&tenant.scope, vec![id])
            .await?
            .remove(&id),
        None => None,
    };
    let contact = contact.unwrap_or_else(|| t("support-no-contact"));
    let mut sections = Sections::new(page, t("support-title"))
        .caption(name)
        .back(format!("/people/{}", p.id))
        .errors(errors)
        .banner(saved.then(|| t("support-saved")))
        .heading_m(&t("support-contact"), "contact")
        .paragraph(&contact)
        .block(link(
            &format!("/people/{}/edit", p.id),
            &t("support-change-contact"),
        ));
    for block in mine::sections(tenant, p.id).await? {
        sections = sections.block(block);
    }
    Ok(sections.heading_m(&t("support-add"), "add").form(
        &format!("/people/{}/support", p.id),
        &form.fields(errors),
        &t("support-save"),
    ))
}

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(q): Query<Saved>,
) -> AppResult<Response> {
    let p = load(&tenant, &id).await?;
    let form = SupportForm {
        given: TypedDate::of(crate::kit::dates::today()),
        ..SupportForm::default()
    };
    page_for(&tenant, page, &p, &form, &Errors::default(), q.saved())
        .await?
        .respond()
}

pub async fn add(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let p = load(&tenant, &id).await?;
    let form = SupportForm::from_data(&data);
    let errors = form.errors();
    let Some(given_on) = form.given.date().filter(|_| errors.is_empty()) else {
        return page_for(&tenant, page, &p, &form, &errors, false)
            .await?
            .respond();
    };
    queries::add_support(
        &tenant.scope,
        p.id,
        &form.kind,
        given_on,
        tenant.user.account_id,
        &tenant.user.display_name,
        &form.note,
    )
    .await?;
    tenant
        .audit("recorded support", "person", Some(p.id), Some(&form.kind))
        .await?;
    Ok(Redirect::to(&format!("/people/{}/support?saved=yes#support", p.id)).into_response())
}
