//! Building the self-assessment's pages: the frameworks to rate, a framework's rating form,
//! and its results side by side. The action plan, the strategy and the annual report's part
//! are in their own files.

pub mod actions;
pub mod report;
pub mod strategy;

use std::collections::HashMap;

use axum::response::Response;
use withus_db::entities::assessment_rating;

use super::forms::field;
use super::frameworks::{FRAMEWORKS, Framework, RATINGS, statement_key};
use super::results::{Means, gap, mean_text, trend};
use super::this_year;
use crate::kit::components::{Choices, Fieldset, Textarea, render};
use crate::kit::error::AppResult;
use crate::kit::forms::{Errors, FormData};
use crate::kit::i18n::{t, t_args};
use crate::kit::page::Page;
use crate::kit::sections::{Sections, borrowed, heading_m, paragraph};
use crate::reports::annual::Annual;
use crate::reports::views::document::Grid;

/// The frameworks, to rate (everyone) and to see the results of (staff).
pub fn frameworks(page: Page, staff: bool, saved: bool) -> AppResult<Response> {
    let mut sections = Sections::new(page, t("assessment-title"))
        .banner(saved.then(|| t("assessment-saved")))
        .paragraph(&t(if staff {
            "assessment-intro-staff"
        } else {
            "assessment-intro-involved"
        }));
    for f in FRAMEWORKS {
        let mut items = vec![(format!("/assessment/{}", f.key), t("assessment-rate"))];
        if staff {
            items.push((
                format!("/assessment/{}/results", f.key),
                t("assessment-results"),
            ));
        }
        sections = sections
            .block(heading_m(f.name, f.key))
            .block(paragraph(f.about))
            .links(&items);
    }
    let mut more = vec![("/strategy/easy-read".to_owned(), t("strategy-read-ours"))];
    if staff {
        more.push(("/assessment/actions".into(), t("actions-title")));
    }
    sections.links(&more).respond()
}

/// Rating a framework: every statement, not started to embedded, with what shows it.
pub fn rating(
    staff: bool,
    page: Page,
    f: &Framework,
    current: &HashMap<String, (String, String)>,
    data: Option<&FormData>,
    errors: &Errors,
) -> AppResult<Response> {
    let plain = if staff { "" } else { "-plain" };
    let ratings: Vec<(String, String)> = RATINGS
        .iter()
        .map(|(v, k)| ((*v).to_owned(), t(&format!("{k}{plain}"))))
        .collect();
    let mut fields = Vec::new();
    for part in f.parts {
        fields.push(heading_m(part.name, part.key));
        for st in part.statements {
            let name = field(part.key, st.key);
            let key = statement_key(f, part, st);
            let saved = current.get(&key);
            let chosen = data.map_or_else(
                || saved.map(|s| s.0.clone()).unwrap_or_default(),
                |d| d.one(&name),
            );
            let evidence = data.map_or_else(
                || saved.map(|s| s.1.clone()).unwrap_or_default(),
                |d| d.one(&format!("{name}-evidence")),
            );
            fields.push(render(
                &Choices::radios(
                    &name,
                    Fieldset::legend(st.text.to_owned(), "govuk-fieldset__legend--s", false),
                    &borrowed(&ratings),
                    &[chosen.as_str()],
                )
                .error(errors.get(&name)),
            ));
            fields.push(render(
                &Textarea::new(&format!("{name}-evidence"), t("assessment-evidence"))
                    .value(&evidence)
                    .hint(t("assessment-evidence-hint"))
                    .rows(2),
            ));
        }
    }
    Sections::new(page, f.name.to_owned())
        .back("/assessment")
        .caption(t_year())
        .errors(errors)
        .paragraph(&t("assessment-how"))
        .block(crate::kit::sections::details(
            &t("assessment-scale"),
            &paragraph(&t(&format!("assessment-scale-text{plain}"))),
        ))
        .form(
            &format!("/assessment/{}", f.key),
            &fields,
            &t("assessment-save"),
        )
        .respond()
}

fn t_year() -> String {
    crate::kit::i18n::t_args("assessment-year", &[("year", &this_year().to_string())])
}

pub fn side_by_side(f: &Framework, means: &Means, figures: &Annual) -> Vec<Grid> {
    f.parts
        .iter()
        .map(|part| {
            let rows = part
                .statements
                .iter()
                .map(|st| {
                    let key = statement_key(f, part, st);
                    let staff = means.get(&(key.clone(), "staff".into()));
                    let involved = means.get(&(key.clone(), "involved".into()));
                    vec![
                        st.text.to_owned(),
                        mean_text(staff),
                        mean_text(involved),
                        gap(staff, involved),
                        st.measure
                            .and_then(|m| {
                                figures.measure(m).map(|(shown, _)| {
                                    let label = crate::reports::annual::MEASURES
                                        .iter()
                                        .find(|(k, _)| *k == m)
                                        .map_or_else(String::new, |(_, l)| t(l));
                                    format!("{label}: {shown}")
                                })
                            })
                            .unwrap_or_default(),
                    ]
                })
                .collect();
            Grid::new(
                &format!("{}-{}", f.key, part.key),
                part.name.to_owned(),
                vec![
                    t("col-statement"),
                    t("col-staff"),
                    t("col-involved-people"),
                    t("col-gap"),
                    t("col-withus-figure"),
                ],
                rows,
            )
            .words()
        })
        .collect()
}

/// A framework's ratings: staff and involved people side by side for each statement, the gap
/// between them, Withus's own figure where it has one, and the trend year on year.
pub fn results(
    page: Page,
    f: &Framework,
    year: i32,
    rows: &[assessment_rating::Model],
    means: &Means,
    figures: &Annual,
) -> AppResult<Response> {
    let mut sections = Sections::new(page, f.name.to_owned())
        .back("/assessment")
        .caption(t_args("assessment-year", &[("year", &year.to_string())]))
        .wide()
        .paragraph(&t("results-intro"));
    for grid in side_by_side(f, means, figures) {
        sections = sections.block(grid.html());
    }
    sections = sections.block(
        Grid::new(
            &format!("{}-trend", f.key),
            t("results-trend"),
            vec![t("col-year"), t("col-staff"), t("col-involved-people")],
            trend(rows),
        )
        .words()
        .html(),
    );
    let other_years: Vec<(String, String)> = rows
        .iter()
        .map(|r| r.year)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .filter(|y| *y != year)
        .map(|y| {
            (
                format!("/assessment/{}/results?year={y}", f.key),
                y.to_string(),
            )
        })
        .collect();
    if !other_years.is_empty() {
        sections = sections
            .block(paragraph(&t("results-other-years")))
            .links(&other_years);
    }
    sections
        .links(&[("/assessment/actions".into(), t("actions-title"))])
        .respond()
}
