//! Building the administrator's pages: the accounts, one account and the form for a new one
//! (here), and what Withus has sent and done (`logs`).

pub mod logs;

use askama::Template;
use withus_db::entities::{account, account_role};

use crate::admin::forms::NewAccountForm;
use crate::kit::auth::Role;
use crate::kit::components::{
    Button, Cell, Choices, ErrorSummary, Fieldset, Input, SummaryList, Table,
};
use crate::kit::dates::london;
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::sections::link;

#[derive(Template)]
#[template(path = "admin/accounts.html")]
pub struct AccountsPage {
    page: Page,
    table: Table,
    add: Button,
}

/// The organisation's accounts, each with its roles.
pub fn accounts_page(
    page: Page,
    accounts: &[account::Model],
    roles: &[account_role::Model],
) -> AccountsPage {
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
    AccountsPage {
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
    }
}

#[derive(Template)]
#[template(path = "admin/account.html")]
pub struct AccountPage {
    page: Page,
    name: String,
    summary: SummaryList,
}

pub fn account_page(
    page: Page,
    account: &account::Model,
    roles: &[account_role::Model],
) -> AccountPage {
    let method = if account.sign_in_method == "password" {
        t("method-password")
    } else {
        t("method-link")
    };
    AccountPage {
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
    }
}

#[derive(Template)]
#[template(path = "admin/new_account.html")]
pub struct NewAccountPage {
    page: Page,
    errors: Option<ErrorSummary>,
    name: Input,
    email: Input,
    role: Choices,
    button: Button,
}

pub fn new_account_page(
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
