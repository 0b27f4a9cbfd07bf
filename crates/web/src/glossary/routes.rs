//! Staff keep the glossary; everyone signed in reads the jargon buster.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use uuid::Uuid;

use super::queries;
use crate::kit::components::{Choices, ErrorSummary, Fieldset, Input, Textarea, render};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::form_parts::row_button;
use crate::kit::forms::parse_id;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::plain::glossary;

#[derive(Template)]
#[template(path = "glossary/index.html")]
struct GlossaryPage {
    page: Page,
    errors: Option<ErrorSummary>,
    terms: Vec<(String, String, String)>,
    plainer: Vec<(String, String, String)>,
    fields: Vec<String>,
}

fn remove_form(id: Uuid, term: &str, csrf: &str) -> String {
    row_button(
        csrf,
        &format!("/glossary/{id}/remove"),
        &[],
        &t("remove"),
        term,
    )
}

async fn page_for(
    tenant: &Tenant,
    page: Page,
    data: Option<&FormData>,
    errors: &Errors,
) -> AppResult<GlossaryPage> {
    let all = glossary(&tenant.scope).await?;
    let csrf = page.csrf.clone();
    let rows = |kind: &str| {
        all.iter()
            .filter(|g| g.kind == kind)
            .map(|g| {
                (
                    g.term.clone(),
                    g.meaning.clone(),
                    remove_form(g.id, &g.term, &csrf),
                )
            })
            .collect()
    };
    let value = |name: &str| data.map(|d| d.one(name)).unwrap_or_default();
    let kind = data.map_or_else(|| "term".to_owned(), |d| d.one("kind"));
    let kinds = [
        ("term", t("glossary-kind-term")),
        ("plainer", t("glossary-kind-plainer")),
    ];
    let kinds: Vec<(&str, &str)> = kinds.iter().map(|(a, b)| (*a, b.as_str())).collect();
    Ok(GlossaryPage {
        page: page.titled(t("glossary-title")),
        errors: errors.summary(),
        terms: rows("term"),
        plainer: rows("plainer"),
        fields: vec![
            render(&Choices::radios(
                "kind",
                Fieldset::legend(t("glossary-kind"), "govuk-fieldset__legend--s", false),
                &kinds,
                &[kind.as_str()],
            )),
            render(
                &Input::new("term", t("glossary-term"))
                    .value(&value("term"))
                    .error(errors.get("term")),
            ),
            render(
                &Textarea::new("meaning", t("glossary-meaning"))
                    .value(&value("meaning"))
                    .rows(3)
                    .hint(t("glossary-meaning-hint"))
                    .error(errors.get("meaning")),
            ),
        ],
    })
}

pub async fn index(tenant: Tenant, page: Page) -> AppResult<Response> {
    html(page_for(&tenant, page, None, &Errors::default()).await?)
}

pub async fn add(tenant: Tenant, page: Page, data: FormData) -> AppResult<Response> {
    let (term, meaning) = (data.one("term"), data.one("meaning"));
    let kind = if data.one("kind") == "plainer" {
        "plainer"
    } else {
        "term"
    };
    let mut errors = Errors::default();
    if term.is_empty() {
        errors.add("term", t("glossary-error-term"));
    }
    if meaning.is_empty() {
        errors.add("meaning", t("glossary-error-meaning"));
    }
    if !errors.is_empty() {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            page_for(&tenant, page, Some(&data), &errors).await?,
        );
    }
    queries::add(&tenant.scope, term.clone(), meaning, kind).await?;
    tenant
        .audit("added glossary term", "glossary", None, Some(&term))
        .await?;
    Ok(Redirect::to("/glossary").into_response())
}

pub async fn remove(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let id = parse_id(&id)?;
    if !queries::remove(&tenant.scope, id).await? {
        return Err(AppError::NotFound);
    }
    tenant
        .audit("removed glossary term", "glossary", Some(id), None)
        .await?;
    Ok(Redirect::to("/glossary").into_response())
}

#[derive(Template)]
#[template(path = "glossary/jargon_buster.html")]
struct JargonBuster {
    page: Page,
    terms: Vec<(String, String)>,
}

pub async fn jargon_buster(tenant: Tenant, page: Page) -> AppResult<Response> {
    let terms = glossary(&tenant.scope)
        .await?
        .into_iter()
        .filter(|g| g.kind == "term")
        .map(|g| (g.term, g.meaning))
        .collect();
    html(JargonBuster {
        page: page.titled(t("jargon-title")),
        terms,
    })
}
