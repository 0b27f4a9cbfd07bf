//! The person's own pages: their payments, the claim form as they see it, and a claim with
//! the form to answer finance's question.

use askama::Template;
use uuid::Uuid;
use withus_db::entities::claim;
use withus_payments::{pounds, tax_year};

use super::{ClaimPage, claim_page};
use crate::kit::blocks::heading;
use crate::kit::components::{ErrorSummary, Textarea, render};
use crate::kit::dates::{day, today};
use crate::kit::error::AppResult;
use crate::kit::form_parts::{FileUpload, button, upload_form};
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::tenancy::Tenant;
use crate::meetings::when;
use crate::payments::forms::claim::{Context, Refused};
use crate::payments::policy_words::{Plain, plain_today};
use crate::payments::views::claim_form::fields;
use crate::payments::{queries, status_tag};

#[derive(Template)]
#[template(path = "payments/mine.html")]
pub struct MinePage {
    page: Page,
    plain: Option<Plain>,
    year: String,
    paid_this_year: String,
    claimable: Vec<(Uuid, String, String)>,
    claims: Vec<(Uuid, String, String, String, String, String)>,
}

/// The person's payments: the policy in plain words, this tax year's total, what they can
/// claim for and their claims.
pub async fn mine_page(tenant: &Tenant, page: Page, person: Uuid) -> AppResult<MinePage> {
    let (first, last) = tax_year(today());
    let paid = queries::paid_between(&tenant.scope, person, first, last).await?;
    let claims = queries::of_person(&tenant.scope, person).await?;
    let claimable = queries::claimable(&tenant.scope, person).await?;
    Ok(MinePage {
        page: page.titled(t("my-payments-title")),
        plain: plain_today(&tenant.scope).await?,
        year: t_args(
            "my-payments-year",
            &[("from", &day(first)), ("to", &day(last))],
        ),
        paid_this_year: pounds(paid),
        claimable: claimable
            .into_iter()
            .map(|m| (m.id, m.title, when(m.starts_at, m.ends_at)))
            .collect(),
        claims: claims
            .into_iter()
            .map(|l| {
                let c = l.claim;
                (
                    c.id,
                    l.meeting,
                    day(c.activity_on),
                    pounds(c.to_pay_pence),
                    status_tag(&c.status),
                    c.paid_on.map(day).unwrap_or_default(),
                )
            })
            .collect(),
    })
}

#[derive(Template)]
#[template(path = "payments/claim_form.html")]
pub struct FormPage {
    pub page: Page,
    pub errors: Option<ErrorSummary>,
    pub back: String,
    pub action: String,
    pub heading: String,
    pub facts: Vec<(String, String)>,
    pub fields: Vec<String>,
    pub button: String,
}

/// The claim form page for `ctx`, posting to `action`; `again` is a form that came back, with
/// what to fix and the receipts waiting; `own` when the person claims for themselves.
pub fn form_page(
    page: Page,
    ctx: &Context,
    back: &str,
    action: &str,
    typed: &FormData,
    again: Option<&Refused>,
    own: bool,
) -> FormPage {
    let none = Errors::default();
    let (errors, waiting) = again.map_or((&none, &[][..]), |r| (&r.errors, &r.waiting[..]));
    let facts = vec![
        (
            t("claim-activity"),
            format!(
                "{} ({})",
                ctx.meeting.title,
                when(ctx.meeting.starts_at, ctx.meeting.ends_at)
            ),
        ),
        (t("claim-fee"), ctx.fee_words()),
    ];
    FormPage {
        heading: t_args(
            "claim-heading",
            &[("name", &crate::people::display_name(&ctx.person))],
        ),
        page: page.titled(t("claim-title")),
        errors: errors.summary(),
        back: back.to_owned(),
        action: action.to_owned(),
        facts,
        fields: fields(ctx, typed, errors, waiting),
        // The person checks their claim on the next page; staff send it from here.
        button: t(if own { "claim-continue" } else { "claim-send" }),
    }
}

pub fn answer_form(page: &Page, c: &claim::Model, typed: &str, errors: &Errors) -> String {
    let fields = [
        render(
            &Textarea::new("answer", t("claim-answer"))
                .value(typed)
                .rows(4)
                .error(errors.get("answer")),
        ),
        FileUpload::new("receipts", &t("claim-add-receipts"))
            .multiple()
            .html(),
    ];
    format!(
        "{}{}",
        heading(2, "m", &t("claim-answer-heading")),
        upload_form(
            &page.csrf,
            &format!("/my/payments/claims/{}/answer", c.id),
            &fields.concat(),
            &button(&t("claim-answer-send"), ""),
        )
    )
}

pub async fn my_claim_page(
    tenant: &Tenant,
    page: Page,
    c: &claim::Model,
    typed: &str,
    errors: &Errors,
    banner: Option<&str>,
) -> AppResult<ClaimPage> {
    let actions = if c.status == "queried" {
        vec![answer_form(&page, c, typed, errors)]
    } else {
        vec![]
    };
    let mut view = claim_page(
        tenant,
        page,
        c,
        "/my/payments",
        "/my/payments/claims",
        actions,
    )
    .await?;
    view.errors = errors.summary();
    view.banner =
        banner.map(|key| render(&crate::kit::components::NotificationBanner::success(t(key))));
    Ok(view)
}
