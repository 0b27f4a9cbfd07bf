use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use crate::kit::auth::Role;
use crate::kit::components::{
    Button, Cell, Choices, ErrorSummary, Fieldset, Input, SummaryList, Table,
};
use crate::kit::error::{AppError, AppResult, html, html_status};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::link;
use crate::kit::tenancy::Tenant;

use crate::kit::dates::london;

use super::queries::{self, create};

#[derive(Template)]
#[template(path = "admin/accounts.html")]
struct AccountsPage {
    page: Page,
    table: Table,
    add: Button,
}

pub async fn accounts(tenant: Tenant, page: Page) -> AppResult<Response> {
    let accounts = queries::accounts(&tenant.scope).await?;
    let roles = queries::all_roles(&tenant.scope).await?;
    let rows = accounts
        .iter()
        .map(|a| {
            let names = roles
                .iter()
                .filter(|r| r.account_id == a.id)
                .filter_map(|r| Role::parse(&r.role))
                .map(|r| r.label())
                .collect::<Vec<_>>()
                .join(", ");
            vec![
                Cell::html(link(&format!("/admin/accounts/{}", a.id), &a.display_name)),
                Cell::text(a.email.clone()),
                Cell::text(names),
            ]
        })
        .collect();
    tenant.audit("viewed", "account list", None, None).await?;
    html(AccountsPage {
        page: page.titled(t("accounts-title")),
        table: Table {
            caption: Some(t("accounts-caption")),
            caption_classes: Some("govuk-visually-hidden".into()),
            head: vec![
                Cell::text(t("field-name")),
                Cell::text(t("field-email")),
                Cell::text(t("account-roles")),
            ],
            rows,
            ..Table::default()
        },
        add: Button::link(t("accounts-add"), "/admin/accounts/new"),
    })
}

#[derive(Template)]
#[template(path = "admin/account.html")]
struct AccountPage {
    page: Page,
    name: String,
    summary: SummaryList,
}

pub async fn account(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let account = queries::account(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let roles = queries::roles_of(&tenant.scope, id).await?;
    tenant.audit("viewed", "account", Some(id), None).await?;
    let method = if account.sign_in_method == "password" {
        t("method-password")
    } else {
        t("method-link")
    };
    html(AccountPage {
        page: page.titled(account.display_name.clone()),
        name: account.display_name.clone(),
        summary: SummaryList::default()
            .row(t("field-email"), account.email.clone())
            .row(t("account-sign-in-method"), method)
            .row(
                t("account-roles"),
                roles
                    .iter()
                    .filter_map(|r| Role::parse(&r.role))
                    .map(|r| r.label())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .row(t("account-created"), london(account.created_at)),
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct NewAccountForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

#[derive(Template)]
#[template(path = "admin/new_account.html")]
struct NewAccountPage {
    page: Page,
    errors: Option<ErrorSummary>,
    name: Input,
    email: Input,
    role: Choices,
    button: Button,
}

fn new_account_page(
    page: Page,
    form: &NewAccountForm,
    errors: &[(String, String)],
) -> NewAccountPage {
    let error_for = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    };
    let labels: Vec<(&str, String)> = Role::ALL.iter().map(|r| (r.as_str(), r.label())).collect();
    let options: Vec<(&str, &str)> = labels.iter().map(|(v, l)| (*v, l.as_str())).collect();
    NewAccountPage {
        page: page.titled(t("new-account-title")),
        errors: (!errors.is_empty()).then(|| ErrorSummary::of(errors)),
        name: Input::new("name", t("field-name"))
            .autocomplete("off")
            .value(&form.name)
            .error(error_for("name")),
        email: Input::new("email", t("field-email"))
            .kind("email")
            .autocomplete("off")
            .spellcheck(false)
            .value(&form.email)
            .error(error_for("email")),
        role: Choices::radios(
            "role",
            Fieldset::legend(t("field-role"), "govuk-fieldset__legend--s", false),
            &options,
            &[form.role.as_str()],
        )
        .error(error_for("role")),
        button: Button::submit(t("new-account-button")),
    }
}

pub async fn new_account(page: Page) -> AppResult<Response> {
    html(new_account_page(page, &NewAccountForm::default(), &[]))
}

pub async fn create_account(
    tenant: Tenant,
    page: Page,
    data: crate::kit::forms::FormData,
) -> AppResult<Response> {
    let form: NewAccountForm = data.decode()?;
    let mut errors = vec![];
    if form.name.trim().is_empty() {
        errors.push(("name".to_owned(), t("error-name-missing")));
    }
    let email = form.email.trim().to_lowercase();
    if !email.contains('@') {
        errors.push(("email".to_owned(), t("error-email-format")));
    } else if queries::email_taken(&tenant.scope, &email).await? {
        errors.push(("email".to_owned(), t("error-email-taken")));
    }
    let role = Role::parse(&form.role);
    if role.is_none() {
        errors.push(("role".to_owned(), t("error-role-missing")));
    }
    let Some(role) = role.filter(|_| errors.is_empty()) else {
        return html_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            new_account_page(page, &form, &errors),
        );
    };
    let id = create(
        &tenant.scope,
        form.name.trim(),
        &email,
        None,
        &[role],
        false,
    )
    .await?;
    tenant.audit("created", "account", Some(id), None).await?;
    Ok(Redirect::to(&format!("/admin/accounts/{id}")).into_response())
}
