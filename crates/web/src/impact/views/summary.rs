//! The parts of an evaluation the opportunity's page shows too: the questionnaire scores of
//! involved people and staff side by side, what people said, and lessons from similar
//! opportunities.

use uuid::Uuid;
use withus_db::entities::{evaluation_answer, outcome_result};

use crate::impact::queries;
use crate::impact::questionnaire::{QUESTIONS, Score, summarise};
use crate::kit::blocks::{bullets, heading, heading_of, inset_with_id, paragraph_of, strong};
use crate::kit::components::{Cell, SummaryList, Table, escape, render};
use crate::kit::error::AppResult;
use crate::kit::i18n::{t, t_args};
use crate::kit::sections::{details, heading_m, link, paragraph, words};
use crate::kit::tenancy::Tenant;
use crate::opportunities::Full;

pub(super) fn score_text(score: &Score) -> String {
    match score.mean {
        Some(mean) => t_args(
            "evaluation-score",
            &[
                ("mean", &format!("{mean:.1}")),
                ("count", &score.count.to_string()),
            ],
        ),
        None => t("evaluation-no-score"),
    }
}

pub(super) fn gap_text(involved: &Score, staff: &Score) -> String {
    match (involved.mean, staff.mean) {
        (Some(i), Some(s)) => format!("{:+.1}", s - i),
        _ => String::new(),
    }
}

/// Each intended outcome with what happened and its evidence, and the two groups' ratings
/// side by side: shown on the opportunity's page and on its evaluation page.
pub async fn summary_blocks(tenant: &Tenant, full: &Full) -> AppResult<Vec<String>> {
    let results = queries::outcome_results(&tenant.scope, full.opportunity.id).await?;
    summary_with(tenant, full, &results).await
}

pub(super) async fn summary_with(
    tenant: &Tenant,
    full: &Full,
    results: &[outcome_result::Model],
) -> AppResult<Vec<String>> {
    let o = &full.opportunity;
    let mut outcomes = SummaryList::default();
    for (i, outcome) in full.outcomes.iter().enumerate() {
        let result = results.iter().find(|r| r.position == i as i32 + 1);
        let value = match result {
            Some(r) => format!(
                "{}{}",
                words(&r.happened),
                paragraph_of(
                    "govuk-body-s withus-pre-line",
                    &format!(
                        "{} {}",
                        strong(&t("evaluation-evidence")),
                        escape(&r.evidence)
                    )
                )
            ),
            None => escape(&t("evaluation-not-judged")),
        };
        outcomes = outcomes.html_row(outcome, &value);
    }
    let answers = queries::answers(&tenant.scope, o.id).await?;
    let summary = summarise(&answers);
    let table = render(&Table {
        caption: Some(t("evaluation-side-by-side")),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: vec![
            Cell::text(t("evaluation-question")),
            Cell::text(t("evaluation-involved")),
            Cell::text(t("evaluation-staff")),
            Cell::text(t("evaluation-gap")).numeric(),
        ],
        rows: QUESTIONS
            .iter()
            .zip(summary.iter())
            .map(|(q, (involved, staff))| {
                vec![
                    Cell::text(t(q)),
                    Cell::text(score_text(involved)),
                    Cell::text(score_text(staff)),
                    Cell::text(gap_text(involved, staff)).numeric(),
                ]
            })
            .collect(),
        ..Table::default()
    });
    let mut blocks = vec![
        heading_m(&t("evaluation-outcomes"), "outcomes"),
        render(&outcomes),
        table,
        paragraph(&t("evaluation-gap-note")),
    ];
    blocks.push(said_in_their_words(&answers));
    Ok(blocks)
}

/// What people wrote, question by question, each group apart; no names.
pub(super) fn said_in_their_words(answers: &[evaluation_answer::Model]) -> String {
    let mut out = String::new();
    for (n, key) in QUESTIONS.iter().enumerate() {
        let mut items = Vec::new();
        for group in ["involved", "staff"] {
            for a in answers.iter().filter(|a| a.answered_as == group) {
                let words = [&a.words_1, &a.words_2, &a.words_3, &a.words_4, &a.words_5][n];
                if let Some(w) = words {
                    let who = t(if group == "staff" {
                        "evaluation-staff"
                    } else {
                        "evaluation-involved"
                    });
                    items.push(format!("{} {}", strong(&format!("{who}:")), escape(w)));
                }
            }
        }
        if !items.is_empty() {
            out.push_str(&details(
                &t_args("evaluation-words-for", &[("question", &t(key))]),
                &bullets(&items),
            ));
        }
    }
    out
}

/// Lessons from similar opportunities that have been evaluated: the same topic or area.
pub async fn lessons_for(tenant: &Tenant, full: &Full) -> AppResult<Vec<(Uuid, String, String)>> {
    let topics = full.tagged("topic");
    let area = full.opportunity.area.clone();
    let others = queries::opportunities_with_lessons(&tenant.scope, full.opportunity.id).await?;
    let tags =
        crate::opportunities::topics_of(&tenant.scope, others.iter().map(|o| o.id).collect())
            .await?;
    Ok(others
        .into_iter()
        .filter(|o| {
            let shared_topic = tags
                .get(&o.id)
                .is_some_and(|theirs| theirs.iter().any(|t| topics.contains(t)));
            shared_topic || (area.is_some() && o.area == area)
        })
        .filter_map(|o| Some((o.id, o.title, o.lessons?)))
        .collect())
}

/// The lessons block for a draft, or nothing when there are none.
pub fn lessons_block(lessons: &[(Uuid, String, String)]) -> String {
    if lessons.is_empty() {
        return String::new();
    }
    let items: String = lessons
        .iter()
        .map(|(id, title, text)| {
            let href = format!("/opportunities/{id}/evaluation#cycle");
            format!("{}{}", heading_of(3, "s", &link(&href, title)), words(text))
        })
        .collect();
    inset_with_id(
        "lessons",
        &format!(
            "{}{}{items}",
            heading(2, "m", &t("lessons-title")),
            paragraph(&t("lessons-intro"))
        ),
    )
}
