//! An involved person's side: opportunities that fit their choices (or all of them), read in
//! plain words; saying they are interested, withdrawing, accepting a place; and where they stand.

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;
use withus_db::entities::interest;

use super::interests;
use super::lifecycle::takes_interest;
use super::queries::{self, Full};
use super::routes::load;
use super::views;
use super::vocab;
use crate::components::{Button, Cell, SummaryList, Table, Textarea, escape, render};
use crate::error::{AppError, AppResult, html};
use crate::forms::FormData;
use crate::i18n::t;
use crate::page::Page;
use crate::people::queries::{self as people, Details};
use crate::tenancy::Tenant;

async fn own(tenant: &Tenant) -> AppResult<Details> {
    let id = people::id_for_account(&tenant.scope, tenant.user.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    people::details(&tenant.scope, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Only opportunities that are open to interest, or that the person already has a say in.
async fn visible(
    tenant: &Tenant,
    id: &str,
    me: &Details,
) -> AppResult<(Full, Option<interest::Model>)> {
    let full = load(tenant, id).await?;
    let mine = interests::interest_of(&tenant.scope, full.opportunity.id, me.person.id).await?;
    if !takes_interest(&full.opportunity.status) && mine.is_none() {
        return Err(AppError::NotFound);
    }
    Ok((full, mine))
}

#[derive(Deserialize, Default)]
pub struct BrowseQuery {
    #[serde(default)]
    all: String,
}

#[derive(Template)]
#[template(path = "opportunities/mine.html")]
struct MinePage {
    page: Page,
    all: bool,
    open: Vec<(Uuid, String, String, String)>,
    standing: Option<Table>,
}

pub async fn browse(
    tenant: Tenant,
    page: Page,
    Query(q): Query<BrowseQuery>,
) -> AppResult<Response> {
    let me = own(&tenant).await?;
    let all = q.all == "yes";
    let holds =
        crate::support::queries::held_by(&tenant.scope, me.person.id, crate::payments::today())
            .await?;
    let open: Vec<(Uuid, String, String, String)> = queries::open_for_interest(&tenant.scope)
        .await?
        .into_iter()
        .filter(|full| all || queries::matches_person(full, &me, &holds))
        .map(|full| {
            let o = full.opportunity;
            let when = views::when(&o);
            (o.id, o.title, o.summary, when)
        })
        .collect();
    let mine = interests::interests_of_person(&tenant.scope, me.person.id).await?;
    let standing = (!mine.is_empty()).then(|| Table {
        caption: Some(t("my-opp-standing")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: ["opp-field-title", "opp-field-status", "my-opp-reason"]
            .iter()
            .map(|k| Cell::text(t(k)))
            .collect(),
        rows: mine
            .iter()
            .map(|(i, o)| {
                vec![
                    Cell::html(format!(
                        "<a class=\"govuk-link\" href=\"/my/opportunities/{}\">{}</a>",
                        o.id,
                        escape(&o.title)
                    )),
                    Cell::html(views::interest_tag(&i.status)),
                    Cell::text(i.reason.clone().unwrap_or_default()),
                ]
            })
            .collect(),
        ..Table::default()
    });
    html(MinePage {
        page: page.titled(t("my-opp-title")),
        all,
        open,
        standing,
    })
}

#[derive(Template)]
#[template(path = "opportunities/member_show.html")]
struct MemberShowPage {
    page: Page,
    id: Uuid,
    title: String,
    summary: SummaryList,
    standing: Option<(String, String)>,
    can_express: bool,
    can_withdraw: bool,
    can_accept: bool,
    fields: Vec<String>,
    button: Button,
    /// What we pay, in plain words, shown before the person says they are interested.
    plain: Option<crate::payments::policy::Plain>,
}

/// The person's access needs from their record, in words, ready to confirm or change.
fn needs_in_words(me: &Details) -> String {
    let needs = me.chosen("access_need");
    let mut words: Vec<String> = vocab::ACCESS_NEEDS
        .iter()
        .filter(|(v, _)| needs.iter().any(|n| n == v))
        .map(|(_, k)| t(k))
        .collect();
    if let Some(notes) = me
        .person
        .access_notes
        .as_deref()
        .filter(|n| !n.trim().is_empty())
    {
        words.push(notes.to_owned());
    }
    words.join(". ")
}

pub async fn show(tenant: Tenant, page: Page, Path(id): Path<String>) -> AppResult<Response> {
    let me = own(&tenant).await?;
    let (full, mine) = visible(&tenant, &id, &me).await?;
    let o = &full.opportunity;
    let open = takes_interest(&o.status);
    let status = mine.as_ref().map(|i| i.status.as_str()).unwrap_or("");
    let can_express = open && (mine.is_none() || status == "withdrawn");
    html(MemberShowPage {
        page: page.titled(o.title.clone()),
        id: o.id,
        title: o.title.clone(),
        summary: views::summary(&full),
        standing: mine.as_ref().filter(|i| i.status != "withdrawn").map(|i| {
            (
                views::interest_tag(&i.status),
                i.reason.clone().unwrap_or_default(),
            )
        }),
        can_express,
        can_withdraw: matches!(status, "interested" | "offered" | "confirmed" | "reserve"),
        can_accept: status == "offered",
        fields: vec![
            render(&Textarea::new("note", t("my-opp-note")).hint(t("my-opp-note-hint"))),
            render(
                &Textarea::new("access_needs", t("my-opp-access"))
                    .hint(t("my-opp-access-hint"))
                    .value(&needs_in_words(&me)),
            ),
        ],
        button: Button::submit(t("my-opp-interested")),
        plain: if o.paid {
            crate::payments::policy::plain_today(&tenant.scope).await?
        } else {
            None
        },
    })
}

fn limited(text: String, max: usize) -> Option<String> {
    let trimmed: String = text.trim().chars().take(max).collect();
    (!trimmed.is_empty()).then_some(trimmed)
}

pub async fn express(
    tenant: Tenant,
    Path(id): Path<String>,
    data: FormData,
) -> AppResult<Response> {
    let me = own(&tenant).await?;
    let (full, _) = visible(&tenant, &id, &me).await?;
    let o = &full.opportunity;
    if takes_interest(&o.status) && me.person.status == "active" {
        interests::express(
            &tenant.scope,
            o.id,
            me.person.id,
            limited(data.one("note"), 2000),
            limited(data.one("access_needs"), 2000),
        )
        .await?;
        tenant
            .audit("said they are interested", "opportunity", Some(o.id), None)
            .await?;
    }
    Ok(Redirect::to(&format!("/my/opportunities/{}", o.id)).into_response())
}

pub async fn withdraw(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let me = own(&tenant).await?;
    let (full, mine) = visible(&tenant, &id, &me).await?;
    if let Some(i) = mine.filter(|i| i.status != "withdrawn" && i.status != "not_selected") {
        interests::decide(
            &tenant.scope,
            &full.opportunity,
            i.id,
            "withdrawn",
            None,
            None,
        )
        .await?;
        tenant
            .audit("withdrew", "opportunity", Some(full.opportunity.id), None)
            .await?;
    }
    Ok(Redirect::to(&format!("/my/opportunities/{}", full.opportunity.id)).into_response())
}

pub async fn accept(tenant: Tenant, Path(id): Path<String>) -> AppResult<Response> {
    let me = own(&tenant).await?;
    let (full, mine) = visible(&tenant, &id, &me).await?;
    if let Some(i) = mine.filter(|i| i.status == "offered") {
        interests::accept(&tenant.scope, i.id).await?;
        people::set_last_involved(&tenant.scope, me.person.id, chrono::Utc::now()).await?;
        tenant
            .audit(
                "accepted a place",
                "opportunity",
                Some(full.opportunity.id),
                None,
            )
            .await?;
    }
    Ok(Redirect::to(&format!("/my/opportunities/{}", full.opportunity.id)).into_response())
}
