//! One opportunity as an involved person reads it: what it is, where they stand, what we
//! pay in plain words, and the form to say they are interested. Here, above opportunities and
//! payments, because it shows both.

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use uuid::Uuid;

use crate::kit::components::{Button, NotificationBanner, SummaryList, Textarea, render};
use crate::kit::error::{AppResult, html};
use crate::kit::i18n::t;
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::kit::vocab::ACCESS_NEEDS;
use crate::opportunities::takes_interest;
use crate::opportunities::{interest_tag, opportunity_summary};
use crate::opportunities::{own, visible};
use crate::people::Details;

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
    plain: Option<crate::payments::Plain>,
    /// What just happened and what happens next, after they said they are interested,
    /// withdrew or took a place.
    banner: Option<NotificationBanner>,
}

/// What the person just did, carried by the redirect.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Done {
    #[serde(default)]
    done: String,
}

fn done_banner(done: &str) -> Option<NotificationBanner> {
    let key = match done {
        "interested" => "my-opp-done-interested",
        "withdrawn" => "my-opp-done-withdrawn",
        "accepted" => "my-opp-done-accepted",
        _ => return None,
    };
    Some(NotificationBanner::success(t(key)))
}

/// The person's access needs from their record, in words, ready to confirm or change.
fn needs_in_words(me: &Details) -> String {
    let needs = me.chosen("access_need");
    let mut words: Vec<String> = ACCESS_NEEDS
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

pub async fn show(
    tenant: Tenant,
    page: Page,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
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
        summary: opportunity_summary(&full),
        standing: mine.as_ref().filter(|i| i.status != "withdrawn").map(|i| {
            (
                interest_tag(&i.status),
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
        banner: done_banner(&done.done),
        plain: if o.paid {
            crate::payments::plain_today(&tenant.scope).await?
        } else {
            None
        },
    })
}
