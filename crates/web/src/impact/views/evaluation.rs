//! An opportunity's evaluation (seed 002's cycle: Act → Evaluate → Reflect → Learn): each
//! intended outcome against what happened and its evidence, the questionnaire answers of
//! involved people and staff side by side, feedback owed, what people said and what became
//! of it, and the reflection and lessons that feed the next opportunity.

use axum::response::Response;
use chrono::Utc;

use crate::impact::forms::{CycleForm, text_of};
use crate::impact::owed::About;
use crate::impact::queries;
use crate::impact::views::contributions;
use crate::impact::views::summary::summary_with;
use crate::impact::views::tables::{owed_names, owed_table};
use crate::kit::blocks::heading;
use crate::kit::components::{Textarea, render};
use crate::kit::error::AppResult;
use crate::kit::forms::Errors;
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, details, form, textarea};
use crate::kit::tenancy::Tenant;
use crate::opportunities::Full;

pub async fn page_for(
    tenant: &Tenant,
    page: Page,
    full: &Full,
    typed: Option<(&[(String, String)], &CycleForm)>,
    errors: &Errors,
    saved: &str,
) -> AppResult<Response> {
    let o = &full.opportunity;
    let banner = match saved {
        "" => None,
        "outcomes" => Some(t("evaluation-outcomes-saved")),
        "cycle" => Some(t("evaluation-cycle-saved")),
        "said" => Some(t("impact-saved")),
        "questionnaire" => Some(t("questionnaire-thanks")),
        "invited" => Some(t("evaluation-invited")),
        _ => Some(t("feedback-sent")),
    };
    let mut sections = Sections::new(page, t("evaluation-title"))
        .caption(o.title.clone())
        .back(format!("/opportunities/{}", o.id))
        .errors(errors)
        .banner(banner)
        .paragraph(&t("evaluation-intro"));
    let csrf = sections.page.csrf.clone();
    // Evaluate: what happened against each outcome, shown and then offered to record.
    let results = queries::outcome_results(&tenant.scope, o.id).await?;
    for block in summary_with(tenant, full, &results).await? {
        sections = sections.block(block);
    }
    let mut fields = Vec::new();
    for (i, outcome) in full.outcomes.iter().enumerate() {
        let n = i + 1;
        let stored = results.iter().find(|r| r.position == n as i32);
        let value = |field: &str, stored: Option<&String>| match typed {
            Some((data, _)) => data
                .iter()
                .find(|(k, _)| k == &format!("{field}_{n}"))
                .map(|(_, v)| v.clone())
                .unwrap_or_default(),
            None => stored.cloned().unwrap_or_default(),
        };
        fields.push(heading(
            3,
            "s",
            &t_args(
                "evaluation-outcome-number",
                &[("number", &n.to_string()), ("outcome", outcome)],
            ),
        ));
        fields.push(render(
            &Textarea::new(&format!("happened_{n}"), t("evaluation-happened"))
                .value(&value("happened", stored.map(|r| &r.happened)))
                .rows(3)
                .error(errors.get(&format!("happened_{n}"))),
        ));
        fields.push(render(
            &Textarea::new(&format!("evidence_{n}"), t("evaluation-evidence"))
                .value(&value("evidence", stored.map(|r| &r.evidence)))
                .hint(t("evaluation-evidence-hint"))
                .rows(2),
        ));
    }
    let evaluating = matches!(o.status.as_str(), "evaluating" | "closed");
    if evaluating && !full.outcomes.is_empty() {
        sections = sections
            .heading_m(&t("evaluation-record-outcomes"), "record-outcomes")
            .form(
                &format!("/opportunities/{}/evaluation/outcomes", o.id),
                &fields,
                &t("evaluation-save-outcomes"),
            );
    }
    // The questionnaire.
    sections = sections.heading_m(&t("questionnaire-title"), "questionnaire");
    if evaluating {
        sections = sections
            .paragraph(&t("evaluation-questionnaire-intro"))
            .links(&[(
                format!("/opportunities/{}/questionnaire", o.id),
                t("evaluation-staff-questionnaire"),
            )])
            .block(form(
                &csrf,
                &format!("/opportunities/{}/questionnaire/send", o.id),
                &[],
                &t("evaluation-send-questionnaire"),
            ));
    } else {
        sections = sections.paragraph(&t("evaluation-not-yet"));
    }
    // Feedback owed about the opportunity and its meetings.
    let owed = queries::owed(
        &tenant.scope,
        Some(o.id),
        queries::Owing::Everything,
        Utc::now(),
    )
    .await?;
    let (names, about) = owed_names(tenant, &owed).await?;
    sections = sections
        .heading_m(&t("feedback-title"), "feedback")
        .paragraph(&t_args(
            "feedback-promise",
            &[(
                "days",
                &queries::feedback_days(&tenant.scope).await?.to_string(),
            )],
        ));
    sections = if owed.is_empty() {
        sections.paragraph(&t("feedback-none-owed"))
    } else {
        let waiting = crate::impact::owed::waiting(&owed);
        let waiting_people: usize = waiting.iter().map(|w| w.people).sum();
        let summary = t_args(
            "feedback-everyone",
            &[
                ("count", &owed.len().to_string()),
                ("waiting", &waiting_people.to_string()),
            ],
        );
        sections.block(details(&summary, &owed_table(&owed, &names, &about)))
    };
    let mut send_links = Vec::new();
    let mut seen = Vec::new();
    for w in owed.iter().filter(|w| w.sent_at.is_none()) {
        if seen.contains(&w.about) {
            continue;
        }
        seen.push(w.about);
        let href = match w.about {
            About::Opportunity(_) => format!("/opportunities/{}/feedback", o.id),
            About::Meeting(m) => format!("/opportunities/{}/feedback?meeting={m}", o.id),
        };
        let what = about.get(&w.about).cloned().unwrap_or_default();
        send_links.push((href, t_args("feedback-send-about", &[("about", &what)])));
    }
    if !send_links.is_empty() {
        sections = sections.links(&send_links);
    }
    // You said, we did.
    sections = sections.heading_m(&t("impact-title"), "said");
    for block in contributions::for_opportunity(tenant, o.id).await? {
        sections = sections.block(block);
    }
    // Reflect and learn.
    let stored = CycleForm {
        act: text_of(&o.act_notes),
        reflection: text_of(&o.reflection),
        lessons: text_of(&o.lessons),
    };
    let cycle = typed.map_or(&stored, |(_, c)| c);
    let area = |name: &str, key: &str, value: &str| textarea(name, key, value, errors);
    sections
        .heading_m(&t("evaluation-cycle"), "cycle")
        .paragraph(&t("evaluation-cycle-intro"))
        .form(
            &format!("/opportunities/{}/evaluation/cycle", o.id),
            &[
                area("act", "evaluation-act", &cycle.act),
                area("reflection", "evaluation-reflection", &cycle.reflection),
                area("lessons", "evaluation-lessons", &cycle.lessons),
            ],
            &t("evaluation-save-cycle"),
        )
        .wide()
        .respond()
}
